#include "appcontext.h"

#include "storage/storeservice.h"

namespace tongban::services {

AppContext::AppContext(std::shared_ptr<const policy::ParameterSet> parameters, std::shared_ptr<storage::StoreService> store, QString clerk,
                       Clock clock)
    : m_parameters(std::move(parameters))
    , m_store(std::move(store))
    , m_clerk(std::move(clerk))
    , m_clock(std::move(clock))
{
    Q_ASSERT(m_parameters && m_store);
}

accounts::SignedInUser AppContext::actingUser() const
{
    if (m_signedIn)
        return *m_signedIn;
    accounts::SignedInUser user;
    user.login = m_clerk.isEmpty() ? QStringLiteral("unknown") : m_clerk;
    user.displayName = user.login;
    user.role = accounts::Role::WindowClerk;
    user.signedInAt = m_clock.nowUtc();
    return user;
}

} // namespace tongban::services
