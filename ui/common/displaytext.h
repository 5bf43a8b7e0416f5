#pragma once

#include "common/money.h"
#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

namespace tongban::ui {

/// Words and number formats for the screen, so every widget says the same thing the same way.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::DisplayText)

public:
    static QString sex(insured::Sex sex);
    static QString retirementGroup(insured::RetirementGroup group);
    static QString kind(insured::ContributionKind kind);
    static QString kinds(const QList<insured::ContributionKind> &kinds);
    /// "62 months (5 years 2 months)": months are stored, years are what a visitor understands.
    static QString months(int months);
    /// "60 years 3 months" (or "60 years" when there are no months).
    static QString age(YearsMonths age);
    static QString date(const QDate &date);
    /// The long dash shown where a figure is absent.
    static QString absent();
    /// A font whose digits line up in columns, for amounts and indices.
    static QFont numberFont();
};

} // namespace tongban::ui
