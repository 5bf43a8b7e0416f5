// core/central: connection strings (CentralConnectionInfo, parsed by libpq) and a server that
// cannot be reached (CentralSession: Unavailable). Needs no server.

#include "central/centralconnectioninfo.h"
#include "central/centralsession.h"

#include <QSqlDatabase>
#include <QTest>

using tongban::Error;
using tongban::central::CentralConnectionInfo;
using tongban::central::CentralSession;

class TestCentralConnection : public QObject
{
    Q_OBJECT

private slots:
    void keyValueForm()
    {
        const auto info = CentralConnectionInfo::parse(
            QStringLiteral("host=10.1.2.3 port=6543 dbname=tongban user=admin password=S3cret-pw sslmode=verify-full "
                           "sslrootcert='/etc/tongban/my ca.crt'"),
            QStringLiteral("--server"));
        QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->value(QStringLiteral("host")), QStringLiteral("10.1.2.3"));
        QCOMPARE(info->value(QStringLiteral("port")), QStringLiteral("6543"));
        QCOMPARE(info->value(QStringLiteral("dbname")), QStringLiteral("tongban"));
        QCOMPARE(info->value(QStringLiteral("sslrootcert")), QStringLiteral("/etc/tongban/my ca.crt"));
        QCOMPARE(info->field(), QStringLiteral("--server"));
        QCOMPARE(info->serverName(), QStringLiteral("10.1.2.3:6543"));
        QVERIFY(!info->display().contains(u"S3cret-pw"));
        QVERIFY(info->display().contains(u"password=***"));
        QVERIFY(info->display().contains(u"user=admin"));
    }

    void uriForm()
    {
        const auto info = CentralConnectionInfo::parse(
            QStringLiteral("postgresql://clerk:pa55word@db.example.cn:5433/tongban?sslmode=verify-full&connect_timeout=5"),
            QStringLiteral("--server"));
        QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().message));
        QCOMPARE(info->value(QStringLiteral("host")), QStringLiteral("db.example.cn"));
        QCOMPARE(info->value(QStringLiteral("port")), QStringLiteral("5433"));
        QCOMPARE(info->value(QStringLiteral("user")), QStringLiteral("clerk"));
        QCOMPARE(info->value(QStringLiteral("password")), QStringLiteral("pa55word"));
        QCOMPARE(info->value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QVERIFY(!info->display().contains(u"pa55word"));
    }

    void withReplacesAndMasks()
    {
        const auto info = CentralConnectionInfo::parse(QStringLiteral("host=h user=admin"), QStringLiteral("--server"));
        QVERIFY(info.ok());
        const auto clerk
            = info->with(QStringLiteral("user"), QStringLiteral("wang.fang")).with(QStringLiteral("password"), QStringLiteral("x9y8z7w6"));
        QCOMPARE(clerk.value(QStringLiteral("user")), QStringLiteral("wang.fang"));
        QVERIFY(!clerk.display().contains(u"x9y8z7w6"));
        QCOMPARE(info->value(QStringLiteral("user")), QStringLiteral("admin")); // the original unchanged
    }

    void refused_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("named"); // what the message must name
        QTest::newRow("empty") << QString() << QStringLiteral("host=");
        QTest::newRow("unknown key") << QStringLiteral("host=h passwort=geheim123") << QStringLiteral("passwort");
        QTest::newRow("missing =") << QStringLiteral("host=h password geheim123") << QStringLiteral("cannot be read");
        QTest::newRow("bad URI") << QStringLiteral("postgresql://h/db?password=geheim123&sslmode") << QStringLiteral("cannot be read");
        QTest::newRow("unknown URI parameter") << QStringLiteral("postgresql://h/db?password=geheim123&colour=blue")
                                               << QStringLiteral("colour");
        QTest::newRow("semicolon in a value") << QStringLiteral("host=h sslrootcert='/tmp/a;b.crt' password=geheim123")
                                              << QStringLiteral("sslrootcert");
    }

    void refused()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, named);
        const auto info = CentralConnectionInfo::parse(conninfo, QStringLiteral("--server"));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, Error::Kind::BadInput);
        QCOMPARE(info.error().field, QStringLiteral("--server"));
        QVERIFY2(info.error().message.contains(named), qPrintable(info.error().message));
        QVERIFY2(!info.error().message.contains(u"geheim123"), qPrintable(info.error().message)); // never the password
    }

    // Port 1 of the loopback: nothing listens there (a server would need root to), so the
    // connection is refused at once.
    void unreachableServer()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QFAIL("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
        const auto info = CentralConnectionInfo::parse(
            QStringLiteral("host=127.0.0.1 port=1 dbname=tongban user=admin password=pw12345678"), QStringLiteral("--server"));
        QVERIFY(info.ok());
        const auto session = CentralSession::open(*info);
        QVERIFY(!session.ok());
        QCOMPARE(session.error().kind, Error::Kind::Unavailable);
        QVERIFY2(session.error().message.contains(u"127.0.0.1:1"), qPrintable(session.error().message));
        QVERIFY(!session.error().message.contains(u"pw12345678"));
    }
};

QTEST_GUILESS_MAIN(TestCentralConnection)
#include "testcentralconnection.moc"
