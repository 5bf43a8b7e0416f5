// Tests of the intake's validation on the test catalog (tests/data/matters): FieldValidator for
// every field type of the design through IntakeValidator (the path matters[i].fields.x and a
// message saying what is allowed), required fields and their "when" (agent, set, equals, in, a
// list), documents, unknown and duplicate matters, agents, the applicant's ID number, USCC; the
// case codec's paths; MissingDocuments across matters. Today is test::clock()'s 2026-12-02.

#include "identity/citizenid.h"
#include "identity/uscc.h"
#include "intake/fieldvalidator.h"
#include "intake/intakecasecodec.h"
#include "intake/intakevalidator.h"
#include "intake/mattercatalogloader.h"
#include "intake/missingdocuments.h"

#include "tests/core/intaketestdata.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tongban;
using intake::IntakeCase;
using intake::IntakeMatter;
using intake::IntakeValidator;
using intake::MissingDocuments;

namespace {

const QDate kToday = test::fixedNow().date();

QJsonValue json(const QString &text)
{
    return QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8()).array().at(0);
}

IntakeMatter matter(const QString &id, const QJsonObject &fields = {}, const QStringList &documents = {})
{
    IntakeMatter m;
    m.matter = id;
    m.fields = fields;
    m.documents = documents;
    return m;
}

QStringList paths(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors)
        out << e.field;
    return out;
}

} // namespace

class TestIntakeValidation : public QObject
{
    Q_OBJECT

private:
    intake::MatterCatalog m_catalog;
    QString m_applicant = identity::CitizenId::make(QStringLiteral("110105"), QDate(1967, 3, 12), 31);
    QString m_parent = identity::CitizenId::make(QStringLiteral("110105"), QDate(1940, 5, 1), 22);
    QString m_uscc = identity::Uscc::make(QStringLiteral("110105"), 4242);

    IntakeCase single(const IntakeMatter &m) const
    {
        IntakeCase c;
        c.applicant = {m_applicant, QStringLiteral("张三"), QStringLiteral("13800138000")};
        c.matters << m;
        return c;
    }

    QJsonObject retirementFields() const
    {
        return {{QStringLiteral("retirement_month"), QStringLiteral("2027-10")},
                {QStringLiteral("bank_account"), QStringLiteral("6222021234567890123")}};
    }

