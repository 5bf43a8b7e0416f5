#pragma once

// What every benchmark of bench/ shares: the scale it runs at, the county file it reads, timing
// of many calls into percentiles, and one printed line per figure beside its raw baseline, so
// that each overhead is a ratio measured in the same run (docs/performance.md).
//
// Scale (environment, read once):
//   TONGBAN_BENCH_PERSONS    persons of the county file (default 100000; scripts/test: tiny)
//   TONGBAN_BENCH_EMPLOYERS  employers for the deferral sweep (default 10000)
//   TONGBAN_BENCH_SEED       seed of the generator (default 1)
//   TONGBAN_BENCH_DIR        where generated files are kept between runs (default: the system's
//                            temporary folder, sub-folder tongban-bench)
//   TONGBAN_BENCH_ITERATIONS calls timed per figure (default 2000; scripts/test: a few)

#include "demo/demogenerator.h"
#include "policy/parameterset.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStandardPaths>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace tongban::bench {

/// An environment variable as a positive number, or @p fallback when unset or not a number.
inline qint64 environmentNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

/// Persons of the county file (TONGBAN_BENCH_PERSONS, default 100,000).
inline int persons()
{
    return int(environmentNumber("TONGBAN_BENCH_PERSONS", 100000));
}

/// Employers added for the deferral sweep (TONGBAN_BENCH_EMPLOYERS, default 10,000).
inline int sweepEmployers()
{
    return int(environmentNumber("TONGBAN_BENCH_EMPLOYERS", 10000));
}

/// Seed of the generator (TONGBAN_BENCH_SEED, default 1).
inline quint64 seed()
{
    return quint64(environmentNumber("TONGBAN_BENCH_SEED", 1));
}

/// Calls timed per figure (TONGBAN_BENCH_ITERATIONS, default 2,000).
inline int iterations()
{
    return int(environmentNumber("TONGBAN_BENCH_ITERATIONS", 2000));
}

/// The folder generated files are kept in between runs (created when missing).
inline QString workDirectory()
{
    QString dir = qEnvironmentVariable("TONGBAN_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("tongban-bench"));
    QDir().mkpath(dir);
    return dir;
}

/// The county file for the scale: generated once by DemoGenerator (deterministic by seed) and
/// kept, named by persons, employers and seed, so that every benchmark of a run reads the same
/// file. Returns an empty string (and prints why) when it cannot be generated.
inline QString countyFile(const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    const QString path
        = QDir(workDirectory()).filePath(QStringLiteral("county-p%1-e%2-s%3.sqlite").arg(persons()).arg(sweepEmployers()).arg(seed()));
    if (QFileInfo::exists(path))
        return path;
    QElapsedTimer timer;
    timer.start();
    const auto summary = demo::DemoGenerator(parameters, seed()).writeNewFile(path, persons(), sweepEmployers());
    if (!summary.ok()) {
        std::fprintf(stderr, "county file %s: %s\n", qPrintable(path), qPrintable(summary.error().message));
        return {};
    }
    std::printf("GENERATED %s: %d persons, %d employers, %lld records, %.1f s, %lld bytes\n", qPrintable(path), summary->persons,
                summary->employers, summary->contributionRecords, double(timer.elapsed()) / 1000.0, QFileInfo(path).size());
    return path;
}

/// Times of single calls, in nanoseconds.
class Samples
{
public:
    void add(qint64 nanoseconds) { m_values.append(nanoseconds); }
    qsizetype count() const { return m_values.size(); }

    /// The @p p-th percentile (0…100, nearest rank), in nanoseconds; 0 when empty.
    qint64 percentile(double p) const
    {
        if (m_values.isEmpty())
            return 0;
        QList<qint64> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::max(1.0, p / 100.0 * double(sorted.size()) + 0.5)); // nearest rank, 1-based
        return sorted.at(std::min(rank, sorted.size()) - 1);
    }

private:
    QList<qint64> m_values;
};

/// Calls @p call @p count times (after @p count / 10 + 1 untimed warm-up calls) and returns the
/// time of each. The call's argument is its index, so that each call can take a different input.
template<typename Call> Samples sample(int count, Call &&call)
{
    for (int i = 0; i < count / 10 + 1; ++i)
        call(i);
    Samples samples;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        call(i);
        samples.add(timer.nsecsElapsed());
    }
    return samples;
}

inline double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1.0e6;
}

/// Prints one figure beside its raw baseline: p50 and p99 of each, in ms, and the ratio of the
/// p99s. The line starts with FIGURE so that docs/performance.md's tables can be taken from a log.
inline void report(const char *figure, const Samples &ours, const Samples &raw)
{
    const qint64 rawP99 = raw.percentile(99);
    std::printf("FIGURE %-34s ours p50 %9.3f ms p99 %9.3f ms | raw p50 %9.3f ms p99 %9.3f ms | ratio %5.2f | n=%lld\n", figure,
                milliseconds(ours.percentile(50)), milliseconds(ours.percentile(99)), milliseconds(raw.percentile(50)),
                milliseconds(rawP99), rawP99 > 0 ? double(ours.percentile(99)) / double(rawP99) : 0.0, qint64(ours.count()));
    std::fflush(stdout);
}

/// Prints a figure measured once (a batch, a download) beside its raw baseline, in ms.
inline void reportOnce(const char *figure, qint64 oursNanoseconds, qint64 rawNanoseconds)
{
    std::printf("FIGURE %-34s ours %11.1f ms | raw %11.1f ms | ratio %5.2f\n", figure, milliseconds(oursNanoseconds),
                milliseconds(rawNanoseconds), rawNanoseconds > 0 ? double(oursNanoseconds) / double(rawNanoseconds) : 0.0);
    std::fflush(stdout);
}

/// Resident memory of this process (VmRSS of /proc/self/status), in bytes; 0 where unknown.
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace tongban::bench
