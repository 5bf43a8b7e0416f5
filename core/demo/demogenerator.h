#pragma once

#include "common/error.h"
#include "insured/contributionrecord.h"
#include "insured/employer.h"
#include "insured/insuredperson.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace tongban::storage {
class LocalStore;
}

namespace tongban::demo {

/// Writes a local database of synthetic insured persons for demonstrations, training and tests
/// (`tongban-cli demo-db`). Everything in it is made up; nothing is real personal data.
///
/// Deterministic: the same seed and person count give the same file content (a std::mt19937_64
/// seeded with the seed, no clock; time stamps are fixed at 2026-01-01T00:00:00Z).
///
/// What it makes:
///  - 36 employers (Beijing and Jiangsu factories and companies) with valid unified social
///    credit codes (GB 32100-2015), Chinese names, GB/T 4754-2017 industry codes, size classes;
///  - persons born 1955–1990, both sexes (women split between the female-55 and female-50
///    groups), Han names and names of ethnic minorities with the middle dot, valid citizen ID
///    numbers (CitizenId::make) with Beijing district or Jiangsu city codes, insured in Beijing
///    or Jiangsu (the district or city code);
///  - careers: work starts at 18–24; months up to the region's deemed_until (Beijing 1992-09;
///    1992-12 where the data has none) are deemed service (deemed_months, no records); then one
///    employee record a month at base = career index × the year's average wage (clamped to
///    60 %–300 % of it, half-up to the fen), employer share = base × ParameterSet
///    contributionRate "employer_before_2019_05" (before 2019-05) or "employer", personal share =
///    base × "employee_personal", each half-up to the fen. Some persons have a flexibly employed
///    spell (base exactly at the 60 % floor, whole amount = base × "flexible_total" paid
///    personally, no employer) and some have gaps of several months. The last record is the
///    month before the statutory retirement month (RetirementRule) or 2025-12, whichever is
///    earlier;
///  - the average wage comes from the shipped parameters; where a year is missing, from the
///    SYNTHETIC series of DemoWageSeries (see there; not published figures);
///  - an individual account opening balance as of 2015-12 for careers that start before 2016:
///    each month's credit = base × ParameterSet::accountCreditRate(month) (none before 1998),
///    half-up to the fen, with a SYNTHETIC interest of 3 % a year (the carried balance earns
///    3 % for the year, a credit of month m earns 3 % × (12 − m) / 12; each year's interest
///    half-up to the fen). The 3 % is a demo assumption, not the published crediting rates.
///
/// A fixed cast is always present (whatever the count, at least 2), for tests and the GUI:
/// two former colleagues, men born in 1964-03, who both joined 北京市朝阳区星光电子厂 (Beijing,
/// Chaoyang) on 1984-07-01 and were paid at index 1.10 throughout (deemed service
/// 1984-07…1992-09 = 99 months; records 1992-10…2024-02; both reach 60 and retire in 2024-03):
///  - 李志强, citizen ID 110105196403150311: an employee all along;
///  - 王建国, citizen ID 110105196403080173: left the factory at the end of 2002, paid as a
///    flexibly employed person 2003-01…2009-12 at the 60 % minimum base, and returned to the
///    factory as an employee from 2010-01.
/// No generated person gets either name, so a search by name finds each of them alone.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(tongban::demo::DemoGenerator)

public:
    /// Citizen ID number of 李志强 of the fixed cast.
    static QString colleagueLiCitizenId() { return QStringLiteral("110105196403150311"); }
    /// Name of the colleague who stayed an employee (unique in every demo file).
    static QString colleagueLiName() { return QStringLiteral("李志强"); }
    /// Citizen ID number of 王建国 of the fixed cast (flexibly employed 2003-01…2009-12).
    static QString colleagueWangCitizenId() { return QStringLiteral("110105196403080173"); }
    /// Name of the colleague with the flexibly employed years (unique in every demo file).
    static QString colleagueWangName() { return QStringLiteral("王建国"); }
    /// Name of the factory both colleagues joined.
    static QString colleaguesFactoryName() { return QStringLiteral("北京市朝阳区星光电子厂"); }

    /// What a run wrote.
    struct Summary
    {
        int persons = 0;
        int employers = 0;
        qint64 contributionRecords = 0;
    };

