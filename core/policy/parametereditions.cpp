#include "parametereditions.h"
#include "parameterloader.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tongban::policy {

namespace {

/// The shipped files with @p editions in place: each where @p onlyLater is false or its edition
/// is later than the shipped file's (a shipped file without one counts as older).
Result<ParameterFiles> shippedWith(const QList<ParameterFileEdition> &editions, bool onlyLater)
{
    auto files = ParameterLoader::readDirectory(QStringLiteral(":/parameters"));
    if (!files)
        return files.error();
    static const QRegularExpression fileName(QStringLiteral("^(national\\.json|regions/[1-9][0-9]{5}\\.json)$"));
    for (const ParameterFileEdition &e : editions) {
        if (!fileName.match(e.file).hasMatch())
            return Error::badInput(QStringLiteral("file"),
                                   ParameterEditions::tr("\"%1\" is not a parameter file: national.json or "
                                                         "regions/<six-digit code>.json")
                                       .arg(e.file));
        if (!QDate::fromString(e.edition, Qt::ISODate).isValid())
            return Error::badInput(QStringLiteral("edition"),
                                   ParameterEditions::tr("the edition of %1 must be a date YYYY-MM-DD, not \"%2\"").arg(e.file, e.edition));
        const auto shipped = files->constFind(e.file);
        // ISO dates compare as text.
        if (onlyLater && shipped != files->cend()
            && e.edition <= QJsonDocument::fromJson(shipped->bytes).object().value(u"edition").toString())
            continue;
        files->insert(e.file, {e.content, ParameterEditions::tr("edition %1 of %2 from the central store").arg(e.edition, e.file)});
    }
    return files;
}

} // namespace

Result<std::shared_ptr<const ParameterSet>> ParameterEditions::loadBuiltInWith(const QList<ParameterFileEdition> &editions)
{
    const auto files = shippedWith(editions, true);
    if (!files)
        return files.error();
    return ParameterLoader::load(*files);
}

Status ParameterEditions::check(const ParameterFileEdition &edition)
{
    const auto files = shippedWith({edition}, false);
    if (!files)
        return files.error();
    if (const auto loaded = ParameterLoader::load(*files); !loaded)
        return loaded.error();
    return Done {};
}

} // namespace tongban::policy
