// The rating of the service on the visitor's screen (issue 11, point 6), in the counter window:
// the visitor of a visit with two matters rates the first with the keypad's 5 and the second with
// its 2 — both stored with the channel "keypad", the poor one with its follow-up due 15 working
// days later — the window thanks them and hands the keyboard back to the clerk; the follow-up is
// listed in the ledger (Ctrl+7) and closed there with its outcome from the keyboard; a button
// touched on the screen stores the channel "visitor-screen"; Esc closes the window, the matters
// not rated staying without a rating. Real window offscreen, real SQLite file; today 2026-12-02.
#include "ui/casework/ledgerpage.h"
#include "ui/casework/ratingview.h"
#include "ui/common/fieldmessage.h"
#include "ui/shell/mainwindow.h"

#include "services/ratingservice.h"

#include "tests/core/caseworktestdata.h"
#include "tests/ui/common/windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

} // namespace

class TestRatingView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keypadRatingsAndTheFollowUp();
    void touchedButtonAndEscape();

private:
    intake::IntakeReceipt storeVisit(test::OpenWindow &open, const QString &queueNumber, const QStringList &matters);

    QTemporaryDir m_dir;
};

void TestRatingView::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

intake::IntakeReceipt TestRatingView::storeVisit(test::OpenWindow &open, const QString &queueNumber, const QStringList &matters)
{
    test::Visit visit;
    visit.at = test::beijing(QDate(2026, 12, 2), 9, 30);
    visit.queueNumber = queueNumber;
    for (const QString &matter : matters)
        visit.matters.append({matter, QDate(2026, 12, 23), {}, {}});
    return test::storeVisit(open.context->store(), visit);
}

void TestRatingView::keypadRatingsAndTheFollowUp()
{
    test::OpenWindow open = test::openWindow(m_dir.filePath(QStringLiteral("keypad.db")), QStringLiteral("王芳"));
    ui::MainWindow &window = *open;
    const intake::IntakeReceipt receipt
        = storeVisit(open, QStringLiteral("A040"), {QStringLiteral("retirement-application"), QStringLiteral("minimum-living-allowance")});
    QCOMPARE(receipt.matters.size(), 2);
    // No intake taken in this window yet: F9 has nothing to ask.
    QVERIFY(!child<QAction>(&window, QStringLiteral("ratingAction"))->isEnabled());

    window.askForRating(receipt.queueNumber, {receipt.matters.at(0).id, receipt.matters.at(1).id},
                        {receipt.matters.at(0).matter, receipt.matters.at(1).matter});
    ui::RatingView *rating = window.ratingView();
    QVERIFY(rating);
    QVERIFY(QTest::qWaitForWindowActive(rating));
    QVERIFY(child<QLabel>(rating, QStringLiteral("ratingHeader"))->text().contains(QStringLiteral("A040")));
    QVERIFY(child<QLabel>(rating, QStringLiteral("ratingMatter"))->text().contains(QStringLiteral("1")));

    // The keypad types into the active window: 5, then 2.
    QSignalSpy rated(rating, &ui::RatingView::rated);
    QSignalSpy finished(rating, &ui::RatingView::finished);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), static_cast<QWidget *>(rating), timeoutMs);
    QTest::keyClick(rating, Qt::Key_5);
    QVERIFY(rated.wait(timeoutMs));
    QCOMPARE(rating->currentMatterId(), receipt.matters.at(1).id);
    // A key of the number block (KeypadModifier) is the same key.
    QTest::keyClick(rating, Qt::Key_2, Qt::KeypadModifier);
    QVERIFY(rated.wait(timeoutMs));
    QCOMPARE(rated.size(), 2);
    QCOMPARE(finished.size(), 1);
    // Thanked, with the date the follow-up is due; the clerk's window active again.
    QVERIFY(child<QLabel>(rating, QStringLiteral("ratingMessage"))->text().contains(QStringLiteral("2026-12-23")));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), static_cast<QWidget *>(&window), timeoutMs);
    // A key more changes nothing: every matter is rated.
    QTest::keyClick(rating, Qt::Key_1);
    QCOMPARE(rated.size(), 2);

    // Stored as given.
    auto service = services::RatingService::builtIn(open.context->context());
    QVERIFY(service.ok());
    const auto first = (*service)->forMatter(receipt.matters.at(0).id).result();
    QVERIFY(first.ok() && first->has_value());
    QCOMPARE(int((*first)->level), 5);
    QCOMPARE((*first)->channel, QStringLiteral("keypad"));
    QVERIFY(!(*first)->followUp);
    const auto second = (*service)->forMatter(receipt.matters.at(1).id).result();
    QVERIFY(second.ok() && second->has_value());
    QCOMPARE(int((*second)->level), 2);
    QCOMPARE((*second)->channel, QStringLiteral("keypad"));
    QVERIFY((*second)->followUp.has_value());
    // 15 working days from Wednesday 2026-12-02: Wednesday 2026-12-23.
    QCOMPARE((*second)->followUp->dueOn, QDate(2026, 12, 23));

    // The follow-up in the ledger (Ctrl+7), closed there from the keyboard with its outcome.
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    auto *ledger = child<ui::LedgerPage>(&window, QStringLiteral("ledgerPage"));
    QCOMPARE(child<QTabWidget>(&window, QStringLiteral("workspaceTabs"))->currentWidget(), test::tabOf(ledger));
    auto *followUps = child<QTreeWidget>(&window, QStringLiteral("followUpList"));
    QTRY_COMPARE_WITH_TIMEOUT(followUps->topLevelItemCount(), 1, timeoutMs);
    QCOMPARE(followUps->topLevelItem(0)->text(0), QStringLiteral("2026-12-23"));
    QCOMPARE(followUps->topLevelItem(0)->text(1), QStringLiteral("due in 21 day(s)"));
    QCOMPARE(followUps->topLevelItem(0)->text(2), QStringLiteral("A040"));
    QCOMPARE(followUps->topLevelItem(0)->text(3), QStringLiteral("Dissatisfied"));
    auto *outcome = child<QLineEdit>(&window, QStringLiteral("followUpOutcomeField"));
    outcome->setFocus(Qt::TabFocusReason);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("电话回访：已说明低保审核时限，来访人表示理解"));
    QApplication::sendEvent(outcome, &commit);
    QSignalSpy changed(ledger, &ui::LedgerPage::changeFinished);
    QTest::keyClick(outcome, Qt::Key_Return);
    QVERIFY(changed.wait(timeoutMs));
    QVERIFY2(changed.first().first().toBool(), qPrintable(child<ui::FieldMessage>(&window, QStringLiteral("followUpMessage"))->text()));
    QTRY_COMPARE_WITH_TIMEOUT(followUps->topLevelItemCount(), 0, timeoutMs);
    const auto open_ = (*service)->openFollowUps().result();
    QVERIFY(open_.ok());
    QVERIFY(open_->isEmpty());
}

