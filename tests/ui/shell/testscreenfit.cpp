// The counter window fits the counter's screen (1280×720 and up): shown at 1280×720, 1366×768 and
// 1920×1080 on the demo data, in Chinese as at the counter, with persons looked up, a pension
// computed and every tab visited, nothing on screen is cut:
//  (a) no figure in a table (an amount, a month, a date) is elided, cut or out of sight, and a
//      wrapped cell is as tall as its lines; text elided in a table has a tool tip with the whole;
//  (b) the pension breakdown shows at least 8 lines whole;
//  (c) the deferral answer shows at least 5 rows whole;
//  (d) no label is narrower than its text unless it wraps (then it is as tall as its lines) or
//      elides with a tool tip;
//  (e) no widget is squeezed below its minimum size, no field or list box shows its text cut, and
//      no label of a chart is elided to "…".
// The back office (a matter opened, then returned) and the search with its matches too.
// Every screen is saved as a PNG for a person to look at: TONGBAN_SCREENSHOT_DIR, else
// <temp>/tongban-screen-fit (replaced on every run; the path is printed).
#include "demo/demogenerator.h"
#include "i18n/translations.h"
#include "identity/citizenid.h"
#include "ui/audit/auditview.h"
#include "ui/casework/dayworkpage.h"
#include "ui/casework/ledgerpage.h"
#include "ui/casework/ratingview.h"
#include "ui/common/messagebox.h"
#include "ui/deferral/deferralview.h"
#include "ui/deferral/sweepview.h"
#include "ui/intake/intakepage.h"
#include "ui/intake/mattersection.h"
#include "ui/pension/comparisonview.h"
#include "ui/pension/disclosuredialog.h"
#include "ui/pension/pensionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/unemployment/unemploymentview.h"
#include "ui/workflow/backofficepage.h"
#include "ui/workflow/matterdetailview.h"
#include "ui/workflow/searchpage.h"

#include "signedinusers.h"
#include "tests/ui/common/windowfixture.h"
#include "tests/ui/workflow/backofficefixture.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTreeWidget>

#include <cmath>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

/// An amount, a month, a date, a time, a share: what a clerk reads out and must never see cut.
bool isFigure(const QString &text)
{
    static const QRegularExpression figure(QStringLiteral("^[\\d\\s,.:+\\-−–/¥%()至年月日]+$"));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    return text.contains(digit) && figure.match(text).hasMatch();
}

/// The height of @p text laid out as an item view lays out a wrapped cell.
int wrappedHeight(QString text, const QFont &font, int width)
{
    text.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return int(std::ceil(height));
}

/// The width of the longest line of @p text, and the number of lines.
std::pair<int, int> unwrappedSize(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    int width = 0;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return {width, int(lines.size())};
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            path = w->objectName() + (path.isEmpty() ? QString() : u'/' + path);
            if (path.count(u'/') >= 1)
                break;
        }
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), path);
}

/// Compares the person on screen with a colleague (Li), the basis recorded as a supervisor's
/// approval when the view asks for it; waits until the comparison is shown.
void compareWithColleague(ui::ComparisonView *compare)
{
    QSignalSpy compared(compare, &ui::ComparisonView::comparisonShown);
    compare->compareWith(demo::DemoGenerator::colleagueLiCitizenId());
    QTRY_VERIFY_WITH_TIMEOUT(compare->disclosureDialog() && compare->disclosureDialog()->isVisible(), timeoutMs);
    ui::DisclosureDialog *dialog = compare->disclosureDialog();
    dialog->findChild<QRadioButton *>(QStringLiteral("approvalBasis"))->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("approvedByField"))->setText(QStringLiteral("张主任"));
    dialog->findChild<QLineEdit *>(QStringLiteral("reasonField"))->setText(QStringLiteral("同事委托来访人代为咨询"));
    dialog->findChild<QPushButton *>(QStringLiteral("disclosureRecordButton"))->click();
    QVERIFY(compared.wait(timeoutMs));
    // The window is active again once the dialog is gone, as a window manager makes it.
    compare->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(compare->window()));
}

