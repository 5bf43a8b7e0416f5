#include "appsettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace tongban::settings {

namespace {

// The keys, in one place.
const QString kAgencyName = QStringLiteral("agency/name");
const QString kSealText = QStringLiteral("agency/seal_text");
const QString kDefaultRegion = QStringLiteral("counter/default_region");
const QString kQueueCategory = QStringLiteral("counter/queue_category");
const QString kLanguage = QStringLiteral("person/language");
const QString kClerkName = QStringLiteral("person/clerk_name");
const QString kRatingFollowUpDays = QStringLiteral("counter/rating_followup_working_days");
const QString kCounterWindow = QStringLiteral("counter/window");
const QString kCentralServer = QStringLiteral("central/server");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");

const QString kDefaultSealText = QStringLiteral("（盖章）");

} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{ }

AppSettings::~AppSettings() = default;

std::unique_ptr<AppSettings> AppSettings::forThisUser()
{
    return std::make_unique<AppSettings>(std::make_unique<QSettings>(
        QSettings::IniFormat, QSettings::UserScope, QCoreApplication::organizationName(), QCoreApplication::applicationName()));
}

std::unique_ptr<AppSettings> AppSettings::fromFile(const QString &path)
{
    return std::make_unique<AppSettings>(std::make_unique<QSettings>(path, QSettings::IniFormat));
}

AgencyProfile AppSettings::agency() const
{
    return {m_settings->value(kAgencyName).toString().trimmed(), m_settings->value(kSealText, kDefaultSealText).toString()};
}

void AppSettings::setAgency(const AgencyProfile &agency)
{
    m_settings->setValue(kAgencyName, agency.name.trimmed());
    m_settings->setValue(kSealText, agency.sealText.trimmed().isEmpty() ? kDefaultSealText : agency.sealText.trimmed());
}

QString AppSettings::queueCategory() const
{
    const QString stored = m_settings->value(kQueueCategory).toString().trimmed();
    if (stored.size() == 1 && stored.front() >= u'A' && stored.front() <= u'Z')
        return stored;
    return QStringLiteral("A");
}

void AppSettings::setQueueCategory(const QString &category)
{
    m_settings->setValue(kQueueCategory, category.trimmed());
}

QString AppSettings::defaultRegion() const
{
    return m_settings->value(kDefaultRegion).toString();
}

void AppSettings::setDefaultRegion(const QString &region)
{
    m_settings->setValue(kDefaultRegion, region.trimmed());
}

QString AppSettings::language() const
{
    const QString language = m_settings->value(kLanguage, QStringLiteral("zh_CN")).toString();
    return language == u"en" ? language : QStringLiteral("zh_CN");
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language == u"en" ? QStringLiteral("en") : QStringLiteral("zh_CN"));
}

QString AppSettings::clerkName() const
{
    return m_settings->value(kClerkName).toString();
}

void AppSettings::setClerkName(const QString &name)
{
    m_settings->setValue(kClerkName, name.trimmed());
}

int AppSettings::ratingFollowUpWorkingDays() const
{
    bool ok = false;
    const int days = m_settings->value(kRatingFollowUpDays, 15).toInt(&ok);
    return ok && days >= 1 ? days : 15;
}

void AppSettings::setRatingFollowUpWorkingDays(int days)
{
    m_settings->setValue(kRatingFollowUpDays, days >= 1 ? days : 15);
}

QString AppSettings::counterWindow() const
{
    return m_settings->value(kCounterWindow).toString();
}

void AppSettings::setCounterWindow(const QString &window)
{
    m_settings->setValue(kCounterWindow, window.trimmed());
}

QString AppSettings::centralServer() const
{
    return m_settings->value(kCentralServer).toString().trimmed();
}

void AppSettings::setCentralServer(const QString &conninfo)
{
    m_settings->setValue(kCentralServer, conninfo.trimmed());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kWindowState, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace tongban::settings
