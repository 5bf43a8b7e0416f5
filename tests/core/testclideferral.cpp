// Runs the real tongban-cli (TONGBAN_CLI_PATH): `deferral --case FILE` (contract: docs/cli.md),
// in English (TONGBAN_LANG=en) so that the reasons can be matched.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliDeferral : public QObject
{
    Q_OBJECT

private:
    /// Runs `deferral --case -` with @p input on standard input, or `--case FILE` with @p input
    /// written to a file when @p viaFile.
    static std::pair<int, QJsonObject> run(const QByteArray &input, bool viaFile = false)
    {
        QTemporaryDir dir;
        QString casePath = QStringLiteral("-");
        if (viaFile) {
            casePath = dir.filePath(QStringLiteral("case.json"));
            QFile file(casePath);
            if (!file.open(QIODevice::WriteOnly))
                return {-1, {}};
            file.write(input);
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TONGBAN_LANG"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TONGBAN_CLI_PATH), {QStringLiteral("deferral"), QStringLiteral("--case"), casePath});
        if (!viaFile) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
            return {-1, {}};
        return {process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object()};
    }

    static QJsonObject insurance(const QJsonObject &json, const QString &name)
    {
        for (const QJsonValue &v : json.value(u"insurances").toArray())
            if (v.toObject().value(u"insurance").toString() == name)
                return v.toObject();
        return {};
    }

    /// What the answer says about one insurance: the headline, the reasons every insurance
    /// shares, then its own (issue 16: each sentence once).
    static QString reasons(const QJsonObject &json, const QJsonObject &answer)
    {
        QStringList list {json.value(u"headline").toString()};
        for (const QJsonValue &v : json.value(u"reasons").toArray())
            list << v.toString();
        for (const QJsonValue &v : answer.value(u"reasons").toArray())
            list << v.toString();
        return list.join(u'\n');
    }

private slots:
    void eligibleRestaurant()
    {
        const auto [exitCode, json] = run(R"({"as_of": "2022-06-15", "payer": {"kind": "enterprise", "uscc": "91350100m000100y43",
            "industry": "H62", "size": "large", "hard_hit_area": false, "temporary_difficulty": false}})",
                                          true);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(u"eligible").toBool(), true);
        QCOMPARE(json.value(u"insurances").toArray().size(), 3);
        const QJsonObject pension = insurance(json, QStringLiteral("pension"));
        QCOMPARE(pension.value(u"eligible").toBool(), true);
        QCOMPARE(pension.value(u"premium_months").toObject().value(u"from").toString(), QStringLiteral("2022-04"));
        QCOMPARE(pension.value(u"premium_months").toObject().value(u"to").toString(), QStringLiteral("2022-12"));
        QCOMPARE(pension.value(u"share").toString(), QStringLiteral("employer"));
        QCOMPARE(pension.value(u"pay_back_by").toString(), QStringLiteral("2023-12-31"));
        QCOMPARE(pension.value(u"late_fee_waived").toBool(), true);
        QVERIFY2(reasons(json, pension).contains(u"industry 62 餐饮业 is one of the five hardship industries (人社厅发〔2022〕16号)"),
                 qPrintable(reasons(json, pension)));
        QVERIFY(pension.value(u"sources").toArray().first().toString().contains(u"人社厅发〔2022〕16号"));
        const QJsonObject unemployment = insurance(json, QStringLiteral("unemployment"));
        QCOMPARE(unemployment.value(u"premium_months").toObject().value(u"to").toString(), QStringLiteral("2023-03"));
        // The decisive reason leads; the conditions shared by every insurance are said once.
        QVERIFY2(json.value(u"headline").toString().startsWith(u"Premiums may be deferred under units in the five hardship industries"),
                 qPrintable(json.value(u"headline").toString()));
        QVERIFY(!reasons(json, unemployment).isEmpty());
        const QString own = unemployment.value(u"reasons").toVariant().toStringList().join(u'\n');
        QVERIFY2(!own.contains(u"is one of the five hardship industries"), qPrintable(own));
        QCOMPARE(json.value(u"payer").toObject().value(u"uscc").toString(), QStringLiteral("91350100M000100Y43"));
    }

    void ineligibleLargeEnterprise()
    {
        const auto [exitCode, json] = run(R"({"as_of": "2022-11-30", "payer": {"kind": "enterprise", "uscc": "91350100M000100Y43",
            "industry": "70", "size": "large", "hard_hit_area": true, "temporary_difficulty": true}})");
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(u"eligible").toBool(), false);
        for (const QString &name : {QStringLiteral("pension"), QStringLiteral("unemployment"), QStringLiteral("work-injury")}) {
            const QJsonObject answer = insurance(json, name);
            QCOMPARE(answer.value(u"eligible").toBool(), false);
            QVERIFY(answer.value(u"premium_months").isNull());
            QVERIFY2(reasons(json, answer).contains(u"size large is not micro/small/medium"), qPrintable(reasons(json, answer)));
            QVERIFY2(reasons(json, answer).contains(u"industry 70 房地产业 is not one of the five hardship industries"),
                     qPrintable(reasons(json, answer)));
        }
    }

    void flexiblyEmployed()
    {
        const auto [exitCode, json] = run(R"({"as_of": "2022-06-15", "payer": {"kind": "flexible-employee"}})");
        QCOMPARE(exitCode, 0);
        const QJsonObject pension = insurance(json, QStringLiteral("pension"));
        QCOMPARE(pension.value(u"share").toString(), QStringLiteral("all"));
        QCOMPARE(pension.value(u"premium_months").toObject().value(u"from").toString(), QStringLiteral("2022-01"));
        QCOMPARE(insurance(json, QStringLiteral("unemployment")).value(u"eligible").toBool(), false);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("wrong check character") << QByteArray(
            R"({"as_of": "2022-06-15", "payer": {"kind": "enterprise", "uscc": "91350100M000100Y44", "industry": "62", "size": "small"}})")
                                               << QStringLiteral("payer.uscc") << QStringLiteral("expected 3, got 4");
        QTest::newRow("unknown kind") << QByteArray(R"({"as_of": "2022-06-15", "payer": {"kind": "company"}})")
                                      << QStringLiteral("payer.kind") << QStringLiteral("flexible-employee");
        QTest::newRow("unknown industry") << QByteArray(
            R"({"as_of": "2022-06-15", "payer": {"kind": "enterprise", "uscc": "91350100M000100Y43", "industry": "99", "size": "small"}})")
                                          << QStringLiteral("payer.industry") << QStringLiteral("major group 99 does not exist");
        QTest::newRow("as_of malformed") << QByteArray(R"({"as_of": "2022-13-01", "payer": {"kind": "flexible-employee"}})")
                                         << QStringLiteral("as_of") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("flag not a bool") << QByteArray(
            R"({"as_of": "2022-06-15", "payer": {"kind": "flexible-employee", "hard_hit_area": "yes"}})")
                                         << QStringLiteral("payer.hard_hit_area") << QStringLiteral("true or false");
        // A mistyped key is refused, not ignored: the answer would be to another question.
        QTest::newRow("mistyped flag") << QByteArray(
            R"({"as_of": "2022-06-15", "payer": {"kind": "enterprise", "uscc": "91350100M000100Y43", "industry": "62", "size": "micro",
                "hard_hit": true}})") << QStringLiteral("payer.hard_hit")
                                       << QStringLiteral("hard_hit_area");
        QTest::newRow("mistyped date key") << QByteArray(R"({"asof": "2022-06-15", "payer": {"kind": "flexible-employee"}})")
                                           << QStringLiteral("asof") << QStringLiteral("as_of");
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("--case") << QStringLiteral("not JSON");
        QTest::newRow("an array") << QByteArray("[1]") << QStringLiteral("--case") << QStringLiteral("must be a JSON object");
    }

    void badInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        const auto [exitCode, json] = run(input);
        QCOMPARE(exitCode, 2);
        const QJsonObject error = json.value(u"error").toObject();
        QCOMPARE(error.value(u"field").toString(), field);
        QVERIFY2(error.value(u"message").toString().contains(phrase), qPrintable(error.value(u"message").toString()));
    }
};

QTEST_GUILESS_MAIN(TestCliDeferral)
#include "testclideferral.moc"
