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

    QString clerkName() const; ///< the name last used at this counter; empty by default
    void setClerkName(const QString &name);

    /// Working days from a poor rating (差评) to the day its follow-up is due. 国办发〔2019〕51号
    /// requires every poor rating to be followed up and put right within a set time but leaves the
    /// number of days to the locality (casework::RatingPolicy): default 15 (as Sichuan's scheme);
    /// a value below 1 reads as the default.
    int ratingFollowUpWorkingDays() const;
    void setRatingFollowUpWorkingDays(int days);

    /// The counter's window as the hall numbers it ("3", "综合窗口2"); empty by default. Labels the
    /// clerk's row of the day's work.
    QString counterWindow() const;
    void setCounterWindow(const QString &window);

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
