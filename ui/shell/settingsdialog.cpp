#include "ui/shell/settingsdialog.h"

#include "ui/common/fieldmessage.h"

#include "central/centralconnectioninfo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tongban::ui {

SettingsDialog::SettingsDialog(const settings::AgencyProfile &agency, const QString &defaultRegion, const QString &clerk,
                               const QString &language, const QMap<QString, QString> &provinces, QWidget *parent)
    : QDialog(parent)
    , m_provinces(provinces)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_agencyName = new QLineEdit(agency.name);
    m_agencyName->setObjectName(QStringLiteral("agencyName"));
    m_agencyName->setPlaceholderText(tr("e.g. 某某区社会保险事业管理中心"));
    m_agencyName->setToolTip(tr("Printed on every visitor's copy with the place for its seal; a visitor's copy is not printed "
                                "without it."));
    m_sealText = new QLineEdit(agency.sealText);
    m_sealText->setObjectName(QStringLiteral("sealText"));
    m_sealText->setToolTip(tr("What the place of the seal says, e.g. （盖章） or （业务专用章）."));

    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("defaultRegion"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItem(tr("(none)"), QString());
    for (auto it = provinces.cbegin(); it != provinces.cend(); ++it)
        m_region->addItem(QStringLiteral("%1 %2").arg(it.key(), it.value()), it.key());
    const int index = m_region->findData(defaultRegion);
    if (index >= 0)
        m_region->setCurrentIndex(index);
    else
        m_region->setEditText(defaultRegion);
    m_region->setToolTip(tr("The region (GB/T 2260) new forms start with: the agency's own. A province from the list, or a "
                            "city or county code typed in."));

    m_clerk = new QLineEdit(clerk);
    m_clerk->setObjectName(QStringLiteral("clerkName"));
    m_clerk->setToolTip(tr("Printed as 经办人 on every sheet and notice."));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(language == u"en" ? 1 : 0);

    m_queueCategory = new QComboBox;
    m_queueCategory->setObjectName(QStringLiteral("queueCategory"));
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        m_queueCategory->addItem(QString(QChar(c)), QString(QChar(c)));
    m_queueCategory->setToolTip(tr("The letter of this window's category: a visit opened here without a ticket number gets the "
                                   "next number of that letter (A001, A002, …; B001 at a B window)."));

    m_centralServer = new QLineEdit;
    m_centralServer->setObjectName(QStringLiteral("centralServer"));
    m_centralServer->setPlaceholderText(tr("e.g. host=10.1.2.3 dbname=tongban sslmode=verify-full sslrootcert=/etc/tongban/ca.crt"));
    m_centralServer->setToolTip(tr("The central server of the clerks' accounts, as a PostgreSQL (libpq) connection string without "
                                   "user and password: each clerk signs in with their own. Empty: no server. Applies at the next "
                                   "sign-in."));

    auto *form = new QFormLayout;
    form->addRow(tr("Agency name"), m_agencyName);
    form->addRow(tr("Seal text"), m_sealText);
    form->addRow(tr("Default region"), m_region);
    form->addRow(tr("Clerk"), m_clerk);
    form->addRow(tr("Window category"), m_queueCategory);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Central server"), m_centralServer);
    auto *languageNote = new QLabel(tr("A changed language applies from the next start."));
    languageNote->setWordWrap(true);

    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(languageNote);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

settings::AgencyProfile SettingsDialog::agency() const
{
    return {m_agencyName->text().trimmed(),
            m_sealText->text().trimmed().isEmpty() ? QStringLiteral("（盖章）") : m_sealText->text().trimmed()};
}

QString SettingsDialog::defaultRegion() const
{
    // An entry of the list as shown, else a typed code: its first word ("320800" or "320800 无锡市").
    if (m_region->currentIndex() >= 0 && m_region->itemText(m_region->currentIndex()) == m_region->currentText())
        return m_region->currentData().toString();
    return m_region->currentText().trimmed().section(u' ', 0, 0);
}

QString SettingsDialog::clerk() const
{
    return m_clerk->text().trimmed();
}

QString SettingsDialog::queueCategory() const
{
    return m_queueCategory->currentData().toString();
}

void SettingsDialog::setQueueCategory(const QString &category)
{
    const int index = m_queueCategory->findData(category);
    m_queueCategory->setCurrentIndex(index >= 0 ? index : 0);
}

QString SettingsDialog::centralServer() const
{
    return m_centralServer->text().trimmed();
}

void SettingsDialog::setCentralServer(const QString &conninfo)
{
    m_centralServer->setText(conninfo);
}

void SettingsDialog::setSignedInClerk(const QString &displayName)
{
    m_signedIn = true;
    m_clerk->setText(displayName);
    m_clerk->setReadOnly(true);
    m_clerk->setToolTip(tr("The clerk signed in: their name is printed as 经办人. Sign out to change it."));
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    if (!m_signedIn && clerk().isEmpty()) {
        m_message->showMessage(tr("Clerk: the name is printed as 经办人 on every sheet and notice; enter it."));
        m_clerk->setFocus();
        return;
    }
    const QString region = defaultRegion();
    static const QRegularExpression sixDigits(QStringLiteral("^[1-9][0-9]{5}$"));
    if (!region.isEmpty() && (!sixDigits.match(region).hasMatch() || !m_provinces.contains(region.left(2) + QStringLiteral("0000")))) {
        m_message->showMessage(tr("Default region: \"%1\" is not a GB/T 2260 code of a province, city or county (six digits, "
                                  "e.g. 110000 or 320800); choose one from the list or leave it empty.")
                                   .arg(region));
        m_region->setFocus();
        return;
    }
    if (!centralServer().isEmpty()) {
        const auto server = central::CentralConnectionInfo::parse(centralServer(), QStringLiteral("server"));
        QString why;
        if (!server)
            why = server.error().message;
        else if (server->has(QStringLiteral("password")) || server->has(QStringLiteral("user")))
            why = tr("it names a user or a password; leave them out: each clerk signs in with their own login and password");
        if (!why.isEmpty()) {
            m_message->showMessage(tr("Central server: %1. A libpq connection string is key=value pairs (host=10.1.2.3 "
                                      "dbname=tongban sslmode=verify-full) or a postgresql:// URI; or leave it empty.")
                                       .arg(why));
            m_centralServer->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace tongban::ui
