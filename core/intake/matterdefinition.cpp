#include "matterdefinition.h"

#include <array>
#include <utility>

namespace tongban::intake {

namespace {

const std::array<std::pair<FieldType, const char16_t *>, 15> kTypeKeys = {{
    {FieldType::Text, u"text"},
    {FieldType::Multiline, u"multiline"},
    {FieldType::IdNumber, u"id-number"},
    {FieldType::Uscc, u"uscc"},
    {FieldType::Phone, u"phone"},
    {FieldType::Date, u"date"},
    {FieldType::Month, u"month"},
    {FieldType::MonthRange, u"month-range"},
    {FieldType::MonthPeriods, u"month-periods"},
    {FieldType::Money, u"money"},
    {FieldType::Integer, u"integer"},
    {FieldType::Choice, u"choice"},
    {FieldType::Boolean, u"boolean"},
    {FieldType::BankAccount, u"bank-account"},
    {FieldType::Region, u"region"},
}};

} // namespace

QString fieldTypeKey(FieldType type)
{
    for (const auto &[t, key] : kTypeKeys)
        if (t == type)
            return QString::fromUtf16(key);
    return {};
}

std::optional<FieldType> fieldTypeFromKey(const QString &key)
{
    for (const auto &[t, k] : kTypeKeys)
        if (key == QString::fromUtf16(k))
            return t;
    return std::nullopt;
}

} // namespace tongban::intake
