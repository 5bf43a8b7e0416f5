#include "bankaccountnumber.h"

namespace tongban::identity {

QString BankAccountNumber::mask(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    if (digits.size() <= 10)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(6) + QString(digits.size() - 10, QLatin1Char('*')) + digits.right(4);
}

} // namespace tongban::identity
