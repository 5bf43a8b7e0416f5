// The printed calculation sheet (养老金核算表) as a PDF: 王建国's sheet from a real demo database
// is written with SheetDocument::writePdf and by the breakdown tab's "Save PDF", its text is
// read back with pdftotext (poppler-utils) and compared after NFKC normalisation (the PDF's
// CJK glyphs may come back as compatibility characters such as the Kangxi radical ⽼).
//
// pdftotext is required: without it the test is skipped, except with CI=true where it fails.
// TONGBAN_SHEET_PNG_DIR, when set, receives the PDF for a look (pdftoppm -png -r 80).

#include "i18n/translations.h"
#include "identity/citizenid.h"
#include "testcontext.h"
#include "tests/ui/pension/sheetfixture.h"
#include "tests/ui/print/pdftext.h"
#include "ui/common/printpreviewdialog.h"
#include "ui/pension/pensionview.h"
#include "ui/pension/sheetdocument.h"
#include "ui/print/pageddocument.h"
#include "ui/print/papercopybox.h"

#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace tongban;
using sheet::CalculationSheet;

namespace {

constexpr int timeoutMs = 60000;

} // namespace

class TestSheetDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfCarriesTheWholeSheet();
    void pdfOfASheetWithLowConfidenceHasTheFootnote();
    void printerGetsTheSamePages();
    void unwritablePathsAreErrors();
    void breakdownTabSavesThePdfInTheBackground();
    void sheetButtonsNeedAResult();
    void printButtonOpensThePreview();
    void refusedPrintIsNotPrinted();
    void visitorCopySpeaksToTheVisitor();
    void visitorCopyNeedsTheAgency();
    void aVisitorsCopyThatCannotBeWrittenIsNotAudited();
    void breakdownLinesAreNeverSplitAcrossPages();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    sheetfixture::WangJianguo m_wang;
    CalculationSheet m_sheet;
    QDateTime m_printedAt;
};

void TestSheetDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Chinese on the sheet as at the counter: the core's labels come back translated.
    i18n::installTranslators(*qApp, i18n::defaultLocale());
    m_parameters = test::shippedParameters();
    m_wang = sheetfixture::load(m_parameters, m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY2(m_wang.error.isEmpty(), qPrintable(m_wang.error));
    m_printedAt = QDateTime(QDate(2026, 3, 5), QTime(14, 7), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    const auto built = CalculationSheet::build(*m_wang.outcome.pensionCase, *m_wang.outcome.result, m_wang.person,
                                               m_wang.outcome.assumptions, m_parameters->versionsFor(m_wang.outcome.result->region),
                                               QStringLiteral("张敏"), m_printedAt, m_parameters.get());
    QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
    m_sheet = *built;
    m_sheet.agency = QStringLiteral("北京市朝阳区社会保险事业管理中心");
    m_sheet.sealText = QStringLiteral("（业务专用章）");
}

void TestSheetDocument::pdfCarriesTheWholeSheet()
{
    TONGBAN_REQUIRE_PDFTOTEXT();
    const QString path = m_dir.filePath(QStringLiteral("王建国.pdf"));
    const Status written = ui::SheetDocument::writePdf(m_sheet, notice::Copy::Staff, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    // For a look at the pages.
    if (const QString dir = qEnvironmentVariable("TONGBAN_SHEET_PNG_DIR"); !dir.isEmpty()) {
        QFile::remove(dir + QStringLiteral("/sheet.pdf"));
        QVERIFY(QFile::copy(path, dir + QStringLiteral("/sheet.pdf")));
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), path, dir + QStringLiteral("/sheet")});
    }

    const QString text = test::pdftext::read(path);
    QVERIFY(!text.isEmpty());
    const QString flat = test::pdftext::squeezed(text);
    const auto contains = [&](const QString &what) {
        if (!flat.contains(test::pdftext::squeezed(what)))
            qWarning("not in the PDF: %s", qPrintable(what));
        return flat.contains(test::pdftext::squeezed(what));
    };

    QVERIFY(contains(m_sheet.title));
    QVERIFY(contains(QStringLiteral("王建国")));
    QVERIFY(contains(m_sheet.regionName));
    // The masked number is there, the full number is not: not even split by the layout.
    const QString fullId = demo::DemoGenerator::colleagueWangCitizenId();
    QCOMPARE(m_sheet.maskedCitizenId, identity::CitizenId::mask(fullId));
    QVERIFY(contains(m_sheet.maskedCitizenId));
    QVERIFY(!flat.contains(fullId));
    QVERIFY(!flat.contains(fullId.mid(6, 8))); // the birth date digits that the mask hides

    QVERIFY(m_sheet.lines.size() >= 5);
    for (const CalculationSheet::Line &line : m_sheet.lines)
        QVERIFY2(contains(CalculationSheet::displayValue(line)), qPrintable(line.key));
    QVERIFY(contains(ui::SheetDocument::tr("¥ %1").arg(m_sheet.total.toDisplayString())));
    QVERIFY(contains(m_sheet.total.toDisplayString()));
    QCOMPARE(m_sheet.versions.size(), 2);
    for (const policy::ParameterFileVersion &v : m_sheet.versions) {
        QVERIFY(contains(v.file));
        QVERIFY2(contains(v.digest), qPrintable(v.file));
    }
    QVERIFY(contains(QStringLiteral("张敏")));
    QVERIFY(contains(QStringLiteral("2026-03-05")));
    QVERIFY(contains(m_sheet.printedAtText));
    for (const QString &assumption : m_sheet.assumptions)
        QVERIFY2(contains(assumption.left(12)), qPrintable(assumption));
    // Two pages at most for a case like this, each with its page number.
    QVERIFY(contains(ui::PagedDocument::tr("Page %1 of %2").arg(1).arg(1))
            || contains(ui::PagedDocument::tr("Page %1 of %2").arg(1).arg(2)));
}

