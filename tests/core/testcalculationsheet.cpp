// CalculationSheet: the data of a printed 养老金核算表, built from real calculations of the
// worked examples (tests/data/worked-example-cases.json) for a made-up person.

#include "identity/citizenid.h"
#include "pension/pensioncalculator.h"
#include "pension/pensioncasejson.h"
#include "policy/parameterset.h"
#include "sheet/calculationsheet.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tongban;
using sheet::CalculationSheet;

namespace {

QJsonObject workedCase(const QString &id)
{
    QFile file(QStringLiteral(TONGBAN_TEST_DATA_DIR "/worked-example-cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open worked-example-cases.json");
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll())[u"cases"].toArray();
    for (const QJsonValue &c : cases) {
        if (c[u"id"].toString() == id && !c[u"variant"].isString())
            return c[u"case"].toObject();
    }
    qFatal("no worked example %s", qPrintable(id));
}

/// Every text on the sheet, for checks that something appears nowhere.
QStringList allTexts(const CalculationSheet &s)
{
    QStringList texts {s.title, s.personName, s.maskedCitizenId, s.regionName, s.retirementMonth, s.totalLabel, s.clerk, s.printedAtText};
    for (const auto &f : s.person)
        texts << f.key << f.label << f.value;
    for (const auto &f : s.inputs)
        texts << f.key << f.label << f.value;
    for (const auto &l : s.lines)
        texts << l.key << l.label << l.formula << l.value << l.source << l.confidence << l.note;
    texts << s.warnings << s.assumptions << s.lowConfidence;
    for (const auto &v : s.versions)
        texts << v.file << v.edition << v.digest;
    return texts;
}

QString fieldValue(const QList<CalculationSheet::Field> &fields, const QString &key)
{
    for (const auto &f : fields) {
        if (f.key == key)
            return f.value;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestCalculationSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_parameters = test::shippedParameters();
        m_person.id = QStringLiteral("7d0f5a7e-0000-4000-8000-000000000001");
        m_person.name = QStringLiteral("赵秀英");
        m_person.birthDate = QDate(1964, 1, 12);
        m_person.citizenId = identity::CitizenId::make(QStringLiteral("310104"), m_person.birthDate, 122);
        QCOMPARE(m_person.citizenId.size(), 18);
        m_person.sex = insured::Sex::Female;
        m_person.retirementGroup = insured::RetirementGroup::Female55;
        m_person.region = QStringLiteral("310104");
        m_printedAt = QDateTime(QDate(2026, 3, 5), QTime(9, 41), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    }

    void personIsNamedWithTheMaskedIdOnly()
    {
        // The full number quoted in an assumption is masked too: it must appear nowhere.
        const QStringList assumptions {QStringLiteral("根据 %1 的档案").arg(m_person.citizenId)};
        const auto s = build(QStringLiteral("WE-18"), m_person, assumptions);
        QVERIFY(s.ok());
        const QString masked = identity::CitizenId::mask(m_person.citizenId);
        QCOMPARE(s->maskedCitizenId, masked);
        QCOMPARE(fieldValue(s->person, QStringLiteral("citizen_id")), masked);
        QCOMPARE(fieldValue(s->person, QStringLiteral("name")), m_person.name);
        QCOMPARE(fieldValue(s->person, QStringLiteral("birth")), QStringLiteral("1964-01-12"));
        QCOMPARE(s->personName, m_person.name);
        QVERIFY(s->assumptions.first().contains(masked));
        for (const QString &text : allTexts(*s))
            QVERIFY2(!text.contains(m_person.citizenId, Qt::CaseInsensitive), qPrintable(text));
        // A check of the check: the ID's middle digits are really hidden.
        QVERIFY(!masked.contains(m_person.citizenId.mid(6, 8)));
    }

    void everyBreakdownLineIsOnTheSheet_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("WE-11 Beijing, transitional") << QStringLiteral("WE-11");
        QTest::newRow("WE-18 Shanghai, rounding") << QStringLiteral("WE-18");
        QTest::newRow("WE-16 Jiangsu, birth and group") << QStringLiteral("WE-16");
    }

    void everyBreakdownLineIsOnTheSheet()
    {
        QFETCH(QString, id);
        const auto c = pension::PensionCaseJson::parse(workedCase(id));
        QVERIFY(c.ok());
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        const auto s
            = CalculationSheet::build(*c, *r, m_person, {}, m_parameters->versionsFor(c->region), QStringLiteral("张敏"), m_printedAt);
        QVERIFY(s.ok());
        QCOMPARE(s->lines.size(), r->lines.size());
        for (qsizetype i = 0; i < r->lines.size(); ++i) {
            const auto &line = s->lines.at(i);
            const auto &b = r->lines.at(i);
            QCOMPARE(line.key, b.key);
            QCOMPARE(line.label, b.label);
            QCOMPARE(line.formula, b.formula);
            QCOMPARE(line.value, b.value);
            QCOMPARE(line.source, b.source);
            QCOMPARE(line.confidence, b.confidence);
            QCOMPARE(line.note, b.note);
            QCOMPARE(line.amount, b.amount);
        }
        QCOMPARE(s->total, r->total);
        QCOMPARE(s->lines.at(s->totalLineIndex()).value, r->total.toPlainString());
        QCOMPARE(s->regionName, r->regionName);
        QCOMPARE(s->title, CalculationSheet::tr("Pension calculation sheet"));
        QCOMPARE(s->warnings, r->warnings);
    }

    void inputsListTheCase()
    {
        QJsonObject object = workedCase(QStringLiteral("WE-11"));
        object[u"supplements"]
            = QJsonArray {QJsonObject {{QStringLiteral("label"), QStringLiteral("地区补贴")}, {QStringLiteral("amount"), 120.5}}};
        const auto c = pension::PensionCaseJson::parse(object);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().field + u' ' + c.error().message));
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        const auto s
            = CalculationSheet::build(*c, *r, std::nullopt, {}, m_parameters->versionsFor(c->region), QStringLiteral("张敏"), m_printedAt);
        QVERIFY(s.ok());
        QCOMPARE(fieldValue(s->inputs, QStringLiteral("retirement")), c->retirement->toString());
        QVERIFY(fieldValue(s->inputs, QStringLiteral("calculation_base")).contains(c->calculationBase->toDisplayString()));
        QCOMPARE(fieldValue(s->inputs, QStringLiteral("average_index")), c->averageIndex.toString(4));
        QVERIFY(fieldValue(s->inputs, QStringLiteral("actual_months")).startsWith(QString::number(c->actualMonths)));
        QVERIFY(fieldValue(s->inputs, QStringLiteral("deemed_months")).startsWith(QString::number(c->deemedMonths)));
        QVERIFY(fieldValue(s->inputs, QStringLiteral("account_balance")).contains(c->accountBalance.toDisplayString()));
        QCOMPARE(fieldValue(s->inputs, QStringLiteral("payout_months")), c->payoutMonths->toShortString(1));
        QVERIFY(c->transitional && !c->transitional->parts.isEmpty());
        QVERIFY(
            fieldValue(s->inputs, QStringLiteral("transitional.part1")).startsWith(QString::number(c->transitional->parts.first().months)));
        QVERIFY(fieldValue(s->inputs, QStringLiteral("supplement.1")).contains(QStringLiteral("120.50")));
        // Without a person: no name, no ID field, nothing to mask.
        QVERIFY(s->personName.isEmpty());
        QCOMPARE(fieldValue(s->person, QStringLiteral("citizen_id")), QStringLiteral("<absent>"));
        QVERIFY(fieldValue(s->person, QStringLiteral("region")).contains(r->regionName));
    }

    void parameterVersionsClerkAndTime()
    {
        const auto s = build(QStringLiteral("WE-18"), m_person, {});
        QVERIFY(s.ok());
        const auto versions = m_parameters->versionsFor(QStringLiteral("310000"));
        QCOMPARE(versions.size(), 2);
        QCOMPARE(s->versions, versions);
        QCOMPARE(s->versions.first().file, QStringLiteral("national.json"));
        for (const auto &v : s->versions)
            QCOMPARE(v.digest.size(), 16);
        QCOMPARE(s->clerk, QStringLiteral("张敏"));
        QCOMPARE(s->printedAt, m_printedAt);
        // In the clerk's local time (the tests run with TZ=Asia/Shanghai).
        QCOMPARE(s->printedAtText, m_printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (qEnvironmentVariable("TZ") == u"Asia/Shanghai")
            QCOMPARE(s->printedAtText, QStringLiteral("2026-03-05 09:41"));
    }

    void lowConfidenceFiguresAreListed()
    {
        // Shanghai's indexed-wage rounding is LOW in the data; Beijing's WE-11 uses none.
        const auto shanghai = build(QStringLiteral("WE-18"), m_person, {});
        QVERIFY(shanghai.ok());
        QStringList lowLabels;
        for (const auto &line : shanghai->lines) {
            if (line.confidence == u"LOW")
                lowLabels << line.label;
        }
        QVERIFY(!lowLabels.isEmpty());
        QCOMPARE(shanghai->lowConfidence.size(), lowLabels.size());
        for (qsizetype i = 0; i < lowLabels.size(); ++i)
            QVERIFY2(shanghai->lowConfidence.at(i).startsWith(lowLabels.at(i)), qPrintable(shanghai->lowConfidence.at(i)));

        const auto beijing = build(QStringLiteral("WE-11"), m_person, {});
        QVERIFY(beijing.ok());
        for (const auto &line : beijing->lines)
            QVERIFY(line.confidence != u"LOW");
        QVERIFY(beijing->lowConfidence.isEmpty());
    }

    void displayValues()
    {
        const auto s = build(QStringLiteral("WE-11"), m_person, {});
        QVERIFY(s.ok());
        const auto &total = s->lines.at(s->totalLineIndex());
        QCOMPARE(CalculationSheet::displayValue(total), CalculationSheet::tr("¥ %1").arg(s->total.toDisplayString()));
        for (const auto &line : s->lines) {
            if (line.key == u"contribution_years")
                QCOMPARE(CalculationSheet::displayValue(line), line.value);
        }
        QCOMPARE(CalculationSheet::confidenceText(QString()), QStringLiteral("—"));
        QVERIFY(CalculationSheet::confidenceText(QStringLiteral("LOW")) != CalculationSheet::confidenceText(QStringLiteral("HIGH")));
    }

    void refusals()
    {
        const auto c = pension::PensionCaseJson::parse(workedCase(QStringLiteral("WE-11")));
        QVERIFY(c.ok());
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        const auto versions = m_parameters->versionsFor(c->region);

        const auto noClerk = CalculationSheet::build(*c, *r, m_person, {}, versions, QStringLiteral("  "), m_printedAt);
        QVERIFY(!noClerk.ok());
        QCOMPARE(noClerk.error().kind, Error::Kind::BadInput);
        QCOMPARE(noClerk.error().field, QStringLiteral("clerk"));

        const auto noTime = CalculationSheet::build(*c, *r, m_person, {}, versions, QStringLiteral("张敏"), QDateTime());
        QVERIFY(!noTime.ok());
        QCOMPARE(noTime.error().field, QStringLiteral("printed_at"));

        const auto noVersions = CalculationSheet::build(*c, *r, m_person, {}, {}, QStringLiteral("张敏"), m_printedAt);
        QVERIFY(!noVersions.ok());
        QCOMPARE(noVersions.error().field, QStringLiteral("versions"));

        pension::PensionResult empty = *r;
        empty.lines.clear();
        const auto noLines = CalculationSheet::build(*c, empty, m_person, {}, versions, QStringLiteral("张敏"), m_printedAt);
        QVERIFY(!noLines.ok());
        QCOMPARE(noLines.error().field, QStringLiteral("result"));
    }

    // A calculation on a provisional base (预发) says so on the sheet: a notice, the input, and
    // every step computed on the base; the account step is not.
    void provisionalBaseIsMarked()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("regions")));
        QVERIFY(QFile::copy(QStringLiteral(":/parameters/national.json"), dir.filePath(QStringLiteral("national.json"))));
        QFile source(QStringLiteral(":/parameters/regions/110000.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        // Beijing as a region that pays provisionally for 12 months after its latest base.
        bytes.replace("\"average_wage_convention\": {",
                      "\"calculation_base_provisional\": {\"months\": 12, \"source\": \"JRSF-2025-13\", \"confidence\": \"MEDIUM\"}, "
                      "\"average_wage_convention\": {");
        QFile target(dir.filePath(QStringLiteral("regions/110000.json")));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(bytes);
        target.close();
        const auto parameters = policy::ParameterSet::loadFromDirectory(dir.path());
        QVERIFY2(parameters.ok(), parameters.ok() ? "" : qPrintable(parameters.error().message));

        const auto c = pension::PensionCaseJson::parse(
            QJsonObject {{QStringLiteral("region"), QStringLiteral("110105")},
                         {QStringLiteral("retirement"), QStringLiteral("2026-03")},
                         {QStringLiteral("average_index"), 1.1},
                         {QStringLiteral("actual_months"), 360},
                         {QStringLiteral("account_balance"), 139000},
                         {QStringLiteral("payout_months"), 139},
                         {QStringLiteral("transitional"), QJsonObject {{QStringLiteral("parts"), QJsonArray()}}}});
        QVERIFY(c.ok());
        const auto r = pension::PensionCalculator(*parameters).calculate(*c);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->provisional);
        QCOMPARE(r->calculationBase, Money::fromFen(1204900)); // 2025's 12049 for a pension of 2026
        const auto s
            = CalculationSheet::build(*c, *r, m_person, {}, (*parameters)->versionsFor(c->region), QStringLiteral("张敏"), m_printedAt);
        QVERIFY(s.ok());
        QVERIFY(s->provisional);
        QVERIFY2(s->provisionalNotice.contains(u"2026-03"), qPrintable(s->provisionalNotice));
        QVERIFY2(fieldValue(s->inputs, QStringLiteral("calculation_base")).contains(u"provisional"),
                 qPrintable(fieldValue(s->inputs, QStringLiteral("calculation_base"))));
        for (const CalculationSheet::Line &line : s->lines) {
            const bool onTheBase
                = line.key == u"calculation_base" || line.key == u"indexed_wage" || line.key == u"basic_pension" || line.key == u"total";
            QVERIFY2(line.provisional == onTheBase, qPrintable(line.key));
            QVERIFY2(line.note.contains(u"预发") == onTheBase, qPrintable(line.key + u": " + line.note));
        }
    }

private:
    Result<CalculationSheet> build(const QString &id, const std::optional<insured::InsuredPerson> &person, const QStringList &assumptions)
    {
        const auto c = pension::PensionCaseJson::parse(workedCase(id));
        if (!c.ok())
            return c.error();
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        if (!r.ok())
            return r.error();
        return CalculationSheet::build(*c, *r, person, assumptions, m_parameters->versionsFor(c->region), QStringLiteral("张敏"),
                                       m_printedAt);
    }

    std::shared_ptr<const policy::ParameterSet> m_parameters;
    insured::InsuredPerson m_person;
    QDateTime m_printedAt;
};

QTEST_GUILESS_MAIN(TestCalculationSheet)
#include "testcalculationsheet.moc"
