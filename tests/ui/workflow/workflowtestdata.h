#pragma once

// What the back office's GUI tests share: intake cases taken in through the real IntakeService
// (the minimum living allowance, pre-reviewed then forwarded to civil affairs), and visits stored
// with given due dates for the queue (tests/core/caseworktestdata.h).

#include "intake/intakecase.h"
#include "intake/intakereceipt.h"
#include "services/intakeservice.h"

#include "tests/core/caseworktestdata.h"

#include <QJsonObject>

namespace tongban::test::workflow {

/// The applicant of the taken cases, and how their ID number is masked.
inline QString applicantId()
{
    return QStringLiteral("11010519491231002X");
}
inline QString maskedApplicantId()
{
    return QStringLiteral("110105********002X");
}

/// A minimum living allowance (低保) with its fields, the ID card brought and the other documents missing.
inline intake::IntakeMatter allowance()
{
    intake::IntakeMatter m;
    m.matter = QStringLiteral("minimum-living-allowance");
    m.fields = {{QStringLiteral("household_size"), 3},
                {QStringLiteral("household_monthly_income"), QStringLiteral("1200.00")},
                {QStringLiteral("hardship_description"), QStringLiteral("因病致贫，家中无其他收入")},
                {QStringLiteral("disabled"), false},
                {QStringLiteral("bank_account"), QStringLiteral("6222021234567890123")},
                {QStringLiteral("contact_phone"), QStringLiteral("13800138000")}};
    m.documents = {QStringLiteral("id-card")};
    return m;
}

inline intake::IntakeCase caseOf(const QList<intake::IntakeMatter> &matters, const QString &queueNumber = {})
{
    intake::IntakeCase c;
    c.applicant = {applicantId(), QStringLiteral("张三"), QStringLiteral("13800138000")};
    c.clerk = QStringLiteral("王芳");
    c.queueNumber = queueNumber;
    c.matters = matters;
    return c;
}

/// Takes @p intake in on @p context as the intake page does; the receipt (empty with a warning when refused).
inline intake::IntakeReceipt take(const services::AppContext &context, const intake::IntakeCase &intake)
{
    auto service = services::IntakeService::builtIn(context, nullptr);
    if (!service) {
        qWarning("no intake service: %s", qPrintable(service.error().message));
        return {};
    }
    const auto receipt = (*service)->take(intake).result();
    if (!receipt) {
        qWarning("not taken in: %s %s", qPrintable(receipt.error().field), qPrintable(receipt.error().message));
        return {};
    }
    return *receipt;
}

/// A visit on 2026-11-20 with four matters due (as of 2026-12-02, a Wednesday): 2026-12-20,
/// none, 2026-11-30 (overdue by 2 days) and 2026-12-03 (due within 2 working days), in that
/// order; the queue shows them overdue, due soon, later, without a date.
inline Visit queueVisit()
{
    Visit visit;
    visit.at = beijing(QDate(2026, 11, 20), 9, 30);
    visit.queueNumber = QStringLiteral("B007");
    visit.applicantIdNumber = QStringLiteral("110105194912310038");
    visit.applicantName = QStringLiteral("赵六");
    visit.matters = {{QStringLiteral("medical-enrolment"), QDate(2026, 12, 20), {}, {}},
                     {QStringLiteral("funeral-grant"), QDate(), {}, {}},
                     {QStringLiteral("pension-transfer"), QDate(2026, 11, 30), {}, {}},
                     {QStringLiteral("survivor-grant"), QDate(2026, 12, 3), {}, {}}};
    return visit;
}

} // namespace tongban::test::workflow
