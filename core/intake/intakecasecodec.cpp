#include "intakecasecodec.h"

#include "session/visitsessionrepository.h"

#include <QJsonArray>

namespace tongban::intake {

namespace {

std::optional<Error> unknownKey(const QJsonObject &o, const QString &path, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return Error::badInput(
                path.isEmpty() ? it.key() : path + u'.' + it.key(),
                IntakeCaseCodec::tr("unknown key \"%1\"; allowed here: %2").arg(it.key(), allowed.join(QStringLiteral(", "))));
    return std::nullopt;
}

/// The string at @p key (empty when absent or null); an Error when it is another JSON type.
Result<QString> stringAt(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Error::badInput(path.isEmpty() ? key : path + u'.' + key, IntakeCaseCodec::tr("must be a string"));
    return v.toString();
}

Result<QString> person(const QJsonObject &o, const QString &path, const QString &key, QString *target)
{
    auto s = stringAt(o, path, key);
    if (s)
        *target = *s;
    return s;
}

} // namespace

Result<IntakeCase> IntakeCaseCodec::fromJson(const QJsonObject &json)
{
    IntakeCase c;
    if (const auto e
        = unknownKey(json, QString(),
                     {QStringLiteral("applicant"), QStringLiteral("queue_number"), QStringLiteral("queue_category"),
                      QStringLiteral("clerk"), QStringLiteral("ticket_at"), QStringLiteral("matters"), QStringLiteral("draft")}))
        return *e;
    const QJsonValue applicant = json.value(QStringLiteral("applicant"));
    if (!applicant.isObject())
        return Error::badInput(QStringLiteral("applicant"), tr("the applicant is required: {\"id_number\", \"name\", \"phone\"}"));
    const QJsonObject a = applicant.toObject();
    const QString ap = QStringLiteral("applicant");
    if (const auto e = unknownKey(a, ap, {QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("phone")}))
        return *e;
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("id_number"), &c.applicant.idNumber}, std::pair {QStringLiteral("name"), &c.applicant.name},
          std::pair {QStringLiteral("phone"), &c.applicant.phone}})
        if (const auto s = person(a, ap, key, target); !s)
            return s.error();
    if (const auto s = person(json, QString(), QStringLiteral("queue_number"), &c.queueNumber); !s)
        return s.error();
    if (const auto s = person(json, QString(), QStringLiteral("clerk"), &c.clerk); !s)
        return s.error();
    if (const auto s = person(json, QString(), QStringLiteral("queue_category"), &c.queueCategory); !s)
        return s.error();
    if (!c.queueCategory.isEmpty()
        && (c.queueCategory.size() != 1 || !session::VisitSessionRepository::isQueueCategory(c.queueCategory.front())))
        return Error::badInput(QStringLiteral("queue_category"),
                               tr("a window category is one capital letter A to Z (its automatic numbers: A001, B001, …)"));
    if (const QJsonValue ticket = json.value(QStringLiteral("ticket_at")); !ticket.isUndefined() && !ticket.isNull()) {
        c.ticketAt = ticket.isString() ? QDateTime::fromString(ticket.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!c.ticketAt.isValid())
            return Error::badInput(QStringLiteral("ticket_at"),
                                   tr("the ticket time must be a date and time in ISO 8601, e.g. \"2026-12-02T09:40:00+08:00\""));
    }
    const QJsonValue draft = json.value(QStringLiteral("draft"));
    if (!draft.isUndefined() && !draft.isNull() && !draft.isObject())
        return Error::badInput(QStringLiteral("draft"), tr("must be an object"));
    c.draft = draft.toObject();

    const QJsonValue matters = json.value(QStringLiteral("matters"));
    if (!matters.isArray())
        return Error::badInput(QStringLiteral("matters"),
                               tr("the matters are required: an array of {\"matter\", \"fields\", \"documents\"}"));
    const QJsonArray list = matters.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("matters[%1]").arg(i);
        if (!list.at(i).isObject())
            return Error::badInput(at, tr("a matter is an object {\"matter\", \"fields\", \"documents\"}"));
        const QJsonObject m = list.at(i).toObject();
        if (const auto e = unknownKey(
                m, at, {QStringLiteral("matter"), QStringLiteral("agent_for"), QStringLiteral("fields"), QStringLiteral("documents")}))
            return *e;
        IntakeMatter entry;
        if (const auto s = person(m, at, QStringLiteral("matter"), &entry.matter); !s)
            return s.error();
        const QJsonValue agent = m.value(QStringLiteral("agent_for"));
        if (!agent.isUndefined() && !agent.isNull()) {
            const QString gp = at + QStringLiteral(".agent_for");
            if (!agent.isObject())
                return Error::badInput(gp, tr("must be an object {\"id_number\", \"name\", \"relation\"}"));
            const QJsonObject g = agent.toObject();
            if (const auto e = unknownKey(g, gp, {QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("relation")}))
                return *e;
            AgentFor a2;
            for (const auto &[key, target] :
                 {std::pair {QStringLiteral("id_number"), &a2.idNumber}, std::pair {QStringLiteral("name"), &a2.name},
                  std::pair {QStringLiteral("relation"), &a2.relation}})
                if (const auto s = person(g, gp, key, target); !s)
                    return s.error();
            entry.agentFor = a2;
        }
        const QJsonValue fields = m.value(QStringLiteral("fields"));
        if (!fields.isUndefined() && !fields.isNull() && !fields.isObject())
            return Error::badInput(at + QStringLiteral(".fields"), tr("must be an object: field id → value"));
        entry.fields = fields.toObject();
        const QJsonValue documents = m.value(QStringLiteral("documents"));
        if (!documents.isUndefined() && !documents.isNull() && !documents.isArray())
            return Error::badInput(at + QStringLiteral(".documents"), tr("must be an array of document ids"));
        const QJsonArray docs = documents.toArray();
        for (qsizetype k = 0; k < docs.size(); ++k) {
            if (!docs.at(k).isString())
                return Error::badInput(at + QStringLiteral(".documents[%1]").arg(k), tr("a document id is a string"));
            entry.documents.append(docs.at(k).toString());
        }
        c.matters.append(entry);
    }
    return c;
}

