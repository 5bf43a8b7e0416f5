// The one date field of the window (ui::DateEdit), offscreen, driven with keys: a whole date typed
// over the selection is taken as typed (Qt's QDateEdit gave 2026-06-15 for "2022-06-15"), a text
// that is not a date is refused and the date before it stays, and Tab moves on.
#include "ui/common/dateedit.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using tongban::ui::DateEdit;

class TestDateEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parseTyped_data();
    void parseTyped();
    void typedOverTheSelection_data();
    void typedOverTheSelection();
    void refusedTextKeepsTheDate();
    void outOfRangeIsRefused();
    void escapeUndoesTheTyping();
    void tabLeavesTheFieldWithoutVisitingItsSections();
    void sectionsStillStepWithTheArrows();
    void typingCorrectsWithBackspace();

private:
    QWidget *m_window = nullptr;
    QLineEdit *m_before = nullptr;
    DateEdit *m_field = nullptr;
    QLineEdit *m_after = nullptr;
};

void TestDateEdit::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_before = new QLineEdit;
    m_field = new DateEdit;
    m_after = new QLineEdit;
    layout->addWidget(m_before);
    layout->addWidget(m_field);
    layout->addWidget(m_after);
    m_field->setDate(QDate(2026, 12, 2));
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestDateEdit::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestDateEdit::parseTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << QStringLiteral("2022-06-15") << QDate(2022, 6, 15);
    QTest::newRow("one-digit month and day") << QStringLiteral("2022-6-5") << QDate(2022, 6, 5);
    QTest::newRow("dots") << QStringLiteral("2022.06.15") << QDate(2022, 6, 15);
    QTest::newRow("slashes") << QStringLiteral("2022/06/15") << QDate(2022, 6, 15);
    QTest::newRow("eight digits") << QStringLiteral("20220615") << QDate(2022, 6, 15);
    QTest::newRow("spaces around") << QStringLiteral(" 2022-06-15 ") << QDate(2022, 6, 15);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("no such day") << QStringLiteral("2022-02-30") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2022-13-01") << QDate();
    QTest::newRow("mixed separators") << QStringLiteral("2022-06/15") << QDate();
    QTest::newRow("year only") << QStringLiteral("2022") << QDate();
    QTest::newRow("two-digit year") << QStringLiteral("22-06-15") << QDate();
    QTest::newRow("seven digits") << QStringLiteral("2022061") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDateEdit::parseTyped()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(DateEdit::parseTyped(text), date);
}

void TestDateEdit::typedOverTheSelection_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QDate>("date");
    // The case: Qt's QDateEdit gave 2026-06-15 after select-all, 2022-12-06 after Tab.
    QTest::newRow("select-all, Enter") << QStringLiteral("select-all") << QStringLiteral("2022-06-15") << QStringLiteral("enter")
                                       << QDate(2022, 6, 15);
    QTest::newRow("select-all, Tab") << QStringLiteral("select-all") << QStringLiteral("2022-06-15") << QStringLiteral("tab")
                                     << QDate(2022, 6, 15);
    QTest::newRow("Tab in, Tab out") << QStringLiteral("tab") << QStringLiteral("2022-06-15") << QStringLiteral("tab")
                                     << QDate(2022, 6, 15);
    QTest::newRow("Tab in, Enter") << QStringLiteral("tab") << QStringLiteral("2022-06-15") << QStringLiteral("enter")
                                   << QDate(2022, 6, 15);
    QTest::newRow("eight digits") << QStringLiteral("tab") << QStringLiteral("20220615") << QStringLiteral("enter") << QDate(2022, 6, 15);
    QTest::newRow("short month and day") << QStringLiteral("select-all") << QStringLiteral("2022-6-5") << QStringLiteral("enter")
                                         << QDate(2022, 6, 5);
    QTest::newRow("slashes") << QStringLiteral("select-all") << QStringLiteral("2022/06/15") << QStringLiteral("tab") << QDate(2022, 6, 15);
    QTest::newRow("letters ignored") << QStringLiteral("tab") << QStringLiteral("2022-0a6-15x") << QStringLiteral("enter")
                                     << QDate(2022, 6, 15);
    QTest::newRow("no longer than a date") << QStringLiteral("tab") << QStringLiteral("2022-06-1599") << QStringLiteral("enter")
                                           << QDate(2022, 6, 15);
}

