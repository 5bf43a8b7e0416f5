// The counter window on a damaged database (issue: a damaged file is caught, and there is a way
// back): the look-up is refused with what to do, the database dialog lists the backups, and a
// restore from it brings the window back to work. Offscreen, on real SQLite files.

#include "ui/shell/mainwindow.h"
#include "ui/shell/storedialog.h"

#include "demo/demogenerator.h"
#include "storage/storeservice.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = file.size();
    file.seek(size * 2 / 5);
    return file.write(QByteArray(int(size / 5), char(0xAB))) == size / 5;
}

} // namespace

class TestStoreDialog : public QObject
{
    Q_OBJECT

private slots:
    void aDamagedFileIsRefusedAndRestoredFromTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counter.sqlite"));
        QVERIFY(demo::DemoGenerator(test::shippedParameters(), 2).writeNewFile(path, 20).ok());
        QString backup;
        {
            test::TestContext before(path);
            QVERIFY(before.open());
            const auto made = before.store().backUp().result();
            QVERIFY(made.ok());
            backup = made->path;
        }
        QVERIFY(damage(path));

        test::TestContext context(path);
        ui::MainWindow window(context.context());
        QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
        window.show();
        QVERIFY(!ready.isEmpty() || ready.wait(timeoutMs));
        QCOMPARE(ready.takeFirst().first().toBool(), false);
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("lookupField"));
        QVERIFY(!field->isEnabled());
        const QString status = window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("damaged")) || status.contains(QStringLiteral("损坏")), qPrintable(status));

        window.findChild<QAction *>(QStringLiteral("storeDialogAction"))->trigger();
        auto *dialog = window.findChild<ui::StoreDialog *>();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, timeoutMs);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("storeState"))->text().isEmpty());

        QSignalSpy finished(dialog, &ui::StoreDialog::finished);
        dialog->restore(backup);
        // The window opens the restored file; the signal may already have come while restore() ran.
        QVERIFY(!ready.isEmpty() || ready.wait(timeoutMs));
        QCOMPARE(ready.takeFirst().first().toBool(), true);
        QVERIFY(field->isEnabled());
        QVERIFY(finished.count() > 0 || finished.wait(timeoutMs));

        QSignalSpy looked(&window, &ui::MainWindow::lookupFinished);
        window.lookUp(demo::DemoGenerator::colleagueWangName());
        QVERIFY(looked.wait(timeoutMs));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("nameLabel"))->text().contains(demo::DemoGenerator::colleagueWangName()));
    }
};

QTEST_MAIN(TestStoreDialog)
#include "teststoredialog.moc"
