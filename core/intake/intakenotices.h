#pragma once

#include "intakecase.h"
#include "intakereceipt.h"
#include "mattercatalog.h"
#include "notice/notice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tongban::intake {

/// The papers of an intake as notice::Notice content: the receipt (受理回执) and the one-time
/// notice of missing documents (一次性告知书).
class IntakeNotices
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::IntakeNotices)

public:
    /// Who issues the papers.
    struct Issuer
    {
        QString agency; ///< the agency's name (required on the visitor's copy: Notice::readyFor)
        QString sealText; ///< "（盖章）"
        QDate issuedOn;
    };

    /// The receipt of @p receipt: queue number, applicant with the ID number masked
    /// (identity::CitizenId::mask), agent, each matter with its department, received date,
    /// promised due date (and the statutory one), missing documents and pre-review findings,
    /// the clerk. The staff copy adds the catalog edition and the matters' sources.
    static notice::Notice receipt(const IntakeReceipt &receipt, const MatterCatalog &catalog, const Issuer &issuer, notice::Copy copy);
    /// The one-time notice of @p intake: every missing document once, why it is needed and which
    /// matters need it; each matter's time limits (counted from when the documents are complete).
    static notice::Notice oneTimeNotice(const IntakeCase &intake, const MatterCatalog &catalog, const Issuer &issuer, notice::Copy copy);
    /// A matter's source as a visitor's paper names it: 《title》（number）, the number only when
    /// it is a document number (it has a 〔year〕 or a 号), the title alone otherwise; the number
    /// alone when there is no title. Empty when the source has neither.
    static QString citation(const SourceRef &source);
};

} // namespace tongban::intake
