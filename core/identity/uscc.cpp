#include "uscc.h"
#include "typedcode.h"

#include <algorithm>

namespace tongban::identity {

namespace {

// GB 32100-2015: weight of position i (1…17) is 3^(i−1) mod 31.
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr qsizetype kAlphabetSize = 31;

// GB 11714-1997 organisation code check: weights of the 8 body characters.
constexpr int kOrganisationWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

} // namespace

QStringView Uscc::alphabet()
{
    return QStringView(kAlphabet, kAlphabetSize);
}

QChar Uscc::checkCharacter(QStringView body17)
{
    if (body17.size() < 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype value = alphabet().indexOf(body17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return alphabet().at(check);
}

QString Uscc::validate(const QString &text)
{
    const QString code = TypedCode::normalized(text);
    if (code.size() != 18)
        return tr("a unified social credit code has 18 characters; this one has %n", nullptr, int(code.size()));
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (alphabet().indexOf(code.at(i)) < 0)
            return tr("\"%1\" at position %2 is not allowed in a unified social credit code (digits and capital letters "
                      "except I, O, S, V, Z)")
                .arg(code.at(i))
                .arg(i + 1);
    }
    const QChar expected = checkCharacter(code);
    if (code.at(17) != expected)
        return tr("wrong check character: expected %1, got %2").arg(expected).arg(code.at(17));
    return {};
}

QString Uscc::normalized(const QString &text)
{
    return validate(text).isEmpty() ? TypedCode::normalized(text) : QString();
}

QString Uscc::make(const QString &region6, int serial8)
{
    if (region6.size() != 6 || !std::all_of(region6.cbegin(), region6.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return {};
    if (serial8 < 0 || serial8 > 99'999'999)
        return {};
    const QString organisation8 = QStringLiteral("%1").arg(serial8, 8, 10, QChar(u'0'));
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (organisation8.at(i).unicode() - u'0') * kOrganisationWeights[i];
    const int c9 = 11 - sum % 11;
    const QChar organisationCheck = c9 == 10 ? QChar(u'X') : c9 == 11 ? QChar(u'0') : QChar(u'0' + c9);
    const QString body17 = QStringLiteral("91") + region6 + organisation8 + organisationCheck;
    return body17 + checkCharacter(body17);
}

} // namespace tongban::identity