void TestSheetDocument::pdfOfASheetWithLowConfidenceHasTheFootnote()
{
    TONGBAN_REQUIRE_PDFTOTEXT();
    // The same sheet with one step marked LOW, as Shanghai's indexed-wage rounding is.
    CalculationSheet sheet = m_sheet;
    sheet.lines[1].confidence = QStringLiteral("LOW");
    sheet.lowConfidence = {QStringLiteral("%1: %2").arg(sheet.lines[1].label, CalculationSheet::displayValue(sheet.lines[1]))};
    const QString path = m_dir.filePath(QStringLiteral("low.pdf"));
    QVERIFY(ui::SheetDocument::writePdf(sheet, notice::Copy::Staff, path).ok());
    const QString flat = test::pdftext::squeezed(test::pdftext::read(path));
    const QString footnote = test::pdftext::squeezed(
        ui::SheetDocument::tr("* Figures of LOW confidence: verify them against the source document before relying on this sheet."));
    QVERIFY(flat.contains(footnote));
    QVERIFY(flat.contains(test::pdftext::squeezed(sheet.lowConfidence.first())));
    // And not on a sheet without such figures.
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(m_sheet.lowConfidence.isEmpty());
    QVERIFY(ui::SheetDocument::writePdf(m_sheet, notice::Copy::Staff, plain).ok());
    QVERIFY(!test::pdftext::squeezed(test::pdftext::read(plain)).contains(footnote));
}

void TestSheetDocument::printerGetsTheSamePages()
{
    TONGBAN_REQUIRE_PDFTOTEXT();
    // What the print preview and the print dialog hand over: a QPrinter, here printing to a file.
    const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    const Status painted = ui::SheetDocument::paint(m_sheet, notice::Copy::Staff, printer);
    QVERIFY2(painted.ok(), painted.ok() ? "" : qPrintable(painted.error().message));
    const QString flat = test::pdftext::squeezed(test::pdftext::read(path));
    QVERIFY(flat.contains(test::pdftext::squeezed(m_sheet.maskedCitizenId)));
    QVERIFY(flat.contains(test::pdftext::squeezed(m_sheet.total.toDisplayString())));
    QVERIFY(flat.contains(m_sheet.versions.last().digest));
}

void TestSheetDocument::unwritablePathsAreErrors()
{
    const Status missingFolder
        = ui::SheetDocument::writePdf(m_sheet, notice::Copy::Staff, m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
    QVERIFY(!missingFolder.ok());
    QCOMPARE(missingFolder.error().kind, Error::Kind::BadInput);
    QCOMPARE(missingFolder.error().field, QStringLiteral("path"));

    // A folder where the file should be: cannot be written whoever runs the test (also root).
    const QString folder = m_dir.filePath(QStringLiteral("taken.pdf"));
    QVERIFY(QDir().mkpath(folder));
    const Status taken = ui::SheetDocument::writePdf(m_sheet, notice::Copy::Staff, folder);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().kind, Error::Kind::Unavailable);
    QVERIFY(taken.error().message.contains(QStringLiteral("taken.pdf")));

    QVERIFY(!ui::SheetDocument::writePdf(m_sheet, notice::Copy::Staff, QString()).ok());
}

