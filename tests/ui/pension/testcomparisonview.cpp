// The comparison tab on a demo database: the two colleagues side by side, the causes adding up
// to the difference on screen, a scenario of one person, and inputs refused with their reason.

#include "demo/demogenerator.h"
#include "pension/pensionoutcome.h"
#include "policy/parameterset.h"
#include "retirement/retirementrule.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "ui/common/fieldmessage.h"
#include "ui/pension/comparisonview.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

/// The fen in a signed amount as shown ("−371.01", "+12.30", "1,234.00").
qint64 shownFen(QString text)
{
    const bool negative = text.startsWith(QStringLiteral("−"));
    text.remove(QStringLiteral("−")).remove(u'+').remove(u',');
    const auto m = Money::parse(text);
    return m ? (negative ? -m->fen() : m->fen()) : 0;
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_parameters = test::shippedParameters();
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(demo::DemoGenerator(m_parameters, 3).writeNewFile(m_db, 5).ok());
        m_context = std::make_unique<test::TestContext>(m_db);
        QVERIFY(m_context->open());
    }

    void colleaguesSideBySide()
    {
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueLiCitizenId());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        view.compareWith(demo::DemoGenerator::colleagueWangName());
        QVERIFY(shown.wait(timeoutMs));

        const auto *headline = view.findChild<QLabel *>(QStringLiteral("comparisonHeadline"));
        QVERIFY(headline->text().contains(demo::DemoGenerator::colleagueWangName()));
        QVERIFY2(headline->text().contains(u"2003–2009"), qPrintable(headline->text()));

        const QAbstractItemModel *causes = view.findChild<QTableView *>(QStringLiteral("causesTable"))->model();
        QVERIFY(causes->rowCount() >= 3);
        qint64 sum = 0;
        bool flexible = false;
        for (int row = 0; row < causes->rowCount() - 1; ++row) {
            sum += shownFen(causes->index(row, 5).data().toString());
            flexible = flexible || causes->index(row, 0).data().toString() == u"2003–2009";
        }
        QVERIFY(flexible);
        const qint64 shownSum = shownFen(causes->index(causes->rowCount() - 1, 5).data().toString());
        QCOMPARE(sum, shownSum);
        // … and the sum is the difference of the totals in the side-by-side table.
        const QAbstractItemModel *sides = view.findChild<QTableView *>(QStringLiteral("sideBySideTable"))->model();
        const int last = sides->rowCount() - 1;
        QCOMPARE(shownFen(sides->index(last, 2).data().toString()) - shownFen(sides->index(last, 1).data().toString()), shownSum);
        QVERIFY(shownSum < 0);
    }

    void scenarioOfOnePerson()
    {
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueWangCitizenId());
        view.findChild<QComboBox *>(QStringLiteral("comparisonMode"))->setCurrentIndex(1);
        auto *month = view.findChild<QLineEdit *>(QStringLiteral("scenarioRetirementField"));
        auto *base = view.findChild<QLineEdit *>(QStringLiteral("keepPayingField"));
        auto *message = view.findChild<ui::FieldMessage *>(QStringLiteral("comparisonMessage"));

        // Refused before any work: a malformed month, a base that is no amount.
        QTest::keyClicks(month, QStringLiteral("2027/03"));
        QTest::keyClick(month, Qt::Key_Return);
        QVERIFY(message->text().contains(u"YYYY-MM"));
        month->setText(QStringLiteral("2027-03"));
        base->setText(QStringLiteral("8000.123"));
        QTest::keyClick(base, Qt::Key_Return);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!message->text().contains(u"YYYY-MM"));

        base->setText(QStringLiteral("8000"));
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        QTest::keyClick(base, Qt::Key_Return);
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
        const QAbstractItemModel *sides = view.findChild<QTableView *>(QStringLiteral("sideBySideTable"))->model();
        const int last = sides->rowCount() - 1;
        QVERIFY(shownFen(sides->index(last, 3).data().toString()) > 0); // paying on raises the pension
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("comparisonAssumptions"))->text().isEmpty());
    }

    // Issue 16: a scenario starting outside the flexible retirement window (人社部发〔2024〕94号)
    // warns here as the calculation kept in the visit warns when reopened: the same words, from
    // the one calculation that says it.
    void scenarioOutsideTheFlexibleWindowWarns()
    {
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueWangCitizenId());
        const auto statutory
            = retirement::RetirementRule::statutory(YearMonth::fromDate(m_shown.birthDate), m_shown.retirementGroup, *m_parameters);
        QVERIFY(statutory.ok());
        const YearMonth tooLate = statutory->latestFlexibleRetirement.addMonths(3); // 王建国: 2027-06, the window ends 2027-03
        auto *warnings = view.findChild<QLabel *>(QStringLiteral("comparisonWarnings"));
        QVERIFY(warnings);

        view.findChild<QComboBox *>(QStringLiteral("comparisonMode"))->setCurrentIndex(1);
        auto *month = view.findChild<QLineEdit *>(QStringLiteral("scenarioRetirementField"));
        month->setText(tooLate.toString());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        QSignalSpy scenario(&view, &ui::ComparisonView::scenarioShown);
        QTest::keyClick(month, Qt::Key_Return);
        QVERIFY(shown.wait(timeoutMs));
        QCOMPARE(scenario.count(), 1);
        const auto kept = scenario.first().first().value<pension::PensionOutcome>();
        QVERIFY(kept.result.has_value());
        QStringList outside;
        for (const QString &w : kept.result->warnings) {
            if (w.contains(statutory->latestFlexibleRetirement.toString()))
                outside << w;
        }
        QCOMPARE(outside.size(), 1); // what the kept calculation shows when reopened
        QVERIFY(!warnings->isHidden());
        QVERIFY2(warnings->text().contains(outside.first()), qPrintable(warnings->text()));
        QVERIFY2(warnings->text().contains(tooLate.toString()), qPrintable(warnings->text()));

        // Within the window: no such warning.
        month->setText(statutory->latestFlexibleRetirement.toString());
        QTest::keyClick(month, Qt::Key_Return);
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY2(!warnings->text().contains(statutory->latestFlexibleRetirement.addMonths(3).toString()), qPrintable(warnings->text()));
    }

    void unknownOtherPersonSaysSo()
    {
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueLiCitizenId());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        view.compareWith(QStringLiteral("11010519640308017X")); // check character wrong
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY(!view.findChild<ui::FieldMessage *>(QStringLiteral("comparisonMessage"))->text().isEmpty());
        QCOMPARE(view.findChild<QTableView *>(QStringLiteral("causesTable"))->model()->rowCount(), 0);
    }

private:
    void showPerson(ui::ComparisonView &view, const QString &citizenId)
    {
        auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        storage::PersonRepository repository((*store)->database(), test::clock());
        const auto person = repository.findByCitizenId(citizenId);
        QVERIFY(person.ok() && person->has_value());
        const auto records = repository.loadContributionRecords((*person)->id);
        QVERIFY(records.ok());
        view.showPerson(**person, *records);
        m_shown = **person;
    }

    std::shared_ptr<const policy::ParameterSet> m_parameters;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<test::TestContext> m_context;
    insured::InsuredPerson m_shown; ///< the person showPerson() put on screen
};

QTEST_MAIN(TestComparisonView)
#include "testcomparisonview.moc"
