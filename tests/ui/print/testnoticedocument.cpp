// NoticeDocument: a notice written as PDF reads back with everything on it — title, rows,
// paragraphs, footnotes and the footer with its page numbers — and a bad path is an error.

#include "tests/ui/print/pdftext.h"
#include "ui/print/noticedocument.h"
#include "ui/print/pageddocument.h"

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
        n.footnotes << QStringLiteral("人社厅发〔2022〕16号");
        n.footer = QStringLiteral("缓缴告知书 · 星光电子厂");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notice.pdf"));
        const Status written = ui::NoticeDocument::writePdf(n, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QString text = test::pdftext::squeezed(test::pdftext::read(path));
        for (const QString &expected : {n.title, n.subtitle, QStringLiteral("可缓缴2022-04至2022-12"), QStringLiteral("2023-12-31"),
                                        QStringLiteral("缓缴期间不加收滞纳金。"), QStringLiteral("第80行"), QStringLiteral("8000.00元"),
                                        QStringLiteral("人社厅发〔2022〕16号"), n.footer})
            QVERIFY2(text.contains(test::pdftext::squeezed(expected)), qPrintable(expected));
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

    void badPathIsAnError()
    {
        const Status missingFolder = ui::NoticeDocument::writePdf(notice::Notice {QStringLiteral("x"), {}, {}, {}, {}},
                                                                  QStringLiteral("/no/such/folder/notice.pdf"));
        QVERIFY(!missingFolder.ok());
        QCOMPARE(missingFolder.error().field, QStringLiteral("path"));
    }
};

QTEST_MAIN(TestNoticeDocument)
#include "testnoticedocument.moc"
