// AppSettings: every setting has its default, what is set is read back, and it outlasts the
// object (a second one on the same file reads it): the INI file is real.

#include "casework/ratingpolicy.h"
#include "settings/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        const auto settings = settings::AppSettings::fromFile(dir.filePath(QStringLiteral("tongban.ini")));
        QVERIFY(!settings->agency().isSet());
        QCOMPARE(settings->agency().sealText, QStringLiteral("（盖章）"));
        QCOMPARE(settings->language(), QStringLiteral("zh_CN"));
        QVERIFY(settings->defaultRegion().isEmpty());
        QCOMPARE(settings->queueCategory(), QStringLiteral("A"));
        QVERIFY(settings->clerkName().isEmpty());
        QVERIFY(settings->windowGeometry().isEmpty());
        QCOMPARE(settings->ratingFollowUpWorkingDays(), casework::RatingPolicy {}.followUpWorkingDays);
        QVERIFY(settings->counterWindow().isEmpty());
        QVERIFY(settings->centralServer().isEmpty());
    }

    void keptInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tongban.ini"));
        {
            const auto settings = settings::AppSettings::fromFile(path);
            settings->setAgency({QStringLiteral("  北京市朝阳区社会保险事业管理中心 "), QStringLiteral("（业务专用章）")});
            settings->setDefaultRegion(QStringLiteral("110105"));
            settings->setQueueCategory(QStringLiteral("C"));
            settings->setLanguage(QStringLiteral("en"));
            settings->setClerkName(QStringLiteral(" 张敏 "));
            settings->setWindowGeometry(QByteArray("geometry"));
            settings->setRatingFollowUpWorkingDays(5);
            settings->setCounterWindow(QStringLiteral(" 3 "));
            settings->setCentralServer(QStringLiteral(" host=10.1.2.3 dbname=tongban sslmode=verify-full "));
            settings->sync();
        }
        const auto again = settings::AppSettings::fromFile(path);
        QCOMPARE(again->agency().name, QStringLiteral("北京市朝阳区社会保险事业管理中心"));
        QCOMPARE(again->agency().sealText, QStringLiteral("（业务专用章）"));
        QCOMPARE(again->defaultRegion(), QStringLiteral("110105"));
        QCOMPARE(again->queueCategory(), QStringLiteral("C"));
        QCOMPARE(again->language(), QStringLiteral("en"));
        QCOMPARE(again->clerkName(), QStringLiteral("张敏"));
        QCOMPARE(again->windowGeometry(), QByteArray("geometry"));
        QCOMPARE(again->ratingFollowUpWorkingDays(), 5);
        QCOMPARE(again->counterWindow(), QStringLiteral("3"));
        QCOMPARE(again->centralServer(), QStringLiteral("host=10.1.2.3 dbname=tongban sslmode=verify-full"));
    }

    void unknownLanguageAndEmptySealFallBack()
    {
        QTemporaryDir dir;
        const auto settings = settings::AppSettings::fromFile(dir.filePath(QStringLiteral("tongban.ini")));
        settings->setLanguage(QStringLiteral("fr"));
        QCOMPARE(settings->language(), QStringLiteral("zh_CN"));
        settings->setAgency({QStringLiteral("某中心"), QStringLiteral("   ")});
        QCOMPARE(settings->agency().sealText, QStringLiteral("（盖章）"));
        settings->setRatingFollowUpWorkingDays(0);
        QCOMPARE(settings->ratingFollowUpWorkingDays(), 15);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "testappsettings.moc"
