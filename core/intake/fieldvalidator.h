#pragma once

#include "common/error.h"
#include "matterdefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>

#include <optional>

namespace tongban::intake {

/// Checks one field's value against its definition, as the clerk types and again before an
/// intake is stored.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::FieldValidator)

public:
    /// std::nullopt when @p value is a valid value of @p field (types and validation keys in the
    /// design), else an Error (BadInput, field empty: the caller nests it under the field's path)
    /// whose message, translated, says what is wrong and what is allowed. @p today bounds
    /// not_after_today / not_before_today and the birth date of an ID number. A null or
    /// undefined value is not checked here (whether one is required is IntakeValidator's).
    static std::optional<Error> validate(const FieldDefinition &field, const QJsonValue &value, QDate today);

    /// Whether @p value counts as "set" for a field (not null, not undefined, not an empty
    /// string, array or object).
    static bool isSet(const QJsonValue &value);

    /// The fen of a money string ("1234.56" → 123456); std::nullopt when it is not yuan with at
    /// most two decimals.
    static std::optional<qint64> parseYuan(const QString &text);
};

} // namespace tongban::intake
