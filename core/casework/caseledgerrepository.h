#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "difficultcase.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace tongban::casework {

/// The difficult-case ledger of the local store (difficult_case, difficult_case_event, schema
/// step 7). Every change updates the case row and appends one event in one BEGIN IMMEDIATE
/// transaction, so the history always tells how the row came to be; nothing is ever deleted (a
/// reopened case keeps its earlier answer in its history). Statements are prepared with bound
/// values. Use on the thread that opened the connection.
class CaseLedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::casework::CaseLedgerRepository)

public:
    /// What opening a case needs.
    struct OpenRequest
    {
        QString sessionId; ///< the visit (visit_session.id) the problem came up in
        QString description; ///< the problem in the clerk's words (not empty)
        QStringList departments; ///< Department ids involved (may be empty; checked by the service)
        QString expert; ///< may be empty (assigned later)
        QDate promisedOn; ///< may be null; not before today
        QString clerk; ///< who opens it (not empty)
    };

    /// A repository on @p db; @p clock stamps the events and gives today (opened_on, overdue).
    CaseLedgerRepository(QSqlDatabase db, Clock clock);

    /// Opens a case and writes its "opened" event (text: the description).
    /// Errors: BadInput ("description" or "clerk" empty; "promised_on" before today); NotFound
    /// ("session_id") when the visit is not stored; Storage.
    Result<DifficultCase> open(const OpenRequest &request);
    /// Adds a note (event "note") to an open or closed case. Errors: BadInput ("text", "clerk"
    /// empty); NotFound ("case_id"); Storage.
    Status addNote(const QString &caseId, const QString &text, const QString &clerk);
    /// Sets the expert in charge and the departments involved (event "assigned", text
    /// "expert; dept1, dept2"). Errors: BadInput ("expert" empty, "clerk" empty, "case_id" when
    /// the case is closed); NotFound ("case_id"); Storage.
    Status assign(const QString &caseId, const QString &expert, const QStringList &departments, const QString &clerk);
    /// Sets the date promised to the visitor (event "promised", text: the date).
    /// Errors: BadInput ("promised_on" invalid or before today; "case_id" when closed; "clerk");
    /// NotFound ("case_id"); Storage.
    Status promise(const QString &caseId, QDate promisedOn, const QString &clerk);
    /// Closes (销号) the case with the answer given to the visitor (event "closed", text: the
    /// answer); closed_on is today. Errors: BadInput ("answer" shorter than 4 characters — the
    /// visitor must be told something they can act on; "case_id" when already closed; "clerk");
    /// NotFound ("case_id"); Storage.
    Status close(const QString &caseId, const QString &answer, const QString &clerk);
    /// Reopens a closed case (event "reopened", text: @p reason): the row is open again without
    /// answer and closing date, the earlier answer stays in the history.
    /// Errors: BadInput ("reason" empty; "case_id" when the case is open; "clerk"); NotFound
    /// ("case_id"); Storage.
    Status reopen(const QString &caseId, const QString &reason, const QString &clerk);

    /// The case @p caseId (overdue as of today). Errors: NotFound ("case_id"); Storage.
    Result<DifficultCase> load(const QString &caseId) const;
    /// Every event of the case, oldest first. Errors: NotFound ("case_id"); Storage.
    Result<QList<DifficultCaseEvent>> history(const QString &caseId) const;
    /// The open cases, by promised date (cases without one last, then by opening day), each
    /// with overdue set when its promised date is before today. Error (Storage).
    Result<QList<DifficultCase>> openCases() const;

private:
    /// Appends an event inside the caller's transaction.
    Status appendEvent(const QString &caseId, const QString &kind, const QString &text, const QString &clerk);
    /// Runs @p change (an UPDATE of the case) and its event in one transaction, after checking
    /// that the case exists and is open (@p mustBeOpen true) or closed (false).
    Status change(const QString &caseId, bool mustBeOpen, const std::function<Status()> &change, const QString &kind, const QString &text,
                  const QString &clerk);

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::casework
