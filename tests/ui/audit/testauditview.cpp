// The supervisor's audit view (issue 12 §4): the records listed newest first with masked numbers,
// filtered, paged with "More"; the chain checked, and a record altered behind the triggers' back
// found; a window clerk refused (and the refusal audited); the main window offers the view to a
// supervisor only.

#include "audit/auditentry.h"
#include "identity/citizenid.h"
#include "services/auditservice.h"
#include "ui/audit/auditview.h"
#include "ui/shell/mainwindow.h"

#include "signedinusers.h"
#include "testcontext.h"
#include "tests/ui/common/windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tongban;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kPersonA = QStringLiteral("11010519491231002X");
const QString kPersonB = QStringLiteral("110105195306150018");

template<typename T> T *child(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestContext> m_context;

    /// Four records by the window clerk 王芳: a look-up of A, a print of A's sheet, an unmasking
    /// of B with its reason, the day's CSV.
    void fill()
    {
        services::AuditService service(m_context->context());
        audit::AuditEntry lookUp;
        lookUp.action = audit::action::lookUp;
        lookUp.subject = kPersonA;
        QVERIFY(service.record({lookUp}).result().ok());
        QVERIFY(service.recordOutput(audit::action::print, QStringLiteral("calculation-sheet"), kPersonA).result().ok());
        m_context->context().setSignedIn(
            test::signedInUser(accounts::Role::AssistingExpert, QStringLiteral("李强"), QStringLiteral("li.qiang")));
        QVERIFY(service.unmask(kPersonB, QStringLiteral("本人申请核对")).result().ok());
        m_context->context().signOut();
        QVERIFY(service.recordOutput(audit::action::exportCsv, QStringLiteral("day-work-csv")).result().ok());
    }

    bool listed(ui::AuditView &view)
    {
        QSignalSpy done(&view, &ui::AuditView::listed);
        view.search();
        if (!done.wait(kTimeoutMs))
            return false;
        return done.first().first().toBool();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_context = std::make_unique<test::TestContext>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))), QStringLiteral("王芳"));
        QVERIFY(m_context->open());
        fill();
    }
    void cleanup() { m_context.reset(); }

    void aWindowClerkIsRefused()
    {
        ui::AuditView view(m_context->context());
        QSignalSpy done(&view, &ui::AuditView::listed);
        view.search();
        QVERIFY(done.wait(kTimeoutMs));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!child<QLabel>(&view, QStringLiteral("auditMessage"))->text().isEmpty());
        QCOMPARE(child<QTreeWidget>(&view, QStringLiteral("auditList"))->topLevelItemCount(), 0);
        // The refusal itself is in the log.
        const auto refused = m_context->store()
                                 .read<int>([](QSqlDatabase db) -> Result<int> {
                                     QSqlQuery q(db);
                                     if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_record WHERE action = 'refused' "
                                                                "AND object = 'audit-view' AND clerk = '王芳'"))
                                         || !q.next())
                                         return Error::storage(q.lastError().text());
                                     return q.value(0).toInt();
                                 })
                                 .result();
        QVERIFY(refused.ok());
        QCOMPARE(*refused, 1);
    }

    void aSupervisorListsFiltersAndPages()
    {
        m_context->context().setSignedIn(
            test::signedInUser(accounts::Role::Supervisor, QStringLiteral("赵敏"), QStringLiteral("zhao.min")));
        ui::AuditView view(m_context->context());
        auto *list = child<QTreeWidget>(&view, QStringLiteral("auditList"));
        QVERIFY(listed(view));
        QCOMPARE(list->topLevelItemCount(), 4);
        QVERIFY(!view.hasMore());
        // Newest first: the CSV, the unmasking (masked number, its reason, the expert's login).
        QCOMPARE(view.records().first().entry.object, QStringLiteral("day-work-csv"));
        // What was put out, in words (the recorded id in the tooltip).
        QCOMPARE(list->topLevelItem(0)->text(4), ui::AuditView::objectLabel(QStringLiteral("day-work-csv")));
        QVERIFY(ui::AuditView::objectLabel(QStringLiteral("day-work-csv")) != QStringLiteral("day-work-csv"));
        QCOMPARE(list->topLevelItem(0)->toolTip(4), QStringLiteral("day-work-csv"));
        const QTreeWidgetItem *unmask = list->topLevelItem(1);
        QCOMPARE(unmask->text(1), QStringLiteral("li.qiang"));
        QCOMPARE(unmask->text(2), ui::AuditView::actionLabel(audit::action::unmask));
        QCOMPARE(unmask->text(3), identity::CitizenId::mask(kPersonB));
        QCOMPARE(unmask->text(5), QStringLiteral("本人申请核对"));
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column) {
                QVERIFY2(!list->topLevelItem(row)->text(column).contains(kPersonA)
                             && !list->topLevelItem(row)->text(column).contains(kPersonB),
                         "a full ID number is listed");
            }
        }

        // By action; by person (the full number typed).
        auto *action = child<QComboBox>(&view, QStringLiteral("auditActionField"));
        action->setCurrentIndex(action->findData(audit::action::unmask));
        QVERIFY(listed(view));
        QCOMPARE(list->topLevelItemCount(), 1);
        action->setCurrentIndex(0);
        child<QLineEdit>(&view, QStringLiteral("auditPersonField"))->setText(kPersonA);
        QVERIFY(listed(view));
        QCOMPARE(list->topLevelItemCount(), 2);
        child<QLineEdit>(&view, QStringLiteral("auditPersonField"))->clear();

        // Three at a time: "More" adds the older ones under the list.
        view.setPageSize(3);
        QVERIFY(listed(view));
        QCOMPARE(list->topLevelItemCount(), 3);
        QVERIFY(view.hasMore());
        QSignalSpy more(&view, &ui::AuditView::listed);
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("auditMoreButton")), Qt::LeftButton);
        QVERIFY(more.wait(kTimeoutMs));
        // The first look-up (the oldest) comes last.
        QCOMPARE(list->topLevelItemCount(), 4);
        QVERIFY(!view.hasMore());
        QCOMPARE(view.records().at(3).entry.action, audit::action::lookUp);
        QCOMPARE(view.records().at(3).entry.subject, kPersonA);
    }

    void theChainIsCheckedAndATamperingFound()
    {
        m_context->context().setSignedIn(
            test::signedInUser(accounts::Role::Supervisor, QStringLiteral("赵敏"), QStringLiteral("zhao.min")));
        ui::AuditView view(m_context->context());
        auto *result = child<QLabel>(&view, QStringLiteral("auditChainResult"));
        QSignalSpy checked(&view, &ui::AuditView::chainChecked);
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("auditChainButton")), Qt::LeftButton);
        QVERIFY(checked.wait(kTimeoutMs));
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY(!result->text().isEmpty());

        // Someone with the file drops the triggers and rewrites the unmasking's reason.
        const auto tampered
            = m_context->store()
                  .write<Done>([](QSqlDatabase db) -> Status {
                      QSqlQuery q(db);
                      for (const char *trigger : {"audit_record_no_update", "audit_record_no_delete", "audit_record_append"}) {
                          if (!q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))))
                              return Error::storage(q.lastError().text());
                      }
                      if (!q.exec(QStringLiteral("UPDATE audit_record SET reason = '例行' WHERE action = 'unmask'")))
                          return Error::storage(q.lastError().text());
                      return Done {};
                  })
                  .result();
        QVERIFY2(tampered.ok(), tampered.ok() ? "" : qPrintable(tampered.error().message));
        checked.clear();
        QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("auditChainButton")), Qt::LeftButton);
        QVERIFY(checked.wait(kTimeoutMs));
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY2(result->text().contains(QStringLiteral("3")), qPrintable(result->text()));
    }

    void theWindowOffersItToASupervisorOnly()
    {
        m_context.reset();
        auto window = test::openWindow(m_dir.filePath(QStringLiteral("window.sqlite")));
        auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("workspaceTabs"));
        auto *view = child<ui::AuditView>(window.get(), QStringLiteral("auditView"));
        const int index = tabs->indexOf(test::tabOf(view));
        QVERIFY(index >= 0);
        QVERIFY(!tabs->isTabVisible(index));
        // Its shortcut does not reach it either.
        child<QShortcut>(window.get(), QStringLiteral("workspaceShortcut%1").arg(index + 1))->activated();
        QVERIFY(tabs->currentIndex() != index);

        window.context->context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, QStringLiteral("赵敏")));
        window->showRightsOfTheSignedIn();
        QVERIFY(tabs->isTabVisible(index));
        child<QShortcut>(window.get(), QStringLiteral("workspaceShortcut%1").arg(index + 1))->activated();
        QCOMPARE(tabs->currentIndex(), index);

        window.context->context().signOut();
        window->showRightsOfTheSignedIn();
        QVERIFY(!tabs->isTabVisible(index));
    }
};

QTEST_MAIN(TestAuditView)
#include "testauditview.moc"
