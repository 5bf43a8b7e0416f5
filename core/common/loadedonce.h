#pragma once

#include "common/error.h"

#include <QString>

#include <map>
#include <mutex>

namespace tongban {

/// What was loaded from the data compiled into the program (Qt resources, which cannot change
/// while it runs), kept for the program's life: the matter catalog took about 30 ms to parse,
/// and each page of the window that serves matters parsed it again at start-up. Thread-safe: a
/// caller asking for a key while another thread loads it waits for that load instead of doing it
/// twice (start-up loads on a worker while the window is built). A failure is kept as well: the
/// same data fails the same way.
template<typename T> class LoadedOnce
{
public:
    /// The value under @p key, loaded by @p load() (returning Result<T>) at the first call.
    template<typename Load> Result<T> get(const QString &key, Load &&load)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_loaded.find(key);
        if (it == m_loaded.end())
            it = m_loaded.emplace(key, load()).first;
        return it->second;
    }

private:
    std::mutex m_mutex;
    std::map<QString, Result<T>> m_loaded;
};

} // namespace tongban
