#pragma once

namespace tongban::services {

/// The catalogs and rules compiled into the program, read ahead of their first use.
class ShippedData
{
public:
    /// Reads the policy parameters into their once-per-program cache (common/loadedonce.h), about
    /// 15 ms of JSON. The GUI calls it on a worker from its first line, while the application
    /// starts, and its window then finds them read. Errors are not reported here: they are kept
    /// and reported to whoever asks, as before (in the language of the moment they were read: the
    /// translators may not be installed yet; only a build defect fails).
    static void preloadParameters();
    /// Reads the matter catalog (for the registry's pre-review engines and for the design's), the
    /// industry table (GB/T 4754-2017), the 2022 deferral rules and the unemployment rules into
    /// their caches the same way, about 10 ms of JSON. The GUI calls it on a worker once its
    /// window's first frame is on screen (it would take a core from that frame), before the pages
    /// that use them are built; a page built sooner waits for the read instead of repeating it.
    static void preloadCatalogs();
};

} // namespace tongban::services
