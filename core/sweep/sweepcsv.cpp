#include "sweepcsv.h"

#include "deferral/deferraltext.h"

#include <QSaveFile>

namespace tongban::sweep {

namespace {

const QStringList &insuranceKeys()
{
    static const QStringList keys {QStringLiteral("pension"), QStringLiteral("unemployment"), QStringLiteral("work-injury")};
    return keys;
}

} // namespace

QString SweepCsv::statusLine(const SweepResult &result)
{
    const QString asOf = result.parameters.asOf.toString(Qt::ISODate);
    const QString finished = result.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (result.cancelled)
        return tr("INCOMPLETE: the 免申即享 deferral sweep as of %1 was cancelled at %2 after %3 of %4 employers; this list holds "
                  "only the eligible employers among those screened.")
            .arg(asOf, finished)
            .arg(result.screened)
            .arg(result.employersTotal);
    return tr("Complete: the 免申即享 deferral sweep as of %1 screened all %2 employers, finished at %3.")
        .arg(asOf)
        .arg(result.employersTotal)
        .arg(finished);
}

QString SweepCsv::defaultFileName(const SweepResult &result)
{
    const QString asOf = result.parameters.asOf.toString(Qt::ISODate);
    if (result.cancelled)
        return tr("deferral-sweep-%1-incomplete-%2-of-%3.csv").arg(asOf).arg(result.screened).arg(result.employersTotal);
    return tr("deferral-sweep-%1.csv").arg(asOf);
}

QStringList SweepCsv::header()
{
    return {
        tr("Employer"),
        tr("Unified social credit code"),
        tr("Industry"),
        tr("Size"),
        tr("Kind"),
        tr("Region"),
        tr("Hard-hit area"),
        tr("Pension: deferrable premium months"),
        tr("Pension: months with records"),
        tr("Pension: deferrable employer share (CNY)"),
        tr("Unemployment: deferrable premium months"),
        tr("Unemployment: deferrable amount (CNY)"),
        tr("Work injury: deferrable premium months"),
        tr("Work injury: deferrable amount (CNY)"),
        tr("Pay back by"),
        tr("Rules"),
        tr("Employer id"),
    };
}

QStringList SweepCsv::fields(const SweepRow &row)
{
    QStringList out {row.name,
                     row.uscc,
                     row.industryLabel.isEmpty() ? row.industryCode : row.industryLabel,
                     deferral::DeferralText::size(row.sizeClass),
                     deferral::DeferralText::kind(row.kind),
                     row.region,
                     row.hardHitArea ? tr("yes") : tr("no")};
    QString payBack;
    for (const QString &key : insuranceKeys()) {
        const SweepInsurance *line = row.insurance(key);
        const bool eligible = line && line->eligible;
        out << (eligible ? line->from.toString() + QStringLiteral("…") + line->to.toString() : QString());
        if (key == u"pension")
            out << (eligible ? QString::number(line->recordMonths) : QString());
        out << (!eligible ? QString() : line->amount ? line->amount->toPlainString() : tr("not in the records"));
        if (eligible && line->payBackBy.isValid() && payBack.isEmpty())
            payBack = line->payBackBy.toString(Qt::ISODate);
    }
    out << payBack << row.ruleNames.join(QStringLiteral("; ")) << row.employerId;
    return out;
}

QString SweepCsv::quoted(const QString &text)
{
    // A spreadsheet runs a cell that starts with = + - @ as a formula: an employer's name must
    // stay text (OWASP "CSV injection"). Figures never start so (amounts are not negative).
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()))
        field.prepend(u'\'');
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\r') && !field.contains(u'\n'))
        return field;
    QString q = field;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QByteArray SweepCsv::toCsv(const SweepResult &result)
{
    const auto line = [](const QStringList &fields) -> QString {
        QStringList q;
        q.reserve(fields.size());
        for (const QString &f : fields)
            q << quoted(f);
        return q.join(u',') + QStringLiteral("\r\n");
    };
    QString text = line({statusLine(result)}) + line(header());
    for (const SweepRow &row : result.rows)
        text += line(fields(row));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status SweepCsv::write(const SweepResult &result, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = toCsv(result);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::storage(tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return Error::storage(tr("cannot write %1: %2").arg(path, file.errorString()));
    return Done {};
}

} // namespace tongban::sweep