/// Whether @p widget is shown in @p window (not in a popup or another window, not on a hidden page).
bool shownIn(const QWidget *widget, const QWidget &window)
{
    if (!widget->isVisible() || widget->window() != &window)
        return false;
    // Some of it inside every widget it is in (not scrolled away entirely).
    QRect shown = widget->rect();
    for (const QWidget *w = widget; !w->isWindow(); w = w->parentWidget()) {
        shown.translate(w->pos());
        shown &= w->parentWidget()->rect();
        if (shown.isEmpty())
            return false;
    }
    return true;
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fits_data();
    void fits();

private:
    void lookUp(ui::MainWindow &window, const QString &text);
    /// The intake page with the common two-matter intake typed in (the applicant looked up, a
    /// retirement application, the eligibility verification of the mother as agent, some documents).
    void fillIntake(ui::MainWindow &window, ui::IntakePage *page);
    /// Checks the screen @p window shows now, saves it as @p name and adds what is cut to m_problems.
    void checkScreen(QWidget &window, const QString &name);
    void checkItemViews(QWidget &window, const QString &screen);
    void checkLabels(QWidget &window, const QString &screen);
    void checkMinimumSizes(QWidget &window, const QString &screen);
    void checkFields(QWidget &window, const QString &screen);
    void checkCharts(QWidget &window, const QString &screen);
    /// The rows of @p view shown whole (from the top, as the view is scrolled).
    static int wholeRows(const QAbstractItemView *view);

    template<typename T> static T *child(QWidget &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir m_dir;
    QString m_databasePath;
    QString m_outputDir;
    QString m_size;
    QStringList m_problems;
};

void TestScreenFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Chinese, as at the counter: the layout must fit the words the clerk reads.
    QVERIFY(i18n::installTranslators(*qApp, QLocale(QLocale::Chinese, QLocale::China)));
    // The demo data of scripts/run (seed 1; fewer persons and employers, the same kinds of screens).
    m_databasePath = m_dir.filePath(QStringLiteral("demo.db"));
    const auto written = demo::DemoGenerator(test::shippedParameters(), 1).writeNewFile(m_databasePath, 60, 400);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    m_outputDir = qEnvironmentVariable("TONGBAN_SCREENSHOT_DIR");
    if (m_outputDir.isEmpty()) {
        m_outputDir = QDir::temp().filePath(QStringLiteral("tongban-screen-fit"));
        QDir(m_outputDir).removeRecursively();
    }
    QVERIFY(QDir().mkpath(m_outputDir));
    qInfo("screenshots in %s", qPrintable(m_outputDir));
}

void TestScreenFit::lookUp(ui::MainWindow &window, const QString &text)
{
    auto *field = child<QLineEdit>(window, QStringLiteral("lookupField"));
    QSignalSpy finished(&window, &ui::MainWindow::lookupFinished);
    field->selectAll();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(field, &commit);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(finished.wait(timeoutMs));
}

void TestScreenFit::fillIntake(ui::MainWindow &window, ui::IntakePage *page)
{
    auto type = [](QWidget *field, const QString &text) {
        field->setFocus(Qt::TabFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(field)) {
            line->selectAll();
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QApplication::sendEvent(line, &commit);
        }
        QTest::keyClick(field, Qt::Key_Tab);
    };
    auto choose = [](QComboBox *combo, const QString &value) { combo->setCurrentIndex(combo->findData(value)); };
    type(child<QLineEdit>(window, QStringLiteral("queueNumberField")), QStringLiteral("A023"));
    auto *id = child<QLineEdit>(window, QStringLiteral("applicantIdField"));
    QSignalSpy lookedUp(page, &ui::IntakePage::applicantLookedUp);
    id->setText(demo::DemoGenerator::colleagueWangCitizenId());
    id->setFocus(Qt::TabFocusReason);
    QTest::keyClick(id, Qt::Key_Return);
    QVERIFY(lookedUp.wait(timeoutMs));
    auto *phone = child<QLineEdit>(window, QStringLiteral("applicantPhoneField"));
    if (phone->text().isEmpty())
        type(phone, QStringLiteral("13800138000"));
    QVERIFY(page->addMatter(QStringLiteral("retirement-application")));
    ui::MatterSection *retirement = page->sections().at(0);
    type(child<QLineEdit>(*retirement, QStringLiteral("retirement_month")), QStringLiteral("2027-01"));
    choose(child<QComboBox>(*retirement, QStringLiteral("retirement_kind")), QStringLiteral("statutory"));
    type(child<QLineEdit>(*retirement, QStringLiteral("bank_account")), QStringLiteral("6222021234567890123"));
    QVERIFY(page->addMatter(QStringLiteral("eligibility-verification")));
    ui::MatterSection *verification = page->sections().at(1);
    child<QCheckBox>(*verification, QStringLiteral("agentBox"))->setChecked(true);
    type(child<QLineEdit>(*verification, QStringLiteral("agentIdField")),
         identity::CitizenId::make(QStringLiteral("110105"), QDate(1938, 3, 12), 24));
    type(child<QLineEdit>(*verification, QStringLiteral("agentNameField")), QStringLiteral("王秀兰"));
    choose(child<QComboBox>(*verification, QStringLiteral("agentRelationField")), QStringLiteral("parent"));
    choose(child<QComboBox>(*verification, QStringLiteral("verification_method")), QStringLiteral("counter"));
    choose(child<QComboBox>(*verification, QStringLiteral("pension_kind")), QStringLiteral("employee-pension"));
    auto *checklist = child<QTreeWidget>(window, QStringLiteral("documentChecklist"));
    for (int row = 0; row < checklist->topLevelItemCount(); ++row) {
        const QString document = checklist->topLevelItem(row)->data(0, Qt::UserRole).toString();
        if (document == u"id-card" || document == u"agent-id-card" || document == u"bank-card")
            checklist->topLevelItem(row)->setCheckState(0, Qt::Checked);
    }
}

