#pragma once

#include "settings/agencyprofile.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace tongban::ui {

class FieldMessage;

/// The settings of this counter and its clerk (settings::AppSettings): the agency's name and
/// seal text printed on a visitor's paper, the default region of new forms, the clerk's name,
/// the language of the screens (from the next start), the central server of the accounts. OK checks every field and says which one
/// is wrong and why; the values are read back with the getters.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// The dialog on the current values; @p provinces (code → name) fill the region's list.
    SettingsDialog(const settings::AgencyProfile &agency, const QString &defaultRegion, const QString &clerk, const QString &language,
                   const QMap<QString, QString> &provinces, QWidget *parent = nullptr);

    settings::AgencyProfile agency() const;
    QString defaultRegion() const; ///< six digits, or empty
    QString clerk() const;
    QString language() const; ///< "zh_CN" or "en"
    /// The window's category letter ("A" … "Z"): the letter of its automatic queue numbers.
    QString queueCategory() const;
    void setQueueCategory(const QString &category);
    /// The central server of the accounts: a libpq connection string without user and password
    /// (each clerk signs in with their own); empty: none.
    QString centralServer() const;
    void setCentralServer(const QString &conninfo);
    /// A clerk is signed in as @p displayName: the name on every record is theirs, the clerk's
    /// field is shown read-only and not asked for.
    void setSignedInClerk(const QString &displayName);

    /// Checks the fields and accepts; otherwise names the first wrong field and keeps the dialog open.
    void accept() override;

private:
    QLineEdit *m_agencyName = nullptr;
    QLineEdit *m_sealText = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_clerk = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_queueCategory = nullptr;
    QLineEdit *m_centralServer = nullptr;
    bool m_signedIn = false;
    FieldMessage *m_message = nullptr;
    QMap<QString, QString> m_provinces;
};

} // namespace tongban::ui
