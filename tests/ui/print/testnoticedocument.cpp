// NoticeDocument: a notice written as PDF reads back with everything on it — title, rows,
// paragraphs, legal bases, the agency with its seal, the footer with its page numbers; the staff
// copy adds the staff notes, the visitor's copy never has them and needs the agency's name; a
// table row is never split across two pages; a bad path is an error.

#include "tests/ui/print/pdftext.h"
#include "ui/print/noticedocument.h"
#include "ui/print/pageddocument.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

class TestNoticeDocument : public QObject
{
    Q_OBJECT

private slots:
    void pdfCarriesTheNotice()
    {
        TONGBAN_REQUIRE_PDFTOTEXT();
        notice::Notice n;
        n.title = QStringLiteral("阶段性缓缴社会保险费告知书");
        n.subtitle = QStringLiteral("北京市朝阳区星光电子厂 · 2022-06-15");
        n.sections << notice::NoticeSection {QStringLiteral("结论"),
                                             {{QStringLiteral("养老保险"), QStringLiteral("可缓缴 2022-04 至 2022-12")},
                                              {QStringLiteral("补缴截止"), QStringLiteral("2023-12-31")}},
                                             {QStringLiteral("缓缴期间不加收滞纳金。")}};
        // Enough rows for a second page: the footer must number both.
        notice::NoticeSection many {QStringLiteral("明细"), {}, {}};
        for (int i = 1; i <= 80; ++i)
            many.rows << qMakePair(QStringLiteral("第 %1 行").arg(i), QStringLiteral("%1.00 元").arg(i * 100));
        n.sections << many;
        n.bases << QStringLiteral("人社厅发〔2022〕16号");
        n.staffNotes << QStringLiteral("Rules edition 2026-11-30 (deferral/2022.json, 0123456789abcdef)");
        n.footer = QStringLiteral("缓缴告知书 · 星光电子厂");
        n.issuer = QStringLiteral("北京市朝阳区社会保险事业管理中心");
        n.sealText = QStringLiteral("（盖章）");
        n.issuedOn = QDate(2022, 6, 15);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notice.pdf"));
        const Status written = ui::NoticeDocument::writePdf(n, notice::Copy::Visitor, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QString text = test::pdftext::squeezed(test::pdftext::read(path));
        for (const QString &expected : {n.title, n.subtitle, QStringLiteral("可缓缴2022-04至2022-12"), QStringLiteral("2023-12-31"),
                                        QStringLiteral("缓缴期间不加收滞纳金。"), QStringLiteral("第80行"), QStringLiteral("8000.00元"),
                                        QStringLiteral("人社厅发〔2022〕16号"), n.footer, n.issuer, n.sealText})
            QVERIFY2(text.contains(test::pdftext::squeezed(expected)), qPrintable(expected));
        // The staff notes are the staff copy's only.
        QVERIFY(!text.contains(QStringLiteral("0123456789abcdef")));
        const QString staffPath = dir.filePath(QStringLiteral("staff.pdf"));
        QVERIFY(ui::NoticeDocument::writePdf(n, notice::Copy::Staff, staffPath).ok());
        const QString staffText = test::pdftext::squeezed(test::pdftext::read(staffPath));
        QVERIFY2(staffText.contains(QStringLiteral("0123456789abcdef")), qPrintable(staffText.right(300)));
        QVERIFY(staffText.contains(test::pdftext::squeezed(ui::NoticeDocument::copyName(notice::Copy::Staff))));
        // "Page x of n" on every page, n > 1: the pattern is the translated template's.
        const QString page = test::pdftext::squeezed(ui::PagedDocument::tr("Page %1 of %2"));
        const QString pattern = QRegularExpression::escape(page.section(QStringLiteral("%1"), 0, 0)) + QStringLiteral("(\\d+)")
            + QRegularExpression::escape(page.section(QStringLiteral("%1"), 1).section(QStringLiteral("%2"), 0, 0))
            + QStringLiteral("(\\d+)");
        int pages = 0;
        for (auto it = QRegularExpression(pattern).globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QCOMPARE(m.captured(1).toInt(), ++pages);
            QVERIFY(m.captured(2).toInt() > 1);
        }
        QVERIFY2(pages > 1, qPrintable(text.right(200)));
    }

    void visitorCopyNeedsTheAgency()
    {
        notice::Notice n;
        n.title = QStringLiteral("失业保险金核定通知书");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-agency.pdf"));
        const Status refused = ui::NoticeDocument::writePdf(n, notice::Copy::Visitor, path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("agency"));
        QVERIFY(!QFile::exists(path));
        // The staff copy is printed without it (it stays in the office).
        QVERIFY(ui::NoticeDocument::writePdf(n, notice::Copy::Staff, path).ok());
    }

    void rowsAreNeverSplitAcrossPages()
    {
        TONGBAN_REQUIRE_PDFTOTEXT();
        // Rows of many lines each: laid out as they come, some would start on one page and end
        // on the next. Each row starts with 行首N and ends with 行尾N: both on the same page.
        notice::Notice n;
        n.title = QStringLiteral("分页测试");
        n.issuer = QStringLiteral("测试经办机构");
        notice::NoticeSection section {QStringLiteral("明细"), {}, {}};
        const QString filler = QStringLiteral("缴费记录核对说明，").repeated(24);
        for (int i = 1; i <= 30; ++i)
            section.rows << qMakePair(QStringLiteral("第%1项").arg(i), QStringLiteral("行首%1号 %2 行尾%1号").arg(i).arg(filler));
        n.sections << section;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.pdf"));
        QVERIFY(ui::NoticeDocument::writePdf(n, notice::Copy::Visitor, path).ok());
        const QStringList pages = test::pdftext::readPages(path);
        QVERIFY2(pages.size() > 2, qPrintable(QString::number(pages.size())));
        const auto pageOf = [&](const QString &mark) { return test::pdftext::pageOf(pages, mark); };
        for (int i = 1; i <= 30; ++i) {
            const int first = pageOf(QStringLiteral("行首%1号").arg(i));
            const int last = pageOf(QStringLiteral("行尾%1号").arg(i));
            QVERIFY2(first >= 0 && first == last, qPrintable(QStringLiteral("row %1: pages %2 and %3").arg(i).arg(first).arg(last)));
        }
    }

    void headingsAndTheSealStayWithWhatFollows()
    {
        TONGBAN_REQUIRE_PDFTOTEXT();
        // Sections of rows of different heights: laid out as they come, some page would end with
        // a heading whose table starts on the next, and the seal could part from the agency.
        notice::Notice n;
        n.title = QStringLiteral("分页测试");
        n.issuer = QStringLiteral("测试经办机构");
        n.sealText = QStringLiteral("（盖章处）");
        n.issuedOn = QDate(2026, 3, 10);
        for (int i = 1; i <= 40; ++i) {
            notice::NoticeSection section {QStringLiteral("节标题%1号").arg(i), {}, {}};
            section.rows << qMakePair(QStringLiteral("首行%1号").arg(i), QStringLiteral("说明").repeated(1 + (i * 7) % 40));
            section.rows << qMakePair(QStringLiteral("次行"), QStringLiteral("说明"));
            n.sections << section;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("headings.pdf"));
        QVERIFY(ui::NoticeDocument::writePdf(n, notice::Copy::Visitor, path).ok());
        const QStringList pages = test::pdftext::readPages(path);
        QVERIFY2(pages.size() > 2, qPrintable(QString::number(pages.size())));
        const auto pageOf = [&](const QString &mark) { return test::pdftext::pageOf(pages, mark); };
        for (int i = 1; i <= 40; ++i) {
            const int heading = pageOf(QStringLiteral("节标题%1号").arg(i));
            const int firstRow = pageOf(QStringLiteral("首行%1号").arg(i));
            QVERIFY2(heading >= 0 && heading == firstRow,
                     qPrintable(QStringLiteral("section %1: heading on page %2, its first row on %3").arg(i).arg(heading).arg(firstRow)));
        }
        const int agency = pageOf(ui::NoticeDocument::tr("Agency: %1").arg(n.issuer));
        QVERIFY(agency >= 0);
        QCOMPARE(pageOf(n.sealText), agency);
        QCOMPARE(pageOf(ui::NoticeDocument::tr("year %1, month %2, day %3").arg(2026).arg(3).arg(10)), agency);
    }

    // However long the text, the agency, its seal and the date are on the page of its last lines:
    // notices of 1 to 40 paragraphs put the signature at every place of the page, the first page's
    // foot included, where it once moved to a page of its own.
    void theSealIsNeverAloneOnItsPage()
    {
        TONGBAN_REQUIRE_PDFTOTEXT();
        QTemporaryDir dir;
        for (int count = 1; count <= 40; count += 3) {
            notice::Notice n;
            n.title = QStringLiteral("分页测试");
            n.issuer = QStringLiteral("测试经办机构");
            n.sealText = QStringLiteral("（盖章处）");
            n.issuedOn = QDate(2026, 3, 10);
            notice::NoticeSection section {QStringLiteral("办理结果"), {}, {}};
            for (int i = 1; i <= count; ++i)
                section.paragraphs << QStringLiteral("第%1段：").arg(i)
                        + QStringLiteral("经审核，申请人所报材料齐全，符合规定。").repeated(3);
            n.sections << section;
            const QString path = dir.filePath(QStringLiteral("seal-%1.pdf").arg(count));
            QVERIFY(ui::NoticeDocument::writePdf(n, notice::Copy::Visitor, path).ok());
            const QStringList pages = test::pdftext::readPages(path);
            const int seal = test::pdftext::pageOf(pages, n.sealText);
            QVERIFY(seal >= 0);
            QCOMPARE(test::pdftext::pageOf(pages, ui::NoticeDocument::tr("Agency: %1").arg(n.issuer)), seal);
            QVERIFY2(test::pdftext::pageOf(pages, QStringLiteral("第%1段").arg(count)) == seal,
                     qPrintable(QStringLiteral("%1 paragraphs: the last on page %2, the seal on %3")
                                    .arg(count)
                                    .arg(test::pdftext::pageOf(pages, QStringLiteral("第%1段").arg(count)))
                                    .arg(seal)));
        }
    }

    void badPathIsAnError()
    {
        notice::Notice n;
        n.title = QStringLiteral("x");
        n.issuer = QStringLiteral("测试经办机构");
        const Status missingFolder = ui::NoticeDocument::writePdf(n, notice::Copy::Visitor, QStringLiteral("/no/such/folder/notice.pdf"));
        QVERIFY(!missingFolder.ok());
        QCOMPARE(missingFolder.error().field, QStringLiteral("path"));
    }
};

QTEST_MAIN(TestNoticeDocument)
#include "testnoticedocument.moc"