int TestScreenFit::wholeRows(const QAbstractItemView *view)
{
    const QRect viewport = view->viewport()->rect();
    int rows = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (viewport.contains(view->visualRect(view->model()->index(row, 0))))
            ++rows;
    }
    return rows;
}

void TestScreenFit::checkItemViews(QWidget &window, const QString &screen)
{
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (!shownIn(view, window) || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        const QRect viewport = view->viewport()->rect();
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const auto *table = qobject_cast<const QTableView *>(view);
        const auto *tree = qobject_cast<const QTreeView *>(view);
        const bool wraps = (table && table->wordWrap()) || (tree && tree->wordWrap());
        for (int column = 0; column < model->columnCount(); ++column) {
            if ((table && table->isColumnHidden(column)) || (tree && tree->isColumnHidden(column)))
                continue;
            // The cells shown (not scrolled away up or down), and whether the column holds figures.
            QList<QModelIndex> shown;
            bool figures = true;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, column);
                const QRect rect = view->visualRect(index);
                if (!rect.isValid() || rect.bottom() < 0 || rect.top() > viewport.bottom())
                    continue;
                const QString text = index.data().toString();
                if (text.isEmpty() || text == u"—")
                    continue;
                figures = figures && isFigure(text);
                shown << index;
            }
            for (const QModelIndex &index : std::as_const(shown)) {
                const QString text = index.data().toString();
                const QRect rect = view->visualRect(index);
                QFont font = view->font();
                if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                    font = f.value<QFont>().resolve(font);
                const auto [width, lines] = unwrappedSize(text, font);
                const int neededWidth = width + 2 * margin;
                const QString where = QStringLiteral("%1: %2 column %3 (%4) row %5 “%6”")
                                          .arg(screen, describe(view))
                                          .arg(column)
                                          .arg(model->headerData(column, Qt::Horizontal).toString())
                                          .arg(index.row())
                                          .arg(text.left(40));
                const bool hasToolTip = !index.data(Qt::ToolTipRole).toString().isEmpty();
                if (figures) {
                    if (rect.width() < neededWidth)
                        m_problems << QStringLiteral("%1: elided, %2 px wide for %3 px").arg(where).arg(rect.width()).arg(neededWidth);
                    if (rect.left() < 0 || rect.right() > viewport.right())
                        m_problems << QStringLiteral("%1: out of sight (x %2–%3 in a viewport %4 px wide)")
                                          .arg(where)
                                          .arg(rect.left())
                                          .arg(rect.right())
                                          .arg(viewport.width());
                }
                if (wraps) {
                    const int needed = wrappedHeight(text, font, rect.width() - 2 * margin);
                    if (rect.height() + 1 < needed)
                        m_problems << QStringLiteral("%1: cut, %2 px high for %3 px of lines").arg(where).arg(rect.height()).arg(needed);
                } else if (!figures && (rect.width() < neededWidth || lines > 1) && !hasToolTip) {
                    m_problems << QStringLiteral("%1: elided without a tool tip").arg(where);
                }
            }
        }
    }
}

