#include "disclosurerepository.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tongban::session {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

const QString kColumns = QStringLiteral("id, session_id, subject_person_id, recipient_person_id, purpose, basis, consent_by,"
                                        " consent_form, approved_by, reason, detail, clerk, created_at");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// The row @p q is on; the basis as stored (the table's CHECK keeps it whole).
Result<Disclosure> fromRow(const QSqlQuery &q)
{
    Disclosure d;
    d.id = q.value(0).toString();
    d.sessionId = q.value(1).toString();
    d.subjectPersonId = q.value(2).toString();
    d.recipientPersonId = q.value(3).toString();
    d.purpose = q.value(4).toString();
    const QString kind = q.value(5).toString();
    const auto basis = DisclosureBasis::fromKeys(kind, kind == u"consent" ? q.value(6).toString() : q.value(8).toString(),
                                                 q.value(7).toString(), q.value(9).toString());
    if (!basis)
        return Error::storage(DisclosureRepository::tr("the stored disclosure %1 is damaged (%2)").arg(d.id, basis.error().field));
    d.basis = *basis;
    d.detail = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    d.clerk = q.value(11).toString();
    d.createdAt = StoredTime::fromText(q.value(12).toString());
    return d;
}

} // namespace

DisclosureRepository::DisclosureRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<bool> DisclosureRepository::exists(const QString &table, const QString &id) const
{
    // table is one of this file's fixed names; the id is bound.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table)))
        return LocalStore::queryError(q, tr("cannot prepare the query of %1").arg(table));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read %1").arg(table));
    return q.next();
}

Result<Disclosure> DisclosureRepository::record(const NewDisclosure &disclosure,
                                                const std::function<Status(const Disclosure &)> &alsoInTransaction)
{
    const QString clerk = disclosure.clerk.trimmed();
    if (clerk.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    if (disclosure.purpose != comparisonPurpose())
        return Error::badInput(QStringLiteral("purpose"), tr("unknown purpose of a disclosure: \"%1\"").arg(disclosure.purpose));
    // A basis made by hand (DisclosureBasis()) has to hold what DisclosureBasis::consent() and
    // approval() ask for too.
    if (const auto basis = DisclosureBasis::fromKeys(disclosure.basis.kindKey(), disclosure.basis.by(), disclosure.basis.consentFormKey(),
                                                     disclosure.basis.reason());
        !basis)
        return basis.error();
    if (disclosure.recipientPersonId == disclosure.subjectPersonId)
        return Error::badInput(QStringLiteral("recipient_person_id"),
                               tr("a person's own data shown to themselves is no disclosure to someone else"));

    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const struct
    {
        QString table;
        QString id;
        QString field;
        QString message;
    } references[] = {
        {QStringLiteral("insured_person"), disclosure.subjectPersonId, QStringLiteral("subject_person_id"),
         tr("no insured person with the id %1 is stored").arg(disclosure.subjectPersonId)},
        {QStringLiteral("insured_person"), disclosure.recipientPersonId, QStringLiteral("recipient_person_id"),
         tr("no insured person with the id %1 is stored").arg(disclosure.recipientPersonId)},
        {QStringLiteral("visit_session"), disclosure.sessionId, QStringLiteral("session_id"),
         tr("no visit with the id %1 is stored").arg(disclosure.sessionId)},
    };
    for (const auto &reference : references) {
        if (reference.id.isEmpty() && reference.field != u"subject_person_id")
            continue;
        const auto found = exists(reference.table, reference.id);
        if (!found)
            return found.error();
        if (!*found)
            return Error::notFound(reference.field, reference.message);
    }

    Disclosure stored;
    stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.sessionId = disclosure.sessionId;
    stored.subjectPersonId = disclosure.subjectPersonId;
    stored.recipientPersonId = disclosure.recipientPersonId;
    stored.purpose = disclosure.purpose;
    stored.basis = disclosure.basis;
    stored.detail = disclosure.detail;
    stored.clerk = clerk;
    const QString stamp = StoredTime::toText(m_clock.now());
    stored.createdAt = StoredTime::fromText(stamp);

    const bool consent = stored.basis.kind() == DisclosureBasis::Kind::Consent;
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO data_disclosure (") + kColumns
                        + QStringLiteral(") VALUES (:id, :session, :subject, :recipient, :purpose, :basis, :consent_by, :consent_form,"
                                         " :approved_by, :reason, :detail, :clerk, :created)")))
        return LocalStore::queryError(insert, tr("cannot prepare the disclosure statement"));
    insert.bindValue(QStringLiteral(":id"), stored.id);
    insert.bindValue(QStringLiteral(":session"), textOrNull(stored.sessionId));
    insert.bindValue(QStringLiteral(":subject"), stored.subjectPersonId);
    insert.bindValue(QStringLiteral(":recipient"), textOrNull(stored.recipientPersonId));
    insert.bindValue(QStringLiteral(":purpose"), stored.purpose);
    insert.bindValue(QStringLiteral(":basis"), stored.basis.kindKey());
    insert.bindValue(QStringLiteral(":consent_by"), textOrNull(consent ? stored.basis.by() : QString()));
    insert.bindValue(QStringLiteral(":consent_form"), textOrNull(stored.basis.consentFormKey()));
    insert.bindValue(QStringLiteral(":approved_by"), textOrNull(consent ? QString() : stored.basis.by()));
    insert.bindValue(QStringLiteral(":reason"), textOrNull(stored.basis.reason()));
    // Bound as text: json_valid() reads TEXT, not a BLOB.
    insert.bindValue(QStringLiteral(":detail"), QString::fromUtf8(QJsonDocument(stored.detail).toJson(QJsonDocument::Compact)));
    insert.bindValue(QStringLiteral(":clerk"), stored.clerk);
    insert.bindValue(QStringLiteral(":created"), stamp);
    if (!insert.exec())
        return LocalStore::queryError(insert, tr("cannot store the disclosure"));
    if (alsoInTransaction) {
        if (const Status s = alsoInTransaction(stored); !s)
            return s.error();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<Disclosure> DisclosureRepository::load(const QString &id) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM data_disclosure WHERE id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare the disclosure query"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the disclosure"));
    if (!q.next())
        return Error::notFound(QStringLiteral("disclosure_id"), tr("no disclosure with the id %1 is stored").arg(id));
    return fromRow(q);
}

Result<QList<Disclosure>> DisclosureRepository::listForSubject(const QString &subjectPersonId) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT ") + kColumns
                   + QStringLiteral(" FROM data_disclosure WHERE subject_person_id = :subject ORDER BY created_at DESC, rowid DESC")))
        return LocalStore::queryError(q, tr("cannot prepare the disclosure query"));
    q.bindValue(QStringLiteral(":subject"), subjectPersonId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the disclosures"));
    QList<Disclosure> list;
    while (q.next()) {
        auto d = fromRow(q);
        if (!d)
            return d.error();
        list.append(*d);
    }
    return list;
}

} // namespace tongban::session