QJsonObject IntakeCaseCodec::toJson(const IntakeCase &intake)
{
    QJsonObject applicant {{QStringLiteral("id_number"), intake.applicant.idNumber}, {QStringLiteral("name"), intake.applicant.name}};
    if (!intake.applicant.phone.isEmpty())
        applicant.insert(QStringLiteral("phone"), intake.applicant.phone);
    QJsonObject json {{QStringLiteral("applicant"), applicant}};
    if (!intake.queueNumber.isEmpty())
        json.insert(QStringLiteral("queue_number"), intake.queueNumber);
    if (!intake.queueCategory.isEmpty())
        json.insert(QStringLiteral("queue_category"), intake.queueCategory);
    if (!intake.clerk.isEmpty())
        json.insert(QStringLiteral("clerk"), intake.clerk);
    if (intake.ticketAt.isValid())
        json.insert(QStringLiteral("ticket_at"), intake.ticketAt.toString(Qt::ISODateWithMs));
    QJsonArray matters;
    for (const IntakeMatter &m : intake.matters) {
        QJsonObject o {{QStringLiteral("matter"), m.matter},
                       {QStringLiteral("fields"), m.fields},
                       {QStringLiteral("documents"), QJsonArray::fromStringList(m.documents)}};
        if (m.agentFor)
            o.insert(QStringLiteral("agent_for"),
                     QJsonObject {{QStringLiteral("id_number"), m.agentFor->idNumber},
                                  {QStringLiteral("name"), m.agentFor->name},
                                  {QStringLiteral("relation"), m.agentFor->relation}});
        matters.append(o);
    }
    json.insert(QStringLiteral("matters"), matters);
    if (!intake.draft.isEmpty())
        json.insert(QStringLiteral("draft"), intake.draft);
    return json;
}

} // namespace tongban::intake
