// The settings of the counter: the dialog refuses an empty clerk and a region that is no GB/T 2260
// code, naming the field; the main window asks for the clerk once the store is open when it has
// none, and what the dialog accepts reaches the context (the paper's agency and clerk), the status
// bar and the settings file; the window's geometry is kept when it closes.

#include "tests/ui/common/windowfixture.h"
#include "ui/common/fieldmessage.h"
#include "ui/shell/settingsdialog.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatCannotBePrinted()
    {
        const QMap<QString, QString> provinces {{QStringLiteral("110000"), QStringLiteral("北京市")},
                                                {QStringLiteral("320000"), QStringLiteral("江苏省")}};
        ui::SettingsDialog dialog({QStringLiteral("某中心"), QStringLiteral("（盖章）")}, QString(), QString(), QStringLiteral("zh_CN"),
                                  provinces);
        dialog.show();
        auto *message = dialog.findChild<ui::FieldMessage *>(QStringLiteral("settingsMessage"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        dialog.accept(); // no clerk
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Clerk")), qPrintable(message->text())); // the field, named

        dialog.findChild<QLineEdit *>(QStringLiteral("clerkName"))->setText(QStringLiteral("张敏"));
        auto *region = dialog.findChild<QComboBox *>(QStringLiteral("defaultRegion"));
        region->setEditText(QStringLiteral("990000"));
        dialog.accept(); // no such province
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(message->text().contains(QStringLiteral("990000")), qPrintable(message->text()));

        region->setEditText(QStringLiteral("320800"));
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.clerk(), QStringLiteral("张敏"));
        QCOMPARE(dialog.defaultRegion(), QStringLiteral("320800"));
        QCOMPARE(dialog.agency().name, QStringLiteral("某中心"));
    }

    // The central server's connection string: what libpq does not parse is refused naming the
    // field, and so is one that holds a user or a password (each clerk signs in with their own).
    void refusesACentralServerThatDoesNotParse()
    {
        const QMap<QString, QString> provinces {{QStringLiteral("110000"), QStringLiteral("北京市")}};
        ui::SettingsDialog dialog({QStringLiteral("某中心"), QStringLiteral("（盖章）")}, QString(), QStringLiteral("张敏"),
                                  QStringLiteral("zh_CN"), provinces);
        dialog.show();
        auto *message = dialog.findChild<ui::FieldMessage *>(QStringLiteral("settingsMessage"));
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("centralServer"));
        QVERIFY(server);
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        server->setText(QStringLiteral("host=10.1.2.3 colour=blue"));
        dialog.accept();
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(message->text().startsWith(QStringLiteral("Central server")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("colour")), qPrintable(message->text()));

        server->setText(QStringLiteral("host=10.1.2.3 dbname=tongban user=admin password=secret1"));
        dialog.accept();
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(message->text().startsWith(QStringLiteral("Central server")), qPrintable(message->text()));
        QVERIFY2(!message->text().contains(QStringLiteral("secret1")), qPrintable(message->text()));

        server->setText(QStringLiteral(" postgresql://10.1.2.3/tongban?sslmode=verify-full "));
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.centralServer(), QStringLiteral("postgresql://10.1.2.3/tongban?sslmode=verify-full"));
    }

    // Signed in, the name on every record is the clerk's: the field is read-only and not asked for.
    void aSignedInClerkIsNotAskedForAName()
    {
        const QMap<QString, QString> provinces {{QStringLiteral("110000"), QStringLiteral("北京市")}};
        ui::SettingsDialog dialog({QStringLiteral("某中心"), QStringLiteral("（盖章）")}, QString(), QString(), QStringLiteral("zh_CN"),
                                  provinces);
        dialog.setSignedInClerk(QStringLiteral("王芳"));
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("clerkName"))->isReadOnly());
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
    }

    void windowAsksForTheClerkAndKeepsTheAnswer()
    {
        QTemporaryDir dir;
        const QString iniPath = dir.filePath(QStringLiteral("tongban.ini"));
        auto settings = settings::AppSettings::fromFile(iniPath);
        test::TestContext context(dir.filePath(QStringLiteral("store.sqlite")), QString());
        ui::MainWindow window(context.context(), settings.get());
        QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
        window.show();
        QVERIFY(ready.wait(60000));
        // Without a clerk the settings open by themselves once the store is open.
        QTRY_VERIFY(window.findChild<ui::SettingsDialog *>());
        auto *dialog = window.findChild<ui::SettingsDialog *>();
        dialog->findChild<QLineEdit *>(QStringLiteral("clerkName"))->setText(QStringLiteral("王芳"));
        dialog->findChild<QLineEdit *>(QStringLiteral("agencyName"))->setText(QStringLiteral("南京市社会保险管理中心"));
        auto *region = dialog->findChild<QComboBox *>(QStringLiteral("defaultRegion"));
        region->setCurrentIndex(region->findData(QStringLiteral("320000")));
        dialog->accept();

        QCOMPARE(context.context().clerk(), QStringLiteral("王芳"));
        QCOMPARE(context.context().agency().name, QStringLiteral("南京市社会保险管理中心"));
        QCOMPARE(context.context().defaultRegion(), QStringLiteral("320000"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("clerkStatus"))->text().contains(QStringLiteral("王芳")));
        const auto reread = settings::AppSettings::fromFile(iniPath);
        QCOMPARE(reread->clerkName(), QStringLiteral("王芳"));
        QCOMPARE(reread->agency().name, QStringLiteral("南京市社会保险管理中心"));
        QCOMPARE(reread->defaultRegion(), QStringLiteral("320000"));

        // The window's place is kept for the next start.
        window.close();
        QVERIFY(!settings::AppSettings::fromFile(iniPath)->windowGeometry().isEmpty());
    }

    void windowWithAClerkDoesNotAsk()
    {
        QTemporaryDir dir;
        test::OpenWindow open = test::openWindow(dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("张敏"));
        QCoreApplication::processEvents();
        QVERIFY(!open->findChild<ui::SettingsDialog *>());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "testsettingsdialog.moc"