    /// A generator using @p parameters (regions 110000 and 320000 must be shipped) and @p seed.
    DemoGenerator(std::shared_ptr<const policy::ParameterSet> parameters, quint64 seed);

    /// Generates @p persons persons (2…100,000, fixed cast included) with their employers and
    /// records into @p store (an open, migrated local store), one transaction per batch of 100
    /// persons. Errors: BadInput ("persons") for a count out of range; MissingFigure when a
    /// contribution rate or a region is missing from the parameters; Storage (a batch failed:
    /// earlier batches stay).
    Result<Summary> generate(storage::LocalStore &store, int persons) const;

    /// Largest count generateEmployers() accepts.
    static constexpr int maxSweepEmployers() { return 100000; }

    /// Adds @p count (1…100,000) employers for the 免申即享 deferral sweep to @p store (an open,
    /// migrated local store, usually after generate()), each with a few employees and their
    /// employee records of 2022, one transaction per batch of 1,000 employers. Deterministic for
    /// the seed (its own random stream, seed XOR a constant: the same employers whether or not
    /// generate() ran, and whatever the person count). What it makes:
    ///  - employers in the seven shipped provinces (21 districts and cities, GB/T 2260 codes; the
    ///    region column is the district or city code), names "<place><brand><trade>" unique in
    ///    the run (individual businesses "<place><surname>记<trade>");
    ///  - kind: about 80 % enterprise, 8 % individual-business-unit, 7 % public-institution,
    ///    5 % social-organisation; the unified social credit code (GB 32100-2015, valid check
    ///    characters) starts with the matching registration authority and kind: 91 enterprise,
    ///    92 individual business, 12 public institution, 51 social organisation; organisation
    ///    codes 0…9,999,999 (the 36 employers of generate() use 10,000,000 and above);
    ///  - size class (enterprises and individual businesses): micro 35 %, small 35 %, medium
    ///    20 %, large 10 %; public institutions and social organisations: small or medium;
    ///  - industry (Employer::industryCode, GB/T 4754-2017, section letter + division, or + class
    ///    for L7291): about 30 % in the five hardship industries of 人社厅发〔2022〕16号 (F52,
    ///    G53, G54, G55, G56, H62, L7291), 30 % in the 17 industries of 人社部发〔2022〕31号
    ///    (C13, C17, C18, C22, C23, C27, C28, C29, C34, C36, C37, C40, Q85, R87, R88, R89, R90),
    ///    40 % outside both lists (C39, E47, F51, H61, I65, K70, L7211, M73, P83, Q84);
    ///    public institutions in P83, Q84, R87, R88; social organisations in S95, L7231, L7241,
    ///    R89 (the kind, not the industry, is what 31号 names for them);
    ///  - employees per employer (a demo scale, not a head count): micro 1–2, small 2–3,
    ///    medium 3–4, large 4–5, born 1991–2003 (disjoint from generate()'s 1955–1990, so their
    ///    citizen ID numbers never collide), registered in the employer's district;
    ///  - one employee record a month from 2022-01 (20 % start later, 2022-02…2022-09) to
    ///    2022-12, at a SYNTHETIC base of 4,000…20,000 CNY in whole hundreds (not tied to the
    ///    region's bounds), employer share = base × contributionRate "employer", personal share
    ///    = base × "employee_personal", each half-up to the fen.
    /// The hard-hit-area and temporary-difficulty facts of 31号 are local attestations and are
    /// not stored: the sweep takes them as parameters.
    /// Errors: BadInput ("employers") for a count out of range; MissingFigure when a
    /// contribution rate is missing; Storage (a batch failed: earlier batches stay).
    Result<Summary> generateEmployers(storage::LocalStore &store, int count) const;

    /// Writes a new database file at @p path: generated into a temporary file next to it, which
    /// is renamed to @p path only when everything succeeded, so a failure leaves nothing behind.
    /// @p sweepEmployers (0…100,000) more employers are added by generateEmployers() after the
    /// persons. Errors: BadInput ("out") when @p path already exists (never overwritten) or its
    /// directory does not exist; the errors of generate() and generateEmployers(); Storage when
    /// the file cannot be written or renamed.
    Result<Summary> writeNewFile(const QString &path, int persons, int sweepEmployers = 0) const;

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    quint64 m_seed = 1;
};

} // namespace tongban::demo