    QList<Error> issues(const IntakeCase &c) const { return IntakeValidator::issues(m_catalog, c, kToday); }

private slots:
    void initTestCase()
    {
        auto catalog = intake::MatterCatalogLoader::load(
            test::testCatalogDir(), {QStringLiteral("retirement"), QStringLiteral("eligibility-verification"), QStringLiteral("deferral")});
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().field + u' ' + catalog.error().message));
        m_catalog = std::move(catalog).value();
        QVERIFY(!m_applicant.isEmpty() && !m_parent.isEmpty() && !m_uscc.isEmpty());
    }

    void fieldTypes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // JSON text
        QTest::addColumn<QString>("path"); // after matters[1].fields.<field>; empty: the field's own
        QTest::addColumn<QString>("message"); // empty: valid
        const QString spouse = identity::CitizenId::make(QStringLiteral("310101"), QDate(1970, 1, 1), 12);
        QString wrongCheck = spouse;
        wrongCheck[17] = spouse.at(17) == u'1' ? u'2' : u'1';
        QString wrongUscc = m_uscc;
        wrongUscc[17] = m_uscc.at(17) == u'1' ? u'2' : u'1';

        QTest::newRow("text valid") << "full_name"
                                    << "\"张三\""
                                    << ""
                                    << "";
        QTest::newRow("text too short") << "full_name"
                                        << "\"张\""
                                        << ""
                                        << "at least 2 characters are needed (1 given)";
        QTest::newRow("text too long") << "full_name"
                                       << "\"张三李四王五赵六孙七周\""
                                       << ""
                                       << "at most 10 characters are allowed (11 given)";
        QTest::newRow("text against the pattern") << "full_name"
                                                  << "\"Zhang\""
                                                  << ""
                                                  << "does not have the expected form: 汉字，可含间隔号";
        QTest::newRow("text not a string") << "full_name"
                                           << "12"
                                           << ""
                                           << "a text is expected";
        QTest::newRow("multiline valid") << "remarks"
                                         << "\"第一行\\n第二行\""
                                         << ""
                                         << "";
        QTest::newRow("multiline too long") << "remarks"
                                            << "\"一二三四五六七八九十一二三四五六七八九十一\""
                                            << ""
                                            << "at most 20 characters";
        QTest::newRow("id-number valid") << "spouse_id_number" << QString(u'"' + spouse + u'"') << ""
                                         << "";
        QTest::newRow("id-number check digit") << "spouse_id_number" << QString(u'"' + wrongCheck + u'"') << ""
                                               << QString(QStringLiteral("wrong check character: expected ") + spouse.at(17));
        QTest::newRow("id-number length") << "spouse_id_number"
                                          << "\"11010519700101\""
                                          << ""
                                          << "has 18 characters";
        QTest::newRow("uscc valid") << "employer_uscc" << QString(u'"' + m_uscc + u'"') << ""
                                    << "";
        QTest::newRow("uscc check character") << "employer_uscc" << QString(u'"' + wrongUscc + u'"') << ""
                                              << QString(QStringLiteral("wrong check character: expected ") + m_uscc.at(17));
        QTest::newRow("phone mobile") << "contact_phone"
                                      << "\"13800138000\""
                                      << ""
                                      << "";
        QTest::newRow("phone landline") << "contact_phone"
                                        << "\"010-12345678\""
                                        << ""
                                        << "";
        QTest::newRow("phone refused") << "contact_phone"
                                       << "\"12800138000\""
                                       << ""
                                       << "a mobile number (11 digits starting 13–19) or a landline with its area code";
        QTest::newRow("date valid, today") << "death_date"
                                           << "\"2026-12-02\""
                                           << ""
                                           << "";
        QTest::newRow("date after today") << "death_date"
                                          << "\"2026-12-03\""
                                          << ""
                                          << "the date may not be after today (2026-12-02)";
        QTest::newRow("date that does not exist") << "death_date"
                                                  << "\"2026-02-30\""
                                                  << ""
                                                  << "a date YYYY-MM-DD is expected";
        QTest::newRow("date before today") << "start_date"
                                           << "\"2026-12-01\""
                                           << ""
                                           << "the date may not be before today (2026-12-02)";
        QTest::newRow("month valid") << "retirement_month"
                                     << "\"2026-12\""
                                     << ""
                                     << "";
        QTest::newRow("month before this month") << "retirement_month"
                                                 << "\"2026-11\""
                                                 << ""
                                                 << "may not be before this month (2026-12)";
        QTest::newRow("month malformed") << "retirement_month"
                                         << "\"2026-13\""
                                         << ""
                                         << "a month YYYY-MM is expected";
        QTest::newRow("month after this month") << "last_paid_month"
                                                << "\"2027-01\""
                                                << ""
                                                << "may not be after this month (2026-12)";
        QTest::newRow("month-range valid") << "back_payment_months"
                                           << "{\"from\": \"2020-01\", \"to\": \"2020-06\"}"
                                           << ""
                                           << "";
        QTest::newRow("month-range reversed") << "back_payment_months"
                                              << "{\"from\": \"2020-06\", \"to\": \"2020-01\"}"
                                              << ""
                                              << "the first month (2020-06) is after the last (2020-01)";
        QTest::newRow("month-range beyond this month") << "back_payment_months"
                                                       << "{\"from\": \"2026-06\", \"to\": \"2027-01\"}"
                                                       << ""
                                                       << "may not reach beyond this month (2026-12)";
        QTest::newRow("month-range not an object") << "back_payment_months"
                                                   << "\"2020-01\""
                                                   << ""
                                                   << "a range of months {\"from\": \"YYYY-MM\", \"to\": \"YYYY-MM\"} is expected";
        QTest::newRow("month-periods valid") << "claimed_periods"
                                             << "[{\"from\": \"1985-07\", \"to\": \"1990-12\", \"employer\": \"某机械厂\"},"
                                                " {\"from\": \"1991-01\", \"to\": \"1995-06\", \"employer\": \"某商店\"}]"
                                             << ""
                                             << "";
        QTest::newRow("month-periods not a list") << "claimed_periods"
                                                  << "{\"from\": \"1985-07\", \"to\": \"1990-12\", \"employer\": \"厂\"}"
                                                  << ""
                                                  << "at least one period";
        QTest::newRow("month-periods overlapping") << "claimed_periods"
                                                   << "[{\"from\": \"1985-07\", \"to\": \"1990-12\", \"employer\": \"某机械厂\"},"
                                                      " {\"from\": \"1990-06\", \"to\": \"1995-06\", \"employer\": \"某商店\"}]"
                                                   << "[1]"
                                                   << "the period overlaps an earlier one";
        QTest::newRow("month-periods without employer") << "claimed_periods"
                                                        << "[{\"from\": \"1985-07\", \"to\": \"1990-12\"}]"
                                                        << "[0]"
                                                        << "with the employer named";
        QTest::newRow("money valid") << "monthly_income"
                                     << "\"1234.56\""
                                     << ""
                                     << "";
        QTest::newRow("money three decimals") << "monthly_income"
                                              << "\"1234.567\""
                                              << ""
                                              << "an amount in yuan with at most two decimals is expected";
        QTest::newRow("money a number") << "monthly_income"
                                        << "1234.5"
                                        << ""
                                        << "an amount in yuan with at most two decimals";
        QTest::newRow("money above max") << "monthly_income"
                                         << "\"5000.01\""
                                         << ""
                                         << "the amount may not be above 5000.00 yuan";
        QTest::newRow("integer valid") << "household_size"
                                       << "3"
                                       << ""
                                       << "";
        QTest::newRow("integer below min") << "household_size"
                                           << "0"
                                           << ""
                                           << "the number may not be below 1";
        QTest::newRow("integer above max") << "household_size"
                                           << "21"
                                           << ""
                                           << "the number may not be above 20";
        QTest::newRow("integer with a fraction") << "household_size"
                                                 << "2.5"
                                                 << ""
                                                 << "a whole number is expected";
        QTest::newRow("choice valid") << "verification_method"
                                      << "\"home\""
                                      << ""
                                      << "";
        QTest::newRow("choice refused") << "verification_method"
                                        << "\"phone\""
                                        << ""
                                        << "one of these is expected: counter (窗口认证), home (上门认证), outreach (服务点认证)";
        QTest::newRow("boolean valid") << "disabled"
                                       << "false"
                                       << ""
                                       << "";
        QTest::newRow("boolean refused") << "disabled"
                                         << "\"yes\""
                                         << ""
                                         << "true or false is expected";
        QTest::newRow("bank-account valid") << "bank_account"
                                            << "\"622202123456789012\""
                                            << ""
                                            << "";
        QTest::newRow("bank-account short") << "bank_account"
                                            << "\"12345\""
                                            << ""
                                            << "a bank account number of 12 to 30 digits is expected";
        QTest::newRow("bank-account letters") << "bank_account"
                                              << "\"6222A2123456789012\""
                                              << ""
                                              << "12 to 30 digits";
        QTest::newRow("region valid") << "household_region"
                                      << "\"110105\""
                                      << ""
                                      << "";
        QTest::newRow("region five digits") << "household_region"
                                            << "\"11010\""
                                            << ""
                                            << "a six-digit region code (GB/T 2260) is expected";
    }

    // Each field type, valid and refused; a refusal at matters[1].fields.<field> saying what is allowed.
    void fieldTypes()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QJsonValue v = json(value);
        QVERIFY2(!v.isUndefined(), qPrintable(value));
        IntakeCase c = single(
            matter(QStringLiteral("back-payment"),
                   {{QStringLiteral("back_payment_months"),
                     QJsonObject {{QStringLiteral("from"), QStringLiteral("2019-01")}, {QStringLiteral("to"), QStringLiteral("2019-12")}}}},
                   {QStringLiteral("id-card")}));
        c.matters << matter(QStringLiteral("every-field"), {{field, v}});
        const QList<Error> found = issues(c);
        if (message.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().field + u' ' + found.first().message));
            // FieldValidator alone agrees.
            QVERIFY(!intake::FieldValidator::validate(*m_catalog.field(field), v, kToday));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, Error::Kind::BadInput);
        QCOMPARE(found.first().field, QStringLiteral("matters[1].fields.") + field + path);
        QVERIFY2(found.first().message.contains(message), qPrintable(found.first().message));
        QVERIFY(intake::FieldValidator::validate(*m_catalog.field(field), v, kToday).has_value());
    }

    void parseYuan()
    {
        QCOMPARE(intake::FieldValidator::parseYuan(QStringLiteral("1234.56")), std::optional<qint64>(123456));
        QCOMPARE(intake::FieldValidator::parseYuan(QStringLiteral("7.5")), std::optional<qint64>(750));
        QCOMPARE(intake::FieldValidator::parseYuan(QStringLiteral("12")), std::optional<qint64>(1200));
        QVERIFY(!intake::FieldValidator::parseYuan(QStringLiteral("1.234")));
        QVERIFY(!intake::FieldValidator::parseYuan(QStringLiteral("1,234")));
    }

    void requiredFields()
    {
        QJsonObject fields = retirementFields();
        QVERIFY(issues(single(matter(QStringLiteral("retirement-application"), fields))).isEmpty());
        fields.remove(QStringLiteral("bank_account"));
        fields.insert(QStringLiteral("retirement_month"), QStringLiteral("  ")); // blank is not set
        const QList<Error> found = issues(single(matter(QStringLiteral("retirement-application"), fields)));
        QCOMPARE(paths(found),
                 (QStringList {QStringLiteral("matters[0].fields.retirement_month"), QStringLiteral("matters[0].fields.bank_account")}));
        QVERIFY(found.at(1).message.contains(QStringLiteral("银行账号")));
        QVERIFY(found.at(1).message.contains(QStringLiteral("is required")));
        // A field the matter does not ask for.
        fields = retirementFields();
        fields.insert(QStringLiteral("household_size"), 3);
        QCOMPARE(paths(issues(single(matter(QStringLiteral("retirement-application"), fields)))),
                 QStringList {QStringLiteral("matters[0].fields.household_size")});
    }

    void conditionalFields_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("required");
        QTest::newRow("counter: nothing more") << "counter" << QStringList {};
        // equals "home": the address; in [home, outreach]: the phone
        QTest::newRow("home: address and phone")
            << "home" << QStringList {QStringLiteral("matters[0].fields.home_address"), QStringLiteral("matters[0].fields.contact_phone")};
        QTest::newRow("outreach: phone") << "outreach" << QStringList {QStringLiteral("matters[0].fields.contact_phone")};
    }

    // A required field whose "when" does not hold is not required (equals, in).
    void conditionalFields()
    {
        QFETCH(QString, method);
        QFETCH(QStringList, required);
        const IntakeCase c = single(matter(QStringLiteral("eligibility-verification"), {{QStringLiteral("verification_method"), method}}));
        QCOMPARE(paths(issues(c)), required);
    }

    void conditionalDocuments_data()
    {
        QTest::addColumn<QString>("matterId");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<QString>("fields"); // JSON object text
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("retirement, self") << "retirement-application" << false << "{}"
                                          << QStringList {QStringLiteral("id-card"), QStringLiteral("personnel-file")};
        QTest::newRow("retirement, agent") << "retirement-application" << true << "{}"
                                           << QStringList {QStringLiteral("id-card"), QStringLiteral("personnel-file"),
                                                           QStringLiteral("power-of-attorney")};
        QTest::newRow("retirement, periods set")
            << "retirement-application" << false
            << "{\"claimed_periods\": [{\"from\": \"1985-07\", \"to\": \"1990-12\", \"employer\": \"厂\"}]}"
            << QStringList {QStringLiteral("id-card"), QStringLiteral("personnel-file"), QStringLiteral("work-proof")};
        QTest::newRow("retirement, periods empty: not set") << "retirement-application" << false << "{\"claimed_periods\": []}"
                                                            << QStringList {QStringLiteral("id-card"), QStringLiteral("personnel-file")};
        QTest::newRow("verification at home (in)") << "eligibility-verification" << false << "{\"verification_method\": \"home\"}"
                                                   << QStringList {QStringLiteral("id-card"), QStringLiteral("home-visit-request")};
        QTest::newRow("verification at the counter")
            << "eligibility-verification" << false << "{\"verification_method\": \"counter\"}" << QStringList {QStringLiteral("id-card")};
        QTest::newRow("allowance, disabled (equals true)")
            << "minimum-living-allowance" << false << "{\"disabled\": true}"
            << QStringList {QStringLiteral("id-card"), QStringLiteral("income-proof"), QStringLiteral("disability-certificate")};
        QTest::newRow("allowance, not disabled") << "minimum-living-allowance" << false << "{\"disabled\": false}"
                                                 << QStringList {QStringLiteral("id-card"), QStringLiteral("income-proof")};
        // A list: agent AND spouse set.
        QTest::newRow("survivor, spouse, self") << "survivor-grant" << false << "{\"spouse_id_number\": \"x\"}"
                                                << QStringList {QStringLiteral("id-card"), QStringLiteral("death-certificate")};
        QTest::newRow("survivor, agent, no spouse")
            << "survivor-grant" << true << "{}" << QStringList {QStringLiteral("id-card"), QStringLiteral("death-certificate")};
        QTest::newRow("survivor, agent and spouse")
            << "survivor-grant" << true << "{\"spouse_id_number\": \"x\"}"
            << QStringList {QStringLiteral("id-card"), QStringLiteral("death-certificate"), QStringLiteral("marriage-certificate")};
    }

    // Which documents a matter lacks follows each kind of "when".
    void conditionalDocuments()
    {
        QFETCH(QString, matterId);
        QFETCH(bool, agent);
        QFETCH(QString, fields);
        QFETCH(QStringList, missing);
        IntakeMatter m = matter(matterId, json(fields).toObject());
        if (agent)
            m.agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), QStringLiteral("parent")};
        const IntakeCase c = single(m);
        QCOMPARE(MissingDocuments::forMatter(m_catalog, c, 0), missing);
        // Brought, it is no longer missing.
        IntakeCase brought = c;
        brought.matters[0].documents = missing;
        QVERIFY(MissingDocuments::forMatter(m_catalog, brought, 0).isEmpty());
    }

    void documents()
    {
        IntakeCase c = single(matter(QStringLiteral("retirement-application"), retirementFields(),
                                     {QStringLiteral("id-card"), QStringLiteral("business-licence"), QStringLiteral("passport"),
                                      QStringLiteral("id-card"), QStringLiteral("power-of-attorney")}));
        const QList<Error> found = issues(c);
        QCOMPARE(paths(found),
                 (QStringList {QStringLiteral("matters[0].documents[1]"), QStringLiteral("matters[0].documents[2]"),
                               QStringLiteral("matters[0].documents[3]")}));
        QVERIFY2(found.at(0).message.contains(QStringLiteral("does not ask for 营业执照")), qPrintable(found.at(0).message));
        QVERIFY(found.at(1).message.contains(QStringLiteral("unknown document \"passport\"")));
        QVERIFY(found.at(2).message.contains(QStringLiteral("listed twice")));
    }

    void unknownMatter()
    {
        IntakeCase c = single(matter(QStringLiteral("retirement-application"), retirementFields()));
        c.matters << matter(QStringLiteral("moon-landing"));
        c.matters << matter(QString());
        const QList<Error> found = issues(c);
        QCOMPARE(paths(found), (QStringList {QStringLiteral("matters[1].matter"), QStringLiteral("matters[2].matter")}));
        QVERIFY(found.at(0).message.contains(QStringLiteral("unknown matter \"moon-landing\"")));
        QVERIFY(found.at(1).message.contains(QStringLiteral("the matter is required")));
        c.matters.clear();
        QCOMPARE(paths(issues(c)), QStringList {QStringLiteral("matters")});
    }

    // The same matter twice for the same subject is refused; for another person (as agent) or
    // another employer it is not.
    void duplicateMatter()
    {
        IntakeCase c = single(matter(QStringLiteral("retirement-application"), retirementFields()));
        c.matters << matter(QStringLiteral("retirement-application"), retirementFields());
        QList<Error> found = issues(c);
        QCOMPARE(paths(found), QStringList {QStringLiteral("matters[1].matter")});
        QVERIFY(found.first().message.contains(QStringLiteral("退休申请")));
        c.matters[1].agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), QStringLiteral("parent")};
        QVERIFY(issues(c).isEmpty());

        const QString other = identity::Uscc::make(QStringLiteral("110105"), 777);
        IntakeCase e = single(matter(QStringLiteral("premium-deferral"), {{QStringLiteral("employer_uscc"), m_uscc}}));
        e.matters << matter(QStringLiteral("premium-deferral"), {{QStringLiteral("employer_uscc"), m_uscc.toLower()}});
        QCOMPARE(paths(issues(e)), QStringList {QStringLiteral("matters[1].matter")});
        e.matters[1].fields.insert(QStringLiteral("employer_uscc"), other);
        QVERIFY(issues(e).isEmpty());
        // An employer's matter needs its code, and has no agent.
        e.matters[1].fields = {};
        e.matters[1].agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), QStringLiteral("entrusted")};
        QCOMPARE(paths(issues(e)),
                 (QStringList {QStringLiteral("matters[1].agent_for"), QStringLiteral("matters[1].fields.employer_uscc")}));
    }

    void agentRelation_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<bool>("valid");
        for (const QString &r : intake::AgentFor::relations())
            QTest::newRow(qPrintable(r)) << r << true;
        QTest::newRow("friend") << "friend" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("Chinese") << "父母" << false;
    }

    void agentRelation()
    {
        QFETCH(QString, relation);
        QFETCH(bool, valid);
        IntakeMatter m
            = matter(QStringLiteral("eligibility-verification"), {{QStringLiteral("verification_method"), QStringLiteral("counter")}});
        m.agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), relation};
        const QList<Error> found = issues(single(m));
        if (valid) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(paths(found), QStringList {QStringLiteral("matters[0].agent_for.relation")});
        QVERIFY(found.first().message.contains(QStringLiteral("spouse, parent, child, sibling, other-relative, entrusted")));
    }

    void agentPerson()
    {
        IntakeMatter m
            = matter(QStringLiteral("eligibility-verification"), {{QStringLiteral("verification_method"), QStringLiteral("counter")}});
        QString wrong = m_parent;
        wrong[17] = m_parent.at(17) == u'1' ? u'2' : u'1';
        m.agentFor = intake::AgentFor {wrong, QString(), QStringLiteral("parent")};
        QList<Error> found = issues(single(m));
        QCOMPARE(paths(found),
                 (QStringList {QStringLiteral("matters[0].agent_for.id_number"), QStringLiteral("matters[0].agent_for.name")}));
        QVERIFY(found.first().message.contains(QStringLiteral("wrong check character")));
        m.agentFor = intake::AgentFor {m_applicant, QStringLiteral("张三"), QStringLiteral("parent")};
        found = issues(single(m));
        QCOMPARE(paths(found), QStringList {QStringLiteral("matters[0].agent_for.id_number")});
        QVERIFY(found.first().message.contains(QStringLiteral("is the applicant")));
    }

    void applicant_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("message");
        const QString id = m_applicant;
        QString wrong = id;
        wrong[17] = id.at(17) == u'1' ? u'2' : u'1';
        QTest::newRow("valid") << id << "张三"
                               << "" << QStringList {} << "";
        QTest::newRow("check digit") << wrong << "张三"
                                     << "" << QStringList {QStringLiteral("applicant.id_number")}
                                     << QString(QStringLiteral("wrong check character: expected ") + id.at(17));
        QTest::newRow("missing") << ""
                                 << "张三"
                                 << "" << QStringList {QStringLiteral("applicant.id_number")} << "is required";
        QTest::newRow("born in the future") << identity::CitizenId::make(QStringLiteral("110105"), QDate(2027, 1, 1), 1) << "张三"
                                            << "" << QStringList {QStringLiteral("applicant.id_number")} << "in the future";
        QTest::newRow("no name") << id << " "
                                 << "" << QStringList {QStringLiteral("applicant.name")} << "name is required";
        QTest::newRow("bad phone") << id << "张三"
                                   << "138" << QStringList {QStringLiteral("applicant.phone")} << "a mobile number";
    }

    void applicant()
    {
        QFETCH(QString, idNumber);
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QStringList, paths);
        QFETCH(QString, message);
        IntakeCase c = single(matter(QStringLiteral("retirement-application"), retirementFields()));
        c.applicant = {idNumber, name, phone};
        const QList<Error> found = issues(c);
        QCOMPARE(::paths(found), paths);
        if (!message.isEmpty())
            QVERIFY2(found.first().message.contains(message), qPrintable(found.first().message));
        // validate() gives the first issue, or Done.
        const Status status = IntakeValidator::validate(m_catalog, c, kToday);
        QCOMPARE(status.ok(), paths.isEmpty());
    }

    void subjectIdNumber()
    {
        IntakeCase c = single(matter(QStringLiteral("retirement-application"), retirementFields()));
        QString lower = m_parent;
        lower = lower.toLower();
        IntakeMatter m
            = matter(QStringLiteral("eligibility-verification"), {{QStringLiteral("verification_method"), QStringLiteral("counter")}});
        m.agentFor = intake::AgentFor {lower, QStringLiteral("李四"), QStringLiteral("parent")};
        c.matters << m;
        QCOMPARE(IntakeValidator::subjectIdNumber(c, 0), m_applicant);
        QCOMPARE(IntakeValidator::subjectIdNumber(c, 1), m_parent);
    }

    // Every missing document once, in the order first needed, with every matter needing it.
    void missingAcrossMatters()
    {
        IntakeCase c;
        c.applicant = {m_applicant, QStringLiteral("张三"), QString()};
        IntakeMatter retirement = matter(QStringLiteral("retirement-application"), retirementFields());
        retirement.agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), QStringLiteral("parent")};
        IntakeMatter verification = matter(QStringLiteral("eligibility-verification"),
                                           {{QStringLiteral("verification_method"), QStringLiteral("home")}}, {QStringLiteral("id-card")});
        verification.agentFor = retirement.agentFor;
        IntakeMatter allowance = matter(QStringLiteral("minimum-living-allowance"), {{QStringLiteral("disabled"), true}});
        c.matters << retirement << verification << allowance;
        const QList<intake::MissingDocument> missing = MissingDocuments::across(m_catalog, c);
        QStringList documents;
        for (const auto &m : missing)
            documents << m.document;
        QCOMPARE(documents,
                 (QStringList {QStringLiteral("id-card"), QStringLiteral("personnel-file"), QStringLiteral("power-of-attorney"),
                               QStringLiteral("agent-id-card"), QStringLiteral("home-visit-request"), QStringLiteral("income-proof"),
                               QStringLiteral("disability-certificate")}));
        QCOMPARE(missing.at(0).matterPositions, (QList<int> {0, 2})); // the verification brought its ID card
        QCOMPARE(missing.at(0).matters,
                 (QStringList {QStringLiteral("retirement-application"), QStringLiteral("minimum-living-allowance")}));
        QCOMPARE(missing.at(2).matterPositions, (QList<int> {0, 1}));
        QCOMPARE(missing.at(3).matterPositions, QList<int> {1});
        QCOMPARE(missing.at(6).matters, QStringList {QStringLiteral("minimum-living-allowance")});
        // Everything brought: nothing missing.
        for (int i = 0; i < c.matters.size(); ++i)
            c.matters[i].documents = MissingDocuments::forMatter(m_catalog, c, i) + c.matters[i].documents;
        QVERIFY(MissingDocuments::across(m_catalog, c).isEmpty());
    }

    void codec_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("no applicant") << "{\"matters\": [{\"matter\": \"x\"}]}"
                                      << "applicant";
        QTest::newRow("name not a string") << "{\"applicant\": {\"id_number\": \"1\", \"name\": 3}, \"matters\": [{\"matter\": \"x\"}]}"
                                           << "applicant.name";
        QTest::newRow("unknown key") << "{\"applicant\": {\"id_number\": \"1\", \"name\": \"a\"}, \"matters\": [], \"colour\": 1}"
                                     << "colour";
        QTest::newRow("fields not an object") << "{\"applicant\": {\"id_number\": \"1\", \"name\": \"a\"}, \"matters\": [{\"matter\": "
                                                 "\"x\"}, {\"matter\": \"y\", \"fields\": []}]}"
                                              << "matters[1].fields";
        QTest::newRow("document not a string") << "{\"applicant\": {\"id_number\": \"1\", \"name\": \"a\"}, \"matters\": [{\"matter\": "
                                                  "\"x\", \"documents\": [\"a\", \"b\", 3]}]}"
                                               << "matters[0].documents[2]";
    }

    // The codec names the path of a wrong shape.
    void codec()
    {
        QFETCH(QString, json);
        QFETCH(QString, path);
        const auto c = intake::IntakeCaseCodec::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().field, path);
    }

    void codecRoundTrip()
    {
        IntakeCase c = single(matter(QStringLiteral("retirement-application"), retirementFields(), {QStringLiteral("id-card")}));
        c.queueNumber = QStringLiteral("A023");
        c.clerk = QStringLiteral("李娜");
        IntakeMatter m
            = matter(QStringLiteral("eligibility-verification"), {{QStringLiteral("verification_method"), QStringLiteral("counter")}});
        m.agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), QStringLiteral("parent")};
        c.matters << m;
        const QJsonObject json = intake::IntakeCaseCodec::toJson(c);
        QCOMPARE(json[u"matters"][1][u"agent_for"][u"relation"].toString(), QStringLiteral("parent"));
        const auto back = intake::IntakeCaseCodec::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(intake::IntakeCaseCodec::toJson(*back), json);
        QCOMPARE(back->matters.at(1).agentFor->idNumber, m_parent);
    }
};

QTEST_GUILESS_MAIN(TestIntakeValidation)
#include "testintakevalidation.moc"
