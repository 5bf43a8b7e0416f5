// Runs the real tongban-cli (TONGBAN_CLI_PATH): `unemployment --case FILE` (docs/cli.md).
// Messages are translated (zh_CN) by the CLI: the checks use keys, figures and region codes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliUnemployment : public QObject
{
    Q_OBJECT

private:
    std::pair<int, QJsonObject> run(const QJsonObject &input)
    {
        const QString path = m_dir.filePath(QStringLiteral("case-%1.json").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {-1, {}};
        file.write(QJsonDocument(input).toJson());
        file.close();
        return runArguments({QStringLiteral("--case"), path});
    }

    static std::pair<int, QJsonObject> runArguments(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TONGBAN_CLI_PATH), QStringList {QStringLiteral("unemployment")} + arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return {-1, {}};
        return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
    }

    static QJsonObject changsha(int monthsPaid, int carried = 0)
    {
        return QJsonObject {{QStringLiteral("region"), QStringLiteral("430102")},
                            {QStringLiteral("claim_date"), QStringLiteral("2026-03-10")},
                            {QStringLiteral("months_paid"), monthsPaid},
                            {QStringLiteral("carried_months"), carried},
                            {QStringLiteral("job_loss_reason"), QStringLiteral("contract-expired")},
                            {QStringLiteral("registered"), true}};
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void eligibleWithAmount()
    {
        const auto [exitCode, json] = run(changsha(60, 10));
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(u"eligible").toBool(), true);
        QCOMPARE(json.value(u"entitlement_months").toInt(), 24); // 18 + 10, capped at 24
        QCOMPARE(json.value(u"capped").toBool(), true);
        QCOMPARE(json.value(u"first_month").toString(), QStringLiteral("2026-03"));
        QCOMPARE(json.value(u"last_month").toString(), QStringLiteral("2028-02"));
        QCOMPARE(json.value(u"monthly_amount").toDouble(), 1530.0);
        QCOMPARE(json.value(u"total").toDouble(), 36720.0);
        QCOMPARE(json.value(u"monthly_amount_confidence").toString(), QStringLiteral("LOW"));
        const QJsonArray conditions = json.value(u"conditions").toArray();
        QCOMPARE(conditions.size(), 3);
        for (const QJsonValue &c : conditions) {
            QVERIFY(c.toObject().value(u"met").toBool());
            QVERIFY(!c.toObject().value(u"condition").toString().isEmpty());
            QVERIFY(!c.toObject().value(u"reason").toString().isEmpty());
            QVERIFY2(c.toObject().value(u"source").toString().contains(QStringLiteral("失业保险条例")),
                     qPrintable(c.toObject().value(u"source").toString()));
        }
        QCOMPARE(json.value(u"parameters").toObject().value(u"file").toString(), QStringLiteral("unemployment/unemployment.json"));
    }

    void resignedIsNotEligible()
    {
        QJsonObject in = changsha(60);
        in.insert(QStringLiteral("job_loss_reason"), QStringLiteral("resigned"));
        const auto [exitCode, json] = run(in);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(u"eligible").toBool(), false);
        QCOMPARE(json.value(u"entitlement_months").toInt(), 0);
        QVERIFY(json.value(u"first_month").isNull());
        QVERIFY(json.value(u"total").isNull());
        bool found = false;
        for (const QJsonValue &c : json.value(u"conditions").toArray()) {
            if (c.toObject().value(u"condition").toString() == u"involuntary-job-loss") {
                found = true;
                QCOMPARE(c.toObject().value(u"met").toBool(), false);
                QVERIFY(c.toObject().value(u"reason").toString().contains(QStringLiteral("本人辞职")));
            }
        }
        QVERIFY(found);
    }

    void regionWithoutStandardIsNullWithReason()
    {
        QJsonObject in = changsha(130);
        in.insert(QStringLiteral("region"), QStringLiteral("320505")); // Jiangsu: no standard found
        const auto [exitCode, json] = run(in);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(u"eligible").toBool(), true);
        QCOMPARE(json.value(u"entitlement_months").toInt(), 24);
        QVERIFY(json.value(u"monthly_amount").isNull());
        QVERIFY(json.value(u"total").isNull());
        QVERIFY2(json.value(u"monthly_amount_reason").toString().contains(QStringLiteral("320505")),
                 qPrintable(json.value(u"monthly_amount_reason").toString()));

        // The clerk's standard with a note fills it.
        in.insert(QStringLiteral("monthly_standard"), 2238.5);
        in.insert(QStringLiteral("standard_note"), QStringLiteral("local notice"));
        const auto [entered, withAmount] = run(in);
        QCOMPARE(entered, 0);
        QCOMPARE(withAmount.value(u"monthly_amount").toDouble(), 2238.5);
        QCOMPARE(withAmount.value(u"total").toDouble(), 53724.0);
        QCOMPARE(withAmount.value(u"monthly_amount_confidence").toString(), QStringLiteral("ENTERED"));
    }

    void stopAsked()
    {
        QJsonObject in = changsha(60);
        in.insert(QStringLiteral("stop"),
                  QJsonObject {{QStringLiteral("date"), QStringLiteral("2026-07-20")},
                               {QStringLiteral("ground"), QStringLiteral("re-employment")}});
        const auto [exitCode, json] = run(in);
        QCOMPARE(exitCode, 0);
        const QJsonObject stop = json.value(u"stop").toObject();
        QCOMPARE(stop.value(u"months_received").toInt(), 5);
        QCOMPARE(stop.value(u"months_left").toInt(), 13);
        QCOMPARE(stop.value(u"months_left_kept").toBool(), true);
        QCOMPARE(stop.value(u"first_unpaid_month").toString(), QStringLiteral("2026-08"));

        in.insert(
            QStringLiteral("stop"),
            QJsonObject {{QStringLiteral("date"), QStringLiteral("2026-07-20")}, {QStringLiteral("ground"), QStringLiteral("holiday")}});
        const auto [badGround, error] = run(in);
        QCOMPARE(badGround, 2);
        QCOMPARE(error.value(u"error").toObject().value(u"field").toString(), QStringLiteral("stop.ground"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("region not a code") << QStringLiteral("region") << QJsonValue(QStringLiteral("changsha"));
        QTest::newRow("claim date") << QStringLiteral("claim_date") << QJsonValue(QStringLiteral("2026-02-30"));
        QTest::newRow("months paid fraction") << QStringLiteral("months_paid") << QJsonValue(12.5);
        QTest::newRow("carried above 24") << QStringLiteral("carried_months") << QJsonValue(25);
        QTest::newRow("unknown reason") << QStringLiteral("job_loss_reason") << QJsonValue(QStringLiteral("bored"));
        QTest::newRow("registered as text") << QStringLiteral("registered") << QJsonValue(QStringLiteral("yes"));
    }
    void badInput()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject in = changsha(60);
        in.insert(key, value);
        const auto [exitCode, json] = run(in);
        QCOMPARE(exitCode, 2);
        QCOMPARE(json.value(u"error").toObject().value(u"field").toString(), key);
        QVERIFY(!json.value(u"error").toObject().value(u"message").toString().isEmpty());
    }

    void usage()
    {
        const auto [exitCode, json] = runArguments({});
        QCOMPARE(exitCode, 2);
        QCOMPARE(json.value(u"error").toObject().value(u"field").toString(), QStringLiteral("--case"));
        const auto [missing, error] = runArguments({QStringLiteral("--case"), m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(missing, 2);
        QCOMPARE(error.value(u"error").toObject().value(u"field").toString(), QStringLiteral("--case"));
    }
};

QTEST_GUILESS_MAIN(TestCliUnemployment)
#include "testcliunemployment.moc"
