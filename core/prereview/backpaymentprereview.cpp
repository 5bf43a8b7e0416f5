#include "backpaymentprereview.h"

#include "monthlist.h"

#include <QJsonObject>
#include <QSet>

namespace tongban::prereview {

Result<PreReviewResult> BackPaymentPreReview::review(const PreReviewRequest &request) const
{
    const QString fieldPath = QStringLiteral("fields.back_payment_months");
    PreReviewResult result;
    result.engine = id();

    const QJsonValue value = request.field(QStringLiteral("back_payment_months"), QStringLiteral("month-range"));
    if (value.isUndefined() || value.isNull()) {
        result.add(Verdict::NeedsAttention, tr("No months were entered: enter the months to pay back."));
        return result;
    }
    const auto from = YearMonth::parse(value.toObject().value(QStringLiteral("from")).toString());
    const auto to = YearMonth::parse(value.toObject().value(QStringLiteral("to")).toString());
    if (!value.isObject() || !from || !to || *to < *from)
        return Error::badInput(fieldPath,
                               tr("the months to pay back are {\"from\": \"YYYY-MM\", \"to\": \"YYYY-MM\"} with from not after to"));
    const int asked = from->monthsTo(*to) + 1;
    if (asked > 1200)
        return Error::badInput(fieldPath, tr("at most 1200 months can be asked at once"));

    QJsonObject details {
        {QStringLiteral("from"), from->toString()}, {QStringLiteral("to"), to->toString()}, {QStringLiteral("months_asked"), asked}};

    if (!request.subject) {
        result.add(Verdict::NeedsAttention,
                   tr("The person is not in this window's records: the months %1…%2 could not be checked "
                      "against the contribution history. Check them in the agency's system.")
                       .arg(from->toString(), to->toString()));
        result.details = details;
        return result;
    }
    const insured::InsuredPerson &person = *request.subject;
    const QList<insured::ContributionRecord> records = request.records();
    QSet<int> paid;
    for (const insured::ContributionRecord &r : records)
        paid.insert(r.month.ordinal());
    const YearMonth firstRecord = records.isEmpty() ? YearMonth() : records.first().month;

    const YearMonth current = request.currentMonth();
    // Invalid months stand for "not known" (a plain YearMonth keeps GCC's maybe-uninitialized quiet).
    const YearMonth sixteen = person.birthDate.isValid() ? YearMonth::fromDate(person.birthDate.addYears(16)) : YearMonth();
    const YearMonth firstWork = person.firstWorkDate.isValid() ? YearMonth::fromDate(person.firstWorkDate) : YearMonth();
    YearMonth deemedUntil;
    QString deemedSource;
    if (request.parameters) {
        if (const auto region = request.parameters->rulesFor(person.region); region && (*region)->pension.deemedUntil) {
            deemedUntil = *(*region)->pension.deemedUntil;
            deemedSource = (*region)->pension.deemedUntilProvenance.document;
        }
    }

    MonthList missing, alreadyPaid, future, underSixteen, beforeWork, beforeAccount, beforeFirstRecord;
    for (YearMonth m = *from; m <= *to; m = m.addMonths(1)) {
        if (m > current)
            future.add(m);
        else if (sixteen.isValid() && m < sixteen)
            underSixteen.add(m);
        else if (firstWork.isValid() && m < firstWork)
            beforeWork.add(m);
        else if (paid.contains(m.ordinal()))
            alreadyPaid.add(m);
        else if (deemedUntil.isValid() && m <= deemedUntil)
            beforeAccount.add(m);
        else {
            missing.add(m);
            if (!firstRecord.isValid() || m < firstRecord)
                beforeFirstRecord.add(m);
        }
    }

    details.insert(QStringLiteral("missing"), missing.toJson());
    details.insert(QStringLiteral("missing_months"), missing.size());
    details.insert(QStringLiteral("already_paid"), alreadyPaid.toJson());
    details.insert(QStringLiteral("already_paid_months"), alreadyPaid.size());
    QJsonObject outside {{QStringLiteral("after_current_month"), future.toJson()},
                         {QStringLiteral("before_age_16"), underSixteen.toJson()},
                         {QStringLiteral("before_first_work"), beforeWork.toJson()},
                         {QStringLiteral("before_individual_account"), beforeAccount.toJson()}};
    details.insert(QStringLiteral("outside"), outside);
    details.insert(QStringLiteral("outside_months"), future.size() + underSixteen.size() + beforeWork.size() + beforeAccount.size());
    details.insert(QStringLiteral("first_recorded_month"), firstRecord.isValid() ? firstRecord.toString() : QString());
    if (deemedUntil.isValid())
        details.insert(QStringLiteral("individual_account_from"), deemedUntil.addMonths(1).toString());

    if (!alreadyPaid.isEmpty())
        result.add(
            Verdict::NeedsAttention,
            tr("Already paid, refused: %1 (%n month(s)); a month is paid once.", nullptr, alreadyPaid.size()).arg(alreadyPaid.text()));
    if (!future.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Outside, not yet due: %1 (%n month(s)) after the current month %2.", nullptr, future.size())
                       .arg(future.text(), current.toString()));
    if (!underSixteen.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Outside: %1 (%n month(s)) before the person turned 16 in %2; nobody may be employed below 16 (劳动法 第十五条).",
                      nullptr, underSixteen.size())
                       .arg(underSixteen.text(), sixteen.toString()));
    if (!beforeWork.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Outside: %1 (%n month(s)) before the recorded start of work %2.", nullptr, beforeWork.size())
                       .arg(beforeWork.text(), firstWork.toString()));
    if (!beforeAccount.isEmpty())
        result.add(Verdict::NeedsAttention,
                   tr("Outside: %1 (%n month(s)) before the individual account of the region began in %2 (%3): service then counts as "
                      "deemed contribution (视同缴费) through service-years recognition, not by paying.",
                      nullptr, beforeAccount.size())
                       .arg(beforeAccount.text(), deemedUntil.addMonths(1).toString(), deemedSource));
    if (missing.isEmpty()) {
        result.add(Verdict::CannotProceed, tr("None of the months %1…%2 may be paid back.").arg(from->toString(), to->toString()));
    } else {
        result.add(Verdict::Ready,
                   tr("Missing, may be paid back: %1 (%n month(s)). An employer's unpaid months are collected with the "
                      "late fee (社会保险法 第六十三条、第八十六条); how far back and on what proof past months may be "
                      "paid is a regional rule: apply the province's back-payment rules.",
                      nullptr, missing.size())
                       .arg(missing.text()));
        if (!beforeFirstRecord.isEmpty())
            result.add(Verdict::NeedsAttention,
                       firstRecord.isValid()
                           ? tr("%1 lie before the first recorded month %2: the employment then must be proven (labour contract, "
                                "wage records, personnel file).")
                                 .arg(beforeFirstRecord.text(), firstRecord.toString())
                           : tr("The person has no recorded month: the employment of %1 must be proven (labour contract, wage "
                                "records, personnel file).")
                                 .arg(beforeFirstRecord.text()));
    }
    result.details = details;
    return result;
}

} // namespace tongban::prereview
