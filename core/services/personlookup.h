#pragma once

#include "appcontext.h"
#include "lookupoutcome.h"

#include "common/clock.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

namespace tongban::services {

/// Looking up an insured person, as the counter window and `tongban-cli lookup` do: by citizen ID
/// number (GB 11643-1999, checked first: a mistyped number gets the check's reason, not "nobody
/// found"), by part of a name (several matches are listed to pick from), or by the id of a person
/// picked from such a list; then the person's records, employers, history, statutory retirement
/// (2025 reform) and default pension (国发〔2005〕38号 with the region's rules).
class PersonLookup
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::PersonLookup)

public:
    struct Request
    {
        QString query; ///< a citizen ID number (18 or legacy 15 digits) or part of a name
        QString personId; ///< instead of @c query: the UUID of a person picked from a list
        /// Compute the default pension (and its history) too; the CLI's look-up shows the history
        /// to the current month instead.
        bool withPension = true;
    };

    /// At most this many name matches are listed; a clerk narrows the name rather than scrolls.
    static constexpr int maxMatches = 50;

    /// Whether @p text is meant as an ID number rather than a name: it holds a digit, full-width
    /// ones too (identity::TypedCode::looksLikeCode). A name never does, and a mistyped number
    /// must get the ID check's reason, not "nobody found".
    static bool looksLikeIdNumber(const QString &text);

    explicit PersonLookup(const AppContext &context);

    /// Runs @p request on a reader thread of the store; "today" is the context clock's. A look-up
    /// whose @p cancelled flag is set before it finishes reports Kind::Cancelled. A person found
    /// is audited (action "look-up", or "open-person" for a person picked by id from a list; the
    /// context's acting user; a write transaction of its own on the store's writer) before the
    /// outcome is reported; when the audit cannot be written the outcome is Kind::Failed. So is
    /// each person listed among the matches of a name (action "look-up", object "name-match"):
    /// the list shows their names, births and regions.
    QFuture<LookupOutcome> lookUp(const Request &request, std::shared_ptr<const std::atomic_bool> cancelled) const;

    /// The same on the calling thread with its connection @p db (the reader job, the tests).
    /// Never fails: a database error is Kind::Failed with its message.
    static LookupOutcome run(const QSqlDatabase &db, const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters,
                             const Clock &clock, const std::atomic_bool &cancelled);

    /// Appends the audit records of @p user seeing each of @p citizenIds (@p action: "look-up" or
    /// "open-person"; @p object: "person" for a person shown, "name-match" for one listed among
    /// the matches of a name) in one write transaction of its own on @p db. Error: Storage.
    static Status auditShown(const QSqlDatabase &db, const accounts::SignedInUser &user, const QString &action,
                             const QStringList &citizenIds, const QString &object, const Clock &clock);

private:
    const AppContext &m_context;
};

} // namespace tongban::services
