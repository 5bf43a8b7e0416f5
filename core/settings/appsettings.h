#pragma once

#include "agencyprofile.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace tongban::settings {

/// The settings that belong to a machine or a person, each typed and with its default, stored with
/// QSettings (KeePassXC's Config is the model): no string key is scattered in the widgets.
///
/// Machine: the agency's name and seal text printed on a visitor's paper, the default region
/// (GB/T 2260) a new form starts with. Person: the language of the screens, the clerk's name until
/// accounts exist, the window's geometry and docks.
class AppSettings
{
public:
    /// Settings stored in @p settings (which the object owns).
    explicit AppSettings(std::unique_ptr<QSettings> settings);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// The program's settings of the user who runs it (QSettings with the organisation and
    /// application names of QCoreApplication: ~/.config/tongban/tongban.ini on Linux).
    static std::unique_ptr<AppSettings> forThisUser();
    /// Settings in the INI file @p path (tests, a kiosk's fixed settings).
    static std::unique_ptr<AppSettings> fromFile(const QString &path);

    AgencyProfile agency() const; ///< default: no name, seal text "（盖章）"
    void setAgency(const AgencyProfile &agency);

    QString defaultRegion() const; ///< six digits, or empty (default)
    void setDefaultRegion(const QString &region);

    /// "zh_CN" (default) or "en": the language of the screens and of the paper.
    QString language() const;
    void setLanguage(const QString &language);

    /// The letter of this window's category ("A" … "Z", default "A"): the letter of the
    /// automatic queue numbers of visits opened here. A stored value that is not one letter
    /// A–Z reads as "A".
    QString queueCategory() const;
    void setQueueCategory(const QString &category);

    QString clerkName() const; ///< the name last used at this counter; empty by default
    void setClerkName(const QString &name);

    /// Working days from a poor rating (差评) to the day its follow-up is due. 国办发〔2019〕51号
    /// requires every poor rating to be followed up and put right within a set time but leaves the
    /// number of days to the locality (casework::RatingPolicy): default 15 (as in a Sichuan city's scheme);
    /// a value below 1 reads as the default.
    int ratingFollowUpWorkingDays() const;
    void setRatingFollowUpWorkingDays(int days);

    /// The counter's window as the hall numbers it ("3", "综合窗口2"); empty by default. Labels the
    /// clerk's row of the day's work.
    QString counterWindow() const;
    void setCounterWindow(const QString &window);

    /// The central server of the accounts (issue 12) as a libpq connection string, e.g.
    /// "host=10.1.2.3 dbname=tongban sslmode=verify-full sslrootcert=/etc/tongban/ca.crt" (a
    /// machine setting; without user and password: each clerk signs in with their own). Empty by
    /// default: no server (the offline sign-in of this computer, or no accounts at all). Not
    /// checked here: central::CentralConnectionInfo::parse checks it where it is used.
    QString centralServer() const;
    void setCentralServer(const QString &conninfo);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Writes what was changed to its file now (also done when the object goes).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tongban::settings
