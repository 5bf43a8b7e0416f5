// The comparison tab on a demo database: the two colleagues side by side, the causes adding up
// to the difference on screen, a scenario of one person, and inputs refused with their reason.

#include "accounts/accesspolicy.h"
#include "demo/demogenerator.h"
#include "pension/pensionoutcome.h"
#include "policy/parameterset.h"
#include "retirement/retirementrule.h"
#include "services/comparisonservice.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "ui/common/fieldmessage.h"
#include "ui/pension/comparisonview.h"
#include "ui/pension/disclosuredialog.h"
#include "ui/pension/sheetdocument.h"
#include "ui/pension/visitorview.h"

#include "tests/ui/print/pdftext.h"

#include "signedinusers.h"
#include "testcontext.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

/// The fen in a signed amount as shown ("−371.01", "+12.30", "1,234.00").
qint64 shownFen(QString text)
{
    const bool negative = text.startsWith(QStringLiteral("−"));
    text.remove(QStringLiteral("−")).remove(u'+').remove(u',');
    const auto m = Money::parse(text);
    return m ? (negative ? -m->fen() : m->fen()) : 0;
}

} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_parameters = test::shippedParameters();
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(demo::DemoGenerator(m_parameters, 3).writeNewFile(m_db, 5).ok());
        m_context = std::make_unique<test::TestContext>(m_db);
        QVERIFY(m_context->open());
        // A visitor's copy is refused without the agency's name (the paper carries it).
        m_context->context().setAgency({QStringLiteral("北京市东城区社会保险事业管理中心"), QStringLiteral("（盖章）")});
    }

    // Each test starts with nobody signed in (a window clerk's rights).
    void cleanup() { m_context->context().signOut(); }

    void colleaguesSideBySide()
    {
        signInExpert();
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueLiCitizenId());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        view.compareWith(demo::DemoGenerator::colleagueWangName());
        recordConsent(view);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, timeoutMs);

        // The colleague as "Colleague" (同事) with the masked number, never by name or full number.
        const auto *headline = view.findChild<QLabel *>(QStringLiteral("comparisonHeadline"));
        QVERIFY2(headline->text().contains(services::ComparisonService::colleagueLabel()), qPrintable(headline->text()));
        QVERIFY2(headline->text().contains(u"2003–2009"), qPrintable(headline->text()));
        const QString colleague = view.findChild<QLabel *>(QStringLiteral("comparisonColleague"))->text();
        QVERIFY2(colleague.contains(QStringLiteral("110105********0173")), qPrintable(colleague));
        QVERIFY(view.findChild<QLineEdit *>(QStringLiteral("otherPersonField"))->text().isEmpty());
        assertNoColleagueOnScreen(view);

        const QAbstractItemModel *causes = view.findChild<QTableView *>(QStringLiteral("causesTable"))->model();
        QVERIFY(causes->rowCount() >= 3);
        qint64 sum = 0;
        bool flexible = false;
        for (int row = 0; row < causes->rowCount() - 1; ++row) {
            sum += shownFen(causes->index(row, 5).data().toString());
            flexible = flexible || causes->index(row, 0).data().toString() == u"2003–2009";
        }
        QVERIFY(flexible);
        const qint64 shownSum = shownFen(causes->index(causes->rowCount() - 1, 5).data().toString());
        QCOMPARE(sum, shownSum);
        // … and the sum is the difference of the totals in the side-by-side table.
        const QAbstractItemModel *sides = view.findChild<QTableView *>(QStringLiteral("sideBySideTable"))->model();
        const int last = sides->rowCount() - 1;
        QCOMPARE(shownFen(sides->index(last, 2).data().toString()) - shownFen(sides->index(last, 1).data().toString()), shownSum);
        QVERIFY(shownSum < 0);
    }

    void scenarioOfOnePerson()
    {
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueWangCitizenId());
        view.findChild<QComboBox *>(QStringLiteral("comparisonMode"))->setCurrentIndex(1);
        auto *month = view.findChild<QLineEdit *>(QStringLiteral("scenarioRetirementField"));
        auto *base = view.findChild<QLineEdit *>(QStringLiteral("keepPayingField"));
        auto *message = view.findChild<ui::FieldMessage *>(QStringLiteral("comparisonMessage"));

        // Refused before any work: a malformed month, a base that is no amount.
        QTest::keyClicks(month, QStringLiteral("2027/03"));
        QTest::keyClick(month, Qt::Key_Return);
        QVERIFY(message->text().contains(u"YYYY-MM"));
        month->setText(QStringLiteral("2027-03"));
        base->setText(QStringLiteral("8000.123"));
        QTest::keyClick(base, Qt::Key_Return);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!message->text().contains(u"YYYY-MM"));

        base->setText(QStringLiteral("8000"));
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        QTest::keyClick(base, Qt::Key_Return);
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
        const QAbstractItemModel *sides = view.findChild<QTableView *>(QStringLiteral("sideBySideTable"))->model();
        const int last = sides->rowCount() - 1;
        QVERIFY(shownFen(sides->index(last, 3).data().toString()) > 0); // paying on raises the pension
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("comparisonAssumptions"))->text().isEmpty());
    }

    // Issue 16: a scenario starting outside the flexible retirement window (人社部发〔2024〕94号)
    // warns here as the calculation kept in the visit warns when reopened: the same words, from
    // the one calculation that says it.
    void scenarioOutsideTheFlexibleWindowWarns()
    {
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueWangCitizenId());
        const auto statutory
            = retirement::RetirementRule::statutory(YearMonth::fromDate(m_shown.birthDate), m_shown.retirementGroup, *m_parameters);
        QVERIFY(statutory.ok());
        const YearMonth tooLate = statutory->latestFlexibleRetirement.addMonths(3); // 王建国: 2027-06, the window ends 2027-03
        auto *warnings = view.findChild<QLabel *>(QStringLiteral("comparisonWarnings"));
        QVERIFY(warnings);

        view.findChild<QComboBox *>(QStringLiteral("comparisonMode"))->setCurrentIndex(1);
        auto *month = view.findChild<QLineEdit *>(QStringLiteral("scenarioRetirementField"));
        month->setText(tooLate.toString());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        QSignalSpy scenario(&view, &ui::ComparisonView::scenarioShown);
        QTest::keyClick(month, Qt::Key_Return);
        QVERIFY(shown.wait(timeoutMs));
        QCOMPARE(scenario.count(), 1);
        const auto kept = scenario.first().first().value<pension::PensionOutcome>();
        QVERIFY(kept.result.has_value());
        QStringList outside;
        for (const QString &w : kept.result->warnings) {
            if (w.contains(statutory->latestFlexibleRetirement.toString()))
                outside << w;
        }
        QCOMPARE(outside.size(), 1); // what the kept calculation shows when reopened
        QVERIFY(!warnings->isHidden());
        QVERIFY2(warnings->text().contains(outside.first()), qPrintable(warnings->text()));
        QVERIFY2(warnings->text().contains(tooLate.toString()), qPrintable(warnings->text()));

        // Within the window: no such warning.
        month->setText(statutory->latestFlexibleRetirement.toString());
        QTest::keyClick(month, Qt::Key_Return);
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY2(!warnings->text().contains(statutory->latestFlexibleRetirement.addMonths(3).toString()), qPrintable(warnings->text()));
    }

    // Without the right (nobody signed in: a window clerk) a colleague is refused on screen before
    // anything of them is read or asked; only the refusal is audited.
    void colleagueNeedsAnExpert()
    {
        const qint64 before = disclosures();
        const qint64 refusals = auditRecords(QStringLiteral("refused"));
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueLiCitizenId());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        view.compareWith(demo::DemoGenerator::colleagueWangCitizenId());
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY(!view.disclosureDialog());
        const QString message = view.findChild<ui::FieldMessage *>(QStringLiteral("comparisonMessage"))->text();
        QVERIFY2(message.contains(accounts::AccessPolicy::permissionName(accounts::Permission::Compare)), qPrintable(message));
        QCOMPARE(view.findChild<QTableView *>(QStringLiteral("causesTable"))->model()->rowCount(), 0);
        QCOMPARE(disclosures(), before);
        QCOMPARE(auditRecords(QStringLiteral("refused")), refusals + 1);
    }

    void unknownOtherPersonSaysSo()
    {
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueLiCitizenId());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        view.compareWith(QStringLiteral("11010519640308017X")); // check character wrong
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY(!view.findChild<ui::FieldMessage *>(QStringLiteral("comparisonMessage"))->text().isEmpty());
        QCOMPARE(view.findChild<QTableView *>(QStringLiteral("causesTable"))->model()->rowCount(), 0);
    }

    // The basis is asked before anything of the colleague is shown; every field is required,
    // and cancelling shows nothing and records nothing.
    void colleagueNeedsARecordedBasis()
    {
        signInExpert();
        const qint64 before = disclosures();
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueLiCitizenId());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        view.compareWith(demo::DemoGenerator::colleagueWangCitizenId());
        QTRY_VERIFY_WITH_TIMEOUT(dialogShown(view), timeoutMs);
        ui::DisclosureDialog *dialog = view.disclosureDialog();
        QVERIFY(shown.isEmpty());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("comparisonHeadline"))->text().isEmpty());
        QCOMPARE(view.findChild<QTableView *>(QStringLiteral("causesTable"))->model()->rowCount(), 0);
        // The full number typed is gone from the field already; the question shows it masked.
        QVERIFY(view.findChild<QLineEdit *>(QStringLiteral("otherPersonField"))->text().isEmpty());
        const QString intro = dialog->findChild<QLabel *>(QStringLiteral("disclosureIntro"))->text();
        QVERIFY2(intro.contains(QStringLiteral("110105********0173")), qPrintable(intro));
        QVERIFY(!intro.contains(demo::DemoGenerator::colleagueWangName()));

        auto *message = dialog->findChild<ui::FieldMessage *>(QStringLiteral("disclosureMessage"));
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("disclosureRecordButton"));
        const auto refuses = [&](const QString &words, const char *field) {
            QTest::mouseClick(record, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY2(message->text().contains(words), qPrintable(message->text()));
            QCOMPARE(dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString(), QString::fromLatin1(field));
        };
        refuses(QStringLiteral("Choose the basis"), "consentBasis");
        dialog->findChild<QRadioButton *>(QStringLiteral("consentBasis"))->click();
        refuses(QStringLiteral("who consented"), "consentByField");
        dialog->findChild<QLineEdit *>(QStringLiteral("consentByField"))->setText(QStringLiteral("  "));
        refuses(QStringLiteral("who consented"), "consentByField");
        dialog->findChild<QLineEdit *>(QStringLiteral("consentByField"))->setText(demo::DemoGenerator::colleagueWangName());
        refuses(QStringLiteral("how consent was given"), "consentFormField");
        dialog->findChild<QRadioButton *>(QStringLiteral("approvalBasis"))->click();
        refuses(QStringLiteral("supervisor"), "approvedByField");
        dialog->findChild<QLineEdit *>(QStringLiteral("approvedByField"))->setText(QStringLiteral("张主任"));
        refuses(QStringLiteral("why"), "reasonField");
        QCOMPARE(disclosures(), before);

        // Cancel: nothing shown, nothing recorded.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disclosureCancelButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!view.disclosureDialog(), timeoutMs);
        const QString said = view.findChild<ui::FieldMessage *>(QStringLiteral("comparisonMessage"))->text();
        QVERIFY2(said.contains(QStringLiteral("not opened")), qPrintable(said));
        QCOMPARE(view.findChild<QTableView *>(QStringLiteral("causesTable"))->model()->rowCount(), 0);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("comparisonHeadline"))->text().isEmpty());
        QCOMPARE(disclosures(), before);

        // A supervisor's approval with a reason: recorded, then shown.
        view.compareWith(demo::DemoGenerator::colleagueWangCitizenId());
        QTRY_VERIFY_WITH_TIMEOUT(dialogShown(view), timeoutMs);
        dialog = view.disclosureDialog();
        dialog->findChild<QRadioButton *>(QStringLiteral("approvalBasis"))->click();
        dialog->findChild<QLineEdit *>(QStringLiteral("approvedByField"))->setText(QStringLiteral("张主任"));
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonField"))->setText(QStringLiteral("同事委托来访人代为咨询"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disclosureRecordButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, timeoutMs);
        QVERIFY(view.findChild<QTableView *>(QStringLiteral("causesTable"))->model()->rowCount() > 0);
        QCOMPARE(disclosures(), before + 1);
        const QString colleague = view.findChild<QLabel *>(QStringLiteral("comparisonColleague"))->text();
        QVERIFY2(colleague.contains(QStringLiteral("supervisor")), qPrintable(colleague));
        QVERIFY(!colleague.contains(QStringLiteral("张主任")));
        assertNoColleagueOnScreen(view);

        // Stored: whose data, to whom, on what basis, by which clerk.
        auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT s.citizen_id, r.citizen_id, d.basis, d.approved_by, d.reason, d.clerk"
                                      " FROM data_disclosure d JOIN insured_person s ON s.id = d.subject_person_id"
                                      " JOIN insured_person r ON r.id = d.recipient_person_id ORDER BY d.rowid DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), demo::DemoGenerator::colleagueWangCitizenId());
        QCOMPARE(q.value(1).toString(), demo::DemoGenerator::colleagueLiCitizenId());
        QCOMPARE(q.value(2).toString(), QStringLiteral("approval"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("张主任"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("同事委托来访人代为咨询"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("test-clerk"));
    }

    // On the visitor's screen and on paper the colleague is "Colleague" with the masked number.
    void colleagueIsMaskedOnTheVisitorScreenAndTheSheet()
    {
        signInExpert();
        TONGBAN_REQUIRE_PDFTOTEXT();
        ui::ComparisonView view(m_context->context());
        showPerson(view, demo::DemoGenerator::colleagueLiCitizenId());
        QSignalSpy shown(&view, &ui::ComparisonView::comparisonShown);
        view.compareWith(demo::DemoGenerator::colleagueWangCitizenId());
        recordConsent(view);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, timeoutMs);

        view.openVisitorView();
        ui::VisitorView *visitor = view.visitorView();
        QVERIFY(visitor);
        QTRY_VERIFY_WITH_TIMEOUT(visitor->isVisible(), timeoutMs);
        const QString header = visitor->findChild<QLabel *>(QStringLiteral("visitorHeader"))->text();
        QVERIFY2(header.contains(services::ComparisonService::colleagueLabel()) && header.contains(QStringLiteral("110105********0173")),
                 qPrintable(header));
        QVERIFY(visitor->stepCount() >= 3);
        QString seen = header + visitor->findChild<QLabel *>(QStringLiteral("visitorTotalCaption"))->text();
        for (int step = 0; step < visitor->stepCount(); ++step) {
            visitor->setStep(step);
            for (const char *name : {"visitorStepLabel", "visitorFormula", "visitorValue", "visitorNote"})
                seen += u'\n' + visitor->findChild<QLabel *>(QString::fromLatin1(name))->text();
        }
        QVERIFY2(seen.contains(services::ComparisonService::colleagueLabel() + QStringLiteral(": ")), qPrintable(seen));
        QVERIFY2(!seen.contains(demo::DemoGenerator::colleagueWangName()), qPrintable(seen));
        QVERIFY(!seen.contains(demo::DemoGenerator::colleagueWangCitizenId()));
        visitor->close();

        // The printed sheet, read back from its PDF.
        const QString path = m_dir.filePath(QStringLiteral("comparison.pdf"));
        QSignalSpy written(&view, &ui::ComparisonView::pdfFinished);
        view.savePdf(path);
        QVERIFY(written.wait(timeoutMs));
        QVERIFY(written.first().first().toBool());
        const QString text = test::pdftext::squeezed(test::pdftext::read(path));
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(test::pdftext::squeezed(QStringLiteral("110105********0173"))), qPrintable(text));
        QVERIFY2(text.contains(test::pdftext::squeezed(services::ComparisonService::colleagueLabel())), qPrintable(text));
        QVERIFY(text.contains(test::pdftext::squeezed(demo::DemoGenerator::colleagueLiName()))); // the visitor's own
        QVERIFY2(!text.contains(test::pdftext::squeezed(demo::DemoGenerator::colleagueWangName())), qPrintable(text));
        QVERIFY(!text.contains(demo::DemoGenerator::colleagueWangCitizenId()));
        QVERIFY(!text.contains(demo::DemoGenerator::colleagueLiCitizenId()));
        // The visitor's copy names the agency and the documents both calculations followed.
        QVERIFY2(text.contains(test::pdftext::squeezed(QStringLiteral("北京市东城区社会保险事业管理中心"))), qPrintable(text));
        QVERIFY2(text.contains(test::pdftext::squeezed(QStringLiteral("国发〔2005〕38号"))), qPrintable(text));
        // Logged as the comparison sheet, in the visitor's log and in the colleague's: it carries both.
        QCOMPARE(pdfAudit(),
                 (QStringList {QStringLiteral("%1|comparison-sheet").arg(demo::DemoGenerator::colleagueLiCitizenId()),
                               QStringLiteral("%1|comparison-sheet").arg(demo::DemoGenerator::colleagueWangCitizenId())}));
    }

