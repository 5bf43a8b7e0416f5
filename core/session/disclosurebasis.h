#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tongban::session {

/// The basis on which one insured person's data is shown to someone else at the counter (a
/// colleague's pension in a comparison), as the clerk records it before the data is shown.
/// 个人信息保护法 第十三条 allows processing on a basis: here the person's own consent (本人同意,
/// with who gave it and how) or a supervisor's approval with a reason (主管批准). A row of
/// data_disclosure keeps it (DisclosureRepository).
class DisclosureBasis
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::DisclosureBasis)

public:
    enum class Kind {
        Consent, ///< 本人同意: the person whose data is shown agreed
        Approval, ///< 主管批准: a supervisor approved, with a reason
    };
    enum class ConsentForm {
        Written, ///< 书面同意: signed on paper
        InPerson, ///< 当面同意: said at the counter, in person
    };

    /// The person's consent, given by @p by (the person, or who signed for them; trimmed) in the
    /// form @p form. Errors (BadInput): "consent_by" empty; "consent_form" not given.
    static Result<DisclosureBasis> consent(const QString &by, std::optional<ConsentForm> form);
    /// A supervisor's approval by @p by for @p reason (both trimmed). Errors (BadInput):
    /// "approved_by" empty; "reason" empty.
    static Result<DisclosureBasis> approval(const QString &by, const QString &reason);

    /// The basis from its stored keys (consentFormKey(), kindKey()), as the command line and the
    /// store spell them: @p kind "consent" with @p by and @p form ("written", "in-person"), or
    /// "approval" with @p by and @p reason. Errors (BadInput): "basis" for another kind
    /// ("consent" or "approval" expected); "consent_form" for another form; then as consent() /
    /// approval(); a field that does not belong to the kind (a reason with consent: "reason").
    static Result<DisclosureBasis> fromKeys(const QString &kind, const QString &by, const QString &form, const QString &reason);

    Kind kind() const { return m_kind; }
    /// Who consented (Consent) or approved (Approval).
    QString by() const { return m_by; }
    /// How consent was given; std::nullopt for an approval.
    std::optional<ConsentForm> form() const { return m_form; }
    /// Why it was approved; empty for consent.
    QString reason() const { return m_reason; }

    /// "consent" / "approval".
    QString kindKey() const;
    /// "written" / "in-person"; empty for an approval.
    QString consentFormKey() const;
    /// The basis in words for the clerk, without the names it holds (they may be the very person
    /// whose data is protected): "本人同意（书面）", "主管批准".
    QString summary() const;
    /// The words for a form: "in writing" (书面), "in person" (当面), translated.
    static QString formText(ConsentForm form);

    /// An empty consent, not a basis: make one with consent() or approval().
    DisclosureBasis() = default;

private:
    Kind m_kind = Kind::Consent;
    QString m_by;
    std::optional<ConsentForm> m_form;
    QString m_reason;
};

} // namespace tongban::session
