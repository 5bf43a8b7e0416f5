#include "ui/common/displaytext.h"

#include <QFontDatabase>
#include <QStringList>

namespace tongban::ui {

QString DisplayText::sex(insured::Sex sex)
{
    return sex == insured::Sex::Male ? tr("Male") : tr("Female");
}

QString DisplayText::retirementGroup(insured::RetirementGroup group)
{
    switch (group) {
    case insured::RetirementGroup::Male:
        return tr("Men, 60");
    case insured::RetirementGroup::Female55:
        return tr("Women, 55");
    case insured::RetirementGroup::Female50:
        return tr("Women, 50");
    }
    return {};
}

QString DisplayText::kind(insured::ContributionKind kind)
{
    return kind == insured::ContributionKind::Employee ? tr("Employee") : tr("Flexible");
}

QString DisplayText::kinds(const QList<insured::ContributionKind> &kinds)
{
    QStringList words;
    for (insured::ContributionKind k : kinds)
        words << kind(k);
    return words.join(tr(", "));
}

QString DisplayText::months(int months)
{
    const YearsMonths span = YearsMonths::fromMonths(months);
    if (span.months == 0)
        return tr("%1 months (%2 years)").arg(months).arg(span.years);
    return tr("%1 months (%2 years %3 months)").arg(months).arg(span.years).arg(span.months);
}

QString DisplayText::age(YearsMonths age)
{
    if (age.months == 0)
        return tr("%1 years").arg(age.years);
    return tr("%1 years %2 months").arg(age.years).arg(age.months);
}

QString DisplayText::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : absent();
}

QString DisplayText::absent()
{
    return QStringLiteral("—");
}

QFont DisplayText::numberFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(QFont().pointSizeF());
    return font;
}

} // namespace tongban::ui
