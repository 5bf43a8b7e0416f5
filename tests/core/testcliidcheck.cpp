// Runs the real tongban-cli (TONGBAN_CLI_PATH): `id-check` (contract: ../shared/contracts/cli.md).

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCliIdCheck : public QObject
{
    Q_OBJECT

private:
    static std::pair<int, QJsonObject> run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TONGBAN_CLI_PATH), QStringList {QStringLiteral("id-check")} + arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return {-1, {}};
        return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
    }

private slots:
    void idCheck_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QJsonValue>("normalized");
        QTest::addColumn<QJsonValue>("birth");
        QTest::addColumn<QJsonValue>("sex");
        QTest::addColumn<QJsonValue>("region");
        QTest::newRow("valid") << QStringLiteral("11010519491231002X") << true << QJsonValue(QStringLiteral("11010519491231002X"))
                               << QJsonValue(QStringLiteral("1949-12-31")) << QJsonValue(QStringLiteral("female"))
                               << QJsonValue(QStringLiteral("110105"));
        QTest::newRow("lower-case x") << QStringLiteral("34052419800101001x") << true << QJsonValue(QStringLiteral("34052419800101001X"))
                                      << QJsonValue(QStringLiteral("1980-01-01")) << QJsonValue(QStringLiteral("male"))
                                      << QJsonValue(QStringLiteral("340524"));
        QTest::newRow("15 digits") << QStringLiteral("370725881105149") << true << QJsonValue(QStringLiteral("37072519881105149X"))
                                   << QJsonValue(QStringLiteral("1988-11-05")) << QJsonValue(QStringLiteral("male"))
                                   << QJsonValue(QStringLiteral("370725"));
        QTest::newRow("wrong check: parts still read")
            << QStringLiteral("110105194912310021") << false << QJsonValue() << QJsonValue(QStringLiteral("1949-12-31"))
            << QJsonValue(QStringLiteral("female")) << QJsonValue(QStringLiteral("110105"));
        QTest::newRow("impossible date") << QStringLiteral("110105199902300021") << false << QJsonValue() << QJsonValue() << QJsonValue()
                                         << QJsonValue(QStringLiteral("110105"));
        QTest::newRow("letters") << QStringLiteral("ABCDEFGHIJKLMNOPQR") << false << QJsonValue() << QJsonValue() << QJsonValue()
                                 << QJsonValue();
    }

    void idCheck()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QFETCH(QJsonValue, normalized);
        QFETCH(QJsonValue, birth);
        QFETCH(QJsonValue, sex);
        QFETCH(QJsonValue, region);
        const auto [exitCode, json] = run({number});
        QCOMPARE(exitCode, 0); // valid or not
        QCOMPARE(json.value(u"valid").toBool(), valid);
        QCOMPARE(json.value(u"normalized"), normalized);
        QCOMPARE(json.value(u"birth"), birth);
        QCOMPARE(json.value(u"sex"), sex);
        QCOMPARE(json.value(u"region"), region);
        QCOMPARE(json.value(u"reason").toString().isEmpty(), valid);
    }

    void missingArgument()
    {
        const auto [exitCode, json] = run({});
        QCOMPARE(exitCode, 2);
        QCOMPARE(json.value(u"error").toObject().value(u"field").toString(), QStringLiteral("NUMBER"));
    }
};

QTEST_GUILESS_MAIN(TestCliIdCheck)
#include "testcliidcheck.moc"
