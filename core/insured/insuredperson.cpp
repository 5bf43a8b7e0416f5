#include "insuredperson.h"
#include "contributionrecord.h"

namespace tongban::insured {

QString retirementGroupKey(RetirementGroup group)
{
    switch (group) {
    case RetirementGroup::Male:
        return QStringLiteral("male");
    case RetirementGroup::Female55:
        return QStringLiteral("female-55");
    case RetirementGroup::Female50:
        return QStringLiteral("female-50");
    }
    return {};
}

std::optional<RetirementGroup> retirementGroupFromKey(QStringView key)
{
    if (key == u"male")
        return RetirementGroup::Male;
    if (key == u"female-55")
        return RetirementGroup::Female55;
    if (key == u"female-50")
        return RetirementGroup::Female50;
    return std::nullopt;
}

QString contributionKindKey(ContributionKind kind)
{
    return kind == ContributionKind::Employee ? QStringLiteral("employee") : QStringLiteral("flexible");
}

std::optional<ContributionKind> contributionKindFromKey(QStringView key)
{
    if (key == u"employee")
        return ContributionKind::Employee;
    if (key == u"flexible")
        return ContributionKind::Flexible;
    return std::nullopt;
}

} // namespace tongban::insured