void TestScreenFit::checkLabels(QWidget &window, const QString &screen)
{
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!shownIn(label, window) || label->text().isEmpty())
            continue;
        const QString where = QStringLiteral("%1: %2 “%3”").arg(screen, describe(label), label->text().left(40));
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                m_problems << QStringLiteral("%1: wrapped lines cut, %2 px high for %3 px").arg(where).arg(label->height()).arg(needed);
            continue;
        }
        const QSize needed = label->sizeHint();
        if (label->width() < needed.width() && label->toolTip().isEmpty())
            m_problems << QStringLiteral("%1: %2 px wide for %3 px").arg(where).arg(label->width()).arg(needed.width());
        if (label->height() < label->minimumSizeHint().height())
            m_problems << QStringLiteral("%1: %2 px high for %3 px").arg(where).arg(label->height()).arg(label->minimumSizeHint().height());
    }
}

void TestScreenFit::checkMinimumSizes(QWidget &window, const QString &screen)
{
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!shownIn(widget, window) || widget->isWindow())
            continue;
        // Qt's own parts of a field (a line edit's clear button) and of a dock's title bar are
        // sized by their owner, not by a layout.
        const QWidget *owner = widget->parentWidget();
        if (qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QScrollBar *>(widget)
            || widget->objectName().startsWith(QStringLiteral("qt_scrollarea_")) || qobject_cast<const QLineEdit *>(owner)
            || qobject_cast<const QDockWidget *>(owner) || qobject_cast<const QComboBox *>(owner)
            || qobject_cast<const QAbstractSpinBox *>(owner))
            continue;
        // What a layout would give it at least (Qt's qSmartMinSize, for the common cases).
        const QSizePolicy policy = widget->sizePolicy();
        const QSize hint = widget->minimumSizeHint();
        QSize minimum = widget->minimumSize();
        if (minimum.width() <= 0 && policy.horizontalPolicy() != QSizePolicy::Ignored)
            minimum.setWidth(policy.horizontalPolicy() & QSizePolicy::ShrinkFlag ? hint.width() : widget->sizeHint().width());
        if (minimum.height() <= 0 && policy.verticalPolicy() != QSizePolicy::Ignored)
            minimum.setHeight(policy.verticalPolicy() & QSizePolicy::ShrinkFlag ? hint.height() : widget->sizeHint().height());
        if (widget->width() + 1 < minimum.width() || widget->height() + 1 < minimum.height())
            m_problems << QStringLiteral("%1: %2 squeezed to %3×%4, needs %5×%6")
                              .arg(screen, describe(widget))
                              .arg(widget->width())
                              .arg(widget->height())
                              .arg(minimum.width())
                              .arg(minimum.height());
    }
}

void TestScreenFit::checkFields(QWidget &window, const QString &screen)
{
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        // A combo box's or a date's line edit is checked with its owner's width: the same box.
        if (!shownIn(edit, window))
            continue;
        const QString text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
        if (text.isEmpty())
            continue;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        const QMargins margins = edit->textMargins();
        int available = contents.width() - margins.left() - margins.right() - 2 * 2; // QLineEdit's own margin of 2 px a side
        for (const QAction *action : edit->actions()) {
            if (action->isVisible())
                available -= edit->height(); // a side button (clear) is about as wide as the field is high
        }
        const int needed = edit->fontMetrics().horizontalAdvance(text);
        if (available < needed)
            m_problems << QStringLiteral("%1: %2 “%3” cut, %4 px for %5 px").arg(screen, describe(edit), text).arg(available).arg(needed);
    }
    for (QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (!shownIn(combo, window) || combo->isEditable() || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (field.width() < needed)
            m_problems << QStringLiteral("%1: %2 “%3” cut, %4 px for %5 px")
                              .arg(screen, describe(combo), combo->currentText())
                              .arg(field.width())
                              .arg(needed);
    }
}

