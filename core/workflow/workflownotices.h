#pragma once

#include "intake/intakenotices.h"
#include "intake/mattercatalog.h"
#include "notice/notice.h"
#include "storedmatter.h"

#include <QCoreApplication>
#include <QDate>

namespace tongban::workflow {

/// The papers of the matter workflow as notice::Notice content, built like the intake's receipt
/// (intake::IntakeNotices): the return notice (退件告知书) and the completion notice (办结通知书).
class WorkflowNotices
{
    Q_DECLARE_TR_FUNCTIONS(tongban::workflow::WorkflowNotices)

public:
    /// The return notice of @p matter (status returned): queue number, applicant with the ID number
    /// masked (identity::CitizenId::mask), the matter and its department, the received date, the
    /// reason of the return, what to bring (the documents still missing, with why each is needed),
    /// that the documents handed in are kept and the time limit counts again from resubmission,
    /// the clerk. The staff copy adds the matter's id, the status history's last change
    /// (@p returned) and the catalog's source.
    static notice::Notice returnNotice(const StoredMatter &matter, const StatusEvent &returned, const intake::MatterCatalog &catalog,
                                       const intake::IntakeNotices::Issuer &issuer, notice::Copy copy);
    /// The completion notice of @p matter (status done): queue number, applicant with the ID
    /// number masked, the matter and its department, the received date, the date done
    /// (@p done's time in local time), the promised due date and whether it was kept, the clerk.
    /// The staff copy adds the matter's id and the catalog's source.
    static notice::Notice completionNotice(const StoredMatter &matter, const StatusEvent &done, const intake::MatterCatalog &catalog,
                                           const intake::IntakeNotices::Issuer &issuer, notice::Copy copy);
};

} // namespace tongban::workflow
