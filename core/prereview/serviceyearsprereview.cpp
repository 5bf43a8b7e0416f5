#include "serviceyearsprereview.h"

#include "monthlist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace tongban::prereview {

Result<PreReviewResult> ServiceYearsPreReview::review(const PreReviewRequest &request) const
{
    PreReviewResult result;
    result.engine = id();
    const QJsonValue value = request.field(QStringLiteral("service_periods"), QStringLiteral("month-periods"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        result.add(Verdict::NeedsAttention, tr("No periods were entered: enter each period of service with its employer."));
        return result;
    }

    struct Period
    {
        YearMonth from;
        YearMonth to;
        QString employer;
    };
    QList<Period> periods;
    int total = 0;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const auto from = YearMonth::parse(o.value(QStringLiteral("from")).toString());
        const auto to = YearMonth::parse(o.value(QStringLiteral("to")).toString());
        const QString path = QStringLiteral("fields.service_periods[%1]").arg(i);
        if (!list.at(i).isObject() || !from || !to || *to < *from)
            return Error::badInput(path,
                                   tr("a period is {\"from\": \"YYYY-MM\", \"to\": \"YYYY-MM\", \"employer\": \"…\"} with from "
                                      "not after to"));
        total += from->monthsTo(*to) + 1;
        if (total > 1200)
            return Error::badInput(path, tr("at most 1200 months can be claimed at once"));
        periods.append({*from, *to, o.value(QStringLiteral("employer")).toString().trimmed()});
    }

    QJsonArray periodsJson;
    for (const Period &p : periods)
        periodsJson.append(QJsonObject {{QStringLiteral("from"), p.from.toString()},
                                        {QStringLiteral("to"), p.to.toString()},
                                        {QStringLiteral("employer"), p.employer},
                                        {QStringLiteral("months"), p.from.monthsTo(p.to) + 1}});
    QJsonObject details {{QStringLiteral("periods"), periodsJson}, {QStringLiteral("months_claimed"), total}};
    const QString documents = tr("Documents this needs: the personnel file (人事档案) with the recruitment (招工) and confirmation "
                                 "(转正定级) records of each period, and the employer's (or its successor's) proof of the service; what "
                                 "the file must show is set by the province.");

    if (!request.subject) {
        result.add(Verdict::NeedsAttention,
                   tr("The person is not in this window's records: the periods could not be checked against "
                      "the contribution history. Check them in the agency's system."));
        result.add(Verdict::Ready, documents);
        result.details = details;
        return result;
    }
    const insured::InsuredPerson &person = *request.subject;
    QSet<int> recorded;
    for (const insured::ContributionRecord &r : request.records())
        recorded.insert(r.month.ordinal());
    YearMonth deemedUntil;
    QString deemedSource;
    if (request.parameters) {
        if (const auto region = request.parameters->rulesFor(person.region); region && (*region)->pension.deemedUntil) {
            deemedUntil = *(*region)->pension.deemedUntil;
            deemedSource = (*region)->pension.deemedUntilProvenance.document;
        }
    }
    // Invalid months stand for "not known" (a plain YearMonth keeps GCC's maybe-uninitialized quiet).
    const YearMonth sixteen = person.birthDate.isValid() ? YearMonth::fromDate(person.birthDate.addYears(16)) : YearMonth();
    // The stored deemed service runs from the recorded start of work to the region's last deemed month.
    YearMonth storedDeemedFrom;
    if (person.deemedMonths > 0 && person.firstWorkDate.isValid() && deemedUntil.isValid())
        storedDeemedFrom = YearMonth::fromDate(person.firstWorkDate);
    const YearMonth current = request.currentMonth();

    MonthList alreadyRecorded, alreadyDeemed, deemable, afterAccount, underSixteen, future, unknown, overlap;
    QSet<int> seen;
    for (const Period &p : periods) {
        for (YearMonth m = p.from; m <= p.to; m = m.addMonths(1)) {
            if (seen.contains(m.ordinal())) {
                overlap.add(m);
                continue;
            }
            seen.insert(m.ordinal());
            if (m > current)
                future.add(m);
            else if (sixteen.isValid() && m < sixteen)
                underSixteen.add(m);
            else if (recorded.contains(m.ordinal()))
                alreadyRecorded.add(m);
            else if (!deemedUntil.isValid())
                unknown.add(m);
            else if (m > deemedUntil)
                afterAccount.add(m);
            else if (storedDeemedFrom.isValid() && m >= storedDeemedFrom)
                alreadyDeemed.add(m);
            else
                deemable.add(m);
        }
    }

    details.insert(QStringLiteral("deemable"), deemable.toJson());
    details.insert(QStringLiteral("deemable_months"), deemable.size());
    details.insert(QStringLiteral("already_recorded"), alreadyRecorded.toJson());
    details.insert(QStringLiteral("already_deemed"), alreadyDeemed.toJson());
    details.insert(QStringLiteral("after_individual_account"), afterAccount.toJson());
    details.insert(QStringLiteral("before_age_16"), underSixteen.toJson());
    details.insert(QStringLiteral("after_current_month"), future.toJson());
    details.insert(QStringLiteral("overlaps"), overlap.toJson());
    details.insert(QStringLiteral("stored_deemed_months"), person.deemedMonths);
    if (deemedUntil.isValid())
        details.insert(QStringLiteral("deemed_until"), deemedUntil.toString());

    if (!deemedUntil.isValid())
        result.add(Verdict::NeedsAttention,
                   tr("The month the individual account of the region began is not in the data: whether %1 may be deemed service "
                      "could not be checked (%n month(s)).",
                      nullptr, unknown.size())
                       .arg(unknown.text()));
    if (!overlap.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Claimed twice: %1 (%n month(s)) lie in more than one period.", nullptr, overlap.size()).arg(overlap.text()));
    if (!alreadyRecorded.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Already recorded as contributions: %1 (%n month(s)); nothing to recognise.", nullptr, alreadyRecorded.size())
                       .arg(alreadyRecorded.text()));
    if (!alreadyDeemed.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Already recognised as deemed service: %1 (%n month(s)) lie within the %2 months stored "
                      "from the start of work %3.",
                      nullptr, alreadyDeemed.size())
                       .arg(alreadyDeemed.text())
                       .arg(person.deemedMonths)
                       .arg(storedDeemedFrom.toString()));
    else if (person.deemedMonths > 0 && !storedDeemedFrom.isValid())
        result.add(Verdict::NeedsAttention,
                   tr("The person already has %1 months of deemed service stored, without the months they "
                      "cover: make sure the claim does not repeat them.")
                       .arg(person.deemedMonths));
    if (!afterAccount.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Not deemable: %1 (%n month(s)) after the individual account began in %2 and not recorded: a gap then is paid "
                      "back (back-payment), not recognised.",
                      nullptr, afterAccount.size())
                       .arg(afterAccount.text(), deemedUntil.addMonths(1).toString()));
    if (!underSixteen.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Not deemable: %1 (%n month(s)) before the person turned 16 (劳动法 第十五条).", nullptr, underSixteen.size())
                       .arg(underSixteen.text()));
    if (!future.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Not deemable: %1 (%n month(s)) after the current month.", nullptr, future.size()).arg(future.text()));

    if (deemable.isEmpty()) {
        if (deemedUntil.isValid())
            result.add(Verdict::CannotProceed, tr("None of the months claimed may be deemed service."));
    } else {
        result.add(Verdict::Ready,
                   tr("May be deemed service (视同缴费年限): %1 (%n month(s)), before the individual account of the "
                      "region began in %2 (%3; 国发〔1997〕26号).",
                      nullptr, deemable.size())
                       .arg(deemable.text(), deemedUntil.addMonths(1).toString(), deemedSource));
    }
    result.add(Verdict::Ready, documents);
    result.details = details;
    return result;
}

} // namespace tongban::prereview
