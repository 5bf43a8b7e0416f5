// tongban-cli intake and matters, run as a process (../shared/contracts/cli.md, section intake).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TONGBAN_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}

qint64 count(const QString &db, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class TestCliIntake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;

    QString writeCase(const QJsonObject &json, const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(json).toJson());
        return file.fileName();
    }

    QJsonObject lossReport(const QString &phone) const
    {
        return QJsonObject {
            {QStringLiteral("applicant"),
             QJsonObject {{QStringLiteral("id_number"), m_id}, {QStringLiteral("name"), QStringLiteral("测试")}}},
            {QStringLiteral("clerk"), QStringLiteral("李娜")},
            {QStringLiteral("matters"),
             QJsonArray {QJsonObject {{QStringLiteral("matter"), QStringLiteral("ssc-loss-report")},
                                      {QStringLiteral("fields"),
                                       QJsonObject {{QStringLiteral("loss_kind"), QStringLiteral("formal")},
                                                    {QStringLiteral("reissue_card"), true},
                                                    {QStringLiteral("contact_phone"), phone}}},
                                      {QStringLiteral("documents"), QJsonArray {QStringLiteral("id-card")}}},
                         QJsonObject {{QStringLiteral("matter"), QStringLiteral("rights-record-print")},
                                      {QStringLiteral("fields"), QJsonObject {{QStringLiteral("print_scope"), QStringLiteral("pension")}}},
                                      {QStringLiteral("documents"), QJsonArray {}}}}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo-db"), QStringLiteral("--out"), m_db, QStringLiteral("--persons"), QStringLiteral("3")}).exitCode,
                 0);
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("id"));
        c.setDatabaseName(m_db);
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT citizen_id FROM insured_person LIMIT 1")) && q.next());
        m_id = q.value(0).toString();
        q = QSqlQuery();
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("id"));
    }

    // The shipped catalog: at least 30 matters over at least 7 departments.
    void mattersListsTheCatalog()
    {
        const Run run = cli({QStringLiteral("matters")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray matters = run.json.value(u"matters").toArray();
        QVERIFY(matters.size() >= 30);
        QSet<QString> departments;
        for (const QJsonValue &m : matters) {
            departments.insert(m[u"department"].toString());
            QVERIFY(!m[u"id"].toString().isEmpty());
            QVERIFY(!m[u"name"].toString().isEmpty());
            QVERIFY(m[u"fields"].isArray());
            QVERIFY(m[u"documents"].isArray());
        }
        QVERIFY(departments.size() >= 7);
    }

    // Bad input: exit 2 naming the field's path, and no row written.
    void badInputStoresNothing()
    {
        const qint64 visits = count(m_db, QStringLiteral("SELECT count(*) FROM visit_session"));
        const Run run = cli({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--case"),
                             writeCase(lossReport(QStringLiteral("1380013800")), QStringLiteral("bad.json"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json[u"error"][u"field"].toString(), QStringLiteral("matters[0].fields.contact_phone"));
        QVERIFY(!run.json[u"error"][u"message"].toString().isEmpty());
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM visit_session")), visits);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM intake_matter")), 0);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM intake_visit")), 0);
    }

    void takesAnIntake()
    {
        const Run run = cli({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--case"),
                             writeCase(lossReport(QStringLiteral("13800138000")), QStringLiteral("good.json"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json[u"session"].toString().size(), 36);
        QVERIFY(run.json[u"queue_number"].toString().startsWith(u'A'));
        const QJsonArray matters = run.json[u"matters"].toArray();
        QCOMPARE(matters.size(), 2);
        QCOMPARE(matters[0][u"matter"].toString(), QStringLiteral("ssc-loss-report"));
        QCOMPARE(matters[0][u"department"].toString(), QStringLiteral("social-insurance"));
        QCOMPARE(matters[0][u"status"].toString(), QStringLiteral("received"));
        QCOMPARE(matters[0][u"missing_documents"].toArray().size(), 0);
        QVERIFY(matters[0][u"time_limit_days"].isDouble());
        // The second matter's id card was not brought.
        QVERIFY(matters[1][u"missing_documents"].toArray().contains(QStringLiteral("id-card")));
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM intake_matter")), 2);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'intake_received'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliIntake)
#include "testcliintake.moc"
