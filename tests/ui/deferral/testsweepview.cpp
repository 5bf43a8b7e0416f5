// The 免申即享 page on a demo database of sweep employers (offscreen): a sweep runs off the UI
// thread with its progress on the bar, the table fills and sorts, cancel leaves a partial list
// marked cancelled, every sweep is recorded, and the list is exported as CSV.

#include "demo/demogenerator.h"
#include "policy/parameterset.h"
#include "storage/localstore.h"
#include "ui/deferral/sweepview.h"

#include "signedinusers.h"
#include "testcontext.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

namespace {

constexpr int kTimeoutMs = 120000;
constexpr int kEmployers = 1500;

sweep::SweepParameters juneParameters()
{
    sweep::SweepParameters p;
    p.asOf = QDate(2022, 6, 15);
    p.hardHitRegions = {QStringLiteral("310000")};
    return p;
}

QPushButton *button(const QWidget &view, const QString &text)
{
    for (QPushButton *b : view.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestSweepView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<test::TestContext> m_context;

    qint64 sweepEvents()
    {
        auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            return -1;
        QSqlQuery q((*store)->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'deferral.sweep'")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        QVERIFY(parameters.ok());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto written = demo::DemoGenerator(*parameters, 5).writeNewFile(m_path, 2, kEmployers);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        m_context = std::make_unique<test::TestContext>(m_path, QStringLiteral("张敏"));
        QVERIFY(m_context->open());
    }

    void startRunsToTheEndAndFillsTheTable()
    {
        ui::SweepView view(m_context->context(), juneParameters());
        view.show();
        QSignalSpy progress(&view, &ui::SweepView::progressChanged);
        QSignalSpy finished(&view, &ui::SweepView::sweepFinished);
        QSignalSpy recorded(&view, &ui::SweepView::sweepRecorded);
        const qint64 before = sweepEvents();

        QPushButton *start = button(view, ui::SweepView::tr("Start"));
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(view.isRunning());
        QVERIFY(!start->isEnabled());
        QVERIFY(finished.count() == 1 || finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!view.isRunning());

        // Progress: monotonic, ends at the total; the bar shows "n of N employers" at its end.
        const qint64 total = 36 + kEmployers;
        QVERIFY(progress.count() >= 2);
        qint64 last = -1;
        for (const QList<QVariant> &call : progress) {
            QVERIFY(call.at(0).toLongLong() >= last);
            last = call.at(0).toLongLong();
            QCOMPARE(call.at(1).toLongLong(), total);
        }
        QCOMPARE(last, total);
        QCOMPARE(view.progressBar()->value(), view.progressBar()->maximum());
        QCOMPARE(view.progressBar()->maximum(), int(total));
        QVERIFY(view.progressBar()->text().contains(QString::number(total)));

        // The table: the eligible employers, sortable by the amount (numerically).
        QVERIFY(view.result().has_value());
        const qint64 eligible = view.result()->eligibleCount();
        QVERIFY(eligible > 100);
        QAbstractItemModel *model = view.table()->model();
        QCOMPARE(model->rowCount(), int(eligible));
        view.table()->sortByColumn(7, Qt::DescendingOrder);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, 7).data(Qt::UserRole + 1).toLongLong()
                    >= model->index(row, 7).data(Qt::UserRole + 1).toLongLong());
        QVERIFY(model->index(0, 7).data().toString().contains(u'.'));

        // Recorded once, with its event id.
        QVERIFY(recorded.count() == 1);
        QVERIFY(!recorded.first().first().toString().isEmpty());
        QCOMPARE(sweepEvents(), before + 1);
    }

    void cancelLeavesAPartialListMarkedCancelled()
    {
        ui::SweepView view(m_context->context(), juneParameters());
        QSignalSpy finished(&view, &ui::SweepView::sweepFinished);
        // The store's readers held until the cancel is clicked: on a loaded machine the sweep
        // could otherwise finish before the click, and there would be nothing to cancel.
        constexpr int holders = 8; // more than the store's reader threads
        QSemaphore hold;
        QList<QFuture<Result<int>>> held;
        for (int i = 0; i < holders; ++i) {
            held << m_context->context().store().read<int>([&hold](QSqlDatabase) -> Result<int> {
                hold.acquire();
                return 0;
            });
        }
        view.start();
        QVERIFY(view.isRunning());
        QPushButton *cancel = button(view, ui::SweepView::tr("Cancel"));
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        hold.release(holders);
        for (auto &future : held)
            QVERIFY(future.result().ok());
        QVERIFY(finished.count() == 1 || finished.wait(kTimeoutMs));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(view.result()->cancelled);
        QVERIFY(view.result()->screened < view.result()->employersTotal);
        QCOMPARE(view.table()->model()->rowCount(), int(view.result()->eligibleCount()));
        QVERIFY(!cancel->isEnabled());

        // Issue 16: the partial list's file says in its first line that it is incomplete.
        m_context->context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, QStringLiteral("张敏")));
        QSignalSpy written(&view, &ui::SweepView::csvWritten);
        const QString path = m_dir.filePath(QStringLiteral("partial.csv"));
        view.exportCsvTo(path);
        QVERIFY(written.count() == 1 || written.wait(kTimeoutMs));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString firstLine = QString::fromUtf8(file.readLine().mid(3)).trimmed();
        QVERIFY2(
            firstLine.contains(u"INCOMPLETE")
                && firstLine.contains(QStringLiteral("%1 of %2 employers").arg(view.result()->screened).arg(view.result()->employersTotal)),
            qPrintable(firstLine));
    }

    void csvIsWrittenOffTheUiThread()
    {
        m_context->context().signOut();
        ui::SweepView view(m_context->context(), juneParameters());
        QSignalSpy finished(&view, &ui::SweepView::sweepFinished);
        view.start();
        QVERIFY(finished.wait(kTimeoutMs));
        const QString path = m_dir.filePath(QStringLiteral("eligible.csv"));

        // Issue 12: the list of a whole region is a supervisor's export; a window clerk is not
        // offered it, and asked anyway, is refused with a message and no file.
        auto *exportButton = view.findChild<QPushButton *>(QStringLiteral("sweepExport"));
        QVERIFY(exportButton && exportButton->isHidden());
        QSignalSpy refused(&view, &ui::SweepView::csvFailed);
        view.exportCsvTo(path);
        QVERIFY(refused.count() == 1 || refused.wait(kTimeoutMs));
        QVERIFY(!refused.first().first().toString().isEmpty());
        QVERIFY(!QFile::exists(path));

        m_context->context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, QStringLiteral("张敏")));
        QSignalSpy written(&view, &ui::SweepView::csvWritten);
        view.exportCsvTo(path);
        QVERIFY(written.count() == 1 || written.wait(kTimeoutMs));
        QCOMPARE(written.first().first().toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), qsizetype(view.result()->eligibleCount() + 2)); // status line, header, rows
        const QString firstLine = QString::fromUtf8(bytes.mid(3)).section(QStringLiteral("\r\n"), 0, 0);
        QVERIFY2(firstLine.contains(u"Complete") && !firstLine.contains(u"INCOMPLETE"), qPrintable(firstLine));

        QSignalSpy failed(&view, &ui::SweepView::csvFailed);
        view.exportCsvTo(m_dir.filePath(QStringLiteral("no/such/dir.csv")));
        QVERIFY(failed.count() == 1 || failed.wait(kTimeoutMs));
        m_context->context().signOut();
    }

    void badRegionIsRefusedBeforeStarting()
    {
        ui::SweepView view(m_context->context(), juneParameters());
        QSignalSpy failed(&view, &ui::SweepView::sweepFailed);
        auto *regions = view.findChild<QLineEdit *>();
        QVERIFY(regions);
        regions->setText(QStringLiteral("310000 31"));
        view.start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("31")));
        QVERIFY(!view.isRunning());
    }
};

QTEST_MAIN(TestSweepView)
#include "testsweepview.moc"