void TestRatingView::touchedButtonAndEscape()
{
    test::OpenWindow open = test::openWindow(m_dir.filePath(QStringLiteral("touch.db")), QStringLiteral("王芳"));
    ui::MainWindow &window = *open;
    const intake::IntakeReceipt receipt
        = storeVisit(open, QStringLiteral("B007"), {QStringLiteral("medical-transfer"), QStringLiteral("pension-transfer")});
    QCOMPARE(receipt.matters.size(), 2);
    window.askForRating(receipt.queueNumber, {receipt.matters.at(0).id, receipt.matters.at(1).id},
                        {receipt.matters.at(0).matter, receipt.matters.at(1).matter});
    ui::RatingView *rating = window.ratingView();
    QVERIFY(QTest::qWaitForWindowActive(rating));
    // Touched on the screen: the channel says so.
    QSignalSpy rated(rating, &ui::RatingView::rated);
    rating->button(4)->click();
    QVERIFY(rated.wait(timeoutMs));
    const auto stored = rated.first().first().value<casework::ServiceRating>();
    QCOMPARE(stored.channel, QStringLiteral("visitor-screen"));
    QCOMPARE(int(stored.level), 4);
    // Esc: closed, the clerk's window active; the second matter stays without a rating.
    QSignalSpy closed(rating, &ui::RatingView::closed);
    QTest::keyClick(rating, Qt::Key_Escape);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!rating->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), static_cast<QWidget *>(&window), timeoutMs);
    auto service = services::RatingService::builtIn(open.context->context());
    const auto second = (*service)->forMatter(receipt.matters.at(1).id).result();
    QVERIFY(second.ok());
    QVERIFY(!second->has_value());
}

QTEST_MAIN(TestRatingView)
#include "testratingview.moc"