void TestSheetDocument::breakdownTabSavesThePdfInTheBackground()
{
    TONGBAN_REQUIRE_PDFTOTEXT();
    test::TestContext context(m_dir.filePath(QStringLiteral("view.db")), QStringLiteral("李娜"));
    // The PDF is audited in the store before it is written.
    QVERIFY(context.open());
    context.context().setAgency({QStringLiteral("北京市朝阳区社会保险事业管理中心"), QStringLiteral("（盖章）")});
    ui::PensionView view(context.context());
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showPerson(m_wang.person, m_wang.records, m_wang.outcome.result->retirement, m_wang.outcome);

    const QString path = m_dir.filePath(QStringLiteral("from-view.pdf"));
    QSignalSpy finished(&view, &ui::PensionView::pdfFinished);
    view.savePdf(path);
    // Written on a worker thread: the answer comes through the event loop, never at once.
    QCOMPARE(finished.size(), 0);
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("sheetStatus"))->text().contains(QStringLiteral("from-view.pdf")));
    const QString flat = test::pdftext::squeezed(test::pdftext::read(path));
    QVERIFY(flat.contains(QStringLiteral("李娜")));
    QVERIFY(flat.contains(test::pdftext::squeezed(m_sheet.maskedCitizenId)));
    QVERIFY(!flat.contains(demo::DemoGenerator::colleagueWangCitizenId()));
    QVERIFY(flat.contains(test::pdftext::squeezed(m_wang.outcome.result->total.toDisplayString())));
    // … and it left its audit record: the PDF of the calculation sheet of this person, by the clerk.
    const auto audited
        = context.store()
              .read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
                  QSqlQuery q(db);
                  if (!q.exec(QStringLiteral("SELECT action, subject, object, clerk FROM audit_record ORDER BY seq")))
                      return Error::storage(q.lastError().text());
                  QStringList all;
                  while (q.next())
                      all << QStringLiteral("%1|%2|%3|%4")
                                 .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
                  return all;
              })
              .result();
    QVERIFY(audited.ok());
    QCOMPARE(audited->filter(QStringLiteral("pdf|")),
             QStringList {QStringLiteral("pdf|%1|calculation-sheet|李娜").arg(m_wang.person.citizenId)});

    // An unwritable path: reported in the view, nothing written.
    const QString folder = m_dir.filePath(QStringLiteral("folder.pdf"));
    QVERIFY(QDir().mkpath(folder));
    finished.clear();
    view.savePdf(folder);
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    auto *message = view.findChild<QLabel *>(QStringLiteral("sheetMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("folder.pdf")), qPrintable(message->text()));
}

void TestSheetDocument::sheetButtonsNeedAResult()
{
    test::TestContext context(m_dir.filePath(QStringLiteral("view.db")), QStringLiteral("李娜"));
    ui::PensionView view(context.context());
    const QStringList buttons {QStringLiteral("printSheetButton"), QStringLiteral("savePdfButton"), QStringLiteral("visitorScreenButton")};
    for (const QString &name : buttons)
        QVERIFY2(!view.findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
    QVERIFY(!view.calculationSheet(m_printedAt).ok());

    view.showPerson(m_wang.person, m_wang.records, m_wang.outcome.result->retirement, m_wang.outcome);
    for (const QString &name : buttons)
        QVERIFY2(view.findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
    const auto sheet = view.calculationSheet(m_printedAt);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->clerk, QStringLiteral("李娜"));
    QCOMPARE(sheet->total, m_wang.outcome.result->total);

    // An outcome without a result (an error) takes the buttons away again.
    pension::PensionOutcome failed;
    failed.error = Error::missingFigure(QStringLiteral("calculation_base"), QStringLiteral("no figure"));
    view.showPerson(m_wang.person, m_wang.records, m_wang.outcome.result->retirement, failed);
    for (const QString &name : buttons)
        QVERIFY2(!view.findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));

    // Without a clerk the sheet is refused, with the reason.
    test::TestContext withoutClerk(m_dir.filePath(QStringLiteral("anonymous.db")), QString());
    ui::PensionView anonymous(withoutClerk.context());
    anonymous.showPerson(m_wang.person, m_wang.records, m_wang.outcome.result->retirement, m_wang.outcome);
    const auto refused = anonymous.calculationSheet(m_printedAt);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("clerk"));
}