private:
    /// Comparing with a colleague is an expert's right: signed in as one, with the fallback
    /// clerk's name kept on the records.
    void signInExpert()
    {
        m_context->context().setSignedIn(test::signedInUser(accounts::Role::AssistingExpert, m_context->context().clerk()));
    }

    static bool dialogShown(const ui::ComparisonView &view) { return view.disclosureDialog() && view.disclosureDialog()->isVisible(); }

    /// Answers the basis question with the colleague's consent in writing.
    void recordConsent(ui::ComparisonView &view)
    {
        QTRY_VERIFY_WITH_TIMEOUT(dialogShown(view), timeoutMs);
        ui::DisclosureDialog *dialog = view.disclosureDialog();
        dialog->findChild<QRadioButton *>(QStringLiteral("consentBasis"))->click();
        dialog->findChild<QLineEdit *>(QStringLiteral("consentByField"))->setText(demo::DemoGenerator::colleagueWangName());
        dialog->findChild<QComboBox *>(QStringLiteral("consentFormField"))->setCurrentIndex(1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("disclosureRecordButton")), Qt::LeftButton);
    }

    /// Neither the colleague's name nor their full number is in any label or table of @p view.
    void assertNoColleagueOnScreen(ui::ComparisonView &view)
    {
        // The view's own widgets: the basis question (a window of its own) holds what the clerk typed.
        QStringList texts;
        for (const QLabel *label : view.findChildren<QLabel *>())
            if (label->window() == &view)
                texts << label->text() << label->toolTip();
        for (const QLineEdit *field : view.findChildren<QLineEdit *>())
            if (field->window() == &view)
                texts << field->text();
        for (const QTableView *table : view.findChildren<QTableView *>()) {
            const QAbstractItemModel *model = table->model();
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->index(row, column).data().toString() << model->index(row, column).data(Qt::ToolTipRole).toString();
        }
        const QString all = texts.join(u'\n');
        QVERIFY2(!all.contains(demo::DemoGenerator::colleagueWangName()), qPrintable(all));
        QVERIFY(!all.contains(demo::DemoGenerator::colleagueWangCitizenId()));
    }

    qint64 disclosures() const
    {
        auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        QSqlQuery q((*store)->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM data_disclosure")) || !q.next())
            qFatal("cannot count the disclosures");
        return q.value(0).toLongLong();
    }

    /// The audit records of PDFs, "subject|object" in their order.
    QStringList pdfAudit() const
    {
        auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        QSqlQuery q((*store)->database());
        if (!q.exec(QStringLiteral("SELECT subject, object FROM audit_record WHERE action = 'pdf' ORDER BY seq")))
            qFatal("cannot read the audit records");
        QStringList records;
        while (q.next())
            records << q.value(0).toString() + u'|' + q.value(1).toString();
        return records;
    }

    /// How many audit records of @p action the file holds.
    qint64 auditRecords(const QString &action) const
    {
        auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        QSqlQuery q((*store)->database());
        if (!q.prepare(QStringLiteral("SELECT count(*) FROM audit_record WHERE action = ?")))
            qFatal("cannot count the audit records");
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            qFatal("cannot count the audit records");
        return q.value(0).toLongLong();
    }

    void showPerson(ui::ComparisonView &view, const QString &citizenId)
    {
        auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        storage::PersonRepository repository((*store)->database(), test::clock());
        const auto person = repository.findByCitizenId(citizenId);
        QVERIFY(person.ok() && person->has_value());
        const auto records = repository.loadContributionRecords((*person)->id);
        QVERIFY(records.ok());
        view.showPerson(**person, *records);
        m_shown = **person;
    }

    std::shared_ptr<const policy::ParameterSet> m_parameters;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<test::TestContext> m_context;
    insured::InsuredPerson m_shown; ///< the person showPerson() put on screen
};

QTEST_MAIN(TestComparisonView)
#include "testcomparisonview.moc"
