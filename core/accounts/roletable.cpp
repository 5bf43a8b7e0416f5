#include "roletable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tongban::accounts {

namespace {

constexpr Role kRoles[] = {Role::WindowClerk, Role::AssistingExpert, Role::Supervisor};

QString nonEmptyText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

Result<std::shared_ptr<const RoleTable>> RoleTable::loadBuiltIn()
{
    QFile file(QStringLiteral(":/accounts/roles.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral(":/accounts/roles.json"), tr("the role table is missing from the program"));
    return parse(file.readAll());
}

Result<std::shared_ptr<const RoleTable>> RoleTable::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(QString(), tr("the role table is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    auto table = std::make_shared<RoleTable>();
    table->m_source = nonEmptyText(root, QStringLiteral("source"));
    if (table->m_source.isEmpty())
        return Error::badInput(QStringLiteral("source"), tr("the role table must name its source"));
    const QJsonValue rolesValue = root.value(QStringLiteral("roles"));
    if (!rolesValue.isArray())
        return Error::badInput(QStringLiteral("roles"), tr("must be an array of roles"));

    QList<std::optional<RoleDefinition>> found(std::size(kRoles));
    const QJsonArray roles = rolesValue.toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QString path = QStringLiteral("roles[%1]").arg(i);
        if (!roles.at(i).isObject())
            return Error::badInput(path, tr("must be an object with id, name_zh, name_en, may and source"));
        const QJsonObject object = roles.at(i).toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        const auto role = roleFromId(id);
        if (!role)
            return Error::badInput(path + QStringLiteral(".id"),
                                   tr("unknown role \"%1\": allowed are window-clerk, expert and supervisor").arg(id));
        if (found[int(*role)])
            return Error::badInput(path + QStringLiteral(".id"), tr("the role \"%1\" is listed twice").arg(id));
        RoleDefinition definition;
        definition.role = *role;
        for (const auto &[key, target] :
             {std::pair {QStringLiteral("name_zh"), &definition.nameZh}, std::pair {QStringLiteral("name_en"), &definition.nameEn},
              std::pair {QStringLiteral("source"), &definition.source}}) {
            *target = nonEmptyText(object, key);
            if (target->isEmpty())
                return Error::badInput(path + u'.' + key, tr("must be a text that is not empty"));
        }
        const QJsonValue mayValue = object.value(QStringLiteral("may"));
        if (!mayValue.isArray())
            return Error::badInput(path + QStringLiteral(".may"), tr("must be an array of permission ids"));
        const QJsonArray may = mayValue.toArray();
        for (qsizetype j = 0; j < may.size(); ++j) {
            const QString permissionText = may.at(j).toString();
            const auto permission = permissionFromId(permissionText);
            if (!permission) {
                QStringList allowed;
                for (Permission p : allPermissions)
                    allowed << permissionId(p);
                return Error::badInput(
                    path + QStringLiteral(".may[%1]").arg(j),
                    tr("unknown permission \"%1\": allowed are %2").arg(permissionText, allowed.join(QStringLiteral(", "))));
            }
            definition.may.insert(*permission);
        }
        found[int(*role)] = definition;
    }
    for (Role role : kRoles) {
        if (!found[int(role)])
            return Error::badInput(QStringLiteral("roles"), tr("the role \"%1\" is missing").arg(roleId(role)));
        table->m_roles.append(*found[int(role)]);
    }
    return std::shared_ptr<const RoleTable>(std::move(table));
}

const RoleDefinition &RoleTable::definition(Role role) const
{
    return m_roles.at(int(role));
}

} // namespace tongban::accounts
