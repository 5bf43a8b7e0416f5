#pragma once

#include "deferralevaluator.h"

#include "notice/notice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tongban::deferral {

/// Builds the printed answer (阶段性缓缴社会保险费告知书) from a DeferralOutcome: the payer,
/// then one section per insurance (eligible or not, premium months, whose share, pay back by,
/// late fee, reasons), the documents as footnotes. Translated text; ui::NoticeDocument prints it.
class DeferralNotice
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::DeferralNotice)

public:
    /// @p payerName: the employer's or person's name as the clerk gave it (may be empty);
    /// @p issued: the date printed on the notice.
    static notice::Notice build(const DeferralOutcome &outcome, const QString &payerName, const QDate &issued);
};

} // namespace tongban::deferral
