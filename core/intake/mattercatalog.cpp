#include "mattercatalog.h"

#include "common/loadedonce.h"
#include "mattercatalogloader.h"

namespace tongban::intake {

Result<MatterCatalog> MatterCatalog::builtIn(const QStringList &knownEngines)
{
    static LoadedOnce<MatterCatalog> loaded;
    return loaded.get(knownEngines.join(u'\n'), [&] { return MatterCatalogLoader::load(QStringLiteral(":/matters"), knownEngines); });
}

const MatterDefinition *MatterCatalog::matter(const QString &id) const
{
    const auto it = m_matterIndex.constFind(id);
    return it == m_matterIndex.cend() ? nullptr : &m_matters.at(*it);
}

const FieldDefinition *MatterCatalog::field(const QString &id) const
{
    const auto it = m_fieldIndex.constFind(id);
    return it == m_fieldIndex.cend() ? nullptr : &m_fields.at(*it);
}

const DocumentDefinition *MatterCatalog::document(const QString &id) const
{
    const auto it = m_documentIndex.constFind(id);
    return it == m_documentIndex.cend() ? nullptr : &m_documents.at(*it);
}

const Department *MatterCatalog::department(const QString &id) const
{
    const auto it = m_departmentIndex.constFind(id);
    return it == m_departmentIndex.cend() ? nullptr : &m_departments.at(*it);
}

QList<const MatterDefinition *> MatterCatalog::search(const QString &text) const
{
    const QString typed = text.trimmed();
    QList<const MatterDefinition *> byKey;
    QList<const MatterDefinition *> byName;
    if (typed.isEmpty())
        return byKey;
    const QString lower = typed.toLower();
    for (const MatterDefinition &m : m_matters) {
        bool keyHit = m.pinyin.startsWith(lower) || m.id.startsWith(lower);
        for (const QString &key : m.keys)
            keyHit = keyHit || key.toLower().startsWith(lower);
        if (keyHit)
            byKey.append(&m);
        else if (m.nameZh.contains(typed) || m.shortZh.contains(typed) || m.nameEn.contains(typed, Qt::CaseInsensitive))
            byName.append(&m);
    }
    return byKey + byName;
}

} // namespace tongban::intake
