// The deferral page (DeferralView) offscreen: the form filled as a clerk would, the answer per
// insurance, field errors, an employer found in a real SQLite file (searched off the UI thread),
// and the notice written as a PDF whose text is read back with pdftotext (tests/ui/pdftext.h;
// skipped without pdftotext unless CI=true).

#include "tests/ui/print/pdftext.h"
#include "ui/deferral/deferralview.h"

#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"
#include "identity/uscc.h"
#include "storage/employerrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "ui/common/fieldmessage.h"

#include "testcontext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

std::shared_ptr<const deferral::DeferralEvaluator> shippedEvaluator()
{
    auto rules = deferral::DeferralRules::loadBuiltIn();
    auto catalog = employer::IndustryCatalog::loadBuiltIn();
    if (!rules || !catalog)
        qFatal("the shipped deferral data does not load");
    return std::make_shared<const deferral::DeferralEvaluator>(*rules, *catalog);
}

} // namespace

class TestDeferralView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<test::TestContext> m_context;

    template<typename T> static T *child(QWidget &view, const char *name)
    {
        T *widget = view.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    static void pickCombo(QComboBox *combo, const QString &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("local.sqlite"));
        auto store = storage::LocalStore::open(m_dbPath);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        insured::Employer restaurant {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      QStringLiteral("91350100M000100Y43"),
                                      QStringLiteral("福州好味餐饮有限公司"),
                                      QStringLiteral("H62"),
                                      QStringLiteral("large"),
                                      QStringLiteral("enterprise"),
                                      QStringLiteral("350100")};
        insured::Employer estate {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  identity::Uscc::make(QStringLiteral("110105"), 12345678),
                                  QStringLiteral("北京安居置业有限公司"),
                                  QStringLiteral("K70"),
                                  QStringLiteral("large"),
                                  QStringLiteral("enterprise"),
                                  QStringLiteral("110105")};
        const Status written = storage::EmployerRepository((*store)->database(), test::clock()).upsert({restaurant, estate});
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        m_context = std::make_unique<test::TestContext>(m_dbPath);
        QVERIFY(m_context->open());
        m_context->context().setAgency({QStringLiteral("福州市社会保险管理中心"), QStringLiteral("（盖章）")});
    }

    void asOfPrefilledWithToday()
    {
        ui::DeferralView view(m_context->context(), shippedEvaluator());
        QCOMPARE(child<QDateEdit>(view, "asOf")->date(), test::clock().today());
    }

    void fillTheFormAndGetTheAnswer()
    {
        ui::DeferralView view(m_context->context(), shippedEvaluator());
        view.show();
        pickCombo(child<QComboBox>(view, "payerKind"), QStringLiteral("enterprise"));
        child<QLineEdit>(view, "payerUscc")->setText(QStringLiteral("91350100m000100y43"));
        // The searchable picker: type a part of the name, take the row it offers.
        QComboBox *industry = child<QComboBox>(view, "payerIndustry");
        const int row = industry->findText(QStringLiteral("C13 农副食品加工业"));
        QVERIFY(row >= 0);
        industry->setCurrentIndex(row);
        pickCombo(child<QComboBox>(view, "payerSize"), QStringLiteral("large"));
        child<QCheckBox>(view, "payerDifficulty")->setChecked(true);
        child<QDateEdit>(view, "asOf")->setDate(QDate(2022, 6, 15));

        QSignalSpy evaluated(&view, &ui::DeferralView::evaluated);
        QTest::mouseClick(child<QPushButton>(view, "deferralCheck"), Qt::LeftButton);
        QCOMPARE(evaluated.count(), 1);
        QCOMPARE(evaluated.at(0).at(0).toBool(), true);
        QVERIFY(view.outcome().has_value());
        QVERIFY(view.outcome()->eligible);

        QTableWidget *table = child<QTableWidget>(view, "deferralTable");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("eligible"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2022-06 to 2022-12"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("2022-06 to 2023-05"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2023-12-31"));
        const QString reasons = child<QPlainTextEdit>(view, "deferralReasons")->toPlainText();
        QVERIFY2(reasons.contains(u"industry 13 农副食品加工业 is one of the 17 industries"), qPrintable(reasons));
        QVERIFY(reasons.contains(u"人社部发〔2022〕31号"));
        // Issue 16: the code as typed (lower case) is shown as checked; the decisive reason leads,
        // and what every insurance shares is said once.
        QCOMPARE(child<QLineEdit>(view, "payerUscc")->text(), QStringLiteral("91350100M000100Y43"));
        const QString verdict = child<QLabel>(view, "deferralVerdict")->text();
        QVERIFY2(verdict.startsWith(u"Premiums may be deferred under units in difficulty in the 17 industries"), qPrintable(verdict));
        QCOMPARE(reasons.count(u"is one of the 17 industries"), 1);
        const QStringList lines = reasons.split(u'\n');
        for (const QString &line : lines) {
            if (line.contains(u'•') || line.startsWith(u"Source: "))
                QVERIFY2(lines.count(line) == 1, qPrintable(line));
        }

        // Without the attested difficulty the same payer is refused, and the page says why.
        child<QCheckBox>(view, "payerDifficulty")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(view, "deferralCheck"), Qt::LeftButton);
        QCOMPARE(evaluated.count(), 2);
        QVERIFY(!view.outcome()->eligible);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("not eligible"));
        QVERIFY(child<QPlainTextEdit>(view, "deferralReasons")->toPlainText().contains(u"no temporary operating difficulty attested"));
    }

    void badUsccShownUnderItsField()
    {
        ui::DeferralView view(m_context->context(), shippedEvaluator());
        view.show();
        pickCombo(child<QComboBox>(view, "payerKind"), QStringLiteral("enterprise"));
        child<QLineEdit>(view, "payerUscc")->setText(QStringLiteral("91350100M000100Y44"));
        child<QComboBox>(view, "payerIndustry")->setEditText(QStringLiteral("62"));
        pickCombo(child<QComboBox>(view, "payerSize"), QStringLiteral("small"));
        QSignalSpy evaluated(&view, &ui::DeferralView::evaluated);
        view.evaluate();
        QCOMPARE(evaluated.count(), 1);
        QCOMPARE(evaluated.at(0).at(0).toBool(), false);
        QVERIFY(!view.outcome());
        bool shown = false;
        for (const auto *message : view.findChildren<ui::FieldMessage *>())
            shown = shown || message->text().contains(u"expected 3, got 4");
        QVERIFY(shown);
        QVERIFY(!child<QPushButton>(view, "deferralSavePdf")->isEnabled());
    }

    void pickAStoredEmployerAndSaveTheNotice()
    {
        ui::DeferralView view(m_context->context(), shippedEvaluator());
        view.show();
        QSignalSpy found(&view, &ui::DeferralView::employersFound);
        view.searchEmployers(QStringLiteral("好味"));
        QVERIFY(found.wait(timeoutMs));
        QCOMPARE(found.at(0).at(0).toInt(), 1);
        view.useEmployer(view.foundEmployers().first());
        QCOMPARE(child<QLineEdit>(view, "payerUscc")->text(), QStringLiteral("91350100M000100Y43"));
        child<QDateEdit>(view, "asOf")->setDate(QDate(2022, 11, 30));
        QSignalSpy evaluated(&view, &ui::DeferralView::evaluated);
        view.evaluate();
        QCOMPARE(evaluated.at(0).at(0).toBool(), true);
        QVERIFY(view.outcome()->eligible);
        QCOMPARE(view.outcome()->insurances.at(1).to->toString(), QStringLiteral("2023-03"));

        // By USCC too, lower case.
        view.searchEmployers(QStringLiteral("91350100m000100y43"));
        QVERIFY(found.wait(timeoutMs));
        QCOMPARE(found.at(1).at(0).toInt(), 1);

        TONGBAN_REQUIRE_PDFTOTEXT();
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        QSignalSpy saved(&view, &ui::DeferralView::noticeSaved);
        view.saveNotice(pdf);
        QVERIFY(saved.wait(timeoutMs));
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        const QString text = test::pdftext::read(pdf);
        if (!qEnvironmentVariableIsEmpty("TONGBAN_NOTICE_TEXT"))
            qInfo("%s", qPrintable(text));
        const QString squeezed = test::pdftext::squeezed(text);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        QVERIFY2(squeezed.contains(u"福州好味餐饮有限公司"), qPrintable(text));
        QVERIFY2(squeezed.contains(u"91350100M000100Y43"), qPrintable(text));
        QVERIFY2(squeezed.contains(u"62餐饮业"), qPrintable(text));
        QVERIFY2(squeezed.contains(u"2022-04to2022-12"), qPrintable(text));
        QVERIFY2(squeezed.contains(u"2022-04to2023-03"), qPrintable(text));
        QVERIFY2(squeezed.contains(u"2023-12-31"), qPrintable(text));
        QVERIFY2(squeezed.contains(u"人社厅发〔2022〕16号"), qPrintable(text));
        QVERIFY2(text.contains(u"Notice of temporary social insurance premium deferral"), qPrintable(text));
    }

    void ineligibleEmployerNotice()
    {
        ui::DeferralView view(m_context->context(), shippedEvaluator());
        view.show();
        QSignalSpy found(&view, &ui::DeferralView::employersFound);
        view.searchEmployers(QStringLiteral("安居"));
        QVERIFY(found.wait(timeoutMs));
        QCOMPARE(found.at(0).at(0).toInt(), 1);
        view.useEmployer(view.foundEmployers().first());
        child<QDateEdit>(view, "asOf")->setDate(QDate(2022, 6, 15));
        view.evaluate();
        QVERIFY(view.outcome().has_value());
        QVERIFY(!view.outcome()->eligible);
        const auto content = view.notice(QDate(2022, 6, 15));
        QVERIFY(content.ok());
        QStringList paragraphs;
        for (const auto &section : content->sections)
            paragraphs << section.paragraphs;
        QVERIFY(paragraphs.join(u'\n').contains(u"industry 70 房地产业 is not one of the five hardship industries"));
        QVERIFY(paragraphs.join(u'\n').contains(u"size large is not micro/small/medium"));
    }
};

QTEST_MAIN(TestDeferralView)
#include "testdeferralview.moc"
