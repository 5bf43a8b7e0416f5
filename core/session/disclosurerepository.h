#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "disclosurebasis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tongban::session {

/// One insured person's data shown to someone else, with its basis: a row of data_disclosure.
struct Disclosure
{
    QString id; ///< UUID
    QString sessionId; ///< the visit it was shown in; empty when none (the command line)
    QString subjectPersonId; ///< whose data was shown (InsuredPerson::id)
    QString recipientPersonId; ///< to whom: the visitor on screen; empty when none
    QString purpose; ///< what was shown: "pension-comparison"
    DisclosureBasis basis;
    QJsonObject detail; ///< what was shown, e.g. the compared totals (see DisclosureRepository)
    QString clerk; ///< who showed it
    QDateTime createdAt; ///< UTC
};

/// The disclosures of the local store (data_disclosure, schema step 4): one row per time one
/// person's data was shown to someone else, with the basis the clerk recorded first (个人信息保护法
/// 第十三条). Rows are only added, never changed: they are what a supervisor reads to see who
/// disclosed whose data and why (the audit of the accounts issue will read listForSubject()).
///
/// Every statement is prepared with bound values; a write runs in one BEGIN IMMEDIATE
/// transaction. Use on the thread that opened the connection (see storage::LocalStore).
class DisclosureRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::DisclosureRepository)

public:
    /// What recording a disclosure needs.
    struct NewDisclosure
    {
        QString sessionId; ///< the visit (need not be open); empty: none
        QString subjectPersonId; ///< whose data is shown (stored)
        QString recipientPersonId; ///< to whom (stored, not the subject); empty: none
        QString purpose; ///< "pension-comparison"
        DisclosureBasis basis;
        QJsonObject detail;
        QString clerk; ///< who shows it (not empty)
    };

    /// The purpose of a comparison with a colleague's pension.
    static QString comparisonPurpose() { return QStringLiteral("pension-comparison"); }

    /// A repository on @p db (an open LocalStore connection); @p clock gives created_at.
    DisclosureRepository(QSqlDatabase db, Clock clock);

    /// Stores @p disclosure and returns it as it reads back (new id, created_at now). Errors:
    /// BadInput ("clerk" empty; "purpose" not a known one; the basis incomplete, with the field
    /// DisclosureBasis names: "consent_by", "consent_form", "approved_by", "reason";
    /// "recipient_person_id" the subject);
    /// NotFound ("subject_person_id", "recipient_person_id", "session_id") when not stored;
    /// Storage. Nothing is stored on an error.
    ///
    /// @p alsoInTransaction, when given, runs after the row is inserted and before the commit, in
    /// the same write transaction (the audit record of the comparison shown): its error rolls the
    /// disclosure back and is returned.
    Result<Disclosure> record(const NewDisclosure &disclosure, const std::function<Status(const Disclosure &)> &alsoInTransaction = {});

    /// The disclosure @p id. Errors: NotFound ("disclosure_id"); Storage.
    Result<Disclosure> load(const QString &id) const;

    /// The disclosures of the person @p subjectPersonId's data, newest first. Error (Storage).
    Result<QList<Disclosure>> listForSubject(const QString &subjectPersonId) const;

private:
    Result<bool> exists(const QString &table, const QString &id) const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::session
