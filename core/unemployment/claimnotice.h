#pragma once

#include "claim.h"
#include "insured/insuredperson.h"
#include "notice/notice.h"
#include "unemploymentclaimrepository.h"
#include "unemploymentrules.h"

#include <QCoreApplication>
#include <QDate>

namespace tongban::unemployment {

/// The printable notices of an unemployment benefit claim, as notice::Notice (content only;
/// ui::NoticeDocument lays it out). The citizen ID number is masked as everywhere else.
class ClaimNotice
{
    Q_DECLARE_TR_FUNCTIONS(tongban::unemployment::ClaimNotice)

public:
    /// 失业保险金核定通知: the answer to a claim for @p person — each condition with its reason,
    /// the entitlement (months, first and last month), the monthly amount and the total in CNY
    /// (or why the amount is not in the data); the legal bases for the visitor (Notice::bases),
    /// the data's sources with confidence and the rules' edition for the staff copy. @p claimNumber is the
    /// stored claim's id (0 when not stored yet); @p issuedOn and @p clerk go into the subtitle.
    static notice::Notice award(const UnemploymentRules &rules, const insured::InsuredPerson &person, const ClaimAssessment &assessment,
                                qint64 claimNumber, QDate issuedOn, const QString &clerk);

    /// 失业保险金停发通知: the stop of @p claim (which must carry its stop) for @p person — the
    /// ground, the date it arose, the first month not paid, months received and left, and
    /// whether the months left are kept for a later claim (失业保险条例 Art. 17); @p stop gives the
    /// reasons and sources (a stored claim keeps only the figures).
    static notice::Notice stopNotice(const UnemploymentRules &rules, const insured::InsuredPerson &person, const StoredClaim &claim,
                                     const StopOutcome &stop, QDate issuedOn, const QString &clerk);

private:
    // Members, not free functions: lupdate files a free function's ClaimNotice::tr under a
    // context without the namespace, which is never looked up (tests/core/testtranslations.cpp).
    static notice::NoticeSection personSection(const insured::InsuredPerson &person);
    static QString subtitle(QDate issuedOn, const QString &clerk);
    static QString rulesVersion(const UnemploymentRules &rules);
    static void addBasis(notice::Notice &n, const QString &basis);
    static QString regionText(const UnemploymentRules &rules, const QString &region);
    static QString monthsText(int months);
};

} // namespace tongban::unemployment
