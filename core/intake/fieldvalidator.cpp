#include "fieldvalidator.h"

#include "identity/citizenid.h"
#include "identity/uscc.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace tongban::intake {

namespace {

Error bad(const QString &message)
{
    return Error::badInput(QString(), message);
}

/// "YYYY-MM" as the first day of the month; null when it is not one.
QDate monthOf(const QJsonValue &v)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!v.isString() || !pattern.match(v.toString()).hasMatch())
        return {};
    return QDate::fromString(v.toString() + QStringLiteral("-01"), Qt::ISODate);
}

QDate dateOf(const QJsonValue &v)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!v.isString() || !pattern.match(v.toString()).hasMatch())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString yuan(qint64 fen)
{
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(fen) / 100)
        .arg(qAbs(fen) % 100, 2, 10, QChar(u'0'));
}

} // namespace

bool FieldValidator::isSet(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return false;
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    if (value.isObject())
        return !value.toObject().isEmpty();
    return true;
}

std::optional<qint64> FieldValidator::parseYuan(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(2).toLongLong();
    const QString cents = match.captured(3).leftJustified(2, u'0');
    const qint64 fen = whole * 100 + cents.toLongLong();
    return match.captured(1).isEmpty() ? fen : -fen;
}

std::optional<Error> FieldValidator::validate(const FieldDefinition &field, const QJsonValue &value, QDate today)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const FieldValidation &rules = field.validation;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline: {
        if (!value.isString())
            return bad(tr("a text is expected"));
        const QString text = value.toString();
        if (rules.minLength && text.size() < *rules.minLength)
            return bad(tr("at least %1 characters are needed (%2 given)").arg(*rules.minLength).arg(text.size()));
        if (rules.maxLength && text.size() > *rules.maxLength)
            return bad(tr("at most %1 characters are allowed (%2 given)").arg(*rules.maxLength).arg(text.size()));
        if (!rules.pattern.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(rules.pattern));
            if (!re.match(text).hasMatch()) {
                const QString hint = !rules.patternHintZh.isEmpty() ? rules.patternHintZh : rules.patternHintEn;
                return bad(hint.isEmpty() ? tr("the text does not have the expected form")
                                          : tr("the text does not have the expected form: %1").arg(hint));
            }
        }
        return std::nullopt;
    }
    case FieldType::IdNumber: {
        if (!value.isString())
            return bad(tr("a citizen ID number of 18 characters is expected"));
        const auto check = identity::CitizenId::validate(value.toString(), today);
        if (!check.valid)
            return bad(check.reason);
        return std::nullopt;
    }
    case FieldType::Uscc: {
        if (!value.isString())
            return bad(tr("a unified social credit code of 18 characters is expected"));
        const QString reason = identity::Uscc::validate(value.toString());
        if (!reason.isEmpty())
            return bad(reason);
        return std::nullopt;
    }
    case FieldType::Phone: {
        static const QRegularExpression phone(QStringLiteral("^(1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8})$"));
        if (!value.isString() || !phone.match(value.toString().trimmed()).hasMatch())
            return bad(tr("a mobile number (11 digits starting 13–19) or a landline with its area code (e.g. 010-12345678) is expected"));
        return std::nullopt;
    }
    case FieldType::Date: {
        const QDate d = dateOf(value);
        if (!d.isValid())
            return bad(tr("a date YYYY-MM-DD is expected, e.g. 2026-12-02"));
        if (rules.notAfterToday && d > today)
            return bad(tr("the date may not be after today (%1)").arg(today.toString(Qt::ISODate)));
        if (rules.notBeforeToday && d < today)
            return bad(tr("the date may not be before today (%1)").arg(today.toString(Qt::ISODate)));
        return std::nullopt;
    }
    case FieldType::Month: {
        const QDate m = monthOf(value);
        const QDate thisMonth(today.year(), today.month(), 1);
        if (!m.isValid())
            return bad(tr("a month YYYY-MM is expected, e.g. 2027-01"));
        if (rules.notAfterToday && m > thisMonth)
            return bad(tr("the month may not be after this month (%1)").arg(today.toString(QStringLiteral("yyyy-MM"))));
        if (rules.notBeforeToday && m < thisMonth)
            return bad(tr("the month may not be before this month (%1)").arg(today.toString(QStringLiteral("yyyy-MM"))));
        return std::nullopt;
    }
    case FieldType::MonthRange: {
        const QJsonObject o = value.toObject();
        const QDate from = monthOf(o.value(QStringLiteral("from")));
        const QDate to = monthOf(o.value(QStringLiteral("to")));
        if (!value.isObject() || !from.isValid() || !to.isValid() || o.size() != 2)
            return bad(tr("a range of months {\"from\": \"YYYY-MM\", \"to\": \"YYYY-MM\"} is expected"));
        if (from > to)
            return bad(tr("the first month (%1) is after the last (%2)")
                           .arg(o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString()));
        if (rules.notAfterToday && to > QDate(today.year(), today.month(), 1))
            return bad(tr("the months may not reach beyond this month (%1)").arg(today.toString(QStringLiteral("yyyy-MM"))));
        return std::nullopt;
    }
    case FieldType::MonthPeriods: {
        if (!value.isArray() || value.toArray().isEmpty())
            return bad(tr("at least one period {\"from\": \"YYYY-MM\", \"to\": \"YYYY-MM\", \"employer\": \"…\"} is expected"));
        const QJsonArray periods = value.toArray();
        QList<std::pair<QDate, QDate>> seen;
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const QJsonObject p = periods.at(i).toObject();
            const QDate from = monthOf(p.value(QStringLiteral("from")));
            const QDate to = monthOf(p.value(QStringLiteral("to")));
            if (!periods.at(i).isObject() || !from.isValid() || !to.isValid() || !p.value(QStringLiteral("employer")).isString()
                || p.value(QStringLiteral("employer")).toString().trimmed().isEmpty())
                return Error::badInput(
                    QStringLiteral("[%1]").arg(i),
                    tr("a period is {\"from\": \"YYYY-MM\", \"to\": \"YYYY-MM\", \"employer\": \"…\"} with the employer named"));
            if (from > to)
                return Error::badInput(QStringLiteral("[%1]").arg(i), tr("the first month is after the last"));
            for (const auto &[f, t] : seen)
                if (from <= t && f <= to)
                    return Error::badInput(QStringLiteral("[%1]").arg(i),
                                           tr("the period overlaps an earlier one: each month may be claimed once"));
            seen.append({from, to});
        }
        return std::nullopt;
    }
    case FieldType::Money: {
        const auto fen = value.isString() ? parseYuan(value.toString()) : std::nullopt;
        if (!fen)
            return bad(tr("an amount in yuan with at most two decimals is expected, e.g. \"1234.56\""));
        if (rules.minFen && *fen < *rules.minFen)
            return bad(tr("the amount may not be below %1 yuan").arg(yuan(*rules.minFen)));
        if (rules.maxFen && *fen > *rules.maxFen)
            return bad(tr("the amount may not be above %1 yuan").arg(yuan(*rules.maxFen)));
        return std::nullopt;
    }
    case FieldType::Integer: {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return bad(tr("a whole number is expected"));
        const qint64 n = qint64(value.toDouble());
        if (rules.minInteger && n < *rules.minInteger)
            return bad(tr("the number may not be below %1").arg(*rules.minInteger));
        if (rules.maxInteger && n > *rules.maxInteger)
            return bad(tr("the number may not be above %1").arg(*rules.maxInteger));
        return std::nullopt;
    }
    case FieldType::Choice: {
        QStringList allowed;
        for (const FieldOption &o : field.options) {
            if (value.isString() && value.toString() == o.value)
                return std::nullopt;
            allowed.append(QStringLiteral("%1 (%2)").arg(o.value, o.labelZh));
        }
        return bad(tr("one of these is expected: %1").arg(allowed.join(QStringLiteral(", "))));
    }
    case FieldType::Boolean:
        if (!value.isBool())
            return bad(tr("true or false is expected"));
        return std::nullopt;
    case FieldType::BankAccount: {
        static const QRegularExpression digits(QStringLiteral("^\\d{12,30}$"));
        const QString text = value.toString().remove(u' ');
        if (!value.isString() || !digits.match(text).hasMatch())
            return bad(tr("a bank account number of 12 to 30 digits is expected (%1 characters given)").arg(text.size()));
        return std::nullopt;
    }
    case FieldType::Region: {
        static const QRegularExpression code(QStringLiteral("^[1-9]\\d{5}$"));
        if (!value.isString() || !code.match(value.toString()).hasMatch())
            return bad(tr("a six-digit region code (GB/T 2260) is expected, e.g. 110105"));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace tongban::intake
