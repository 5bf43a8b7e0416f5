#include "payer.h"

#include "identity/typedcode.h"
#include "identity/uscc.h"

namespace tongban::deferral {

QStringList Payer::kinds()
{
    return {QStringLiteral("enterprise"),        QStringLiteral("individual-business-unit"), QStringLiteral("individual-business-personal"),
            QStringLiteral("flexible-employee"), QStringLiteral("public-institution"),       QStringLiteral("social-organisation")};
}

QStringList Payer::sizes()
{
    return {QStringLiteral("micro"), QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large")};
}

bool Payer::isOrganisation(const QString &kind)
{
    return kind == u"enterprise" || kind == u"individual-business-unit" || kind == u"public-institution" || kind == u"social-organisation";
}

Payer Payer::fromEmployer(const insured::Employer &employer, bool hardHitArea, bool temporaryDifficulty)
{
    Payer payer;
    payer.kind = employer.kind;
    payer.uscc = employer.uscc;
    payer.industry = employer.industryCode;
    payer.size = employer.sizeClass;
    payer.hardHitArea = hardHitArea;
    payer.temporaryDifficulty = temporaryDifficulty;
    return payer;
}

Result<ValidPayer> PayerValidation::check(const Payer &payer, const employer::IndustryCatalog &catalog)
{
    const QString kindField = QStringLiteral("kind");
    if (payer.kind.isEmpty())
        return Error::badInput(kindField, tr("the payer kind is missing: one of %1").arg(Payer::kinds().join(QStringLiteral(", "))));
    if (!Payer::kinds().contains(payer.kind))
        return Error::badInput(kindField,
                               tr("%1 is not a payer kind: one of %2").arg(payer.kind, Payer::kinds().join(QStringLiteral(", "))));

    ValidPayer valid;
    valid.payer = payer;
    const bool organisation = Payer::isOrganisation(payer.kind);
    if (organisation || !payer.uscc.trimmed().isEmpty()) {
        if (payer.uscc.trimmed().isEmpty())
            return Error::badInput(
                QStringLiteral("uscc"),
                tr("the unified social credit code is required for a payer of kind %1: 18 characters (GB 32100-2015)").arg(payer.kind));
        const QString reason = identity::Uscc::validate(payer.uscc);
        if (!reason.isEmpty())
            return Error::badInput(
                QStringLiteral("uscc"),
                tr("%1 is not a valid unified social credit code: %2").arg(identity::TypedCode::normalized(payer.uscc), reason));
        valid.payer.uscc = identity::Uscc::normalized(payer.uscc);
    }

    // Persons (flexibly employed, personally insured individual businesses) need no industry:
    // their rule does not depend on one. A given code is still checked.
    const bool industryRequired = organisation;
    if (industryRequired || !payer.industry.trimmed().isEmpty()) {
        const auto industry = catalog.normalize(payer.industry, QStringLiteral("industry"));
        if (!industry)
            return industry.error();
        valid.industry = *industry;
    }

    // 人社部发〔2022〕31号 sizes enterprises only; unit-insured individual businesses come beside them.
    const bool sizeRequired = payer.kind == u"enterprise";
    if (payer.size.isEmpty() && sizeRequired)
        return Error::badInput(
            QStringLiteral("size"),
            tr("the size class is required for a payer of kind %1: one of %2").arg(payer.kind, Payer::sizes().join(QStringLiteral(", "))));
    if (!payer.size.isEmpty() && !Payer::sizes().contains(payer.size))
        return Error::badInput(QStringLiteral("size"),
                               tr("%1 is not a size class: one of %2").arg(payer.size, Payer::sizes().join(QStringLiteral(", "))));
    return valid;
}

} // namespace tongban::deferral