void TestScreenFit::checkCharts(QWidget &window, const QString &screen)
{
    for (QChartView *view : window.findChildren<QChartView *>()) {
        if (!shownIn(view, window))
            continue;
        // Qt Charts elides an axis label, a title or a legend entry that has no room to "…".
        for (const QGraphicsItem *item : view->scene()->items()) {
            QString text;
            if (const auto *textItem = dynamic_cast<const QGraphicsTextItem *>(item))
                text = textItem->toPlainText();
            else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            if (item->isVisible() && (text.contains(u'…') || text.contains(QStringLiteral("..."))))
                m_problems << QStringLiteral("%1: %2 shows “%3”").arg(screen, describe(view), text);
        }
    }
}

void TestScreenFit::checkScreen(QWidget &window, const QString &name)
{
    // Layouts and deferred resizes settle on posted events; nothing here waits on a clock.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QString screen = m_size + u' ' + name;
    // Nothing on a page may need more than the screen: a layout that does makes the window
    // grow past its edge (what a long status text in a button row once did).
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    const QStringList parts = m_size.split(u'x');
    if (minimum.width() > parts.value(0).toInt() || window.width() > parts.value(0).toInt())
        m_problems << QStringLiteral("%1: the window needs %2 px, is %3 px wide on a %4 px screen")
                          .arg(screen)
                          .arg(minimum.width())
                          .arg(window.width())
                          .arg(parts.value(0));
    const QString path = QDir(m_outputDir).filePath(QStringLiteral("%1-%2.png").arg(m_size, name));
    QVERIFY2(window.grab().save(path), qPrintable(path));
    checkItemViews(window, screen);
    checkLabels(window, screen);
    checkMinimumSizes(window, screen);
    checkFields(window, screen);
    checkCharts(window, screen);
}

