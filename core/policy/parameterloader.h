#pragma once

#include "common/error.h"
#include "parameterset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <memory>

namespace tongban::policy {

/// The bytes of one parameter file and where they came from (a path, or "edition 2026-12-01 of
/// regions/110000.json from the central store"), which errors name.
struct ParameterFile
{
    QByteArray bytes;
    QString origin;
};

/// Parameter files by their name in the layout of resources/parameters: "national.json",
/// "regions/110000.json".
using ParameterFiles = QMap<QString, ParameterFile>;

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
    /// Loads @p files ("national.json" and "regions/<code>.json"). Errors as load(directory),
    /// naming each file by its origin.
    static Result<std::shared_ptr<const ParameterSet>> load(const ParameterFiles &files);
    /// The files of @p directory, as load(directory) reads them. Error (BadInput) naming a file
    /// that cannot be read.
    static Result<ParameterFiles> readDirectory(const QString &directory);

private:
    static Status loadNational(const QJsonObject &root, const QString &file, ParameterSet &set);
    static Result<RegionParameters> loadRegion(const QJsonObject &root, const QString &file);
};

} // namespace tongban::policy
