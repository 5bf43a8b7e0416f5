#include "visitsearchquery.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "workflow/matterstatus.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace tongban::casework {

using storage::LocalStore;
using storage::StoredTime;

namespace {

/// The cursor after a hit: its time stamp and id, base64url so that it reads as one token.
QString cursorOf(const QString &createdAt, const QString &id)
{
    return QString::fromLatin1((createdAt + u'~' + id).toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The time stamp and id of @p cursor; false when it is not a cursor of this search.
bool parseCursor(const QString &cursor, QString &createdAt, QString &id)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return false;
    const QStringList parts = QString::fromUtf8(*decoded).split(u'~');
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (parts.size() != 2 || !StoredTime::fromText(parts.at(0)).isValid() || !uuid.match(parts.at(1)).hasMatch())
        return false;
    createdAt = parts.at(0);
    id = parts.at(1);
    return true;
}

/// The smallest text after every text that starts with @p prefix (in SQLite's binary order, which
/// is the order of code points): the prefix with its last character one code point higher.
QString prefixEnd(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    points.last() += 1;
    if (points.last() >= 0xD800 && points.last() <= 0xDFFF)
        points.last() = 0xE000;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

} // namespace

VisitSearchQuery::VisitSearchQuery(QSqlDatabase db, const intake::MatterCatalog &catalog)
    : m_db(std::move(db))
    , m_catalog(catalog)
{ }

QStringList VisitSearchQuery::statuses()
{
    QStringList keys;
    for (const workflow::MatterStatus status : workflow::MatterStatusText::all())
        keys.append(workflow::MatterStatusText::key(status));
    return keys;
}

Result<QPair<QString, QVariantMap>> VisitSearchQuery::statement(const SearchFilter &filter) const
{
    if (filter.pageSize < 1 || filter.pageSize > 500)
        return Error::badInput(QStringLiteral("page_size"),
                               tr("the page size %1 is not allowed: 1 to 500 hits a page").arg(filter.pageSize));
    QString sql = QStringLiteral(
        "SELECT m.id, m.matter_id, m.status, m.received_on, m.due_on, m.subject_id_number, m.subject_name, m.session_id, s.queue_number,"
        " i.applicant_id_number, i.applicant_name, m.clerk, m.created_at"
        " FROM intake_matter m JOIN visit_session s ON s.id = m.session_id JOIN intake_visit i ON i.session_id = m.session_id"
        " WHERE 1");
    QVariantMap values;
    const auto bind = [&values](const QString &name, const QVariant &value) { values.insert(name, value); };

    if (const QString queue = filter.queueNumber.trimmed(); !queue.isEmpty()) {
        sql += QStringLiteral(" AND s.queue_number = :queue");
        bind(QStringLiteral(":queue"), queue);
    }
    if (const QString id = filter.idNumber.trimmed().toUpper(); !id.isEmpty()) {
        if (id.size() != 18)
            return Error::badInput(QStringLiteral("id_number"),
                                   tr("the ID number has %1 characters: search by the whole 18-character number").arg(id.size()));
        sql += QStringLiteral(" AND (m.subject_id_number = :id1"
                              " OR m.session_id IN (SELECT session_id FROM intake_visit WHERE applicant_id_number = :id2))");
        bind(QStringLiteral(":id1"), id);
        bind(QStringLiteral(":id2"), id);
    }
    if (const QString name = filter.namePrefix.trimmed(); !name.isEmpty()) {
        // A range, not LIKE: a range on the name's index whatever the bound text is.
        sql += QStringLiteral(" AND ((m.subject_name >= :name1 AND m.subject_name < :end1)"
                              " OR m.session_id IN (SELECT session_id FROM intake_visit WHERE applicant_name >= :name2"
                              " AND applicant_name < :end2))");
        bind(QStringLiteral(":name1"), name);
        bind(QStringLiteral(":name2"), name);
        bind(QStringLiteral(":end1"), prefixEnd(name));
        bind(QStringLiteral(":end2"), prefixEnd(name));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return Error::badInput(
            QStringLiteral("from"),
            tr("the first day %1 is after the last day %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND m.received_on >= :from");
        bind(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND m.received_on <= :to");
        bind(QStringLiteral(":to"), filter.to.toString(Qt::ISODate));
    }
    if (!filter.department.isEmpty()) {
        if (!m_catalog.department(filter.department)) {
            QStringList known;
            for (const intake::Department &d : m_catalog.departments())
                known.append(d.id);
            return Error::badInput(QStringLiteral("department"),
                                   tr("the department \"%1\" is not in the matter catalog: known are %2")
                                       .arg(filter.department, known.join(QStringLiteral(", "))));
        }
        QStringList placeholders;
        for (const intake::MatterDefinition &m : m_catalog.matters()) {
            if (m.department != filter.department)
                continue;
            placeholders.append(QStringLiteral(":matter%1").arg(placeholders.size()));
            bind(placeholders.last(), m.id);
        }
        sql += placeholders.isEmpty() ? QStringLiteral(" AND 0") : QStringLiteral(" AND m.matter_id IN (%1)").arg(placeholders.join(u','));
    }
    if (!filter.status.isEmpty()) {
        if (!statuses().contains(filter.status))
            return Error::badInput(
                QStringLiteral("status"),
                tr("the status \"%1\" is not known: allowed are %2").arg(filter.status, statuses().join(QStringLiteral(", "))));
        sql += QStringLiteral(" AND m.status = :status");
        bind(QStringLiteral(":status"), filter.status);
    }
    if (const QString clerk = filter.clerk.trimmed(); !clerk.isEmpty()) {
        sql += QStringLiteral(" AND m.clerk = :clerk");
        bind(QStringLiteral(":clerk"), clerk);
    }
    if (!filter.after.isEmpty()) {
        QString at;
        QString id;
        if (!parseCursor(filter.after, at, id))
            return Error::badInput(QStringLiteral("after"), tr("the cursor is not one this search gave: start again from the first page"));
        sql += QStringLiteral(" AND (m.created_at, m.id) < (:after_at, :after_id)");
        bind(QStringLiteral(":after_at"), at);
        bind(QStringLiteral(":after_id"), id);
    }
    // One more than the page: whether there is a next page, without counting.
    sql += QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT %1").arg(filter.pageSize + 1);
    return qMakePair(sql, values);
}

Result<SearchPage> VisitSearchQuery::page(const SearchFilter &filter) const
{
    const auto statement = this->statement(filter);
    if (!statement)
        return statement.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(statement->first))
        return LocalStore::queryError(q, tr("cannot prepare the search"));
    for (auto it = statement->second.begin(); it != statement->second.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot search the visits"));
    SearchPage page;
    QString lastAt;
    while (q.next()) {
        if (page.hits.size() == filter.pageSize) {
            const SearchHit &last = page.hits.last();
            page.next = cursorOf(lastAt, last.matterId);
            break;
        }
        SearchHit h;
        h.matterId = q.value(0).toString();
        h.matter = q.value(1).toString();
        const intake::MatterDefinition *m = m_catalog.matter(h.matter);
        h.department = m ? m->department : QString();
        h.status = q.value(2).toString();
        h.receivedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        h.dueOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        h.subjectIdNumber = q.value(5).toString();
        h.subjectName = q.value(6).toString();
        h.sessionId = q.value(7).toString();
        h.queueNumber = q.value(8).toString();
        h.applicantIdNumber = q.value(9).toString();
        h.applicantName = q.value(10).toString();
        h.clerk = q.value(11).toString();
        lastAt = q.value(12).toString();
        h.at = StoredTime::fromText(lastAt);
        page.hits.append(h);
    }
    return page;
}

} // namespace tongban::casework
