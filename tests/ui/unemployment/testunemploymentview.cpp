// The unemployment benefit page (ui::UnemploymentView) offscreen, on a real SQLite file: the
// form pre-filled, the answer with its reasons, a claim opened and stopped, the months left
// carried into the next claim, and the notices written as PDF (text read back with pdftotext,
// compared after NFKC and the CJK radical map of testsheetdocument.cpp).
//
// pdftotext is required for the PDF checks: without it they are skipped, except with CI=true
// where they fail. TONGBAN_NOTICE_PDF_DIR, when set, receives copies of the two PDFs for a look.

#include "ui/print/papercopybox.h"
#include "ui/unemployment/claimspanel.h"
#include "ui/unemployment/unemploymentview.h"

#include "identity/citizenid.h"
#include "storage/personrepository.h"
#include "unemployment/claimnotice.h"

#include "testcontext.h"
#include "tests/ui/print/pdftext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tongban;
using test::pdftext::squeezed;

namespace {

constexpr int timeoutMs = 30000;

insured::InsuredPerson liZhiqiang()
{
    insured::InsuredPerson p;
    p.id = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
    p.citizenId = QStringLiteral("110105196403150311");
    p.name = QStringLiteral("李志强");
    p.sex = insured::Sex::Male;
    p.birthDate = QDate(1964, 3, 15);
    p.retirementGroup = insured::RetirementGroup::Male;
    p.region = QStringLiteral("430102");
    return p;
}

/// The same man in Suzhou (Jiangsu), with no claim on file: the data has no standard for 320505.
insured::InsuredPerson liInSuzhou()
{
    insured::InsuredPerson p = liZhiqiang();
    p.id = QStringLiteral("2b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
    p.citizenId = identity::CitizenId::make(QStringLiteral("320505"), QDate(1964, 3, 15), 29);
    p.region = QStringLiteral("320505");
    return p;
}

/// 72 employee months 2020-01…2025-12 and 12 flexible months 2019 (not counted).
QList<insured::ContributionRecord> records()
{
    QList<insured::ContributionRecord> list;
    for (YearMonth m(2019, 1); m <= YearMonth(2025, 12); m = m.addMonths(1)) {
        insured::ContributionRecord r;
        r.month = m;
        r.base = Money::fromFen(500000);
        r.kind = m.year() == 2019 ? insured::ContributionKind::Flexible : insured::ContributionKind::Employee;
        r.employerAmount = r.kind == insured::ContributionKind::Employee ? Money::fromFen(80000) : Money();
        r.personalAmount = Money::fromFen(40000);
        r.region = QStringLiteral("430102");
        list << r;
    }
    return list;
}

} // namespace

class TestUnemploymentView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto rules = unemployment::UnemploymentRules::loadBuiltIn();
        QVERIFY(rules.ok());
        m_rules = *rules;
        m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("张敏"),
                                                        [this] { return m_now; });
        QVERIFY(m_context->open());
        m_context->context().setAgency({QStringLiteral("长沙市芙蓉区社会保险服务中心"), QStringLiteral("（盖章）")});
        const auto written = m_context->store()
                                 .write<Done>([](QSqlDatabase db) -> Status {
                                     storage::PersonRepository persons(db, test::clock());
                                     if (const Status s = persons.upsertPersons({liZhiqiang(), liInSuzhou()}); !s)
                                         return s;
                                     return persons.insertContributionRecords(liZhiqiang().id, records());
                                 })
                                 .result();
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    }

    /// "Now" for the page: @p day at 10:00 in Beijing.
    void setToday(QDate day) { m_now = QDateTime(day, QTime(2, 0), QTimeZone::utc()); }

    void theWholeClaim()
    {
        ui::UnemploymentView view(m_context->context(), m_rules);
        view.resize(1000, 900);
        view.show();
        QSignalSpy loaded(&view, &ui::UnemploymentView::claimsLoaded);
        setToday(QDate(2026, 3, 10));
        view.setPerson(liZhiqiang(), records());
        QVERIFY(loaded.wait(timeoutMs));

        auto *monthsPaid = view.findChild<QSpinBox *>(QStringLiteral("monthsPaid"));
        auto *carried = view.findChild<QSpinBox *>(QStringLiteral("carriedMonths"));
        auto *registered = view.findChild<QCheckBox *>(QStringLiteral("registered"));
        auto *reason = view.findChild<QComboBox *>(QStringLiteral("jobLossReason"));
        auto *region = view.findChild<QLineEdit *>(QStringLiteral("claimRegion"));
        auto *answer = view.findChild<QLabel *>(QStringLiteral("claimAnswer"));
        auto *openButton = view.findChild<QPushButton *>(QStringLiteral("openClaimButton"));
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("claimTable"));
        QVERIFY(monthsPaid && carried && registered && reason && region && answer && openButton && table);

        // Pre-filled: the 72 employee months (not the flexible 2019), no earlier claim.
        QCOMPARE(monthsPaid->value(), 72);
        QCOMPARE(carried->value(), 0);
        QCOMPARE(region->text(), QStringLiteral("430102"));
        QCOMPARE(table->rowCount(), 0);

        // Resigned: not eligible, with the reason; the claim cannot be opened.
        reason->setCurrentIndex(reason->findData(QStringLiteral("resigned")));
        registered->setChecked(true);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("checkClaimButton")), Qt::LeftButton);
        QVERIFY2(answer->text().contains(QStringLiteral("本人辞职")), qPrintable(answer->text()));
        QVERIFY(!openButton->isEnabled());

        // Contract expired: 72 months → 18 months of 1530 CNY.
        reason->setCurrentIndex(reason->findData(QStringLiteral("contract-expired")));
        QVERIFY2(!openButton->isEnabled(), "a changed form must be checked again");
        view.check();
        QVERIFY2(answer->text().contains(QStringLiteral("1,530.00")) && answer->text().contains(QStringLiteral("27,540.00")),
                 qPrintable(answer->text()));
        QVERIFY2(answer->text().contains(QStringLiteral("2027-08")), qPrintable(answer->text()));
        QVERIFY(openButton->isEnabled());

        // The award notice before the claim is stored, then the claim.
        const QString awardPath = m_dir.filePath(QStringLiteral("award.pdf"));
        QSignalSpy saved(&view, &ui::UnemploymentView::noticeSaved);
        view.saveAwardNotice(awardPath);
        QVERIFY(saved.wait(timeoutMs));
        QCOMPARE(saved.takeFirst().at(0).toBool(), true);
        QVERIFY(QFile::exists(awardPath));

        QSignalSpy opened(&view, &ui::UnemploymentView::claimOpened);
        QTest::mouseClick(openButton, Qt::LeftButton);
        QVERIFY(opened.count() == 1 || opened.wait(timeoutMs));
        QCOMPARE(opened.takeFirst().at(0).toBool(), true);
        QVERIFY(loaded.wait(timeoutMs));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!openButton->isEnabled()); // stored once

        // Stop on re-employment on 2026-07-20: refused while that day is still to come (issue 16),
        // the message naming the field, which takes the focus; nothing stored.
        view.selectClaim(0);
        auto *stopDate = view.findChild<QDateEdit *>(QStringLiteral("stopDate"));
        stopDate->setDate(QDate(2026, 7, 20));
        auto *ground = view.findChild<QComboBox *>(QStringLiteral("stopGround"));
        ground->setCurrentIndex(ground->findData(QStringLiteral("re-employment")));
        ground->setFocus();
        QSignalSpy stopped(&view, &ui::UnemploymentView::claimStopped);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("stopClaimButton")), Qt::LeftButton);
        QVERIFY(stopped.count() == 1 || stopped.wait(timeoutMs)); // a refusal may come before the click returns
        QCOMPARE(stopped.takeFirst().at(0).toBool(), false);
        const QString refusal = view.findChild<QLabel *>(QStringLiteral("stopMessage"))->text();
        QVERIFY2(refusal.contains(QStringLiteral("date the ground arose")) && refusal.contains(QStringLiteral("2026-07-20"))
                     && refusal.contains(QStringLiteral("after today (2026-03-10)")),
                 qPrintable(refusal));
        QTRY_VERIFY(stopDate->hasFocus() || stopDate->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(table->item(0, 5)->text(), ui::ClaimsPanel::tr("open"));

        // On the day after, the stop is stored: 5 received, 13 left and kept.
        setToday(QDate(2026, 7, 21));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("stopClaimButton")), Qt::LeftButton);
        QVERIFY(stopped.count() == 1 || stopped.wait(timeoutMs));
        QCOMPARE(stopped.takeFirst().at(0).toBool(), true);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("stopMessage"))->text().isEmpty());
        const QString stopText = view.findChild<QLabel *>(QStringLiteral("stopResult"))->text();
        QVERIFY2(stopText.contains(QStringLiteral("5 of 18")) && stopText.contains(QStringLiteral("13 months left")), qPrintable(stopText));
        QVERIFY(loaded.wait(timeoutMs));
        QVERIFY2(table->item(0, 7)->text().contains(QStringLiteral("13")), qPrintable(table->item(0, 7)->text()));

        const QString stopPath = m_dir.filePath(QStringLiteral("stop.pdf"));
        view.selectClaim(0);
        view.saveStopNotice(stopPath);
        QVERIFY(saved.wait(timeoutMs));
        QCOMPARE(saved.takeFirst().at(0).toBool(), true);

        // The next visit: the 13 months are carried, the months paid count from the last claim.
        setToday(QDate(2028, 9, 1));
        view.setPerson(liZhiqiang(), records());
        QVERIFY(loaded.wait(timeoutMs));
        QCOMPARE(carried->value(), 13);
        QCOMPARE(monthsPaid->value(), 0); // no employee month after 2026-03 in these records

        if (const QString keep = qEnvironmentVariable("TONGBAN_NOTICE_PDF_DIR"); !keep.isEmpty()) {
            QFile::copy(awardPath, QDir(keep).filePath(QStringLiteral("unemployment-award.pdf")));
            QFile::copy(stopPath, QDir(keep).filePath(QStringLiteral("unemployment-stop.pdf")));
        }

        // The notices' text.
        TONGBAN_REQUIRE_PDFTOTEXT();
        const QString award = squeezed(test::pdftext::read(awardPath));
        QVERIFY2(!award.isEmpty(), "pdftotext read nothing");
        const auto assessment = unemployment::ClaimEvaluator(m_rules).evaluate({QStringLiteral("430102"), QDate(2026, 3, 10), 72, 0,
                                                                                QStringLiteral("contract-expired"), true, std::nullopt,
                                                                                QString(), std::nullopt});
        const notice::Notice expected
            = unemployment::ClaimNotice::award(*m_rules, liZhiqiang(), *assessment, 0, QDate(2026, 3, 10), QString());
        for (const QString &piece : {squeezed(expected.title), QStringLiteral("李志强"), QStringLiteral("1,530.00"),
                                     QStringLiteral("27,540.00"), QStringLiteral("2026-03"), QStringLiteral("2027-08"),
                                     QStringLiteral("劳动合同期满终止"), QStringLiteral("失业保险条例"), QStringLiteral("张敏")})
            QVERIFY2(award.contains(piece), qPrintable(piece + QStringLiteral(" not in: ") + award));
        QVERIFY2(!award.contains(QStringLiteral("110105196403150311")), "the ID number is masked");
        // The visitor's copy carries the agency and the place of its seal (its words: testvisitorcopies).
        for (const QString &path : {awardPath, stopPath}) {
            const QString text = test::pdftext::read(path);
            QVERIFY2(squeezed(text).contains(QStringLiteral("长沙市芙蓉区社会保险服务中心")), qPrintable(path));
            QVERIFY2(squeezed(text).contains(squeezed(QStringLiteral("（盖章）"))), qPrintable(path));
        }

        const QString stop = squeezed(test::pdftext::read(stopPath));
        QVERIFY2(!stop.isEmpty(), "pdftotext read nothing");
        const unemployment::StoredClaim storedShape {};
        const notice::Notice stopExpected = unemployment::ClaimNotice::stopNotice(
            *m_rules, liZhiqiang(), storedShape, unemployment::StopOutcome {}, QDate(2026, 3, 10), QString());
        for (const QString &piece : {squeezed(stopExpected.title), QStringLiteral("重新就业"), QStringLiteral("2026-07-20"),
                                     QStringLiteral("2026-08"), QStringLiteral("李志强")})
            QVERIFY2(stop.contains(piece), qPrintable(piece + QStringLiteral(" not in: ") + stop));

        // The staff copy, chosen beside the button, carries the rules' edition and digest.
        view.findChild<ui::PaperCopyBox *>(QStringLiteral("paperCopyBox"))->setCopy(notice::Copy::Staff);
        const QString staffPath = m_dir.filePath(QStringLiteral("stop-staff.pdf"));
        view.selectClaim(0);
        view.saveStopNotice(staffPath);
        QVERIFY(saved.wait(timeoutMs));
        QCOMPARE(saved.takeFirst().at(0).toBool(), true);
        QVERIFY2(squeezed(test::pdftext::read(staffPath)).contains(m_rules->version().digest), "the staff copy has the data's digest");
    }

    void regionWithoutStandardSaysSo()
    {
        ui::UnemploymentView view(m_context->context(), m_rules);
        QSignalSpy loaded(&view, &ui::UnemploymentView::claimsLoaded);
        const insured::InsuredPerson jiangsu = liInSuzhou();
        setToday(QDate(2026, 3, 10));
        view.setPerson(jiangsu, records());
        QVERIFY(loaded.wait(timeoutMs));
        view.findChild<QCheckBox *>(QStringLiteral("registered"))->setChecked(true);
        view.check();
        const QString answer = view.findChild<QLabel *>(QStringLiteral("claimAnswer"))->text();
        QVERIFY2(answer.contains(QStringLiteral("320505")), qPrintable(answer));
        QVERIFY2(!answer.contains(QStringLiteral("CNY;")), qPrintable(answer));
        // Without the monthly amount the claim is not opened as it stands: the standard is entered
        // with a note, or the clerk confirms opening without it (below).
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("openClaimButton"))->isEnabled());

        // An entered standard without a note is refused with the field's message.
        view.findChild<QLineEdit *>(QStringLiteral("enteredStandard"))->setText(QStringLiteral("2000"));
        view.check();
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("claimMessage"))->text().isEmpty());
        view.findChild<QLineEdit *>(QStringLiteral("enteredStandardNote"))->setText(QStringLiteral("local notice 2026"));
        view.check();
        QVERIFY2(view.findChild<QLabel *>(QStringLiteral("claimAnswer"))->text().contains(QStringLiteral("2,000.00")),
                 qPrintable(view.findChild<QLabel *>(QStringLiteral("claimAnswer"))->text()));

        // Issue 16: without the standard the claim does not open anyway — not even asked directly
        // (as a shortcut would): the clerk enters the standard or confirms opening without it.
        auto *withoutAmount = view.findChild<QCheckBox *>(QStringLiteral("openWithoutAmount"));
        auto *openButton = view.findChild<QPushButton *>(QStringLiteral("openClaimButton"));
        QVERIFY(withoutAmount);
        QVERIFY(withoutAmount->isHidden()); // the standard is entered: nothing to confirm
        view.findChild<QLineEdit *>(QStringLiteral("enteredStandard"))->clear();
        view.findChild<QLineEdit *>(QStringLiteral("enteredStandardNote"))->clear();
        view.check();
        QVERIFY(!withoutAmount->isHidden());
        QVERIFY(!withoutAmount->isChecked());
        QVERIFY(!openButton->isEnabled());
        QSignalSpy opened(&view, &ui::UnemploymentView::claimOpened);
        view.openClaim();
        QVERIFY(opened.count() == 1 || opened.wait(timeoutMs));
        QCOMPARE(opened.takeFirst().at(0).toBool(), false);
        const QString refusal = view.findChild<QLabel *>(QStringLiteral("claimMessage"))->text();
        QVERIFY2(refusal.contains(QStringLiteral("monthly standard is not known")) && refusal.contains(QStringLiteral("320505")),
                 qPrintable(refusal));
        QCOMPARE(view.findChild<QTableWidget *>(QStringLiteral("claimTable"))->rowCount(), 0);

        // Confirmed: opened, without an amount, and the claim says it was confirmed.
        withoutAmount->setChecked(true);
        QVERIFY(openButton->isEnabled());
        QTest::mouseClick(openButton, Qt::LeftButton);
        QVERIFY(opened.count() == 1 || opened.wait(timeoutMs));
        QCOMPARE(opened.takeFirst().at(0).toBool(), true);
        QVERIFY(loaded.wait(timeoutMs));
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("claimTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 4)->text(), ui::ClaimsPanel::tr("not in the data"));
        QVERIFY(withoutAmount->isHidden());
    }

private:
    QTemporaryDir m_dir;
    QDateTime m_now = test::fixedNow();
    std::unique_ptr<test::TestContext> m_context;
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
};

QTEST_MAIN(TestUnemploymentView)
#include "testunemploymentview.moc"
