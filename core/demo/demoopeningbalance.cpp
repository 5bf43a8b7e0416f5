#include "demoopeningbalance.h"

#include <map>
#include <utility>

namespace tongban::demo {

bool DemoOpeningBalance::appliesTo(QDate firstWorkDate)
{
    return firstWorkDate.isValid() && firstWorkDate < month().addMonths(1).firstDay();
}

Money DemoOpeningBalance::of(const QList<insured::ContributionRecord> &records) const
{
    const YearMonth openingMonth = month();
    const Rational interestRate(3, 100); // a demo assumption, see the class
    std::map<int, QList<std::pair<int, Money>>> creditsByYear;
    for (const insured::ContributionRecord &r : records) {
        if (r.month > openingMonth)
            continue;
        const auto share = m_parameters->accountCreditRate(r.month);
        const Money credit = share ? Money::fromYuan(r.base.yuan() * share->value, RoundingMode::HalfUp) : Money();
        creditsByYear[r.month.year()].append({r.month.month(), credit});
    }
    if (creditsByYear.empty())
        return {};
    Money balance;
    for (int year = creditsByYear.begin()->first; year <= openingMonth.year(); ++year) {
        Rational interest = balance.yuan() * interestRate;
        Money credited;
        if (const auto it = creditsByYear.find(year); it != creditsByYear.end()) {
            for (const auto &[creditMonth, credit] : it->second) {
                credited += credit;
                interest += credit.yuan() * interestRate * Rational(12 - creditMonth, 12);
            }
        }
        balance += credited + Money::fromYuan(interest, RoundingMode::HalfUp);
    }
    return balance;
}

} // namespace tongban::demo
