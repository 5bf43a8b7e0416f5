// Tests of the 免申即享 deferral sweep (tongban::sweep) over a demo database of 10,000 employers
// made by DemoGenerator::generateEmployers, and of that generation.

#include "deferral/deferralevaluator.h"
#include "demo/demogenerator.h"
#include "employer/industrycatalog.h"
#include "identity/uscc.h"
#include "session/visitsessionrepository.h"
#include "storage/employerrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "sweep/deferralsweep.h"
#include "sweep/sweepcsv.h"
#include "sweep/sweeprecorder.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace tongban;
using demo::DemoGenerator;
using storage::LocalStore;
using sweep::DeferralSweep;
using sweep::SweepParameters;
using sweep::SweepResult;

namespace {

constexpr int kEmployers = 10000;

std::shared_ptr<const policy::ParameterSet> parameters()
{
    static const auto loaded = policy::ParameterSet::loadBuiltIn();
    return loaded ? *loaded : nullptr;
}

std::shared_ptr<const deferral::DeferralEvaluator> evaluator()
{
    static const std::shared_ptr<const deferral::DeferralEvaluator> shared = []() -> std::shared_ptr<const deferral::DeferralEvaluator> {
        auto rules = deferral::DeferralRules::loadBuiltIn();
        auto catalog = employer::IndustryCatalog::loadBuiltIn();
        if (!rules || !catalog)
            return nullptr;
        return std::make_shared<const deferral::DeferralEvaluator>(*rules, *catalog);
    }();
    return shared;
}

/// The first column of @p sql's rows as text.
QStringList column(const QSqlDatabase &db, const QString &sql, const QVariantMap &bound = {})
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return {QStringLiteral("prepare failed: ") + sql};
    for (auto it = bound.cbegin(); it != bound.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return {QStringLiteral("exec failed: ") + sql};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &bound = {})
{
    return column(db, sql, bound).value(0).toLongLong();
}

// The conditions the sweep's rules come down to, written independently of the evaluator, as
// SQL over the stored codes ("H62", "L7291": section letter + major group or class).
const QString kFiveHardship
    = QStringLiteral("(substr(industry_code, 2, 2) IN ('52', '53', '54', '55', '56', '62') OR substr(industry_code, 2) = '7291')");
const QString kSeventeen = QStringLiteral("(substr(industry_code, 2, 2) IN ('13', '17', '18', '22', '23', '27', '28', '29', '34', '36', "
                                          "'37', '40', '85', '87', '88', '89', '90'))");
// Hard hit in the tests: all of Shanghai (310000) and the city of Changchun (220100).
const QString kHardHit = QStringLiteral("(region LIKE '31%' OR region LIKE '2201%')");
const QStringList kHardHitRegions {QStringLiteral("310000"), QStringLiteral("220100")};

/// RFC 4180 parser (fields may be quoted; quotes doubled inside; CRLF ends a record).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    Result<SweepResult> sweep(const SweepParameters &p, const DeferralSweep::Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr)
    {
        auto store = LocalStore::open(m_path, LocalStore::OpenMode::ExistingOnly);
        if (!store)
            return store.error();
        static const std::atomic_bool never {false};
        return DeferralSweep(evaluator(), test::clock()).run((*store)->database(), p, progress, cancel ? *cancel : never);
    }

    static SweepParameters asOfJune(bool difficulty)
    {
        SweepParameters p;
        p.asOf = QDate(2022, 6, 15);
        p.hardHitRegions = kHardHitRegions;
        p.difficultyAttested = difficulty;
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(parameters());
        QVERIFY(evaluator());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sweep.sqlite"));
        QElapsedTimer timer;
        timer.start();
        const auto summary = DemoGenerator(parameters(), 7).writeNewFile(m_path, 2, kEmployers);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        qInfo("demo database with %d sweep employers (%d persons, %lld records) written in %lld ms", kEmployers, summary->persons,
              summary->contributionRecords, timer.elapsed());
        QCOMPARE(summary->employers, 36 + kEmployers);
    }

