// The contribution history tab opens on the latest year, and sizes its table of months to that
// year's rows: a whole career is hundreds of months, and measuring every one of them on the UI
// thread was most of the first look-up's stall (issue 14, docs/performance.md).

#include "ui/history/historyview.h"

#include "history/contributionhistory.h"
#include "policy/parameterset.h"

#include "testsupport.h"

#include <QAbstractItemModel>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace tongban;

namespace {

/// Draws as the default delegate does, and remembers which rows were measured for their size.
class MeasuringDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        measuredRows.insert(index.row());
        return QStyledItemDelegate::sizeHint(option, index);
    }

    mutable QSet<int> measuredRows;
};

insured::InsuredPerson beijinger()
{
    insured::InsuredPerson p;
    p.id = QStringLiteral("p1");
    p.region = QStringLiteral("110105");
    p.birthDate = QDate(1964, 3, 15);
    p.retirementGroup = insured::RetirementGroup::Male;
    return p;
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_parameters = test::shippedParameters();
        // Forty years: 480 months.
        auto career = history::ContributionHistory::build(
            beijinger(), test::monthlyRecords(YearMonth(1985, 1), YearMonth(2024, 12), Money::fromFen(800000)), *m_parameters,
            YearMonth(2024, 12));
        QVERIFY2(career.ok(), qPrintable(career.ok() ? QString() : career.error().message));
        m_career = *career;
    }

    void aLongCareerIsMeasuredOneYearAtATime()
    {
        ui::HistoryView view;
        view.resize(1200, 700);
        view.prepare();
        auto *records = view.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(records);
        auto *delegate = new MeasuringDelegate(records);
        records->setItemDelegate(delegate);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.showHistory(m_career, {});
        QCoreApplication::sendPostedEvents(); // the layout the table's columns follow
        QCoreApplication::processEvents();
        QCOMPARE(records->model()->rowCount(), 12); // 2024, the latest year
        QVERIFY(!delegate->measuredRows.isEmpty());
        QVERIFY2(*std::max_element(delegate->measuredRows.cbegin(), delegate->measuredRows.cend()) < 12,
                 qPrintable(QStringLiteral("%1 rows measured").arg(delegate->measuredRows.size())));

        // All years, as the clerk asked: every month is there (and may be measured).
        auto *allYears = view.findChild<QPushButton *>(QStringLiteral("allMonthsButton"));
        QVERIFY(allYears);
        allYears->click();
        QCOMPARE(records->model()->rowCount(), 480);

        // The next person opens on their latest year again, not on all of the last one's months.
        delegate->measuredRows.clear();
        view.showHistory(m_career, {});
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(records->model()->rowCount(), 12);
        QVERIFY(!delegate->measuredRows.isEmpty());
        QVERIFY2(*std::max_element(delegate->measuredRows.cbegin(), delegate->measuredRows.cend()) < 12,
                 qPrintable(QStringLiteral("%1 rows measured").arg(delegate->measuredRows.size())));
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    history::ContributionHistory m_career;
};

QTEST_MAIN(TestHistoryView)
#include "testhistoryview.moc"
