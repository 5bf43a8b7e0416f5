// tongban-cli compare and projection, run as the real binary on a demo database.

#include "services/accountservice.h"
#include "storage/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
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
        // Comparing with someone else is an expert's right: the comparisons of two persons sign in
        // as one (offline, against a verifier cached as an online sign-in leaves it).
        auto store = tongban::storage::LocalStore::open(m_db);
        QVERIFY(store.ok());
        tongban::accounts::SignedInUser expert;
        expert.login = QStringLiteral("li.qiang");
        expert.displayName = QStringLiteral("李强");
        expert.role = tongban::accounts::Role::AssistingExpert;
        expert.officeCode = QStringLiteral("110105");
        expert.online = true;
        const auto remembered = tongban::services::AccountService::rememberOnlineSignIn(
            (*store)->database(), expert, QStringLiteral("Secret123"), tongban::Clock::system(), {1, 256, 1});
        QVERIFY2(remembered.ok(), remembered.ok() ? "" : qPrintable(remembered.error().message));
        m_password = m_dir.filePath(QStringLiteral("password"));
        QFile file(m_password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Secret123\n");
    }

    // Without a sign-in the CLI has a window clerk's rights: someone else's data is refused
    // (exit 2 naming --id) and only the refusal is audited.
    void colleagueNeedsAnExpert()
    {
        const qint64 before = auditCount();
        const Run run = runCli({QStringLiteral("compare"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kLi,
                                QStringLiteral("--id"), kWang, QStringLiteral("--today"), QStringLiteral("2026-11")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json[u"error"][u"field"].toString(), QStringLiteral("--id"));
        QVERIFY(!run.json.contains(QStringLiteral("b")));
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(newestAudit(), QStringLiteral("refused|%1|compare|refused").arg(kWang));

        // The expert's comparison without a basis is audited as shown.
        const Run expert = runCli(QStringList {QStringLiteral("compare"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kLi,
                                               QStringLiteral("--id"), kWang, QStringLiteral("--today"), QStringLiteral("2026-11")}
                                  + asExpert());
        QCOMPARE(expert.exitCode, 0);
        QCOMPARE(newestAudit(), QStringLiteral("compare|%1|pension-comparison|ok").arg(kWang));
    }

    void twoColleagues()
    {
        const Run run = runCli(QStringList {QStringLiteral("compare"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kLi,
                                            QStringLiteral("--id"), kWang, QStringLiteral("--today"), QStringLiteral("2026-11")}
                               + asExpert());
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

    // Someone else's data on a recorded basis (个人信息保护法 第十三条): with --basis the row is in
    // the database and the output says so; a basis missing a field is refused, naming its option,
    // and records nothing.
    void colleagueWithABasis()
    {
        const QStringList compare = QStringList {QStringLiteral("compare"),
                                                 QStringLiteral("--db"),
                                                 m_db,
                                                 QStringLiteral("--id"),
                                                 kLi,
                                                 QStringLiteral("--id"),
                                                 kWang,
                                                 QStringLiteral("--today"),
                                                 QStringLiteral("2026-11")}
            + asExpert();
        const qint64 before = disclosures();
        const Run consent = runCli(compare
                                   + QStringList {QStringLiteral("--basis"), QStringLiteral("consent"), QStringLiteral("--consent-by"),
                                                  QStringLiteral("王建国"), QStringLiteral("--consent-form"), QStringLiteral("written")});
        QCOMPARE(consent.exitCode, 0);
        const QJsonObject disclosure = consent.json[u"disclosure"].toObject();
        QCOMPARE(disclosure[u"basis"].toString(), QStringLiteral("consent"));
        QCOMPARE(disclosure[u"consent_by"].toString(), QStringLiteral("王建国"));
        QCOMPARE(disclosure[u"consent_form"].toString(), QStringLiteral("written"));
        QVERIFY(!disclosure[u"id"].toString().isEmpty());
        QVERIFY(!disclosure[u"clerk"].toString().isEmpty());
        // The comparison itself is as without a basis: fields added, none renamed.
        QCOMPARE(consent.json[u"b"][u"label"].toString(), QStringLiteral("王建国"));
        verifyCausesAddUp(consent.json);
        QCOMPARE(disclosures(), before + 1);
        QCOMPARE(newestAudit(), QStringLiteral("compare|%1|pension-comparison|ok").arg(kWang));
        {
            auto store = tongban::storage::LocalStore::open(m_db, tongban::storage::LocalStore::OpenMode::ExistingOnly);
            QVERIFY(store.ok());
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(QStringLiteral("SELECT s.citizen_id, r.citizen_id, d.session_id IS NULL, json_extract(d.detail, '$.difference')"
                                          " FROM data_disclosure d JOIN insured_person s ON s.id = d.subject_person_id"
                                          " JOIN insured_person r ON r.id = d.recipient_person_id WHERE d.id = '%1'")
                               .arg(disclosure[u"id"].toString())));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), kWang);
            QCOMPARE(q.value(1).toString(), kLi);
            QVERIFY(q.value(2).toBool());
            QCOMPARE(q.value(3).toDouble(), consent.json[u"difference"].toDouble());
        }

        const Run approval = runCli(compare
                                    + QStringList {QStringLiteral("--basis"), QStringLiteral("approval"), QStringLiteral("--approved-by"),
                                                   QStringLiteral("张主任"), QStringLiteral("--reason"), QStringLiteral("家属代办")});
        QCOMPARE(approval.exitCode, 0);
        QCOMPARE(approval.json[u"disclosure"][u"approved_by"].toString(), QStringLiteral("张主任"));
        QCOMPARE(approval.json[u"disclosure"][u"reason"].toString(), QStringLiteral("家属代办"));
        QCOMPARE(disclosures(), before + 2);

        const Run without = runCli(compare);
        QCOMPARE(without.exitCode, 0);
        QVERIFY(!without.json.contains(QStringLiteral("disclosure")));
        QCOMPARE(disclosures(), before + 2);

        const struct
        {
            QStringList options;
            QString field;
        } refused[] = {
            {{QStringLiteral("--basis"), QStringLiteral("consent"), QStringLiteral("--consent-by"), QStringLiteral("王建国")},
             QStringLiteral("--consent-form")},
            {{QStringLiteral("--basis"), QStringLiteral("consent"), QStringLiteral("--consent-form"), QStringLiteral("in-person")},
             QStringLiteral("--consent-by")},
            {{QStringLiteral("--basis"), QStringLiteral("approval"), QStringLiteral("--approved-by"), QStringLiteral("张主任")},
             QStringLiteral("--reason")},
            {{QStringLiteral("--basis"), QStringLiteral("approval"), QStringLiteral("--consent-by"), QStringLiteral("王建国"),
              QStringLiteral("--reason"), QStringLiteral("x")},
             QStringLiteral("--consent-by")},
            {{QStringLiteral("--consent-by"), QStringLiteral("王建国"), QStringLiteral("--consent-form"), QStringLiteral("written")},
             QStringLiteral("--basis")},
            {{QStringLiteral("--basis"), QStringLiteral("hearsay")}, QStringLiteral("--basis")},
        };
        for (const auto &r : refused) {
            const Run run = runCli(compare + r.options);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.json[u"error"][u"field"].toString(), r.field);
        }
        // A basis goes with someone else's data only.
        const Run scenario = runCli({QStringLiteral("compare"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), kWang,
                                     QStringLiteral("--b-retirement"), QStringLiteral("2025-03"), QStringLiteral("--basis"),
                                     QStringLiteral("consent"), QStringLiteral("--consent-by"), QStringLiteral("王建国"),
                                     QStringLiteral("--consent-form"), QStringLiteral("written")});
        QCOMPARE(scenario.exitCode, 2);
        QCOMPARE(scenario.json[u"error"][u"field"].toString(), QStringLiteral("--basis"));
        QCOMPARE(disclosures(), before + 2);
    }

private:
    QStringList asExpert() const
    {
        return {QStringLiteral("--user"), QStringLiteral("li.qiang"), QStringLiteral("--password-file"), m_password};
    }

    qint64 auditCount() const
    {
        auto store = tongban::storage::LocalStore::open(m_db, tongban::storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        QSqlQuery q((*store)->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_record")) || !q.next())
            qFatal("cannot count the audit records");
        return q.value(0).toLongLong();
    }

    /// The newest audit record: "action|subject|object|outcome".
    QString newestAudit() const
    {
        auto store = tongban::storage::LocalStore::open(m_db, tongban::storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        QSqlQuery q((*store)->database());
        if (!q.exec(QStringLiteral("SELECT action, subject, object, outcome FROM audit_record ORDER BY seq DESC LIMIT 1")) || !q.next())
            return QString();
        return QStringLiteral("%1|%2|%3|%4")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    }

    qint64 disclosures() const
    {
        auto store = tongban::storage::LocalStore::open(m_db, tongban::storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        QSqlQuery q((*store)->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM data_disclosure")) || !q.next())
            qFatal("cannot count the disclosures");
        return q.value(0).toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_password;
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "testclicompare.moc"