void TestSheetDocument::printButtonOpensThePreview()
{
    test::TestContext context(m_dir.filePath(QStringLiteral("view.db")), QStringLiteral("李娜"));
    context.context().setAgency({QStringLiteral("北京市朝阳区社会保险事业管理中心"), QStringLiteral("（盖章）")});
    QVERIFY(context.open());
    ui::PensionView view(context.context());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showPerson(m_wang.person, m_wang.records, m_wang.outcome.result->retirement, m_wang.outcome);

    // The preview is modal: a timer looks for it, checks it shows pages, and prints them as the
    // print button does once a printer is chosen (here a PDF file instead of the system's dialog).
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    int pages = -1;
    bool seen = false;
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&]() {
        auto *preview = qobject_cast<ui::PrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview || seen)
            return;
        if (auto *widget = preview->findChild<QPrintPreviewWidget *>(); widget && widget->pageCount() > 0) {
            pages = widget->pageCount();
            seen = true;
            preview->printer()->setOutputFormat(QPrinter::PdfFormat);
            preview->printer()->setOutputFileName(printed);
            preview->printChecked();
        }
    });
    poll.start();
    QTimer::singleShot(timeoutMs, this, []() {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    view.findChild<QPushButton *>(QStringLiteral("printSheetButton"))->click();
    poll.stop();
    QVERIFY(seen);
    QVERIFY(pages >= 1 && pages <= 3);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("sheetMessage"))->text().isEmpty());
    QVERIFY(QFileInfo(printed).size() > 0);
    // Issue 12: audited before it went to the printer: the print of this person's sheet, by the clerk.
    const auto audited
        = context.store()
              .read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
                  QSqlQuery q(db);
                  if (!q.exec(QStringLiteral("SELECT action, subject, object, clerk FROM audit_record WHERE action = "
                                             "'print' ORDER BY seq")))
                      return Error::storage(q.lastError().text());
                  QStringList all;
                  while (q.next())
                      all << QStringLiteral("%1|%2|%3|%4")
                                 .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
                  return all;
              })
              .result();
    QVERIFY(audited.ok());
    QCOMPARE(*audited, QStringList {QStringLiteral("print|%1|calculation-sheet|李娜").arg(m_wang.person.citizenId)});
}

// A print the audit refuses does not go to the printer; the reason is shown in the preview.
void TestSheetDocument::refusedPrintIsNotPrinted()
{
    QPrinter printer(QPrinter::HighResolution);
    const QString path = m_dir.filePath(QStringLiteral("refused-print.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    ui::PrintPreviewDialog preview(&printer);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { QVERIFY(ui::SheetDocument::paint(m_sheet, notice::Copy::Staff, *target).ok()); });
    preview.setAudit([]() {
        return QtFuture::makeReadyFuture(Result<Done>(Error::forbidden(QStringLiteral("print"), QStringLiteral("这份材料不能打印"))));
    });
    preview.show();
    QSignalSpy printedSpy(&preview, &ui::PrintPreviewDialog::printed);
    preview.printChecked();
    QVERIFY(printedSpy.wait(timeoutMs));
    QCOMPARE(printedSpy.first().first().toBool(), false);
    QVERIFY(preview.isVisible());
    QCOMPARE(preview.findChild<QLabel *>(QStringLiteral("previewMessage"))->text(), QStringLiteral("这份材料不能打印"));
    QVERIFY(!QFile::exists(path));
}

void TestSheetDocument::visitorCopySpeaksToTheVisitor()
{
    TONGBAN_REQUIRE_PDFTOTEXT();
    const QString path = m_dir.filePath(QStringLiteral("visitor.pdf"));
    const Status written = ui::SheetDocument::writePdf(m_sheet, notice::Copy::Visitor, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    if (const QString dir = qEnvironmentVariable("TONGBAN_SHEET_PNG_DIR"); !dir.isEmpty())
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), path, dir + QStringLiteral("/visitor")});
    const QString text = test::pdftext::read(path);
    // No identifier, English word, confidence tag, file name or digest: Chinese, figures and dates.
    const QStringList leaks = test::pdftext::visitorCopyLeaks(text);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(" | "))));
    const QString flat = test::pdftext::squeezed(text);
    for (const policy::ParameterFileVersion &v : m_sheet.versions)
        QVERIFY2(!flat.contains(v.digest), qPrintable(v.file));
    // The agency, the place of its seal, the clerk, the figures, the documents by number and title.
    for (const QString &expected :
         {m_sheet.agency, m_sheet.sealText, m_sheet.clerk, m_sheet.maskedCitizenId, m_sheet.total.toDisplayString()})
        QVERIFY2(flat.contains(test::pdftext::squeezed(expected)), qPrintable(expected));
    QVERIFY2(!m_sheet.citations.isEmpty(), "the shipped data names the documents of the formula");
    for (const QString &citation : m_sheet.citations)
        QVERIFY2(flat.contains(test::pdftext::squeezed(citation)), qPrintable(citation));
    for (const CalculationSheet::Line &line : m_sheet.lines)
        QVERIFY2(flat.contains(test::pdftext::squeezed(CalculationSheet::displayValue(line))), qPrintable(line.key));
}

