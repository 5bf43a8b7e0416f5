#include "comparisonjson.h"

#include "pension/pensioncasejson.h"

#include <QJsonArray>

namespace tongban::cli {

QJsonObject comparisonToJson(const pension::PensionComparison &c, const pension::PensionResult &a, const pension::PensionResult &b,
                             const QStringList &assumptionsA, const QStringList &assumptionsB)
{
    QJsonArray figures;
    for (const pension::ComparedFigure &f : c.figures)
        figures.append(QJsonObject {{QStringLiteral("key"), f.key},
                                    {QStringLiteral("label"), f.label},
                                    {QStringLiteral("a"), f.a},
                                    {QStringLiteral("b"), f.b},
                                    {QStringLiteral("difference"), f.difference}});
    QJsonArray components;
    for (const pension::ComponentDifference &d : c.components)
        components.append(QJsonObject {{QStringLiteral("key"), d.key},
                                       {QStringLiteral("label"), d.label},
                                       {QStringLiteral("a"), d.a.toJsonDouble()},
                                       {QStringLiteral("b"), d.b.toJsonDouble()},
                                       {QStringLiteral("difference"), d.difference().toJsonDouble()}});
    QJsonArray causes;
    for (const pension::DifferenceCause &x : c.causes)
        causes.append(QJsonObject {{QStringLiteral("key"), x.key},
                                   {QStringLiteral("label"), x.label},
                                   {QStringLiteral("explanation"), x.explanation},
                                   {QStringLiteral("from"), x.from ? QJsonValue(x.from->toString()) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("to"), x.to ? QJsonValue(x.to->toString()) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("basic_pension"), x.basicPension.toJsonDouble()},
                                   {QStringLiteral("individual_account_pension"), x.individualAccountPension.toJsonDouble()},
                                   {QStringLiteral("transitional_pension"), x.transitionalPension.toJsonDouble()},
                                   {QStringLiteral("supplements"), x.supplements.toJsonDouble()},
                                   {QStringLiteral("total_rounding"), x.totalRounding.toJsonDouble()},
                                   {QStringLiteral("total"), x.total().toJsonDouble()}});
    return QJsonObject {{QStringLiteral("a"),
                         QJsonObject {{QStringLiteral("label"), c.labelA},
                                      {QStringLiteral("pension"), pension::PensionCaseJson::toJson(a)},
                                      {QStringLiteral("assumptions"), QJsonArray::fromStringList(assumptionsA)}}},
                        {QStringLiteral("b"),
                         QJsonObject {{QStringLiteral("label"), c.labelB},
                                      {QStringLiteral("pension"), pension::PensionCaseJson::toJson(b)},
                                      {QStringLiteral("assumptions"), QJsonArray::fromStringList(assumptionsB)}}},
                        {QStringLiteral("figures"), figures},
                        {QStringLiteral("components"), components},
                        {QStringLiteral("causes"), causes},
                        {QStringLiteral("difference"), c.difference.toJsonDouble()}};
}

} // namespace tongban::cli
