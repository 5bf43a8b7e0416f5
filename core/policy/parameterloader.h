#pragma once

#include "common/error.h"
#include "parameterset.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace tongban::policy {

/// Reads the policy JSON files (national.json, regions/<code>.json) into a ParameterSet,
/// checking every figure's shape and that it names a known source.
class ParameterLoader
{
    Q_DECLARE_TR_FUNCTIONS(tongban::policy::ParameterLoader)

public:
    /// Loads from @p directory ("…/parameters", a filesystem path or a Qt resource path
    /// ":/parameters"). Error (BadInput) naming the file and the JSON path of the first
    /// malformed entry; nothing partial is returned.
    static Result<std::shared_ptr<const ParameterSet>> load(const QString &directory);

private:
    static Status loadNational(const QJsonObject &root, const QString &file, ParameterSet &set);
    static Result<RegionParameters> loadRegion(const QJsonObject &root, const QString &file);
};

} // namespace tongban::policy
