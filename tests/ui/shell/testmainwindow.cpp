// The counter window end to end on a demo database: lookups typed as a clerk (or a scanner)
// would, then what is on screen compared with what core computes for the same person.
#include "demo/demogenerator.h"
#include "identity/citizenid.h"
#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "ui/audit/auditview.h"
#include "ui/deferral/sweepview.h"
#include "ui/history/yeartablemodel.h"
#include "ui/intake/intakepage.h"
#include "ui/pension/pensionview.h"
#include "ui/shell/mainwindow.h"

#include "signedinusers.h"
#include "tests/ui/common/windowfixture.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWindow>

#include <memory>

using namespace tongban;

namespace {

/// Generous: a lookup is fast, but CI machines are slow and this must never flake.
constexpr int timeoutMs = 60000;

struct StoredPerson
{
    insured::InsuredPerson person;
    QList<insured::ContributionRecord> records;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void idNumberShowsPersonHistoryAndPension();
    void idNumberIsMaskedUntilShown();
    void idNumberAsPeopleTypeItFindsThePerson();
    void newLookupSupersedesTheOneInFlight();
    void badIdNumberSaysWhy_data();
    void badIdNumberSaysWhy();
    void unknownIdNumberSaysNobodyFound();
    void partOfNameListsMatches();
    void missingCalculationBaseAsksForOne();
    void unreadableMonthChangesNothing();
    void enteredPayoutMonthsCarryTheNote();
    void keepPayingProjectsThePension();
    void pagesAreBuiltAfterTheWindowIsUsable();
    void aWindowNeverPaintedBuildsItsPagesAllTheSame();
    void aPageChosenBeforeItsTurnIsBuiltAtOnce();
    void aLookUpBeforeThePagesAreBuiltShowsEverything();

private:
    test::OpenWindow openWindow();
    void lookUp(ui::MainWindow &window, const QString &text);
    StoredPerson stored(const QString &citizenId) const;
    /// Types @p text: key by key for ASCII (a scanner), as an input-method commit for Chinese
    /// (QTest::keyClicks only knows Latin-1 keys).
    static void typeText(QWidget *field, const QString &text);
    template<typename T> static T *child(QWidget &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir m_dir;
    QString m_databasePath;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_parameters = test::shippedParameters();
    m_databasePath = m_dir.filePath(QStringLiteral("demo.db"));
    const auto written = demo::DemoGenerator(m_parameters, 20260101).writeNewFile(m_databasePath, 40);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
}

test::OpenWindow TestMainWindow::openWindow()
{
    return test::openWindow(m_databasePath);
}

void TestMainWindow::lookUp(ui::MainWindow &window, const QString &text)
{
    auto *field = child<QLineEdit>(window, QStringLiteral("lookupField"));
    QSignalSpy finished(&window, &ui::MainWindow::lookupFinished);
    field->selectAll();
    typeText(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(finished.wait(timeoutMs));
}

void TestMainWindow::typeText(QWidget *field, const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(field, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(field, &commit);
}

StoredPerson TestMainWindow::stored(const QString &citizenId) const
{
    auto store = storage::LocalStore::open(m_databasePath, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    StoredPerson result;
    {
        const storage::PersonRepository repository((*store)->database(), test::clock());
        const auto person = repository.findByCitizenId(citizenId);
        if (!person || !person->has_value())
            qFatal("%s is not in the demo database", qPrintable(citizenId));
        result.person = **person;
        result.records = *repository.loadContributionRecords(result.person.id);
    }
    return result;
}

void TestMainWindow::idNumberShowsPersonHistoryAndPension()
{
    const QString citizenId = demo::DemoGenerator::colleagueWangCitizenId();
    auto window = openWindow();
    lookUp(*window, citizenId);

    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueWangName());
    QVERIFY(child<QLabel>(*window, QStringLiteral("lookupMessage"))->isHidden());

    // The history: rows, and the flexibly employed years (2003…2009) tinted.
    const QAbstractItemModel *years = child<QTableView>(*window, QStringLiteral("yearTable"))->model();
    QVERIFY(years->rowCount() > 20);
    bool flexibleSeen = false;
    for (int row = 0; row < years->rowCount(); ++row) {
        const QModelIndex index = years->index(row, 0);
        const int year = years->data(index, ui::YearTableModel::YearRole).toInt();
        const bool tinted = years->data(index, Qt::BackgroundRole).isValid();
        if (year >= 2003 && year <= 2009) {
            QVERIFY2(tinted, qPrintable(QStringLiteral("year %1 should be marked flexible").arg(year)));
            flexibleSeen = true;
        } else if (year >= 2011) {
            QVERIFY2(!tinted, qPrintable(QStringLiteral("year %1 should not be marked").arg(year)));
        }
    }
    QVERIFY(flexibleSeen);
    QVERIFY(child<QTableView>(*window, QStringLiteral("recordTable"))->model()->rowCount() > 0);

    // The pension: the same total as core computes for the same person at the statutory month.
    const StoredPerson person = stored(citizenId);
    const auto built = pension::HistoryCaseBuilder::build(person.person, person.records, *m_parameters, std::nullopt,
                                                          YearMonth::fromDate(QDate::currentDate()), std::nullopt);
    QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
    const auto expected = pension::PensionCalculator(m_parameters).calculate(built->pensionCase);
    QVERIFY2(expected.ok(), expected.ok() ? "" : qPrintable(expected.error().message));

    auto *pensionView = child<ui::PensionView>(*window, QStringLiteral("pensionView"));
    QVERIFY(child<QLabel>(*pensionView, QStringLiteral("totalLabel"))->text().contains(expected->total.toDisplayString()));
    QCOMPARE(child<QLineEdit>(*pensionView, QStringLiteral("retirementField"))->text(), QStringLiteral("2024-03"));
    const QAbstractItemModel *breakdown = child<QTableView>(*pensionView, QStringLiteral("breakdownTable"))->model();
    QCOMPARE(breakdown->rowCount(), int(expected->lines.size()));
    QCOMPARE(breakdown->data(breakdown->index(0, 2)).toString(), expected->lines.first().value);

    // The field is ready for the next scan.
    QTRY_VERIFY(child<QLineEdit>(*window, QStringLiteral("lookupField"))->hasFocus());
}

void TestMainWindow::idNumberIsMaskedUntilShown()
{
    const QString citizenId = demo::DemoGenerator::colleagueLiCitizenId();
    auto window = openWindow();
    lookUp(*window, citizenId);

    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueLiName());
    auto *idLabel = child<QLabel>(*window, QStringLiteral("idNumberLabel"));
    QCOMPARE(idLabel->text(), identity::CitizenId::mask(citizenId));
    QVERIFY(!idLabel->text().contains(citizenId));
    // A window clerk is not offered the full number at all.
    auto *show = child<QToolButton>(*window, QStringLiteral("showIdButton"));
    QVERIFY(!show->isVisible());

    // An assisting expert is, after saying why; a reason too short is refused on the spot.
    window.context->context().setSignedIn(test::signedInUser(accounts::Role::AssistingExpert, window.context->context().clerk()));
    lookUp(*window, citizenId);
    QTRY_VERIFY(show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    auto *reason = child<QLineEdit>(*window, QStringLiteral("unmaskReason"));
    auto *message = child<QLabel>(*window, QStringLiteral("unmaskMessage"));
    QTRY_VERIFY(reason->isVisible() && reason->hasFocus());
    typeText(reason, QStringLiteral("核对"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!message->text().isEmpty());
    QCOMPARE(idLabel->text(), identity::CitizenId::mask(citizenId));
    typeText(reason, QStringLiteral("号码"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_COMPARE(idLabel->text(), citizenId);
    QVERIFY(!reason->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(idLabel->text(), identity::CitizenId::mask(citizenId));

    // The reason is in the audit log, with whose number it was.
    const auto unmasked = window.context->store()
                              .read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
                                  QSqlQuery q(db);
                                  if (!q.exec(QStringLiteral("SELECT subject, reason FROM audit_record WHERE action = 'unmask'")))
                                      return Error::storage(q.lastError().text());
                                  QStringList all;
                                  while (q.next())
                                      all << q.value(0).toString() + u'|' + q.value(1).toString();
                                  return all;
                              })
                              .result();
    QVERIFY(unmasked.ok());
    QCOMPARE(*unmasked, QStringList {citizenId + QStringLiteral("|核对号码")});
}

// Issue 16: full-width digits and spaces inside the number are normalised, not refused with a
// length that counts the spaces; the field shows the number as looked up.
void TestMainWindow::idNumberAsPeopleTypeItFindsThePerson()
{
    const QString citizenId = demo::DemoGenerator::colleagueLiCitizenId();
    QString typed;
    for (qsizetype i = 0; i < citizenId.size(); ++i) {
        if (i == 6 || i == 14)
            typed += u' ';
        const QChar c = citizenId.at(i);
        typed += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c.toLower(); // full-width １２３…, a lower-case x
    }
    auto window = openWindow();
    lookUp(*window, typed);
    QVERIFY2(child<QLabel>(*window, QStringLiteral("lookupMessage"))->isHidden(),
             qPrintable(child<QLabel>(*window, QStringLiteral("lookupMessage"))->text()));
    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueLiName());
    // Read as an ID number: not left on screen once the person is shown.
    QVERIFY(child<QLineEdit>(*window, QStringLiteral("lookupField"))->text().isEmpty());
}

void TestMainWindow::newLookupSupersedesTheOneInFlight()
{
    auto window = openWindow();
    QSignalSpy finished(window.get(), &ui::MainWindow::lookupFinished);
    window->lookUp(demo::DemoGenerator::colleagueWangCitizenId());
    window->lookUp(demo::DemoGenerator::colleagueLiCitizenId());
    QVERIFY(finished.wait(timeoutMs));
    // The first answer on screen is the second request's: the stale one was dropped.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueLiName());
}

void TestMainWindow::badIdNumberSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("wrong check digit") << QStringLiteral("110105196403080174");
    QTest::newRow("too short") << QStringLiteral("11010519640308017");
    QTest::newRow("impossible birth date") << QStringLiteral("110105196402300173");
    QTest::newRow("letter inside") << QStringLiteral("11010519640A080173");
}

void TestMainWindow::badIdNumberSaysWhy()
{
    QFETCH(QString, text);
    const QString reason = identity::CitizenId::validate(text, test::clock().today()).reason;
    QVERIFY(!reason.isEmpty());

    auto window = openWindow();
    lookUp(*window, text);
    auto *message = child<QLabel>(*window, QStringLiteral("lookupMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(reason.mid(1)), qPrintable(message->text()));
    // No person on screen: the panels show their hints again.
    QVERIFY(child<QLabel>(*window, QStringLiteral("personHint"))->isVisible());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestMainWindow::unknownIdNumberSaysNobodyFound()
{
    // A valid number (Urumqi, 1999) the demo data, made of Beijing and Jiangsu codes, cannot hold.
    const QString unknown = identity::CitizenId::make(QStringLiteral("650102"), QDate(1999, 9, 9), 123);
    auto window = openWindow();
    lookUp(*window, unknown);
    auto *message = child<QLabel>(*window, QStringLiteral("lookupMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("No insured person found."));
}

void TestMainWindow::partOfNameListsMatches()
{
    // Whatever the generator made: the window lists what the repository finds for "王".
    QList<insured::InsuredPerson> expected;
    {
        auto store = storage::LocalStore::open(m_databasePath, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const storage::PersonRepository repository((*store)->database(), test::clock());
        expected = *repository.searchByName(QStringLiteral("王"), 50);
    }
    if (expected.size() < 2)
        QSKIP("the demo data has fewer than two persons named 王");

    auto window = openWindow();
    lookUp(*window, QStringLiteral("王"));
    auto *table = child<QTableWidget>(*window, QStringLiteral("matchTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), int(expected.size()));
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        QVERIFY(!table->item(i, 1)->text().contains(expected.at(i).citizenId)); // masked
        if (table->item(i, 0)->text() == demo::DemoGenerator::colleagueWangName())
            row = i;
    }
    QVERIFY(row >= 0);

    // Picking one loads the person.
    QSignalSpy finished(window.get(), &ui::MainWindow::lookupFinished);
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueWangName());
}

void TestMainWindow::missingCalculationBaseAsksForOne()
{
    const YearMonth future(2030, 1); // age 65: inside the payout table, after the published bases
    const auto region = m_parameters->region(QStringLiteral("110000"));
    QVERIFY(region.ok());
    const auto base = (*region)->calculationBaseFor(future);
    if (base.ok())
        QSKIP("the shipped data has a calculation base for 2030-01");

    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    auto *view = child<ui::PensionView>(*window, QStringLiteral("pensionView"));
    child<QTabWidget>(*window, QStringLiteral("detailTabs"))->setCurrentWidget(test::tabOf(view));
    auto *month = child<QLineEdit>(*view, QStringLiteral("retirementField"));
    auto *baseField = child<QLineEdit>(*view, QStringLiteral("calculationBaseField"));

    QSignalSpy shown(view, &ui::PensionView::outcomeShown);
    month->selectAll();
    QTest::keyClicks(month, future.toString());
    QTest::keyClick(month, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    auto *message = child<QLabel>(*view, QStringLiteral("calculationBaseMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(base.error().message.mid(1)), qPrintable(message->text()));
    QTRY_VERIFY(baseField->hasFocus());
    QVERIFY(child<QLabel>(*view, QStringLiteral("totalLabel"))->text().isEmpty());

    // With the clerk's figure it computes, and the figure is the one core used.
    QTest::keyClicks(baseField, QStringLiteral("15000"));
    QTest::keyClick(baseField, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY(message->isHidden());
    QVERIFY(!child<QLabel>(*view, QStringLiteral("totalLabel"))->text().isEmpty());
}

// Where sources disagree the clerk enters the approving office's figure with a note: the
// breakdown uses it and shows the note; a figure that cannot be read is refused first.
void TestMainWindow::enteredPayoutMonthsCarryTheNote()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    auto *view = child<ui::PensionView>(*window, QStringLiteral("pensionView"));
    child<QTabWidget>(*window, QStringLiteral("detailTabs"))->setCurrentWidget(test::tabOf(view));
    auto *payout = child<QLineEdit>(*view, QStringLiteral("payoutMonthsField"));
    auto *note = child<QLineEdit>(*view, QStringLiteral("overrideNoteField"));
    auto *message = child<QLabel>(*view, QStringLiteral("overrideMessage"));

    QTest::keyClicks(payout, QStringLiteral("138.45"));
    QTest::keyClick(payout, Qt::Key_Return);
    QVERIFY(message->isVisible());

    QSignalSpy shown(view, &ui::PensionView::outcomeShown);
    payout->clear();
    QTest::keyClicks(payout, QStringLiteral("150"));
    note->setText(QStringLiteral("按核定表所用计发月数")); // typed through the input method
    QTest::keyClick(note, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY(message->isHidden());
    const QAbstractItemModel *model = child<QTableView>(*view, QStringLiteral("breakdownTable"))->model();
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString source = model->index(row, 3).data().toString();
        if (model->index(row, 2).data().toString() == u"150") {
            found = true;
            QVERIFY2(source.contains(QStringLiteral("按核定表所用计发月数")), qPrintable(source));
        }
    }
    QVERIFY(found);
}

// "If you keep paying 8000 a month until then": a later start with the base paid on gives a
// larger pension than the same start without, every assumption is listed, and a base below the
// floor is refused under the field.
void TestMainWindow::keepPayingProjectsThePension()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    auto *view = child<ui::PensionView>(*window, QStringLiteral("pensionView"));
    child<QTabWidget>(*window, QStringLiteral("detailTabs"))->setCurrentWidget(test::tabOf(view));
    auto *month = child<QLineEdit>(*view, QStringLiteral("retirementField"));
    auto *keepPaying = child<QLineEdit>(*view, QStringLiteral("pensionKeepPayingField"));
    auto *total = child<QLabel>(*view, QStringLiteral("totalLabel"));
    auto *message = child<QLabel>(*view, QStringLiteral("overrideMessage"));
    QSignalSpy shown(view, &ui::PensionView::outcomeShown);
    const auto fen = [](QString text) {
        text.remove(QRegularExpression(QStringLiteral("[^0-9.]")));
        return Money::parse(text)->fen();
    };

    // No base is published for 2028 yet: the clerk enters one for both calculations.
    child<QLineEdit>(*view, QStringLiteral("calculationBaseField"))->setText(QStringLiteral("12049"));
    month->setText(QStringLiteral("2028-03"));
    QTest::keyClick(month, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    const qint64 without = fen(total->text());

    keepPaying->setText(QStringLiteral("100"));
    QTest::keyClick(keepPaying, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY2(message->isVisible() && !message->text().isEmpty(), qPrintable(message->text()));
    QCOMPARE(fen(total->text()), without); // the last good result stays

    keepPaying->setText(QStringLiteral("12000"));
    QTest::keyClick(keepPaying, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY(message->isHidden());
    QVERIFY2(fen(total->text()) > without, qPrintable(total->text()));
    const QString assumptions = child<QLabel>(*view, QStringLiteral("assumptionsLabel"))->text();
    QVERIFY2(assumptions.contains(u"12,000.00"), qPrintable(assumptions));
}

void TestMainWindow::unreadableMonthChangesNothing()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    auto *view = child<ui::PensionView>(*window, QStringLiteral("pensionView"));
    child<QTabWidget>(*window, QStringLiteral("detailTabs"))->setCurrentWidget(test::tabOf(view));
    auto *total = child<QLabel>(*view, QStringLiteral("totalLabel"));
    const QString before = total->text();
    QVERIFY(!before.isEmpty());

    auto *month = child<QLineEdit>(*view, QStringLiteral("retirementField"));
    month->selectAll();
    QTest::keyClicks(month, QStringLiteral("2024-13"));
    QTest::keyClick(month, Qt::Key_Return);
    QVERIFY(child<QLabel>(*view, QStringLiteral("retirementMessage"))->isVisible());
    QCOMPARE(total->text(), before);

    auto *baseField = child<QLineEdit>(*view, QStringLiteral("calculationBaseField"));
    month->selectAll();
    QTest::keyClicks(month, QStringLiteral("2024-03"));
    QTest::keyClicks(baseField, QStringLiteral("12.345"));
    QTest::keyClick(baseField, Qt::Key_Return);
    QVERIFY(child<QLabel>(*view, QStringLiteral("retirementMessage"))->isHidden());
    QVERIFY(child<QLabel>(*view, QStringLiteral("calculationBaseMessage"))->isVisible());
    QCOMPARE(total->text(), before);
}

// Only the look-up is built with the window (the start-up figure of docs/performance.md); the
// other pages follow once the store is open, one per turn of the event loop.
void TestMainWindow::pagesAreBuiltAfterTheWindowIsUsable()
{
    test::TestContext context(m_databasePath, QStringLiteral("test-clerk"));
    ui::MainWindow window(context.context());
    QVERIFY(!window.arePagesBuilt());
    QVERIFY(!window.findChild<ui::PensionView *>());
    QVERIFY(!window.findChild<ui::IntakePage *>());
    QVERIFY(!window.findChild<ui::SweepView *>());
    QVERIFY(!window.findChild<QTableView *>(QStringLiteral("yearTable")));
    QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("lookupField")));

    QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
    QSignalSpy built(&window, &ui::MainWindow::pagesBuilt);
    window.show();
    QVERIFY(ready.wait(60000));
    QVERIFY(ready.first().first().toBool());
    if (built.isEmpty())
        QVERIFY(built.wait(60000));
    QVERIFY(window.arePagesBuilt());
    QVERIFY(window.findChild<ui::PensionView *>());
    QVERIFY(window.findChild<ui::IntakePage *>());
    QVERIFY(window.findChild<ui::SweepView *>());
    QVERIFY(window.findChild<ui::AuditView *>());
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("yearTable")));
    // Built, not shown: the counter stays in front.
    auto *tabs = child<QTabWidget>(window, QStringLiteral("workspaceTabs"));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!window.findChild<ui::IntakePage *>()->isVisible());
}

// A window that is shown but never drawn (started minimized, on a screen no one looks at) builds
// its pages, and starts the store's upkeep with them, without its first frame.
void TestMainWindow::aWindowNeverPaintedBuildsItsPagesAllTheSame()
{
    test::TestContext context(m_databasePath, QStringLiteral("test-clerk"));
    ui::MainWindow window(context.context());
    window.setAttribute(Qt::WA_DontShowOnScreen);
    QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
    QSignalSpy built(&window, &ui::MainWindow::pagesBuilt);
    window.show();
    QVERIFY(window.isVisible());
    QVERIFY(ready.wait(60000));
    QVERIFY(ready.first().first().toBool());
    if (built.isEmpty())
        QVERIFY(built.wait(60000));
    QVERIFY(window.arePagesBuilt());
    QVERIFY(!window.windowHandle() || !window.windowHandle()->isExposed());
}

// A workspace chosen before its turn is built at once, and started on the open store.
void TestMainWindow::aPageChosenBeforeItsTurnIsBuiltAtOnce()
{
    test::TestContext context(m_databasePath, QStringLiteral("test-clerk"));
    ui::MainWindow window(context.context());
    window.show();
    auto *tabs = child<QTabWidget>(window, QStringLiteral("workspaceTabs"));
    int intakeIndex = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == ui::MainWindow::tr("Intake"))
            intakeIndex = i;
    QVERIFY(intakeIndex > 0);
    tabs->setCurrentIndex(intakeIndex); // before the store is open
    auto *intake = window.findChild<ui::IntakePage *>();
    QVERIFY(intake);
    QVERIFY(intake->isVisible());
    QVERIFY(!window.arePagesBuilt());
    QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
    QVERIFY(ready.wait(60000));
    // The same page, not a second one, once every page is built.
    window.buildPages();
    QVERIFY(window.arePagesBuilt());
    QCOMPARE(window.findChildren<ui::IntakePage *>().size(), 1);
    QCOMPARE(window.findChild<ui::IntakePage *>(), intake);
}

// A look-up right after the start (the queue system's --lookup) finds the tabs it fills built
// for it, before their turn.
void TestMainWindow::aLookUpBeforeThePagesAreBuiltShowsEverything()
{
    test::TestContext context(m_databasePath, QStringLiteral("test-clerk"));
    ui::MainWindow window(context.context());
    // As the program's --lookup does: asked for the moment the store is open.
    bool builtAtLookUp = true;
    connect(&window, &ui::MainWindow::databaseReady, &window, [&window, &builtAtLookUp](bool ok) {
        builtAtLookUp = window.arePagesBuilt();
        if (ok)
            window.lookUp(demo::DemoGenerator::colleagueWangCitizenId());
    });
    QSignalSpy finished(&window, &ui::MainWindow::lookupFinished);
    window.show();
    QVERIFY(finished.wait(60000));
    QVERIFY(!builtAtLookUp);
    QCOMPARE(child<QLabel>(window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueWangName());
    QVERIFY(child<QTableView>(window, QStringLiteral("yearTable"))->model()->rowCount() > 20);
    // The pension, built in its turn, shows the person's result.
    QSignalSpy built(&window, &ui::MainWindow::pagesBuilt);
    if (!window.arePagesBuilt())
        QVERIFY(built.wait(60000));
    auto *heading = child<QLabel>(window, QStringLiteral("pensionHeading"));
    QVERIFY2(!heading->text().isEmpty(), "no pension shown");
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
