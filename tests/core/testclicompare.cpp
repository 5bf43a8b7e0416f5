// tongban-cli compare and projection, run as the real binary on a demo database.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TONGBAN_CLI_PATH), arguments);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
}

const QString kLi = QStringLiteral("110105196403150311");
const QString kWang = QStringLiteral("110105196403080173");

/// Σ causes = difference, in fen, for the whole total and for each component.
void verifyCausesAddUp(const QJsonObject &json)
{
    auto fen = [](const QJsonValue &v) { return qRound64(v.toDouble() * 100); };
    const QJsonArray causes = json[u"causes"].toArray();
    QVERIFY(!causes.isEmpty());
    qint64 total = 0;
    for (const QJsonValue &c : causes)
        total += fen(c[u"total"]);
    QCOMPARE(total, fen(json[u"difference"]));
    for (const QJsonValue &component : json[u"components"].toArray()) {
        const QString key = component[u"key"].toString();
        if (key == u"total")
            continue;
        qint64 sum = 0;
        for (const QJsonValue &c : causes)
            sum += fen(c[key]);
        QCOMPARE(sum, fen(component[u"difference"]));
    }
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run
            = runCli({QStringLiteral("demo-db"), QStringLiteral("--out"), m_db, QStringLiteral("--persons"), QStringLiteral("20")});
        QCOMPARE(run.exitCode, 0);
    }

    void twoColleagues()
    {
        const Run run = runCli({QStringLiteral("compare"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kLi,
                                QStringLiteral("--id"), kWang, QStringLiteral("--today"), QStringLiteral("2026-11")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json[u"a"][u"label"].toString(), QStringLiteral("李志强"));
        QCOMPARE(run.json[u"b"][u"label"].toString(), QStringLiteral("王建国"));
        QVERIFY(run.json[u"difference"].toDouble() < 0);
        verifyCausesAddUp(run.json);
        bool flexiblePeriod = false;
        for (const QJsonValue &c : run.json[u"causes"].toArray()) {
            if (c[u"key"].toString() == u"period.2003-2009") {
                flexiblePeriod = true;
                QCOMPARE(c[u"from"].toString(), QStringLiteral("2003-01"));
                QCOMPARE(c[u"to"].toString(), QStringLiteral("2009-12"));
                QVERIFY(c[u"explanation"].toString().contains(QStringLiteral("灵活就业")));
            }
        }
        QVERIFY(flexiblePeriod);
    }

    void oneCaseAgainstAnother()
    {
        auto write = [this](const QString &name, const QByteArray &json) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(json);
            return f.fileName();
        };
        const QString a = write(QStringLiteral("a.json"), R"({"region": "110000", "retirement": "2024-03", "calculation_base": 10000,
            "average_index": 1.0, "actual_months": 360, "account_balance": 100000, "payout_months": 139})");
        const QString b = write(QStringLiteral("b.json"), R"({"region": "110000", "retirement": "2024-03", "calculation_base": 10000,
            "average_index": 0.6, "actual_months": 360, "account_balance": 80000, "payout_months": 139})");
        const Run run = runCli({QStringLiteral("compare"), QStringLiteral("--case-a"), a, QStringLiteral("--case-b"), b});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json[u"difference"].toDouble(), -743.88); // (2400.00 + 575.54) − (3000.00 + 719.42)
        verifyCausesAddUp(run.json);

        const QString bad
            = write(QStringLiteral("bad.json"), R"({"region": "110000", "average_index": 5, "actual_months": 1, "account_balance": 0})");
        const Run refused = runCli({QStringLiteral("compare"), QStringLiteral("--case-a"), a, QStringLiteral("--case-b"), bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.json[u"error"][u"field"].toString().startsWith(u"--case-b"),
                 qPrintable(refused.json[u"error"][u"field"].toString()));
    }

    void scenarioOfOnePersonAndProjection()
    {
        // Nobody of the fixed cast is still paying; any demo person born after 1966 is. Use the
        // projection on 王建国's own records with a later retirement: refused (already retired).
        const Run retired
            = runCli({QStringLiteral("projection"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kWang, QStringLiteral("--base"),
                      QStringLiteral("8000"), QStringLiteral("--today"), QStringLiteral("2026-11")});
        QCOMPARE(retired.exitCode, 2);
        QCOMPARE(retired.json[u"error"][u"field"].toString(), QStringLiteral("--retirement"));

        const Run projected = runCli({QStringLiteral("projection"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kWang,
                                      QStringLiteral("--base"), QStringLiteral("8000"), QStringLiteral("--retirement"),
                                      QStringLiteral("2027-03"), QStringLiteral("--today"), QStringLiteral("2026-11")});
        QCOMPARE(projected.exitCode, 0);
        QCOMPARE(projected.json[u"projection"][u"months"].toInt(), 4); // 2026-11 … 2027-02
        QCOMPARE(projected.json[u"projection"][u"credits"].toDouble(), 2560.0); // 4 × 8000 × 8 %
        QVERIFY(projected.json[u"assumptions"].toArray().size() >= 3);
        QVERIFY(!projected.json[u"person"][u"id_number"].toString().contains(kWang)); // masked

        // The same person, now against paying on until 2027-03: the scenario pays more.
        const Run scenario = runCli({QStringLiteral("compare"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kWang,
                                     QStringLiteral("--b-keep-paying"), QStringLiteral("8000"), QStringLiteral("--b-retirement"),
                                     QStringLiteral("2027-03"), QStringLiteral("--today"), QStringLiteral("2026-11")});
        QCOMPARE(scenario.exitCode, 0);
        QVERIFY(scenario.json[u"difference"].toDouble() > 0);
        verifyCausesAddUp(scenario.json);

        const Run nothing = runCli({QStringLiteral("compare"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kWang});
        QCOMPARE(nothing.exitCode, 2);
        QCOMPARE(nothing.json[u"error"][u"field"].toString(), QStringLiteral("--id"));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "testclicompare.moc"
