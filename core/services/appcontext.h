#pragma once

#include "accounts/signedinuser.h"
#include "common/clock.h"
#include "policy/parameterset.h"
#include "settings/agencyprofile.h"

#include <QString>

#include <memory>
#include <optional>

namespace tongban::storage {
class StoreService;
}

namespace tongban::services {

/// What every screen and command works with: the policy parameters, the local store, the
/// signed-in clerk and the clock. One object, made once by the program (app/) and handed to the
/// services; the screens never see a database path or a connection. When the central store and
/// sync arrive, they plug in behind the store here and the screens do not change.
class AppContext
{
public:
    /// @p parameters and @p store must not be null; @p clerk is the name on every record (the
    /// signed-in clerk once accounts exist); @p clock gives "now" and "today" everywhere.
    AppContext(std::shared_ptr<const policy::ParameterSet> parameters, std::shared_ptr<storage::StoreService> store, QString clerk,
               Clock clock);

    const std::shared_ptr<const policy::ParameterSet> &parameters() const { return m_parameters; }
    storage::StoreService &store() const { return *m_store; }
    /// The name on every record: the signed-in user's display name when someone is signed in,
    /// else the name of the settings (or the CLI's "cli:<OS user>") as a fallback.
    const QString &clerk() const { return m_signedIn ? m_signedIn->displayName : m_clerk; }
    const Clock &clock() const { return m_clock; }
    /// The office whose name and seal place a visitor's paper carries (a machine setting).
    const settings::AgencyProfile &agency() const { return m_agency; }
    /// After the settings changed (settings dialog).
    void setAgency(settings::AgencyProfile agency) { m_agency = std::move(agency); }
    /// The fallback clerk's name as the settings dialog or the first print asked it (used while
    /// nobody is signed in).
    void setClerk(QString clerk) { m_clerk = clerk.trimmed(); }

    /// @p user signed in (online or offline, services::AccountService): from now on they are the
    /// clerk on every record and their role decides what may be done.
    void setSignedIn(accounts::SignedInUser user) { m_signedIn = std::move(user); }
    /// Nobody is signed in any more.
    void signOut() { m_signedIn.reset(); }
    /// The signed-in user; none before a sign-in.
    const std::optional<accounts::SignedInUser> &signedIn() const { return m_signedIn; }
    /// Who acts: the signed-in user, else a window clerk named by the fallback (login and display
    /// name clerk(), no office): without a sign-in only a window clerk's rights.
    accounts::SignedInUser actingUser() const;
    /// The GB/T 2260 code a new form's region starts with (the agency's own); empty when not set.
    const QString &defaultRegion() const { return m_defaultRegion; }
    void setDefaultRegion(QString region) { m_defaultRegion = std::move(region); }

    /// The letter of this window's category ("A" … "Z", a machine setting): visits opened here
    /// without a typed queue number take the next automatic number of that letter.
    const QString &queueCategory() const { return m_queueCategory; }
    void setQueueCategory(QString category) { m_queueCategory = std::move(category); }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    std::shared_ptr<storage::StoreService> m_store;
    QString m_clerk;
    std::optional<accounts::SignedInUser> m_signedIn;
    Clock m_clock;
    settings::AgencyProfile m_agency;
    QString m_defaultRegion;
    QString m_queueCategory = QStringLiteral("A");
};

} // namespace tongban::services
