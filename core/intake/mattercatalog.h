#pragma once

#include "common/error.h"
#include "matterdefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::intake {

/// The catalog of the integrated window's matters, loaded from data (resources/matters/, Qt
/// resource ":/matters"): departments, the field and document dictionaries, the matters. Read
/// only once loaded; cheap to copy (implicitly shared Qt containers).
class MatterCatalog
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::MatterCatalog)

public:
    MatterCatalog() = default;

    /// The shipped catalog (":/matters"), checked against @p knownEngines (the pre-review engine
    /// ids the program has). Errors: MatterCatalogLoader::load's. Read once per program for each
    /// set of engines (common/loadedonce.h), thread-safe.
    static Result<MatterCatalog> builtIn(const QStringList &knownEngines);

    /// The departments in the order of departments.json.
    const QList<Department> &departments() const { return m_departments; }
    /// The matters, by department file then the order in the file.
    const QList<MatterDefinition> &matters() const { return m_matters; }
    /// The matter @p id, or nullptr.
    const MatterDefinition *matter(const QString &id) const;
    /// The field @p id of the dictionary, or nullptr.
    const FieldDefinition *field(const QString &id) const;
    /// The document @p id of the dictionary, or nullptr.
    const DocumentDefinition *document(const QString &id) const;
    /// The department @p id, or nullptr.
    const Department *department(const QString &id) const;
    /// All fields of the dictionary.
    const QList<FieldDefinition> &fields() const { return m_fields; }
    /// All documents of the dictionary.
    const QList<DocumentDefinition> &documents() const { return m_documents; }

    /// The matters @p text finds, best first: a prefix of the pinyin initials ("txsq" →
    /// 退休申请), a prefix of a key or of the id (case-insensitive), or a substring of the
    /// Chinese full or short name. Pinyin and key prefixes rank before name substrings; the
    /// catalog order breaks ties. Empty or blank text: no matters.
    QList<const MatterDefinition *> search(const QString &text) const;

    /// The catalog's edition: the newest "edition" of its files ("2026-12-03").
    const QString &edition() const { return m_edition; }

private:
    friend class MatterCatalogLoader;

    QList<Department> m_departments;
    QList<FieldDefinition> m_fields;
    QList<DocumentDefinition> m_documents;
    QList<MatterDefinition> m_matters;
    QHash<QString, qsizetype> m_matterIndex;
    QHash<QString, qsizetype> m_fieldIndex;
    QHash<QString, qsizetype> m_documentIndex;
    QHash<QString, qsizetype> m_departmentIndex;
    QString m_edition;
};

} // namespace tongban::intake