void TestScreenFit::fits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestScreenFit::fits()
{
    QFETCH(QSize, size);
    m_size = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    m_problems.clear();
    test::OpenWindow open = test::openWindow(m_databasePath, QStringLiteral("张敏"));
    ui::MainWindow &window = *open;
    window.resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);

    // Several visitors, the same one twice: the visit panel lists an earlier calculation too.
    lookUp(window, QStringLiteral("王"));
    checkScreen(window, QStringLiteral("matches"));
    // Each visitor a visit of their own (the window asks: the answer is given here).
    lookUp(window, demo::DemoGenerator::colleagueWangCitizenId());
    ui::MessageBox::setNextAnswer(ui::MainWindow::NewVisitAnswer);
    lookUp(window, demo::DemoGenerator::colleagueLiCitizenId());
    ui::MessageBox::setNextAnswer(ui::MainWindow::NewVisitAnswer);
    lookUp(window, demo::DemoGenerator::colleagueWangCitizenId());
    auto *earlier = child<QTreeWidget>(window, QStringLiteral("earlierSnapshotList"));
    QTRY_VERIFY_WITH_TIMEOUT(earlier->topLevelItemCount() > 0, timeoutMs);

    auto *tabs = child<QTabWidget>(window, QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(test::tabOf(child<QWidget>(window, QStringLiteral("historyView"))));
    checkScreen(window, QStringLiteral("history"));

    auto *pension = child<ui::PensionView>(window, QStringLiteral("pensionView"));
    tabs->setCurrentWidget(test::tabOf(pension));
    checkScreen(window, QStringLiteral("pension"));
    auto *breakdown = child<QAbstractItemView>(window, QStringLiteral("breakdownTable"));
    QVERIFY(breakdown->model()->rowCount() >= 8);
    if (const int rows = wholeRows(breakdown); rows < 8)
        m_problems << QStringLiteral("%1 pension: the breakdown shows %2 lines whole, not 8").arg(m_size).arg(rows);
    // The visitor's screen open, stepped through: the row of the sheet's buttons says which step
    // the visitor sees, and the window stays within the screen.
    child<QPushButton>(*pension, QStringLiteral("visitorScreenButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(*pension, QStringLiteral("visitorStepStatus"))->text().isEmpty(), timeoutMs);
    for (int i = 0; i < 5; ++i)
        child<QPushButton>(*pension, QStringLiteral("nextStepButton"))->click();
    checkScreen(window, QStringLiteral("pension-visitor-steps"));
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != &window && top->isVisible() && top->objectName() == QStringLiteral("visitorView"))
            top->close();
    }

    auto *compare = child<ui::ComparisonView>(window, QStringLiteral("comparisonView"));
    tabs->setCurrentWidget(test::tabOf(compare));
    // Comparing with a colleague is an expert's right: signed in as one for it (the name kept).
    open.context->context().setSignedIn(test::signedInUser(accounts::Role::AssistingExpert, open.context->context().clerk()));
    compareWithColleague(compare);
    open.context->context().signOut();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy compared(compare, &ui::ComparisonView::comparisonShown);
    checkScreen(window, QStringLiteral("compare-colleague"));
    child<QComboBox>(window, QStringLiteral("comparisonMode"))->setCurrentIndex(1);
    auto *month = child<QLineEdit>(window, QStringLiteral("scenarioRetirementField"));
    month->setText(QStringLiteral("2027-03"));
    QTest::keyClick(month, Qt::Key_Return);
    QVERIFY(compared.wait(timeoutMs));
    checkScreen(window, QStringLiteral("compare-scenario"));

    auto *unemployment = child<ui::UnemploymentView>(window, QStringLiteral("unemploymentView"));
    tabs->setCurrentWidget(test::tabOf(unemployment));
    QSignalSpy claims(unemployment, &ui::UnemploymentView::claimsLoaded);
    lookUp(window, demo::DemoGenerator::colleagueWangCitizenId());
    QVERIFY(claims.wait(timeoutMs));
    child<QPushButton>(window, QStringLiteral("checkClaimButton"))->click();
    checkScreen(window, QStringLiteral("unemployment"));

    // An employer asks whether it may defer: a restaurant, as of mid-2022.
    auto *workspaces = child<QTabWidget>(window, QStringLiteral("workspaceTabs"));
    auto *deferral = child<ui::DeferralView>(window, QStringLiteral("deferralView"));
    workspaces->setCurrentWidget(test::tabOf(deferral));
    QSignalSpy found(deferral, &ui::DeferralView::employersFound);
    deferral->searchEmployers(QStringLiteral("餐饮"));
    QVERIFY(found.wait(timeoutMs));
    QVERIFY(!deferral->foundEmployers().isEmpty());
    deferral->useEmployer(deferral->foundEmployers().first());
    deferral->setAsOf(QDate(2022, 6, 15));
    QSignalSpy evaluated(deferral, &ui::DeferralView::evaluated);
    deferral->evaluate();
    QCOMPARE(evaluated.size(), 1);
    checkScreen(window, QStringLiteral("deferral"));
    // The answer has a row per insurance (three in 2022): all of them whole; the employers
    // found, five at least.
    auto *answer = child<QAbstractItemView>(window, QStringLiteral("deferralTable"));
    QVERIFY(answer->model()->rowCount() >= 3);
    if (const int rows = wholeRows(answer); rows < answer->model()->rowCount())
        m_problems << QStringLiteral("%1 deferral: the answer shows %2 of its %3 rows whole")
                          .arg(m_size)
                          .arg(rows)
                          .arg(answer->model()->rowCount());
    auto *employers = child<QAbstractItemView>(window, QStringLiteral("employerList"));
    QVERIFY(employers->model()->rowCount() >= 5);
    if (const int rows = wholeRows(employers); rows < 5)
        m_problems << QStringLiteral("%1 deferral: the employers found show %2 rows whole, not 5").arg(m_size).arg(rows);

    // 免申即享: every employer on file screened as of mid-2022.
    auto *sweep = child<ui::SweepView>(window, QStringLiteral("sweepView"));
    workspaces->setCurrentWidget(test::tabOf(sweep));
    sweep::SweepParameters parameters;
    parameters.asOf = QDate(2022, 6, 15);
    sweep->setParameters(parameters);
    QSignalSpy swept(sweep, &ui::SweepView::sweepFinished);
    sweep->start();
    QVERIFY(swept.wait(timeoutMs));
    checkScreen(window, QStringLiteral("sweep"));
    auto *results = child<QAbstractItemView>(window, QStringLiteral("sweepTable"));
    QVERIFY(results->model()->rowCount() >= 5);
    if (const int rows = wholeRows(results); rows < 5)
        m_problems << QStringLiteral("%1 sweep: the results show %2 rows whole, not 5").arg(m_size).arg(rows);

    // The intake of the integrated window: two matters, their documents; then taken in.
    open.context->context().setAgency({QStringLiteral("北京市西城区社会保险事业管理中心"), QStringLiteral("（盖章）")});
    auto *intake = child<ui::IntakePage>(window, QStringLiteral("intakePage"));
    workspaces->setCurrentWidget(test::tabOf(intake));
    QTRY_VERIFY_WITH_TIMEOUT(intake->isDraftChecked(), timeoutMs);
    fillIntake(window, intake);
    if (QTest::currentTestFailed())
        return;
    checkScreen(window, QStringLiteral("intake"));
    auto *matterField = child<QLineEdit>(window, QStringLiteral("matterSearchField"));
    matterField->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(matterField, QStringLiteral("s"));
    checkScreen(window, QStringLiteral("intake-matter-search"));
    QTest::keyClick(matterField, Qt::Key_Escape);
    QSignalSpy pdf(intake, &ui::IntakePage::pdfFinished);
    intake->saveNoticePdf(QDir(m_outputDir).filePath(m_size + QStringLiteral("-one-time-notice.pdf")));
    QVERIFY(pdf.wait(timeoutMs));
    QSignalSpy taken(intake, &ui::IntakePage::intakeTaken);
    intake->submit();
    QVERIFY(taken.wait(timeoutMs));
    QVERIFY(taken.first().first().toBool());
    checkScreen(window, QStringLiteral("intake-received"));
    intake->saveReceiptPdf(QDir(m_outputDir).filePath(m_size + QStringLiteral("-receipt.pdf")));
    QVERIFY(pdf.wait(timeoutMs));

    // The back office: the matters taken in, an allowance opened (its contents, pre-review,
    // history); then returned with its reason (the documents to bring listed) and its notice.
    auto *backOffice = child<ui::BackOfficePage>(window, QStringLiteral("backOfficePage"));
    workspaces->setCurrentWidget(test::tabOf(backOffice));
    const QString queueNumber = QStringLiteral("K%1").arg(size.width() / 10);
    QVERIFY(!test::workflow::openAllowance(open.context->context(), backOffice, queueNumber, false).isEmpty());
    checkScreen(window, QStringLiteral("backoffice"));
    auto *reason = child<QLineEdit>(window, QStringLiteral("reasonField"));
    reason->setText(QStringLiteral("请补交户口簿原件和低保申请书"));
    QSignalSpy changed(backOffice->detailView(), &ui::MatterDetailView::statusChanged);
    backOffice->detailView()->changeStatus(workflow::MatterStatus::Returned);
    QVERIFY(changed.wait(timeoutMs));
    QVERIFY(changed.first().first().toBool());
    checkScreen(window, QStringLiteral("backoffice-returned"));
    QSignalSpy noticePdf(backOffice->detailView(), &ui::MatterDetailView::pdfFinished);
    backOffice->detailView()->saveNoticePdf(QDir(m_outputDir).filePath(m_size + QStringLiteral("-return-notice.pdf")));
    QVERIFY(noticePdf.wait(timeoutMs));

    // The search: every visit, newest first.
    auto *search = child<ui::SearchPage>(window, QStringLiteral("searchPage"));
    workspaces->setCurrentWidget(test::tabOf(search));
    QSignalSpy shown(search, &ui::SearchPage::pageShown);
    search->search();
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY(!search->hits().isEmpty());
    checkScreen(window, QStringLiteral("search"));

    // F9: the visitor rates the two matters on their screen (as large as the clerk's here), the
    // first poorly with the keypad; the thanks say when they will hear back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F9);
    ui::RatingView *rating = window.ratingView();
    QVERIFY(rating && rating->isVisible());
    rating->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(rating));
    checkScreen(*rating, QStringLiteral("rating"));
    QSignalSpy rated(rating, &ui::RatingView::rated);
    QTest::keyClick(rating, Qt::Key_2);
    QVERIFY(rated.wait(timeoutMs));
    QTest::keyClick(rating, Qt::Key_4);
    QVERIFY(rated.wait(timeoutMs));
    checkScreen(*rating, QStringLiteral("rating-thanks"));
    rating->close();

    // The ledger (Ctrl+7): a case opened for the visit and noted; the poor rating's follow-up.
    auto *ledger = child<ui::LedgerPage>(window, QStringLiteral("ledgerPage"));
    workspaces->setCurrentWidget(test::tabOf(ledger));
    child<QPlainTextEdit>(window, QStringLiteral("caseDescriptionField"))
        ->setPlainText(QStringLiteral("1992年至1995年在外省国营厂的工龄无档案可查，需跨省协查后认定视同缴费年限"));
    auto *departments = child<QListWidget>(window, QStringLiteral("caseDepartmentsList"));
    departments->item(0)->setCheckState(Qt::Checked);
    departments->item(3)->setCheckState(Qt::Checked);
    child<QLineEdit>(window, QStringLiteral("caseExpertField"))->setText(QStringLiteral("张明（专家工作室）"));
    QSignalSpy ledgerChanged(ledger, &ui::LedgerPage::changeFinished);
    ledger->openCase();
    QVERIFY(ledgerChanged.wait(timeoutMs));
    QVERIFY(ledgerChanged.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(ledger->shownCase().has_value(), timeoutMs);
    child<QLineEdit>(window, QStringLiteral("caseNoteField"))->setText(QStringLiteral("已发函原单位所在地社保局协查，预计两周内回复"));
    ledgerChanged.clear();
    ledger->addNote();
    QVERIFY(ledgerChanged.wait(timeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->shownHistory().isEmpty() && ledger->shownHistory().last().kind == u"note", timeoutMs);
    // (The three sizes run on one file: each adds its case and its follow-up.)
    QTRY_VERIFY_WITH_TIMEOUT(!ledger->openFollowUps().isEmpty(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(window, QStringLiteral("openCasesList"))->topLevelItemCount() > 0, timeoutMs);
    checkScreen(window, QStringLiteral("ledger"));

    // The day's work (Ctrl+8): the table and the chart, by department, by window, the ratings.
    auto *dayWork = child<ui::DayWorkPage>(window, QStringLiteral("dayWorkPage"));
    QSignalSpy reported(dayWork, &ui::DayWorkPage::reportShown);
    workspaces->setCurrentWidget(test::tabOf(dayWork));
    QVERIFY(reported.wait(timeoutMs));
    QVERIFY(dayWork->report().has_value());
    QVERIFY(dayWork->report()->total.received >= 2);
    checkScreen(window, QStringLiteral("daywork"));
    dayWork->setChartRows(ui::DayWorkPage::MattersByWindow);
    checkScreen(window, QStringLiteral("daywork-windows"));
    dayWork->setChartRows(ui::DayWorkPage::RatingsByLevel);
    checkScreen(window, QStringLiteral("daywork-ratings"));
    // The ratings' chart alone is drawn: nothing of the windows' and departments' charts is left
    // behind it (their axes, made anew for each chart, once left their labels in the scene).
    {
        QStringList drawn;
        for (QGraphicsItem *item : dayWork->chartView()->scene()->items()) {
            if (!item->isVisible())
                continue;
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                drawn << text->toPlainText();
            else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                drawn << simple->text();
        }
        for (const casework::DayFigures &f : dayWork->report()->byWindow + dayWork->report()->byDepartment) {
            if (drawn.contains(f.label))
                m_problems << QStringLiteral("%1 daywork-ratings: %2 of another chart still drawn").arg(m_size, f.label);
        }
    }

    // The audit log (Ctrl+9), a supervisor's: the records of this run and the chain checked.
    open.context->context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, open.context->context().clerk()));
    window.showRightsOfTheSignedIn();
    auto *auditView = child<ui::AuditView>(window, QStringLiteral("auditView"));
    workspaces->setCurrentWidget(test::tabOf(auditView));
    QSignalSpy listed(auditView, &ui::AuditView::listed);
    auditView->search();
    QVERIFY(listed.wait(timeoutMs));
    QVERIFY(listed.first().first().toBool());
    QVERIFY(!auditView->records().isEmpty());
    QSignalSpy checked(auditView, &ui::AuditView::chainChecked);
    auditView->checkChain();
    QVERIFY(checked.wait(timeoutMs));
    checkScreen(window, QStringLiteral("audit"));

    m_problems.removeDuplicates();
    for (const QString &problem : std::as_const(m_problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 things cut (listed above)").arg(m_problems.size())));
}

QTEST_MAIN(TestScreenFit)
#include "testscreenfit.moc"
