// The search page (issue 11, point 4) over a few hundred generated visits (stored through the
// real IntakeRepository in one write transaction): a search by clerk pages forward through the
// keyset cursor until the last page, every match once and in order, and back again to the same
// pages; a name's beginning and a status narrow it; a bad criterion is refused with its field;
// Enter on a match chooses its matter. The pages come from the store's reader: the test waits on
// the page's signal, never on the store.
#include "ui/common/fieldmessage.h"
#include "ui/workflow/searchpage.h"

#include "intake/intakerepository.h"
#include "storage/writetransaction.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;
constexpr int kVisits = 300;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

void commit(QLineEdit *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(field, &event);
}

/// A valid citizen ID number for person @p n (born 1960-01-01 plus n days, Xicheng).
QString idNumber(int n)
{
    const QString body = QStringLiteral("110102") + QDate(1960, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

/// What the test knows of a generated matter.
struct Generated
{
    QString id;
    QString clerk;
    QString name;
};

} // namespace

class TestSearchPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesThroughEveryMatchOnce();
    void narrowsByNameAndStatus();
    void refusesABadCriterion();
    void enterChoosesTheMatter();

private:
    /// Runs the search of the form (Enter in @p field) and waits for its first page.
    void searchFrom(QLineEdit *field);
    void waitForPage(const std::function<void()> &action);

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestContext> m_context;
    std::unique_ptr<ui::SearchPage> m_page;
    QList<Generated> m_matters;
};

void TestSearchPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("search.sqlite")));
    QVERIFY(m_context->open());
    const QStringList matters {QStringLiteral("retirement-application"), QStringLiteral("pension-transfer"),
                               QStringLiteral("minimum-living-allowance"), QStringLiteral("medical-enrolment")};
    const QStringList surnames {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                                QStringLiteral("陈")};
    const QStringList clerks {QStringLiteral("王芳"), QStringLiteral("李强"), QStringLiteral("赵敏")};
    QList<test::Visit> visits;
    for (int i = 0; i < kVisits; ++i) {
        test::Visit v;
        v.at = test::beijing(QDate(2026, 11, 2).addDays(i / 30), 8, 0).addSecs(qint64(i % 30) * 600);
        v.clerk = clerks.at(i % 3);
        v.queueNumber = QStringLiteral("A%1").arg(i % 30 + 1, 3, 10, QLatin1Char('0'));
        v.applicantIdNumber = idNumber(i);
        v.applicantName = surnames.at(i % 5) + QStringLiteral("%1号").arg(i);
        for (int k = 0; k < 1 + i % 2; ++k)
            v.matters.append({matters.at((i + k) % matters.size()), QDate(2026, 12, 31), {}, {}});
        visits.append(v);
    }
    const auto stored = m_context->store()
                            .write<QList<Generated>>([visits](QSqlDatabase db) -> Result<QList<Generated>> {
                                storage::WriteTransaction tx(db);
                                if (const Status s = tx.begin(); !s)
                                    return s.error();
                                QList<Generated> out;
                                QSqlQuery q(db);
                                q.prepare(QStringLiteral("UPDATE intake_matter SET status = 'done' WHERE id = :id"));
                                for (const test::Visit &v : visits) {
                                    const auto [receipt, intakeCase] = test::intakeOf(v);
                                    const auto r = intake::IntakeRepository(db, Clock::fixed(v.at)).storeWithin(receipt, intakeCase);
                                    if (!r)
                                        return r.error();
                                    for (const intake::ReceiptMatter &m : r->matters) {
                                        // One matter in seven done.
                                        if (out.size() % 7 == 3) {
                                            q.bindValue(QStringLiteral(":id"), m.id);
                                            if (!q.exec())
                                                return Error::storage(q.lastError().text());
                                        }
                                        out.append({m.id, r->clerk, r->applicantName});
                                    }
                                }
                                if (const Status s = tx.commit(); !s)
                                    return s.error();
                                return out;
                            })
                            .result();
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    m_matters = *stored;
    QCOMPARE(m_matters.size(), kVisits * 3 / 2);

    m_page = std::make_unique<ui::SearchPage>(m_context->context());
    m_page->setPageSize(40);
    m_page->resize(1280, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
}

void TestSearchPage::cleanupTestCase()
{
    m_page.reset();
    m_context.reset();
}

void TestSearchPage::waitForPage(const std::function<void()> &action)
{
    QSignalSpy shown(m_page.get(), &ui::SearchPage::pageShown);
    action();
    QVERIFY(shown.wait(timeoutMs));
    QCOMPARE(shown.size(), 1);
}

void TestSearchPage::searchFrom(QLineEdit *field)
{
    field->setFocus(Qt::OtherFocusReason);
    waitForPage([field] { QTest::keyClick(field, Qt::Key_Return); });
}

