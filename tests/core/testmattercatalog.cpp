// Tests of intake::MatterCatalogLoader and intake::MatterCatalog: every refusal named by its file
// and JSON path (each on a copy of the test catalog in tests/data/matters with one thing broken),
// search, a changed copy of the shipped catalog changing the form with no code change, and the
// shipped catalog itself against the registry of pre-review engines.

#include "identity/citizenid.h"
#include "intake/intakevalidator.h"
#include "intake/mattercatalog.h"
#include "intake/mattercatalogloader.h"
#include "prereview/prereviewregistry.h"

#include "tests/core/intaketestdata.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using intake::MatterCatalog;
using intake::MatterCatalogLoader;

namespace {

const QStringList kTestEngines {QStringLiteral("retirement"), QStringLiteral("eligibility-verification"), QStringLiteral("deferral")};

QStringList ids(const QList<const intake::MatterDefinition *> &matters)
{
    QStringList out;
    for (const auto *m : matters)
        out << m->id;
    return out;
}

} // namespace

class TestMatterCatalog : public QObject
{
    Q_OBJECT

private slots:
    void testCatalogLoads()
    {
        const auto catalog = MatterCatalogLoader::load(test::testCatalogDir(), kTestEngines);
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().field + u' ' + catalog.error().message));
        QCOMPARE(catalog->departments().size(), 3);
        QCOMPARE(catalog->matters().size(), 7);
        // By department file in the order of departments.json, then the order in the file.
        QCOMPARE(catalog->matters().first().id, QStringLiteral("retirement-application"));
        QCOMPARE(catalog->matters().last().id, QStringLiteral("premium-deferral"));
        QCOMPARE(catalog->edition(), QStringLiteral("2026-11-25")); // the newest of the files
        const intake::MatterDefinition *retirement = catalog->matter(QStringLiteral("retirement-application"));
        QVERIFY(retirement);
        QCOMPARE(retirement->file, QStringLiteral("matters/social-insurance.json"));
        QCOMPARE(retirement->timeLimit.statutoryDays, std::optional<int>(20));
        QCOMPARE(retirement->timeLimit.promisedDays, 10);
        QCOMPARE(retirement->preReview, QStringLiteral("retirement"));
        QCOMPARE(retirement->documents.at(2).when.first().kind, intake::Condition::Kind::Agent);
        QCOMPARE(retirement->documents.at(3).when.first().kind, intake::Condition::Kind::Set);
        const intake::MatterDefinition *survivor = catalog->matter(QStringLiteral("survivor-grant"));
        QCOMPARE(survivor->documents.at(2).when.size(), 2); // a list: all of them
        QVERIFY(!survivor->timeLimit.statutoryDays);
        QVERIFY(!catalog->matter(QStringLiteral("back-payment"))->timeLimit.hasPromisedDays);
        QVERIFY(catalog->matter(QStringLiteral("eligibility-verification"))->timeLimit.immediate);
        QCOMPARE(catalog->matter(QStringLiteral("premium-deferral"))->subject, intake::Subject::Employer);
        QCOMPARE(catalog->field(QStringLiteral("verification_method"))->options.size(), 3);
        QCOMPARE(catalog->field(QStringLiteral("monthly_income"))->validation.maxFen, std::optional<qint64>(500000));
        QVERIFY(!catalog->matter(QStringLiteral("no-such-matter")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        const QString si = QStringLiteral("matters/social-insurance.json");
        const QString ca = QStringLiteral("matters/civil-affairs.json");
        QTest::newRow("unknown field") << si << "matters[0].fields[1].field"
                                       << "\"bank_acount\"" << QString(si + QStringLiteral(": matters[0].fields[1].field"))
                                       << "unknown field \"bank_acount\"";
        QTest::newRow("unknown document") << si << "matters[0].documents[2].document"
                                          << "\"passport\"" << QString(si + QStringLiteral(": matters[0].documents[2].document"))
                                          << "unknown document \"passport\"";
        QTest::newRow("unknown department") << ca << "matters[0].department"
                                            << "\"tax-office\"" << QString(ca + QStringLiteral(": matters[0].department"))
                                            << "unknown department \"tax-office\"";
        QTest::newRow("unknown engine") << si << "matters[1].pre_review"
                                        << "\"astrology\"" << QString(si + QStringLiteral(": matters[1].pre_review"))
                                        << "unknown pre-review engine \"astrology\"";
        QTest::newRow("unknown type") << "fields.json"
                                      << "fields[1].type"
                                      << "\"colour\""
                                      << "fields.json: fields[1].type"
                                      << "unknown field type \"colour\"";
        QTest::newRow("unknown validation key") << "fields.json"
                                                << "fields[0].validation.max_digits"
                                                << "3"
                                                << "fields.json: fields[0].validation.max_digits"
                                                << "unknown validation key \"max_digits\"";
        QTest::newRow("validation key of another type") << "fields.json"
                                                        << "fields[4].validation"
                                                        << "{\"max_length\": 3}"
                                                        << "fields.json: fields[4].validation.max_length"
                                                        << "for a field of type phone";
        QTest::newRow("when on a document naming a field not in the matter")
            << si << "matters[0].documents[3].when"
            << "{\"field\": \"household_size\", \"set\": true}" << QString(si + QStringLiteral(": matters[0].documents[3].when.field"))
            << "the condition names the field \"household_size\"";
        QTest::newRow("when on a field naming a field not in the matter")
            << si << "matters[1].fields[1].when"
            << "{\"field\": \"death_date\", \"equals\": \"2026-01-01\"}"
            << QString(si + QStringLiteral(": matters[1].fields[1].when.field")) << "the condition names the field \"death_date\"";
        QTest::newRow("when in a list naming a field not in the matter")
            << si << "matters[2].documents[2].when[1].field"
            << "\"disabled\"" << QString(si + QStringLiteral(": matters[2].documents[2].when[1].field"))
            << "the condition names the field \"disabled\"";
        QTest::newRow("duplicate matter id") << ca << "matters[0].id"
                                             << "\"retirement-application\"" << QString(ca + QStringLiteral(": matters[0].id"))
                                             << "the matter \"retirement-application\" is defined twice";
        QTest::newRow("duplicate field id") << "fields.json"
                                            << "fields[1].id"
                                            << "\"full_name\""
                                            << "fields.json: fields[1].id"
                                            << "the field \"full_name\" is defined twice";
        QTest::newRow("duplicate document id") << "documents.json"
                                               << "documents[1].id"
                                               << "\"id-card\""
                                               << "documents.json: documents[1].id"
                                               << "the document \"id-card\" is defined twice";
        QTest::newRow("duplicate department id") << "departments.json"
                                                 << "departments[1].id"
                                                 << "\"social-insurance\""
                                                 << "departments.json: departments[1].id"
                                                 << "the department \"social-insurance\" is listed twice";
        QTest::newRow("matter without a Chinese name")
            << si << "matters[3].name_zh"
            << "<remove>" << QString(si + QStringLiteral(": matters[3].name_zh")) << "\"name_zh\" is required";
        QTest::newRow("matter with an empty English name")
            << si << "matters[3].name_en"
            << "\"  \"" << QString(si + QStringLiteral(": matters[3].name_en")) << "\"name_en\" must not be empty";
        QTest::newRow("promised above statutory") << si << "matters[0].time_limit.promised_days"
                                                  << "21" << QString(si + QStringLiteral(": matters[0].time_limit.promised_days"))
                                                  << "the promised limit (21 working days) is above the statutory one (20)";
        QTest::newRow("unknown key of a matter")
            << ca << "matters[0].colour"
            << "\"red\"" << QString(ca + QStringLiteral(": matters[0].colour")) << "unknown key \"colour\"";
        QTest::newRow("choice without options") << "fields.json"
                                                << "fields[13].options"
                                                << "[]"
                                                << "fields.json: fields[13].options"
                                                << "a choice field needs at least one option";
        QTest::newRow("employer matter without uscc") << "matters/employer-services.json"
                                                      << "matters[0].fields[0].required"
                                                      << "false"
                                                      << "matters/employer-services.json: matters[0].fields"
                                                      << "a matter about an employer asks for a required field of type uscc";
        QTest::newRow("file without edition") << "documents.json"
                                              << "edition"
                                              << "<remove>"
                                              << "documents.json: edition"
                                              << "\"edition\" is required";
    }

    // Each refusal names the file and the JSON path of what is wrong, and says what is allowed.
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(test::copyTree(test::testCatalogDir(), dir.path()));
        QVERIFY(MatterCatalogLoader::load(dir.path(), kTestEngines).ok()); // the copy loads before it is broken
        QVERIFY(test::editJson(dir.filePath(file), path, value));
        const auto catalog = MatterCatalogLoader::load(dir.path(), kTestEngines);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().kind, Error::Kind::BadInput);
        QCOMPARE(catalog.error().field, field);
        QVERIFY2(catalog.error().message.contains(message), qPrintable(catalog.error().message));
    }

    void missingFileNamed()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::testCatalogDir(), dir.path()));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("fields.json"))));
        const auto catalog = MatterCatalogLoader::load(dir.path(), kTestEngines);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().field, QStringLiteral("fields.json"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("pinyin initials") << "txsq" << QStringList {QStringLiteral("retirement-application")};
        QTest::newRow("pinyin prefix, upper case") << "TX" << QStringList {QStringLiteral("retirement-application")};
        QTest::newRow("a key") << "yang" << QStringList {QStringLiteral("retirement-application")};
        QTest::newRow("another key") << "dibao" << QStringList {QStringLiteral("minimum-living-allowance")};
        QTest::newRow("Chinese substring of the short name") << "缓缴" << QStringList {QStringLiteral("premium-deferral")};
        QTest::newRow("Chinese substring of the full name")
            << "养老保险"
            << QStringList {QStringLiteral("retirement-application"), QStringLiteral("eligibility-verification"),
                            QStringLiteral("back-payment")};
        // back-payment has the key 养老补缴: a key ranks before the names that hold the text.
        QTest::newRow("a key before name substrings")
            << "养老"
            << QStringList {QStringLiteral("back-payment"), QStringLiteral("retirement-application"),
                            QStringLiteral("eligibility-verification")};
        QTest::newRow("blank") << "  " << QStringList {};
        QTest::newRow("nothing") << "zzz" << QStringList {};
    }

    // A prefix of the pinyin initials or of a key, or a Chinese substring; keys rank first.
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto catalog = MatterCatalogLoader::load(test::testCatalogDir(), kTestEngines);
        QVERIFY(catalog.ok());
        QCOMPARE(ids(catalog->search(text)), expected);
    }

    // The shipped catalog: txsq finds 退休申请 first.
    void searchShipped()
    {
        const auto catalog = MatterCatalog::builtIn(prereview::PreReviewRegistry::builtIn().ids());
        QVERIFY(catalog.ok());
        const auto found = catalog->search(QStringLiteral("txsq"));
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first()->shortZh, QStringLiteral("退休申请"));
        const auto byName = catalog->search(QStringLiteral("低保"));
        QVERIFY(!byName.isEmpty());
        QCOMPARE(byName.first()->id, QStringLiteral("minimum-living-allowance"));
    }

    // A copy of the shipped catalog with a matter's fields and documents changed loads, and the
    // form follows it with no code change: the removed field is refused, the added one required,
    // the added document asked for.
    void changedCopyChangesTheForm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(test::copyTree(QStringLiteral(":/matters"), dir.path()));
        const QString file = dir.filePath(QStringLiteral("matters/social-insurance.json"));
        QJsonObject root = test::readJson(file);
        QJsonArray matters = root.value(u"matters").toArray();
        qsizetype at = -1;
        for (qsizetype i = 0; i < matters.size(); ++i)
            if (matters.at(i)[u"id"].toString() == QLatin1String("ssc-loss-report"))
                at = i;
        QVERIFY(at >= 0);
        QJsonObject matter = matters.at(at).toObject();
        matter.insert(
            QStringLiteral("fields"),
            QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("contact_phone")}, {QStringLiteral("required"), true}},
                        QJsonObject {{QStringLiteral("field"), QStringLiteral("bank_account")}, {QStringLiteral("required"), true}}});
        matter.insert(QStringLiteral("documents"),
                      QJsonArray {QJsonObject {{QStringLiteral("document"), QStringLiteral("id-card")}},
                                  QJsonObject {{QStringLiteral("document"), QStringLiteral("bank-card")}}});
        matters.replace(at, matter);
        root.insert(QStringLiteral("matters"), matters);
        QVERIFY(test::writeJson(file, root));

        const QStringList engines = prereview::PreReviewRegistry::builtIn().ids();
        const auto shipped = MatterCatalog::builtIn(engines);
        const auto changed = MatterCatalogLoader::load(dir.path(), engines);
        QVERIFY2(changed.ok(), qPrintable(changed ? QString() : changed.error().field + u' ' + changed.error().message));
        const auto fieldsOf = [](const MatterCatalog &c) {
            QStringList out;
            for (const auto &f : c.matter(QStringLiteral("ssc-loss-report"))->fields)
                out << f.field;
            return out;
        };
        const auto documentsOf = [](const MatterCatalog &c) {
            QStringList out;
            for (const auto &d : c.matter(QStringLiteral("ssc-loss-report"))->documents)
                out << d.document;
            return out;
        };
        QCOMPARE(fieldsOf(*shipped),
                 (QStringList {QStringLiteral("loss_kind"), QStringLiteral("reissue_card"), QStringLiteral("contact_phone")}));
        QCOMPARE(fieldsOf(*changed), (QStringList {QStringLiteral("contact_phone"), QStringLiteral("bank_account")}));
        QCOMPARE(documentsOf(*changed), (QStringList {QStringLiteral("id-card"), QStringLiteral("bank-card")}));

        // The same case as the form was before: valid on the shipped catalog, refused by the changed one.
        intake::IntakeCase c;
        c.applicant = {identity::CitizenId::make(QStringLiteral("110105"), QDate(1967, 3, 12), 31), QStringLiteral("张三"), QString()};
        intake::IntakeMatter m;
        m.matter = QStringLiteral("ssc-loss-report");
        m.fields = {{QStringLiteral("loss_kind"), QStringLiteral("formal")},
                    {QStringLiteral("reissue_card"), true},
                    {QStringLiteral("contact_phone"), QStringLiteral("13800138000")}};
        m.documents = {QStringLiteral("id-card")};
        c.matters << m;
        const QDate today = test::fixedNow().date();
        QVERIFY(intake::IntakeValidator::issues(*shipped, c, today).isEmpty());
        QStringList paths;
        for (const Error &e : intake::IntakeValidator::issues(*changed, c, today))
            paths << e.field;
        QCOMPARE(paths,
                 (QStringList {QStringLiteral("matters[0].fields.loss_kind"), QStringLiteral("matters[0].fields.reissue_card"),
                               QStringLiteral("matters[0].fields.bank_account")}));
        c.matters[0].documents << QStringLiteral("bank-card");
        QCOMPARE(intake::IntakeValidator::issues(*shipped, c, today).first().field, QStringLiteral("matters[0].documents[1]"));
    }

    // The shipped catalog loads against the registry's engines, has at least 30 matters over at
    // least 7 departments, and names only (and every one of) the registry's engines.
    void shippedCatalog()
    {
        const QStringList engines = prereview::PreReviewRegistry::builtIn().ids();
        const auto catalog = MatterCatalog::builtIn(engines);
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().field + u' ' + catalog.error().message));
        QVERIFY(catalog->matters().size() >= 30);
        QSet<QString> departments;
        QSet<QString> named;
        for (const auto &m : catalog->matters()) {
            departments.insert(m.department);
            QVERIFY(catalog->department(m.department));
            if (!m.preReview.isEmpty())
                named.insert(m.preReview);
        }
        QVERIFY(departments.size() >= 7);
        QCOMPARE(catalog->departments().size(), departments.size());
        QCOMPARE(named, QSet<QString>(engines.cbegin(), engines.cend()));
        // Without one of the registry's engines the shipped catalog does not load, naming it.
        QStringList fewer = engines;
        fewer.removeAll(QStringLiteral("deferral"));
        const auto refused = MatterCatalog::builtIn(fewer);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().field.startsWith(QStringLiteral("matters/employer-services.json: matters[")),
                 qPrintable(refused.error().field));
        QVERIFY(refused.error().field.endsWith(QStringLiteral("].pre_review")));
        QVERIFY(refused.error().message.contains(QStringLiteral("\"deferral\"")));
    }
};

QTEST_GUILESS_MAIN(TestMatterCatalog)
#include "testmattercatalog.moc"
