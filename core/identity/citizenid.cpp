#include "citizenid.h"
#include "typedcode.h"

#include <algorithm>

namespace tongban::identity {

namespace {

// GB 11643-1999 / ISO 7064:1983 MOD 11-2: weight of position i (1…17) is 2^(18−i) mod 11.
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t kCheckCharacters[] = u"10X98765432";

const QDate kEarliestBirth(1880, 1, 1);

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(QStringView text, qsizetype index)
{
    return text.at(index).unicode() - u'0';
}

QString displayChar(QChar c)
{
    return c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
}

} // namespace

QChar CitizenId::checkCharacter(QStringView body17)
{
    if (body17.size() < 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(body17.at(i)))
            return {};
        sum += digitAt(body17, i) * kWeights[i];
    }
    return QChar(kCheckCharacters[sum % 11]);
}

CitizenId::Validation CitizenId::validate(const QString &text, QDate today)
{
    Validation v;
    const QString input = TypedCode::normalized(text);
    if (input.size() != 18 && input.size() != 15) {
        v.reason = tr("a citizen ID number has 18 characters (or 15 digits in the old form); this one has %n", nullptr, int(input.size()));
        return v;
    }
    const bool legacy = input.size() == 15;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        const bool checkPosition = !legacy && i == 17;
        if (isAsciiDigit(c) || (checkPosition && (c == u'X' || c == u'x')))
            continue;
        v.reason = checkPosition ? tr("the last character must be a digit or X, not \"%1\"").arg(displayChar(c))
                                 : tr("\"%1\" at position %2 is not a digit").arg(displayChar(c)).arg(i + 1);
        return v;
    }

    // 15-digit legacy numbers were issued to people born in the 1900s (GB 11643-1989):
    // insert "19" before the two-digit year.
    const QString body17 = legacy ? input.left(6) + QStringLiteral("19") + input.mid(6, 9) : input.left(17);

    const QString region = body17.left(6);
    if (region.startsWith(u'0')) {
        v.reason = tr("the address code %1 cannot start with 0").arg(region);
        return v;
    }
    v.region = region;

    const int year = body17.mid(6, 4).toInt();
    const int month = body17.mid(10, 2).toInt();
    const int day = body17.mid(12, 2).toInt();
    const QDate birth(year, month, day);
    if (!birth.isValid()) {
        v.reason = tr("the birth date %1-%2-%3 does not exist").arg(body17.mid(6, 4), body17.mid(10, 2), body17.mid(12, 2));
        return v;
    }
    if (birth > today) {
        v.reason = tr("the birth date %1 is in the future").arg(birth.toString(Qt::ISODate));
        return v;
    }
    if (birth < kEarliestBirth) {
        v.reason = tr("the birth date %1 is before 1880").arg(birth.toString(Qt::ISODate));
        return v;
    }
    v.birth = birth;
    v.sex = digitAt(body17, 16) % 2 == 1 ? insured::Sex::Male : insured::Sex::Female;

    const QChar expected = checkCharacter(body17);
    if (!legacy) {
        const QChar given = input.at(17).toUpper();
        if (given != expected) {
            v.reason = tr("wrong check character: expected %1, got %2").arg(expected).arg(input.at(17));
            return v;
        }
    }
    v.valid = true;
    v.normalized = body17 + expected;
    return v;
}

QString CitizenId::mask(const QString &text)
{
    if (text.size() <= 10)
        return QString(text.size(), u'*');
    return text.left(6) + QString(text.size() - 10, u'*') + text.right(4);
}

QString CitizenId::make(const QString &region6, QDate birth, int sequence3)
{
    if (region6.size() != 6 || region6.startsWith(u'0') || !std::all_of(region6.cbegin(), region6.cend(), isAsciiDigit))
        return {};
    if (!birth.isValid() || birth < kEarliestBirth || birth.year() > 9999 || sequence3 < 0 || sequence3 > 999)
        return {};
    const QString body17 = region6 + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence3, 3, 10, QChar(u'0'));
    return body17 + checkCharacter(body17);
}

QString CitizenId::sexKey(insured::Sex sex)
{
    return sex == insured::Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

} // namespace tongban::identity
