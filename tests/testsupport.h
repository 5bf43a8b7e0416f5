#pragma once

// What many tests need the same way.

#include "common/clock.h"
#include "insured/contributionrecord.h"
#include "policy/parameterset.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <QtGlobal>

#include <memory>

namespace tongban::test {

/// The parameters shipped in the program (":/parameters"). Shipped data that does not load is a
/// build defect: the test stops with the loader's field and message.
inline std::shared_ptr<const policy::ParameterSet> shippedParameters()
{
    auto parameters = policy::ParameterSet::loadBuiltIn();
    if (!parameters)
        qFatal("the shipped parameters do not load: %s: %s", qPrintable(parameters.error().field), qPrintable(parameters.error().message));
    return *parameters;
}

/// The shipped parameters without the rule set of province @p code ("410000"): since every
/// province of the scheme ships one, this is how a test reaches the national formula alone
/// (RegionParameters::hasRuleSet false), as a province whose file is missing computes.
inline std::shared_ptr<const policy::ParameterSet> shippedParametersWithout(const QString &code)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("regions")))
        qFatal("cannot make a temporary parameter directory");
    QFile::copy(QStringLiteral(":/parameters/national.json"), dir.filePath(QStringLiteral("national.json")));
    bool removed = false;
    for (const QString &name : QDir(QStringLiteral(":/parameters/regions")).entryList()) {
        if (name == code + QStringLiteral(".json"))
            removed = true;
        else
            QFile::copy(QStringLiteral(":/parameters/regions/") + name, dir.filePath(QStringLiteral("regions/") + name));
    }
    if (!removed)
        qFatal("no shipped rule set %s to leave out", qPrintable(code));
    auto parameters = policy::ParameterSet::loadFromDirectory(dir.path());
    if (!parameters)
        qFatal("the shipped parameters without %s do not load: %s: %s", qPrintable(code), qPrintable(parameters.error().field),
               qPrintable(parameters.error().message));
    return *parameters;
}

/// A temporary view "contribution_text" on @p db with the contribution records as the domain
/// speaks of them (person and employer UUIDs, "YYYY-MM" months, "employee"/"flexible", six-digit
/// region text), so that a test can check the stored data with SQL independent of the compact
/// layout of schema step 3. Stops the test when it cannot be made.
inline void createContributionTextView(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "CREATE TEMP VIEW IF NOT EXISTS contribution_text AS"
            " SELECT p.id AS person_id, printf('%04d-%02d', c.month / 100, c.month % 100) AS month, c.base_fen, c.employer_fen,"
            " c.personal_fen, CASE c.kind WHEN 0 THEN 'employee' ELSE 'flexible' END AS kind, e.id AS employer_id,"
            " CAST(c.region AS TEXT) AS region"
            " FROM contribution_record c JOIN insured_person p ON p.key = c.person_key LEFT JOIN employer e ON e.key = c.employer_key")))
        qFatal("cannot create the view contribution_text: %s", qPrintable(q.lastError().text()));
}

/// One contribution record a month from @p from to @p to (both included) on @p base, of @p kind,
/// for employer @p employerId (none for flexible employment), in Beijing's Dongcheng district
/// ("110105"); the amounts are left to the calculation.
inline QList<insured::ContributionRecord> monthlyRecords(YearMonth from, YearMonth to, Money base,
                                                         insured::ContributionKind kind = insured::ContributionKind::Employee,
                                                         const QString &employerId = QString())
{
    QList<insured::ContributionRecord> list;
    for (YearMonth m = from; m <= to; m = m.addMonths(1))
        list << insured::ContributionRecord {m, base, Money(), Money(), kind, employerId, QStringLiteral("110105")};
    return list;
}

/// "Now" in the tests: 2026-12-02 10:00 in Beijing (02:00 UTC). Every test fixes today, so that
/// a test written today passes on any later day.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 12, 2), QTime(2, 0), QTimeZone::utc());
}

/// A clock that always reads fixedNow().
inline Clock clock()
{
    return Clock::fixed(fixedNow());
}

} // namespace tongban::test
