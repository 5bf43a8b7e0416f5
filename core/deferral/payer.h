#pragma once

#include "common/error.h"
#include "employer/industrycatalog.h"
#include "insured/employer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongban::deferral {

/// Who asks to defer premiums (缴费主体), as the CLI contract's "payer" object has it.
struct Payer
{
    QString kind; ///< one of Payer::kinds()
    QString uscc; ///< unified social credit code (GB 32100-2015); required for organisations
    QString industry; ///< GB/T 4754-2017 code as given ("C62", "62", "7291")
    QString size; ///< "micro", "small", "medium", "large"; empty when not known
    bool hardHitArea = false; ///< 受疫情影响严重地区, as the local authority defined it
    bool temporaryDifficulty = false; ///< 生产经营出现暂时困难, attested by the clerk

    /// The contract's six payer kinds: "enterprise", "individual-business-unit",
    /// "individual-business-personal", "flexible-employee", "public-institution",
    /// "social-organisation".
    static QStringList kinds();
    /// The four size classes: "micro", "small", "medium", "large".
    static QStringList sizes();
    /// True for the kinds that are organisations and carry a USCC (enterprise,
    /// individual-business-unit, public-institution, social-organisation).
    static bool isOrganisation(const QString &kind);

    /// A payer from a stored employer (kind, USCC, industry, size; the area and difficulty are
    /// not stored and are given here).
    static Payer fromEmployer(const insured::Employer &employer, bool hardHitArea, bool temporaryDifficulty);
};

/// A payer after validation: kind and size checked, the USCC normalised (upper case), the
/// industry normalised against the catalog.
struct ValidPayer
{
    Payer payer; ///< with uscc normalised
    employer::IndustryCode industry; ///< invalid (empty) when no industry was given
};

/// Checks a Payer before any rule looks at it.
class PayerValidation
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::PayerValidation)

public:
    /// Errors (BadInput, field relative to the payer: "kind", "uscc", "industry", "size"):
    /// kind missing or not one of Payer::kinds() (listing them); uscc missing for an
    /// organisation, or invalid (Uscc::validate's reason: length, illegal character, wrong check
    /// character); industry required for every kind except flexible-employee and
    /// individual-business-personal, and checked with the catalog; size, when given, one of
    /// Payer::sizes() (required for enterprise and individual-business-unit).
    static Result<ValidPayer> check(const Payer &payer, const employer::IndustryCatalog &catalog);
};

} // namespace tongban::deferral
