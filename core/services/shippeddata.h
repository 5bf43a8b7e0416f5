#pragma once

namespace tongban::services {

/// The catalogs and rules compiled into the program, read ahead of their first use.
class ShippedData
{
public:
    /// Reads the policy parameters, the matter catalog (for the registry's pre-review engines and
    /// for the design's), the industry table (GB/T 4754-2017), the 2022 deferral rules and the
    /// unemployment rules into their once-per-program caches (common/loadedonce.h), about 100 ms
    /// of JSON. The GUI calls it on a worker from its first line, while the application starts
    /// and its window is built, which then find them read. Errors are not reported here: they
    /// are kept and reported to whoever asks, as before (in the language of the moment they
    /// were read: the translators may not be installed yet; only a build defect fails).
    static void preload();
};

} // namespace tongban::services