// The clerk 李强's matters (a third of the visits, half with two matters): page after page of 40
// with the next-page button until it is disabled; every match once, newest first; the previous
// page shows the same matches again.
void TestSearchPage::pagesThroughEveryMatchOnce()
{
    auto *clerk = child<QLineEdit>(m_page.get(), QStringLiteral("searchClerkField"));
    commit(clerk, QStringLiteral("李强"));
    searchFrom(clerk);
    if (QTest::currentTestFailed())
        return;
    QSet<QString> expected;
    for (const Generated &g : std::as_const(m_matters)) {
        if (g.clerk == u"李强")
            expected.insert(g.id);
    }
    QCOMPARE(expected.size(), 150);
    auto *next = child<QPushButton>(m_page.get(), QStringLiteral("nextPageButton"));
    auto *previous = child<QPushButton>(m_page.get(), QStringLiteral("previousPageButton"));
    auto *results = child<QTreeWidget>(m_page.get(), QStringLiteral("searchResults"));
    QVERIFY(!previous->isEnabled());
    QList<QStringList> pages;
    QSet<QString> seen;
    QDateTime last;
    for (int guard = 0; guard < 20; ++guard) {
        QStringList ids;
        for (const casework::SearchHit &hit : m_page->hits()) {
            QVERIFY2(!seen.contains(hit.matterId), qPrintable(hit.matterId));
            QVERIFY(expected.contains(hit.matterId));
            QCOMPARE(hit.clerk, QStringLiteral("李强"));
            QVERIFY(!last.isValid() || hit.at <= last);
            last = hit.at;
            seen.insert(hit.matterId);
            ids << hit.matterId;
        }
        QCOMPARE(results->topLevelItemCount(), int(ids.size()));
        pages << ids;
        if (!next->isEnabled())
            break;
        QVERIFY(ids.size() == 40);
        waitForPage([next] { next->click(); });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(previous->isEnabled());
    }
    QCOMPARE(seen, expected);
    QCOMPARE(pages.size(), 4);
    QCOMPARE(m_page->pageIndex(), 3);
    QVERIFY(child<QLabel>(m_page.get(), QStringLiteral("searchPageLabel"))->text().startsWith(QStringLiteral("Page 4")));
    // Back: the pages as they were.
    for (int page = 2; page >= 0; --page) {
        waitForPage([previous] { previous->click(); });
        QStringList ids;
        for (const casework::SearchHit &hit : m_page->hits())
            ids << hit.matterId;
        QCOMPARE(ids, pages.at(page));
    }
    QVERIFY(!previous->isEnabled());
    // The masked ID number in the results, never the whole one.
    const QString shownId = results->topLevelItem(0)->text(5);
    QVERIFY2(shownId.contains(QStringLiteral("********")), qPrintable(shownId));
    clerk->clear();
}

void TestSearchPage::narrowsByNameAndStatus()
{
    auto *name = child<QLineEdit>(m_page.get(), QStringLiteral("searchNameField"));
    auto *status = child<QComboBox>(m_page.get(), QStringLiteral("searchStatusField"));
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    commit(name, QStringLiteral("王"));
    searchFrom(name);
    int expected = 0;
    for (int i = 0; i < m_matters.size(); ++i)
        expected += m_matters.at(i).name.startsWith(u'王') && i % 7 == 3 ? 1 : 0;
    QVERIFY(expected > 0 && expected <= 40);
    QCOMPARE(m_page->hits().size(), expected);
    QVERIFY(!m_page->hasNextPage());
    for (const casework::SearchHit &hit : m_page->hits()) {
        QCOMPARE(hit.status, QStringLiteral("done"));
        QVERIFY(hit.applicantName.startsWith(u'王'));
    }
    status->setCurrentIndex(0);
    name->clear();
}

void TestSearchPage::refusesABadCriterion()
{
    auto *id = child<QLineEdit>(m_page.get(), QStringLiteral("searchIdField"));
    commit(id, QStringLiteral("1101051949"));
    QSignalSpy shown(m_page.get(), &ui::SearchPage::pageShown);
    id->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(id, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY(!shown.first().first().toBool());
    const QString message = child<ui::FieldMessage>(m_page.get(), QStringLiteral("searchMessage"))->text();
    QVERIFY2(message.startsWith(QStringLiteral("ID number")), qPrintable(message));
    id->clear();
}

void TestSearchPage::enterChoosesTheMatter()
{
    auto *queue = child<QLineEdit>(m_page.get(), QStringLiteral("searchQueueField"));
    commit(queue, QStringLiteral("a007"));
    searchFrom(queue);
    QCOMPARE(m_page->hits().size(), 10); // A007 on each of the 10 days, one matter each
    auto *results = child<QTreeWidget>(m_page.get(), QStringLiteral("searchResults"));
    // Enter in the form put the focus on the first match: Down, Enter chooses the second.
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(results));
    QSignalSpy chosen(m_page.get(), &ui::SearchPage::matterChosen);
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), m_page->hits().at(1).matterId);
}

QTEST_MAIN(TestSearchPage)
#include "testsearchpage.moc"
