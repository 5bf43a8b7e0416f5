#pragma once

#include "common/error.h"
#include "mattercatalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongban::intake {

/// Reads a matter catalog from a folder laid out as resources/matters/ (departments.json,
/// fields.json, documents.json, matters/<department-id>.json; README.md documents every key)
/// and checks it whole before anyone uses it.
class MatterCatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::MatterCatalogLoader)

public:
    /// The catalog in @p dir (a folder or a Qt resource path such as ":/matters"), every
    /// pre-review engine it names checked against @p knownEngines.
    /// Errors (BadInput, field = "<file>: <JSON path>", e.g.
    /// "matters/social-insurance.json: matters[3].documents[1].document"): a missing or
    /// unreadable file, invalid JSON, a missing "edition"; an unknown key, field type,
    /// validation key, field, document, department or engine id; a "when" naming a field not in
    /// the matter; a duplicate id (department, field, document, matter); a matter without names
    /// or pinyin; a promised limit above the statutory one; a choice without options.
    static Result<MatterCatalog> load(const QString &dir, const QStringList &knownEngines);
};

} // namespace tongban::intake