    void generatedEmployersAreValidAndSpread()
    {
        auto store = LocalStore::open(m_path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        test::createContributionTextView(db);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM employer")), qint64(36 + kEmployers));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT name) FROM employer")), qint64(36 + kEmployers));
        const auto catalog = employer::IndustryCatalog::loadBuiltIn();
        QVERIFY(catalog.ok());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QVERIFY(q.exec(QStringLiteral("SELECT uscc, industry_code, kind FROM employer")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString uscc = q.value(0).toString();
            QVERIFY2(identity::Uscc::validate(uscc).isEmpty(), qPrintable(uscc));
            const QString expectedPrefix = q.value(2).toString() == u"public-institution" ? QStringLiteral("12")
                : q.value(2).toString() == u"social-organisation"                         ? QStringLiteral("51")
                : q.value(2).toString() == u"enterprise"                                  ? QStringLiteral("91")
                                                                                          : QStringLiteral("92");
            QCOMPARE(uscc.left(2), expectedPrefix);
            QVERIFY2(catalog->normalize(q.value(1).toString(), QStringLiteral("industry")).ok(), qPrintable(q.value(1).toString()));
        }
        QCOMPARE(rows, 36 + kEmployers);
        // Every industry the rules name is present, and industries outside both lists.
        const QStringList codes = column(db, QStringLiteral("SELECT DISTINCT substr(industry_code, 2) FROM employer"));
        for (const char *code : {"52", "53", "54", "55", "56", "62", "7291", "13", "17", "18", "22", "23", "27", "28",
                                 "29", "34", "36", "37", "40", "85", "87",   "88", "89", "90", "39", "61", "65", "7211"})
            QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
        QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT kind FROM employer ORDER BY 1")),
                 (QStringList {QStringLiteral("enterprise"), QStringLiteral("individual-business-unit"),
                               QStringLiteral("public-institution"), QStringLiteral("social-organisation")}));
        QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT size_class FROM employer ORDER BY 1")),
                 (QStringList {QStringLiteral("large"), QStringLiteral("medium"), QStringLiteral("micro"), QStringLiteral("small")}));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT substr(region, 1, 2)) FROM employer")) >= 7);
        // Every sweep employer (organisation codes below 10,000,000; the 36 of generate() are
        // above) has employees with 2022 records; amounts are the rates' shares.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM employer e WHERE substr(uscc, 9, 8) < '10000000' AND NOT EXISTS"
                                       " (SELECT 1 FROM contribution_text r WHERE r.employer_id = e.id AND r.month LIKE '2022-%')")),
                 qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM employer WHERE substr(uscc, 9, 8) < '10000000'")), qint64(kEmployers));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM contribution_text WHERE month LIKE '2022-%'"
                                       " AND employer_fen <> (base_fen * 16 + 50) / 100")),
                 qint64(0));
    }

    void generationIsDeterministicAndChecked()
    {
        QTemporaryDir dir;
        QByteArray digests[2];
        for (int run = 0; run < 2; ++run) {
            auto store = LocalStore::open(dir.filePath(QStringLiteral("d%1.sqlite").arg(run)));
            QVERIFY(store.ok());
            const auto summary = DemoGenerator(parameters(), 3).generateEmployers(**store, 300);
            QVERIFY(summary.ok());
            QCOMPARE(summary->employers, 300);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            test::createContributionTextView((*store)->database());
            for (const QString &sql : {QStringLiteral("SELECT * FROM employer ORDER BY id"),
                                       QStringLiteral("SELECT * FROM contribution_text ORDER BY person_id, month")}) {
                QSqlQuery q((*store)->database());
                QVERIFY(q.exec(sql));
                while (q.next())
                    for (int i = 0; i < q.record().count(); ++i)
                        hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
            }
            digests[run] = hash.result();
        }
        QCOMPARE(digests[0], digests[1]);

        auto store = LocalStore::open(dir.filePath(QStringLiteral("bad.sqlite")));
        QVERIFY(store.ok());
        for (int count : {0, DemoGenerator::maxSweepEmployers() + 1}) {
            const auto bad = DemoGenerator(parameters(), 3).generateEmployers(**store, count);
            QVERIFY(!bad.ok());
            QCOMPARE(bad.error().field, QStringLiteral("employers"));
        }
    }

    void cliWritesSweepEmployers()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cli.sqlite"));
        QProcess process;
        process.start(QStringLiteral(TONGBAN_CLI_PATH),
                      {QStringLiteral("demo-db"), QStringLiteral("--out"), out, QStringLiteral("--persons"), QStringLiteral("5"),
                       QStringLiteral("--employers"), QStringLiteral("40")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("employers")).toInt(), 36 + 40);

        process.start(QStringLiteral(TONGBAN_CLI_PATH),
                      {QStringLiteral("demo-db"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.sqlite")),
                       QStringLiteral("--employers"), QStringLiteral("100001")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput())
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("--employers"));
    }

    void hardHitRegionsCoverByPrefix()
    {
        SweepParameters p = asOfJune(false);
        QVERIFY(p.isHardHit(QStringLiteral("310115")));
        QVERIFY(p.isHardHit(QStringLiteral("220102")));
        QVERIFY(!p.isHardHit(QStringLiteral("220202"))); // Jilin city, not Changchun
        QVERIFY(!p.isHardHit(QStringLiteral("110105")));
        p.hardHitRegions = {QStringLiteral("110105")};
        QVERIFY(p.isHardHit(QStringLiteral("110105")));
        QVERIFY(!p.isHardHit(QStringLiteral("110108")));
        p.hardHitRegions << QStringLiteral("31000");
        const Status s = p.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("hard_hit_regions[1]"));
        p.hardHitRegions.removeLast();
        p.asOf = QDate();
        QCOMPARE(p.validate().error().field, QStringLiteral("as_of"));
    }

    void sweepWithoutAttestationFindsTheFiveHardshipIndustries()
    {
        QList<std::pair<qint64, qint64>> calls;
        QElapsedTimer timer;
        timer.start();
        const auto result = sweep(asOfJune(false), [&calls](qint64 done, qint64 total) { calls.append({done, total}); });
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        qInfo("sweep of %lld employers as of 2022-06-15: %lld ms, %lld eligible", result->employersTotal, elapsed, result->eligibleCount());

        auto store = LocalStore::open(m_path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        test::createContributionTextView(db);
        QCOMPARE(result->employersTotal, qint64(36 + kEmployers));
        QCOMPARE(result->screened, result->employersTotal);
        QVERIFY(!result->cancelled);
        QVERIFY(result->skipped.isEmpty());
        const qint64 expected = scalar(db, QStringLiteral("SELECT count(*) FROM employer WHERE ") + kFiveHardship);
        QVERIFY(expected > 1000);
        QCOMPARE(result->eligibleCount(), expected);
        QVERIFY(result->assumptions.join(u' ').contains(QStringLiteral("16号")));

        // Progress: starts at 0, monotonic, ends at the total, same total every time.
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.first().first, qint64(0));
        QCOMPARE(calls.last().first, result->employersTotal);
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls.at(i).second, result->employersTotal);
            if (i > 0)
                QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        }

        // Windows of 16号 (pension extended to end-2022 by 31号); only the pension has an amount.
        for (const sweep::SweepRow &row : result->rows) {
            const sweep::SweepInsurance *pension = row.insurance(QStringLiteral("pension"));
            QVERIFY(pension && pension->eligible);
            QCOMPARE(pension->from, YearMonth(2022, 4));
            QCOMPARE(pension->to, YearMonth(2022, 12));
            QVERIFY(pension->amount.has_value());
            const sweep::SweepInsurance *unemployment = row.insurance(QStringLiteral("unemployment"));
            QVERIFY(unemployment && unemployment->eligible);
            QCOMPARE(unemployment->to, YearMonth(2023, 3));
            QVERIFY(!unemployment->amount.has_value());
            QVERIFY(!row.insurance(QStringLiteral("work-injury"))->amount.has_value());
        }

        // The whole deferrable pension amount and a few employers', by SQL.
        QCOMPARE(result->pensionTotal.fen(),
                 scalar(db,
                        QStringLiteral("SELECT sum(r.employer_fen) FROM contribution_text r JOIN employer e ON e.id = r.employer_id"
                                       " WHERE r.kind = 'employee' AND r.month BETWEEN '2022-04' AND '2022-12' AND ")
                            + QString(kFiveHardship).replace(QStringLiteral("industry_code"), QStringLiteral("e.industry_code"))));
        for (qsizetype i : {qsizetype(0), result->rows.size() / 3, result->rows.size() / 2, result->rows.size() - 1}) {
            const sweep::SweepRow &row = result->rows.at(i);
            const qint64 fen = scalar(db,
                                      QStringLiteral("SELECT coalesce(sum(employer_fen), 0) FROM contribution_text WHERE employer_id = :id"
                                                     " AND month >= '2022-04' AND month <= '2022-12'"),
                                      {{QStringLiteral(":id"), row.employerId}});
            QCOMPARE(row.insurance(QStringLiteral("pension"))->amount->fen(), fen);
            QVERIFY(fen > 0 || row.employerId.isEmpty());
        }
    }

    void sweepWithAttestedDifficultyAddsThe31Rules()
    {
        const auto result = sweep(asOfJune(true));
        QVERIFY(result.ok());
        auto store = LocalStore::open(m_path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        test::createContributionTextView(db);
        const QString eligible = kFiveHardship + QStringLiteral(" OR ") + kSeventeen
            + QStringLiteral(" OR (kind IN ('enterprise', 'individual-business-unit') AND size_class IN ('micro', 'small', 'medium') AND ")
            + kHardHit + QStringLiteral(") OR (kind IN ('public-institution', 'social-organisation') AND ") + kHardHit
            + QStringLiteral(")");
        const qint64 expected = scalar(db, QStringLiteral("SELECT count(*) FROM employer WHERE ") + eligible);
        QCOMPARE(result->eligibleCount(), expected);
        QVERIFY(expected > scalar(db, QStringLiteral("SELECT count(*) FROM employer WHERE ") + kFiveHardship));

        // An employer eligible by the 17 industries only: pension from the application month.
        const QStringList seventeenOnly = column(db,
                                                 QStringLiteral("SELECT id FROM employer WHERE ") + kSeventeen + QStringLiteral(" AND NOT ")
                                                     + kHardHit + QStringLiteral(" ORDER BY id LIMIT 3"));
        QCOMPARE(seventeenOnly.size(), 3);
        int checked = 0;
        for (const sweep::SweepRow &row : result->rows) {
            QCOMPARE(row.hardHitArea, asOfJune(true).isHardHit(row.region));
            if (!seventeenOnly.contains(row.employerId))
                continue;
            const sweep::SweepInsurance *pension = row.insurance(QStringLiteral("pension"));
            QCOMPARE(pension->from, YearMonth(2022, 6));
            QCOMPARE(pension->to, YearMonth(2022, 12));
            QCOMPARE(pension->amount->fen(),
                     scalar(db,
                            QStringLiteral("SELECT coalesce(sum(employer_fen), 0) FROM contribution_text WHERE employer_id = :id"
                                           " AND month BETWEEN '2022-06' AND '2022-12'"),
                            {{QStringLiteral(":id"), row.employerId}}));
            ++checked;
        }
        QCOMPARE(checked, 3);
    }

    void cancelStopsEarly()
    {
        std::atomic_bool cancel {false};
        QList<qint64> done;
        const auto result = sweep(
            asOfJune(false),
            [&](qint64 n, qint64) {
                done << n;
                if (n >= 1000)
                    cancel = true;
            },
            &cancel);
        QVERIFY(result.ok());
        QVERIFY(result->cancelled);
        QVERIFY(result->screened >= 1000);
        QVERIFY(result->screened < 1000 + DeferralSweep::pageSize());
        QVERIFY(result->screened < result->employersTotal);
        QCOMPARE(done.last(), result->screened);
        QVERIFY(result->eligibleCount() < result->screened);
        for (const sweep::SweepRow &row : result->rows)
            QVERIFY(row.insurance(QStringLiteral("pension"))->eligible);

        // Issue 16: the export of a cancelled sweep says so, in its name and its first line, with
        // how far it got and when it was cancelled (2026-12-02 10:00 in Beijing).
        const QString progress = QStringLiteral("%1 of %2 employers").arg(result->screened).arg(result->employersTotal);
        const QString status = sweep::SweepCsv::statusLine(*result);
        QVERIFY2(status.startsWith(u"INCOMPLETE") && status.contains(progress) && status.contains(u"cancelled at 2026-12-02 10:00"),
                 qPrintable(status));
        QCOMPARE(sweep::SweepCsv::defaultFileName(*result),
                 QStringLiteral("deferral-sweep-2022-06-15-incomplete-%1-of-%2.csv").arg(result->screened).arg(result->employersTotal));
        const QString csv = QString::fromUtf8(sweep::SweepCsv::toCsv(*result).mid(3));
        QCOMPARE(csv.section(QStringLiteral("\r\n"), 0, 0), sweep::SweepCsv::quoted(status));
        // A complete sweep's file is named and headed as complete.
        const auto complete = sweep(asOfJune(false));
        QVERIFY(complete.ok() && !complete->cancelled);
        QCOMPARE(sweep::SweepCsv::defaultFileName(*complete), QStringLiteral("deferral-sweep-2022-06-15.csv"));
        QVERIFY2(sweep::SweepCsv::statusLine(*complete).startsWith(u"Complete"), qPrintable(sweep::SweepCsv::statusLine(*complete)));
        QVERIFY(!sweep::SweepCsv::statusLine(*complete).contains(u"INCOMPLETE"));
    }

    // An employer's name a spreadsheet would run as a formula stays text; figures are untouched.
    void csvFieldsAreNeverFormulas()
    {
        QCOMPARE(sweep::SweepCsv::quoted(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(sweep::SweepCsv::quoted(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(sweep::SweepCsv::quoted(QStringLiteral("@SUM")), QStringLiteral("'@SUM"));
        QCOMPARE(sweep::SweepCsv::quoted(QStringLiteral("1234.50")), QStringLiteral("1234.50"));
        QCOMPARE(sweep::SweepCsv::quoted(QStringLiteral("星光电子厂, 北京")), QStringLiteral("\"星光电子厂, 北京\""));
    }

    void csvRoundTrip()
    {
        // A small file of its own with a name that needs quoting.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("csv.sqlite"));
        QVERIFY(DemoGenerator(parameters(), 11).writeNewFile(path, 2, 40).ok());
        const QString awkward = QStringLiteral("上海市\"老正兴\",菜馆有限公司");
        {
            auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
            QVERIFY(store.ok());
            insured::Employer e;
            e.uscc = identity::Uscc::make(QStringLiteral("310101"), 99'999'998);
            e.id = QStringLiteral("ffffffff-0000-4000-8000-000000000001");
            e.name = awkward;
            e.industryCode = QStringLiteral("H62");
            e.sizeClass = QStringLiteral("small");
            e.kind = QStringLiteral("enterprise");
            e.region = QStringLiteral("310101");
            QVERIFY(storage::EmployerRepository((*store)->database(), test::clock()).upsert({e}).ok());
        }
        auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const std::atomic_bool never {false};
        const auto result = DeferralSweep(evaluator(), test::clock()).run((*store)->database(), asOfJune(false), {}, never);
        QVERIFY(result.ok());
        QVERIFY(result->eligibleCount() >= 2);

        const QString csvPath = dir.filePath(QStringLiteral("eligible.csv"));
        QVERIFY(sweep::SweepCsv::write(*result, csvPath).ok());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), result->rows.size() + 2);
        // First what the list covers, then the header.
        QCOMPARE(rows.first(), QStringList {sweep::SweepCsv::statusLine(*result)});
        rows.removeFirst();
        QCOMPARE(rows.first(), sweep::SweepCsv::header());
        const int rulesColumn = int(sweep::SweepCsv::header().indexOf(sweep::SweepCsv::tr("Rules")));
        QVERIFY(rulesColumn > 0);
        const int nameColumn = 0;
        const int amountColumn = 9;
        const int unemploymentAmountColumn = 11;
        bool sawAwkward = false;
        Money sum;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            QCOMPARE(row.size(), sweep::SweepCsv::header().size());
            QCOMPARE(row.at(nameColumn), result->rows.at(i - 1).name);
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+\\.[0-9]{2}$")).match(row.at(amountColumn)).hasMatch(),
                     qPrintable(row.at(amountColumn)));
            const auto amount = Money::parse(row.at(amountColumn));
            QVERIFY(amount.has_value());
            QCOMPARE(*amount, *result->rows.at(i - 1).insurance(QStringLiteral("pension"))->amount);
            sum += *amount;
            QCOMPARE(row.at(unemploymentAmountColumn), sweep::SweepCsv::tr("not in the records"));
            QCOMPARE(row.last(), result->rows.at(i - 1).employerId);
            // The rules by name (issue 16), not by their ids in the data.
            QVERIFY(!row.at(rulesColumn).isEmpty());
            QCOMPARE(row.at(rulesColumn), result->rows.at(i - 1).ruleNames.join(QStringLiteral("; ")));
            QVERIFY2(!row.at(rulesColumn).contains(u"five-hardship-units"), qPrintable(row.at(rulesColumn)));
            sawAwkward = sawAwkward || row.at(nameColumn) == awkward;
        }
        QVERIFY(sawAwkward);
        QCOMPARE(sum, result->pensionTotal);
        QVERIFY(bytes.contains("\"上海市\"\"老正兴\"\",菜馆有限公司\""));

        // All or nothing: a file in a directory that does not exist is not written.
        QVERIFY(!sweep::SweepCsv::write(*result, dir.filePath(QStringLiteral("missing/eligible.csv"))).ok());
    }

    void sweepIsRecorded()
    {
        auto store = LocalStore::open(m_path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        test::createContributionTextView(db);
        // The clerk has a visitor at the window: recording the sweep must leave that visit open.
        session::VisitSessionRepository visits(db, test::clock());
        const auto visit = visits.open({QString(), QStringLiteral("张敏"), QString(), QString()});
        QVERIFY(visit.ok());

        const auto result = sweep(asOfJune(false));
        QVERIFY(result.ok());
        const auto recorded = sweep::SweepRecorder(db, test::clock()).record(*result, QStringLiteral("张敏"));
        QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
        const auto open = visits.findOpen(QStringLiteral("张敏"));
        QVERIFY(open.ok() && open->has_value());
        QCOMPARE(open->value().id, visit->id);

        const QVariantMap id {{QStringLiteral(":id"), recorded->eventId}};
        const QJsonObject payload
            = QJsonDocument::fromJson(
                  column(db, QStringLiteral("SELECT payload FROM session_event WHERE id = :id AND kind = 'deferral.sweep'"), id)
                      .value(0)
                      .toUtf8())
                  .object();
        QCOMPARE(payload.value(QStringLiteral("as_of")).toString(), QStringLiteral("2022-06-15"));
        QCOMPARE(payload.value(QStringLiteral("eligible_count")).toInteger(), result->eligibleCount());
        QCOMPARE(payload.value(QStringLiteral("result_count")).toInteger(), result->eligibleCount());
        QCOMPARE(payload.value(QStringLiteral("employers_total")).toInteger(), qint64(36 + kEmployers));
        QCOMPARE(payload.value(QStringLiteral("deferrable_pension_fen")).toInteger(), result->pensionTotal.fen());
        QCOMPARE(payload.value(QStringLiteral("cancelled")).toBool(), false);
        QCOMPARE(payload.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("hard_hit_regions")).toArray().size(), 2);
        QCOMPARE(column(db, QStringLiteral("SELECT clerk FROM session_event WHERE id = :id"), id).value(0), QStringLiteral("张敏"));
        const QVariantMap session {{QStringLiteral(":id"), recorded->sessionId}};
        QCOMPARE(column(db,
                        QStringLiteral(
                            "SELECT queue_number || '|' || status || '|' || coalesce(person_id, '-') FROM visit_session WHERE id = :id"),
                        session)
                     .value(0),
                 QStringLiteral("BACKOFFICE|closed|-"));

        QCOMPARE(sweep::SweepRecorder(db, test::clock()).record(*result, QStringLiteral("  ")).error().field, QStringLiteral("clerk"));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "testsweep.moc"
