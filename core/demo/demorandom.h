#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

namespace tongban::demo {

/// The demo generator's source of randomness: uniform integers from a std::mt19937_64 seeded
/// with the run's seed, reduced by modulo so that the sequence is the same with every standard
/// library (std::uniform_int_distribution is not specified bit for bit).
///
/// Every part of the generator draws from one shared stream in a fixed order; a part that drew
/// one number more or fewer would change every figure after it, so the order of the draws is
/// part of the demo file's content.
class DemoRandom
{
public:
    /// A stream seeded with @p seed (any 64-bit value).
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    { }

    /// An integer in [@p lo, @p hi] (inclusive; @p lo ≤ @p hi). One draw.
    int between(int lo, int hi) { return lo + int(m_engine() % quint64(hi - lo + 1)); }
    /// True with a chance of @p p per cent (0…100). One draw.
    bool percent(int p) { return between(0, 99) < p; }
    /// An element of @p list (not empty), each equally likely. One draw.
    template<typename T> const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }

private:
    std::mt19937_64 m_engine;
};

} // namespace tongban::demo