void TestSheetDocument::visitorCopyNeedsTheAgency()
{
    CalculationSheet sheet = m_sheet;
    sheet.agency.clear();
    const QString path = m_dir.filePath(QStringLiteral("no-agency.pdf"));
    const Status refused = ui::SheetDocument::writePdf(sheet, notice::Copy::Visitor, path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("agency"));
    QVERIFY(!QFile::exists(path));
    QVERIFY(ui::SheetDocument::writePdf(sheet, notice::Copy::Staff, path).ok());
}

// Saving the visitor's copy at a counter whose agency is not set: refused with the reason before
// anything is audited (the log names only papers put out), and nothing written. The staff copy
// of the same sheet is saved and audited.
void TestSheetDocument::aVisitorsCopyThatCannotBeWrittenIsNotAudited()
{
    test::TestContext context(m_dir.filePath(QStringLiteral("no-agency.db")), QStringLiteral("李娜"));
    QVERIFY(context.open());
    ui::PensionView view(context.context()); // no agency set
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showPerson(m_wang.person, m_wang.records, m_wang.outcome.result->retirement, m_wang.outcome);
    auto *copy = view.findChild<ui::PaperCopyBox *>(QStringLiteral("paperCopyBox"));
    QVERIFY(copy);
    copy->setCopy(notice::Copy::Visitor);
    const auto pdfRecords = [&context] {
        return context.store()
            .read<qint64>([](QSqlDatabase db) -> Result<qint64> {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_record WHERE action = 'pdf'")) || !q.next())
                    return Error::storage(q.lastError().text());
                return q.value(0).toLongLong();
            })
            .result();
    };

    const QString path = m_dir.filePath(QStringLiteral("visitor-no-agency.pdf"));
    QSignalSpy finished(&view, &ui::PensionView::pdfFinished);
    view.savePdf(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
    QCOMPARE(finished.first().first().toBool(), false);
    auto *message = view.findChild<QLabel *>(QStringLiteral("sheetMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(*pdfRecords(), 0);

    copy->setCopy(notice::Copy::Staff);
    finished.clear();
    view.savePdf(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(QFile::exists(path));
    QCOMPARE(*pdfRecords(), 1);
}

void TestSheetDocument::breakdownLinesAreNeverSplitAcrossPages()
{
    TONGBAN_REQUIRE_PDFTOTEXT();
    // Steps of several lines each, enough for three pages: laid out as they come, some would
    // start at the foot of one page and end on the next. Each starts with 式首N号 and ends with
    // 式尾N号: both on one page, in both copies.
    CalculationSheet sheet = m_sheet;
    const CalculationSheet::Line model = m_sheet.lines.at(1);
    sheet.lines.clear();
    const QString filler = QStringLiteral("视同缴费指数乘以视同缴费年限，").repeated(10);
    for (int i = 1; i <= 40; ++i) {
        CalculationSheet::Line line = model;
        line.formula = QStringLiteral("式首%1号 %2 式尾%1号").arg(i).arg(filler);
        sheet.lines << line;
    }
    for (const notice::Copy copy : {notice::Copy::Visitor, notice::Copy::Staff}) {
        const QString path = m_dir.filePath(QStringLiteral("long-%1.pdf").arg(static_cast<int>(copy)));
        QVERIFY(ui::SheetDocument::writePdf(sheet, copy, path).ok());
        const QStringList pages = test::pdftext::readPages(path);
        QVERIFY2(pages.size() > 2, qPrintable(QString::number(pages.size())));
        const auto pageOf = [&](const QString &mark) { return test::pdftext::pageOf(pages, mark); };
        for (int i = 1; i <= 40; ++i) {
            const int first = pageOf(QStringLiteral("式首%1号").arg(i));
            const int last = pageOf(QStringLiteral("式尾%1号").arg(i));
            QVERIFY2(first >= 0 && first == last, qPrintable(QStringLiteral("step %1: pages %2 and %3").arg(i).arg(first).arg(last)));
        }
    }
}

QTEST_MAIN(TestSheetDocument)
#include "testsheetdocument.moc"
