#include "signinservice.h"
#include "offlinecredentials.h"

#include "accounts/offlinesignin.h"
#include "central/onlinesignin.h"
#include "storage/storeservice.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>

#include <memory>

namespace tongban::services {

namespace {

/// Calls @p done(result) on @p context's thread once @p future finished (a QFutureWatcher
/// connected before setFuture does not miss the end; see ui::whenFinished).
template<typename T, typename Done> void onFinished(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace

/// One sign-in under way: what was typed and the promise of its outcome.
class SignInRun
{
public:
    std::optional<central::CentralConnectionInfo> server;
    QString login;
    QString password;
    QString serverProblem;
    QPromise<Result<SignInOutcome>> promise;

    void finish(Result<SignInOutcome> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

SignInService::SignInService(AppContext &context, VerifierCosts costs, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_costs(costs)
{ }

QFuture<Result<SignInOutcome>> SignInService::signIn(const std::optional<central::CentralConnectionInfo> &server, const QString &login,
                                                     const QString &password)
{
    auto run = std::make_shared<SignInRun>();
    run->server = server;
    run->login = login.trimmed();
    run->password = password;
    QFuture<Result<SignInOutcome>> future = run->promise.future();
    run->promise.start();
    if (run->login.isEmpty()) {
        run->finish(Error::badInput(QStringLiteral("login"), tr("Type your login (the account name your supervisor gave you).")));
        return future;
    }
    if (password.isEmpty()) {
        run->finish(Error::badInput(QStringLiteral("password"), tr("Type your password.")));
        return future;
    }
    if (!server) {
        signInOffline(run);
        return future;
    }

    // The server is asked on a worker of its own: a server that does not answer takes up to its
    // connect_timeout, and the store's writer must not wait for it.
    auto online = std::make_shared<QPromise<Result<accounts::SignedInUser>>>();
    QFuture<Result<accounts::SignedInUser>> onlineFuture = online->future();
    online->start();
    QThreadPool::globalInstance()->start([online, server = *server, login = run->login, password, clock = m_context.clock()] {
        online->addResult(central::OnlineSignIn::signIn(server, login, password, clock));
        online->finish();
    });
    onFinished(onlineFuture, this, [this, run](const Result<accounts::SignedInUser> &user) {
        if (user) {
            onFinished(AccountService(m_context, m_costs).rememberOnlineSignIn(*user, run->password), this,
                       [run](const Result<accounts::SignedInUser> &remembered) {
                           if (!remembered) {
                               run->finish(remembered.error());
                               return;
                           }
                           SignInOutcome outcome;
                           outcome.user = *remembered;
                           outcome.online = true;
                           central::CentralCredentials credentials;
                           credentials.connection
                               = run->server->with(QStringLiteral("user"), run->login).with(QStringLiteral("password"), run->password);
                           credentials.login = run->login;
                           outcome.credentials = std::move(credentials);
                           run->finish(std::move(outcome));
                       });
            return;
        }
        if (user.error().kind == Error::Kind::Unavailable) {
            run->serverProblem = user.error().message;
            signInOffline(run);
            return;
        }
        const Error refusal = user.error();
        onFinished(AccountService(m_context, m_costs).auditRefusedSignIn(run->login, refusal), this,
                   [run, refusal](const Status &audited) { run->finish(audited ? refusal : audited.error()); });
    });
    return future;
}

void SignInService::signInOffline(const std::shared_ptr<SignInRun> &run)
{
    auto offline = m_context.store().write<SignInOutcome>(
        [login = run->login, password = run->password, clock = m_context.clock()](QSqlDatabase db) -> Result<SignInOutcome> {
            auto user = AccountService::signInOffline(db, login, password, clock);
            if (!user)
                return user.error();
            const auto credential = OfflineCredentials::find(db, login);
            if (!credential)
                return credential.error();
            SignInOutcome outcome;
            outcome.user = *user;
            outcome.online = false;
            if (credential->has_value())
                outcome.graceEnds = accounts::OfflineSignIn::graceEnds(**credential);
            return outcome;
        });
    onFinished(offline, this, [run](const Result<SignInOutcome> &result) {
        if (result) {
            SignInOutcome outcome = *result;
            outcome.serverProblem = run->serverProblem;
            run->finish(std::move(outcome));
            return;
        }
        Error error = result.error();
        if (!run->serverProblem.isEmpty())
            error.message = tr("The central server cannot be reached (%1), and signing in offline was refused: %2")
                                .arg(run->serverProblem, error.message);
        run->finish(std::move(error));
    });
}

QFuture<Result<bool>> SignInService::hasOfflineCredentials() const
{
    return m_context.store().read<bool>([](QSqlDatabase db) -> Result<bool> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM offline_credential)")) || !q.next())
            return Error::storage(tr("The offline sign-ins of this computer could not be read: %1").arg(q.lastError().text()));
        return q.value(0).toBool();
    });
}

} // namespace tongban::services
