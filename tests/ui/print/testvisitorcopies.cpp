// The visitor's copy of every notice, as a visitor holds it: printed in Chinese (the counter's
// language), read back from the PDF, it carries no ASCII identifier, English word, confidence tag,
// file name or digest; it names the documents by number and title, and carries the agency's name
// and the place of its seal. Built from the shipped rules, as the counter builds them:
// the unemployment award and stop notices and the premium deferral notice (the pension sheet's
// visitor copy: testsheetdocument). TONGBAN_NOTICE_PDF_DIR, when set, receives both copies of
// each notice for a look.

#include "tests/ui/print/pdftext.h"
#include "ui/print/noticedocument.h"

#include "deferral/deferralevaluator.h"
#include "deferral/deferralnotice.h"
#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"
#include "i18n/translations.h"
#include "unemployment/claimevaluator.h"
#include "unemployment/claimnotice.h"
#include "unemployment/unemploymentrules.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

namespace {

const QString kAgency = QStringLiteral("长沙市芙蓉区社会保险服务中心");
const QString kSeal = QStringLiteral("（业务专用章）");

insured::InsuredPerson liZhiqiang()
{
    insured::InsuredPerson p;
    p.id = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
    p.citizenId = QStringLiteral("110105196403150311");
    p.name = QStringLiteral("李志强");
    p.sex = insured::Sex::Male;
    p.birthDate = QDate(1964, 3, 15);
    p.region = QStringLiteral("430102");
    return p;
}

} // namespace

class TestVisitorCopies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(i18n::installTranslators(*qApp, i18n::localeFor(QStringLiteral("zh_CN"))));
        auto rules = unemployment::UnemploymentRules::loadBuiltIn();
        QVERIFY(rules.ok());
        m_rules = *rules;
    }

    void notices_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("失业保险金核定通知书") << 0;
        QTest::newRow("失业保险金停发通知书") << 1;
        QTest::newRow("阶段性缓缴社会保险费告知书") << 2;
    }

    void notices()
    {
        TONGBAN_REQUIRE_PDFTOTEXT();
        QFETCH(int, which);
        notice::Notice n = build(which);
        QVERIFY2(!n.bases.isEmpty(), "every notice names the documents it follows");
        QCOMPARE(QSet<QString>(n.bases.cbegin(), n.bases.cend()).size(), n.bases.size()); // each document once
        n.issuer = kAgency;
        n.sealText = kSeal;

        const QString path = m_dir.filePath(QStringLiteral("visitor-%1.pdf").arg(which));
        const Status written = ui::NoticeDocument::writePdf(n, notice::Copy::Visitor, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QString text = test::pdftext::read(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList leaks = test::pdftext::visitorCopyLeaks(text);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral(" | ")) + QStringLiteral("\n") + text));
        const QString flat = test::pdftext::squeezed(text);
        if (which == 0) // the place by its name, with the district's code
            QVERIFY2(flat.contains(test::pdftext::squeezed(QStringLiteral("长沙市（市区），区划代码 430102"))), qPrintable(text));
        for (const QString &expected : QStringList {n.title, kAgency, kSeal} + n.bases)
            QVERIFY2(flat.contains(test::pdftext::squeezed(expected)), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        // What staff need for the file is on the staff copy only.
        QVERIFY(!n.staffNotes.isEmpty());
        const QString staffPath = m_dir.filePath(QStringLiteral("staff-%1.pdf").arg(which));
        QVERIFY(ui::NoticeDocument::writePdf(n, notice::Copy::Staff, staffPath).ok());
        if (const QString keep = qEnvironmentVariable("TONGBAN_NOTICE_PDF_DIR"); !keep.isEmpty()) {
            QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
            QFile::copy(staffPath, QDir(keep).filePath(QFileInfo(staffPath).fileName()));
        }
        const QString staff = test::pdftext::squeezed(test::pdftext::read(staffPath));
        QVERIFY2(staff.contains(test::pdftext::squeezed(n.staffNotes.last()).left(20)), qPrintable(staff.right(400)));
        QVERIFY2(!flat.contains(test::pdftext::squeezed(n.staffNotes.last()).left(20)), "no staff note on the visitor's copy");
    }

private:
    notice::Notice build(int which) const
    {
        const QDate issued(2026, 3, 10);
        const unemployment::ClaimEvaluator evaluator(m_rules);
        const auto assessment = evaluator.evaluate(
            {QStringLiteral("430102"), issued, 72, 0, QStringLiteral("contract-expired"), true, std::nullopt, QString(), std::nullopt});
        if (!assessment)
            qFatal("the claim is not assessed: %s", qPrintable(assessment.error().message));
        if (which == 0)
            return unemployment::ClaimNotice::award(*m_rules, liZhiqiang(), *assessment, 7, issued, QStringLiteral("张敏"));
        if (which == 1) {
            unemployment::StoredClaim claim;
            claim.id = 7;
            claim.claimDate = issued;
            claim.monthsEntitled = assessment->entitlementMonths;
            claim.firstMonth = assessment->firstMonth;
            claim.monthlyAmount = assessment->monthlyAmount;
            const auto stop = evaluator.stop({issued, assessment->firstMonth, assessment->entitlementMonths}, QDate(2026, 7, 20),
                                             QStringLiteral("re-employment"));
            if (!stop)
                qFatal("the stop is not decided: %s", qPrintable(stop.error().message));
            return unemployment::ClaimNotice::stopNotice(*m_rules, liZhiqiang(), claim, *stop, QDate(2026, 7, 21), QStringLiteral("张敏"));
        }
        auto rules = deferral::DeferralRules::loadBuiltIn();
        auto catalog = employer::IndustryCatalog::loadBuiltIn();
        if (!rules || !catalog)
            qFatal("the shipped deferral data does not load");
        const deferral::DeferralEvaluator deferralEvaluator(*rules, *catalog);
        deferral::Payer payer;
        payer.kind = QStringLiteral("enterprise");
        payer.uscc = QStringLiteral("91350100M000100Y43");
        payer.industry = QStringLiteral("62");
        payer.size = QStringLiteral("small");
        const auto outcome = deferralEvaluator.evaluate(payer, QDate(2022, 6, 15));
        if (!outcome)
            qFatal("the deferral is not evaluated: %s", qPrintable(outcome.error().message));
        return deferral::DeferralNotice::build(*outcome, QStringLiteral("福州好味餐饮有限公司"), QDate(2022, 6, 15));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
};

QTEST_MAIN(TestVisitorCopies)
#include "testvisitorcopies.moc"
