#pragma once

#include "common/error.h"
#include "intake/intakecase.h"
#include "intake/mattercatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::workflow {

/// A batch of intake cases taken elsewhere (an outreach point, an online channel) to be imported
/// into the back-office queue: {"channel": "outreach"|"online", "cases": [<intake case>...]},
/// each case in the intake case format (intake::IntakeCaseCodec).
struct IntakeBatch
{
    QString channel; ///< "outreach" or "online"
    QList<intake::IntakeCase> cases;

    /// The channels a batch may name.
    static QStringList channels() { return {QStringLiteral("outreach"), QStringLiteral("online")}; }
};

/// Reads and checks batch files.
class IntakeBatchCodec
{
    Q_DECLARE_TR_FUNCTIONS(tongban::workflow::IntakeBatchCodec)

public:
    /// The batch in @p json. Errors (BadInput, field = the JSON path): "channel" missing or not
    /// one of IntakeBatch::channels(); "cases" missing, not an array or empty; an unknown key; a
    /// case that is not an object; a case's shape error under its index ("cases[3].matters[1].fields").
    static Result<IntakeBatch> fromJson(const QJsonObject &json);
    /// The batch in the file @p path (UTF-8 JSON). Errors: BadInput ("file": cannot be read or is
    /// not a JSON object, with the parser's reason and offset); fromJson's.
    static Result<IntakeBatch> fromFile(const QString &path);
    /// @p batch as JSON; fromJson(toJson(b)) gives b back.
    static QJsonObject toJson(const IntakeBatch &batch);

    /// Every fault of every case of @p batch against @p catalog as of @p today
    /// (intake::IntakeValidator::issues), each under its case's path ("cases[3].matters[1].fields.x");
    /// empty when the whole batch can be imported.
    static QList<Error> issues(const intake::MatterCatalog &catalog, const IntakeBatch &batch, QDate today);
};

} // namespace tongban::workflow
