#include "employerlookup.h"

#include "identity/uscc.h"
#include "storage/localstore.h"

#include <QSqlQuery>

#include <algorithm>

namespace tongban::deferral {

EmployerLookup::EmployerLookup(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<insured::Employer>> EmployerLookup::search(const QString &text, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QList<insured::Employer>();
    const QString uscc = identity::Uscc::normalized(trimmed);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, uscc, name, industry_code, size_class, kind, region FROM employer ");
    const bool prepared = uscc.isEmpty()
        ? q.prepare(columns + QStringLiteral("WHERE name LIKE :pattern ESCAPE '\\' ORDER BY name, uscc LIMIT :limit"))
        : q.prepare(columns + QStringLiteral("WHERE uscc = :uscc"));
    if (!prepared)
        return storage::LocalStore::queryError(q, tr("cannot prepare the employer search"));
    if (uscc.isEmpty()) {
        QString pattern = trimmed;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        q.bindValue(QStringLiteral(":pattern"), QString(u'%' + pattern + u'%'));
        q.bindValue(QStringLiteral(":limit"), std::clamp(limit, 1, 1000));
    } else {
        q.bindValue(QStringLiteral(":uscc"), uscc);
    }
    if (!q.exec())
        return storage::LocalStore::queryError(q, tr("cannot search employers"));
    QList<insured::Employer> found;
    while (q.next()) {
        insured::Employer e;
        e.id = q.value(0).toString();
        e.uscc = q.value(1).toString();
        e.name = q.value(2).toString();
        e.industryCode = q.value(3).toString();
        e.sizeClass = q.value(4).toString();
        e.kind = q.value(5).toString();
        e.region = q.value(6).toString();
        found << e;
    }
    return found;
}

} // namespace tongban::deferral