void TestDateEdit::typedOverTheSelection()
{
    QFETCH(QString, how);
    QFETCH(QString, keys);
    QFETCH(QString, confirm);
    QFETCH(QDate, date);
    QSignalSpy changed(m_field, &QDateEdit::dateChanged);
    if (how == u"tab") {
        m_before->setFocus();
        QTest::keyClick(m_before, Qt::Key_Tab);
    } else {
        m_field->setFocus(Qt::MouseFocusReason);
        QTest::keyClick(m_field, Qt::Key_A, Qt::ControlModifier);
    }
    QCOMPARE(QApplication::focusWidget(), m_field);
    QTest::keyClicks(m_field, keys);
    QVERIFY(m_field->isTyping());
    QVERIFY(changed.isEmpty()); // nothing read until the clerk is done
    QTest::keyClick(m_field, confirm == u"tab" ? Qt::Key_Tab : Qt::Key_Return);
    QCOMPARE(m_field->date(), date);
    QCOMPARE(m_field->text(), date.toString(Qt::ISODate));
    QVERIFY(!m_field->isTyping());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toDate(), date);
    QCOMPARE(QApplication::focusWidget(), confirm == u"tab" ? static_cast<QWidget *>(m_after) : m_field);
}

void TestDateEdit::refusedTextKeepsTheDate()
{
    QSignalSpy refused(m_field, &DateEdit::typedDateRefused);
    m_before->setFocus();
    QTest::keyClick(m_before, Qt::Key_Tab);
    QTest::keyClicks(m_field, QStringLiteral("2022-02-30"));
    // Enter: refused, the clerk stays in the field with the text selected to type it again.
    QTest::keyClick(m_field, Qt::Key_Return);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("YYYY-MM-DD")));
    QCOMPARE(m_field->date(), QDate(2026, 12, 2));
    QVERIFY(m_field->isTyping());
    QCOMPARE(QApplication::focusWidget(), m_field);
    QTest::keyClicks(m_field, QStringLiteral("2022-02-28"));
    QTest::keyClick(m_field, Qt::Key_Return);
    QCOMPARE(m_field->date(), QDate(2022, 2, 28));

    // Leaving the field with a text that is not a date: refused, and the date before it is shown.
    m_before->setFocus();
    QTest::keyClick(m_before, Qt::Key_Tab);
    QTest::keyClicks(m_field, QStringLiteral("2022-6"));
    QTest::keyClick(m_field, Qt::Key_Tab);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(m_field->date(), QDate(2022, 2, 28));
    QCOMPARE(m_field->text(), QStringLiteral("2022-02-28"));
    QVERIFY(!m_field->isTyping());
    QCOMPARE(QApplication::focusWidget(), m_after);
}

void TestDateEdit::outOfRangeIsRefused()
{
    m_field->setDateRange(QDate(2020, 1, 1), QDate(2030, 12, 31));
    QSignalSpy refused(m_field, &DateEdit::typedDateRefused);
    m_field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(m_field, QStringLiteral("2019-12-31"));
    QTest::keyClick(m_field, Qt::Key_Return);
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(QStringLiteral("2020-01-01")), qPrintable(refused.first().first().toString()));
    QCOMPARE(m_field->date(), QDate(2026, 12, 2));
}

void TestDateEdit::escapeUndoesTheTyping()
{
    m_field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(m_field, QStringLiteral("2022-06"));
    QTest::keyClick(m_field, Qt::Key_Escape);
    QVERIFY(!m_field->isTyping());
    QCOMPARE(m_field->text(), QStringLiteral("2026-12-02"));
    QCOMPARE(m_field->date(), QDate(2026, 12, 2));
}

void TestDateEdit::tabLeavesTheFieldWithoutVisitingItsSections()
{
    m_before->setFocus();
    QTest::keyClick(m_before, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_field);
    QTest::keyClick(m_field, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_after);
    QTest::keyClick(m_after, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_field);
    QTest::keyClick(m_field, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_before);
    QCOMPARE(m_field->date(), QDate(2026, 12, 2));
}

void TestDateEdit::sectionsStillStepWithTheArrows()
{
    // Clicked into (not all selected): Qt's sections, the arrows step the one the cursor is in.
    m_field->setFocus(Qt::MouseFocusReason);
    m_field->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(m_field, Qt::Key_Up);
    QCOMPARE(m_field->date(), QDate(2026, 12, 3));
    QTest::keyClick(m_field, Qt::Key_Left); // to the month
    QTest::keyClick(m_field, Qt::Key_Down);
    QCOMPARE(m_field->date(), QDate(2026, 11, 3));
    QVERIFY(!m_field->isTyping());
    // A typed date first, then ↑ steps from it.
    m_before->setFocus();
    m_field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(m_field, QStringLiteral("2021-01-01"));
    QTest::keyClick(m_field, Qt::Key_Up);
    QVERIFY(!m_field->isTyping());
    QVERIFY2(m_field->date() > QDate(2021, 1, 1) && m_field->date() <= QDate(2022, 1, 1), qPrintable(m_field->text()));
}

void TestDateEdit::typingCorrectsWithBackspace()
{
    m_field->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(m_field, QStringLiteral("2022-06-16"));
    QTest::keyClick(m_field, Qt::Key_Backspace);
    QTest::keyClicks(m_field, QStringLiteral("4"));
    QTest::keyClick(m_field, Qt::Key_Return);
    QCOMPARE(m_field->date(), QDate(2022, 6, 14));
}

QTEST_MAIN(TestDateEdit)
#include "testdateedit.moc"
