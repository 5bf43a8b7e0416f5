#pragma once

#include "yearmonth.h"

#include <QDate>
#include <QDateTime>

#include <functional>
#include <utility>

namespace tongban {

/// Where "now" comes from. Eligibility, due dates, queue numbers and stored time stamps depend on
/// the current time, so every class that needs it takes a Clock from its caller — the application
/// context (services::AppContext) in the program, a fixed clock in the tests — and never asks the
/// system itself (KeePassXC's Clock is the model).
///
/// A Clock is a small value: copies share the source they were made from. It converts from any
/// callable returning a QDateTime, so a test writes `[&now] { return now; }`.
class Clock
{
public:
    using Source = std::function<QDateTime()>;

    /// A clock reading @p source; an empty source reads the system clock.
    Clock(Source source) // NOLINT: implicit, so that a lambda can be passed where a Clock is taken
        : m_source(source ? std::move(source) : Source(&QDateTime::currentDateTimeUtc))
    { }
    template<typename Callable,
             typename = std::enable_if_t<std::is_invocable_r_v<QDateTime, Callable> && !std::is_same_v<std::decay_t<Callable>, Clock>>>
    Clock(Callable callable) // NOLINT: see above
        : Clock(Source(std::move(callable)))
    { }

    /// The system's clock (UTC).
    static Clock system() { return Clock(Source()); }
    /// A clock that always reads @p at (tests, reproducible demo files).
    static Clock fixed(QDateTime at)
    {
        return Clock(Source([at = std::move(at)] { return at; }));
    }

    /// The current instant as the source gives it (any time spec).
    QDateTime now() const { return m_source(); }
    /// The current instant in UTC: what is stored.
    QDateTime nowUtc() const { return m_source().toUTC(); }
    /// Today's date in local time (the hall's day: Asia/Shanghai on the counter's machines).
    QDate today() const { return m_source().toLocalTime().date(); }
    /// The current calendar month in local time.
    YearMonth currentMonth() const { return YearMonth::fromDate(today()); }

private:
    Source m_source;
};

} // namespace tongban
