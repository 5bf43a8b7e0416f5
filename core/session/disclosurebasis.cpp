#include "disclosurebasis.h"

namespace tongban::session {

Result<DisclosureBasis> DisclosureBasis::consent(const QString &by, std::optional<ConsentForm> form)
{
    const QString who = by.trimmed();
    if (who.isEmpty())
        return Error::badInput(QStringLiteral("consent_by"),
                               tr("Enter who consented: the person whose data is shown, or who signed for them."));
    if (!form)
        return Error::badInput(QStringLiteral("consent_form"), tr("Choose how consent was given: in writing or in person."));
    DisclosureBasis basis;
    basis.m_kind = Kind::Consent;
    basis.m_by = who;
    basis.m_form = form;
    return basis;
}

Result<DisclosureBasis> DisclosureBasis::approval(const QString &by, const QString &reason)
{
    const QString who = by.trimmed();
    if (who.isEmpty())
        return Error::badInput(QStringLiteral("approved_by"), tr("Enter the name of the supervisor who approved showing the data."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error::badInput(QStringLiteral("reason"), tr("Enter why the supervisor approved showing the data without consent."));
    DisclosureBasis basis;
    basis.m_kind = Kind::Approval;
    basis.m_by = who;
    basis.m_reason = why;
    return basis;
}

Result<DisclosureBasis> DisclosureBasis::fromKeys(const QString &kind, const QString &by, const QString &form, const QString &reason)
{
    if (kind == u"consent") {
        if (!reason.isEmpty())
            return Error::badInput(QStringLiteral("reason"), tr("A reason goes with a supervisor's approval, not with consent."));
        std::optional<ConsentForm> parsed;
        if (form == u"written")
            parsed = ConsentForm::Written;
        else if (form == u"in-person")
            parsed = ConsentForm::InPerson;
        else if (!form.isEmpty())
            return Error::badInput(QStringLiteral("consent_form"),
                                   tr("Consent is given \"written\" or \"in-person\", not \"%1\".").arg(form));
        return consent(by, parsed);
    }
    if (kind == u"approval") {
        if (!form.isEmpty())
            return Error::badInput(QStringLiteral("consent_form"), tr("How consent was given goes with consent, not with an approval."));
        return approval(by, reason);
    }
    return Error::badInput(QStringLiteral("basis"),
                           kind.isEmpty() ? tr("Choose the basis: the person's consent or a supervisor's approval.")
                                          : tr("The basis is \"consent\" or \"approval\", not \"%1\".").arg(kind));
}

QString DisclosureBasis::kindKey() const
{
    return m_kind == Kind::Consent ? QStringLiteral("consent") : QStringLiteral("approval");
}

QString DisclosureBasis::consentFormKey() const
{
    if (!m_form)
        return {};
    return *m_form == ConsentForm::Written ? QStringLiteral("written") : QStringLiteral("in-person");
}

QString DisclosureBasis::formText(ConsentForm form)
{
    return form == ConsentForm::Written ? tr("in writing") : tr("in person");
}

QString DisclosureBasis::summary() const
{
    if (m_kind == Kind::Approval)
        return tr("approved by a supervisor");
    return tr("consent of the person (%1)").arg(formText(m_form.value_or(ConsentForm::Written)));
}

} // namespace tongban::session
