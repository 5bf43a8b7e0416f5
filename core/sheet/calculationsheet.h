#pragma once

#include "common/error.h"
#include "common/money.h"
#include "insured/insuredperson.h"
#include "pension/pensioncase.h"
#include "pension/pensionresult.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::sheet {

/// The calculation sheet (养老金核算表) of one pension calculation, as plain data: everything a
/// printed sheet, its PDF and the visitor's screen show, already worded and formatted, so that
/// the renderers in ui/ only lay it out and can never disagree on a figure.
///
/// A sheet is self-contained evidence of a calculation: who it is for (name and masked citizen
/// ID number, never the full number), the inputs, every step with its formula, value, source and
/// confidence, the total, the warnings and assumptions, the version (file, edition, digest) of
/// each parameter file used, the clerk and when it was made. Figures of LOW confidence are
/// listed again in a footnote so that they are checked before the sheet is relied on.
struct CalculationSheet
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sheet::CalculationSheet)

public:
    /// One "label: value" row of the person or inputs section.
    struct Field
    {
        QString key; ///< stable identifier ("citizen_id", "average_index", "supplement.1", …)
        QString label; ///< translated caption
        QString value; ///< as shown
    };

    /// One step of the breakdown (PensionResult's BreakdownLine, as printed).
    struct Line
    {
        QString key; ///< as in BreakdownLine ("basic_pension", "total", …)
        QString label; ///< translated name of the step
        QString formula; ///< the formula with its values filled in
        QString value; ///< the result as computed ("1234.56", "139", "40.67")
        QString source; ///< policy document(s) the step follows
        QString confidence; ///< "HIGH", "MEDIUM", "LOW" or empty (pure arithmetic)
        QString note; ///< plain-language remark on the step, empty when none
        std::optional<Money> amount; ///< the step's amount in CNY when it is one
        bool provisional = false; ///< the step depends on a provisional calculation base (预发)
        /// The documents the step follows, as numbers (1-based) into CalculationSheet::citations:
        /// what the visitor's copy prints in place of source and confidence.
        QList<int> references;
        /// What the visitor's copy says under the formula: the clerk's note on a figure entered
        /// for the case and the provisional mark; never a note on the sources (staff copy).
        QString visitorNote;
        QString explanation; ///< what the step is, in plain words (BreakdownLine::explanation); may be empty
    };

    QString title; ///< "Pension calculation sheet" (养老金核算表), translated

    QString personName; ///< empty when the case has no person (a sheet typed in)
    QString maskedCitizenId; ///< CitizenId::mask of the person's number; empty without a person
    QString regionName; ///< the rule set used ("北京市")
    QString retirementMonth; ///< "YYYY-MM" the pension starts
    QList<Field> person; ///< name, masked ID, sex, birth, retirement group, region, age
    QList<Field> inputs; ///< every input of the case, with the figure used when defaulted
    QList<Line> lines; ///< the breakdown in calculation order, the total line last
    QString totalLabel; ///< "Monthly basic pension", translated
    Money total; ///< the monthly basic pension, CNY
    QStringList warnings; ///< from the calculation (e.g. below the minimum period)
    QStringList assumptions; ///< what the case assumed (read out to the visitor)
    QList<policy::ParameterFileVersion> versions; ///< national.json and the region's file
    QString clerk; ///< the clerk who made the sheet (经办人)
    QDateTime printedAt; ///< when the sheet was made
    QString printedAtText; ///< "YYYY-MM-DD HH:MM" in the clerk's local time
    QStringList lowConfidence; ///< one entry per LOW-confidence step: "label: value (source)"
    /// The calculation base is provisional (预发, PensionResult::provisional): the sheet says so
    /// in provisionalNotice and on every step that depends on it (Line::provisional, its note).
    bool provisional = false;
    QString provisionalNotice; ///< empty unless provisional
    /// The documents the steps follow, as a visitor's paper names them (number and title), each
    /// once, in the order the steps first cite them; Line::references point here.
    QStringList citations;
    QString agency; ///< the agency's name (经办机构), from the settings; the visitor's copy needs it
    QString sealText; ///< what the place of the seal says ("（盖章）")

    /// Whether the copy can be printed: the visitor's copy needs the agency's name (BadInput on
    /// "agency" otherwise, saying where to set it); the staff copy can always be printed.
    Status readyForVisitor() const;

    /// The sheet for @p pensionCase and its @p result, computed by PensionCalculator with the
    /// parameters whose @p versions (ParameterSet::versionsFor(region)) are printed.
    /// @p person: the insured person when the case came from stored records (name, masked ID
    /// number, sex and birth date are printed); std::nullopt for a case typed in (birth and group
    /// then come from the case). @p assumptions: HistoryCase::assumptions or empty.
    /// @p clerk: the clerk's name as it is to be printed. @p printedAt: when the sheet is made
    /// (a time passed in, so tests fix it).
    /// The person's full citizen ID number never reaches the sheet: it is masked in the person
    /// section and replaced by its masked form wherever else it appears in a text.
    /// Errors (BadInput): "clerk" when empty (a sheet names who made it); "printed_at" when not
    /// a valid date and time; "versions" when empty (a sheet without its parameter versions
    /// cannot be traced); "result" when @p result has no breakdown lines.
    /// @p parameters (may be null) names the documents for the visitor (ParameterSet::
    /// citationFor): a step's sources without a citation are left out of its references.
    static Result<CalculationSheet> build(const pension::PensionCase &pensionCase, const pension::PensionResult &result,
                                          const std::optional<insured::InsuredPerson> &person, const QStringList &assumptions,
                                          const QList<policy::ParameterFileVersion> &versions, const QString &clerk,
                                          const QDateTime &printedAt, const policy::ParameterSet *parameters = nullptr);

    /// The words for a confidence code: "HIGH" → "high" (translated), "" → "—" (arithmetic).
    static QString confidenceText(const QString &confidence);
    /// The value of line @p line as shown to people: amounts grouped with "¥ " ("¥ 1,234.56"),
    /// other figures as computed ("40.67").
    static QString displayValue(const Line &line);
    /// Index in lines of the total line ("total"), or -1 when the breakdown has none.
    int totalLineIndex() const;
};

} // namespace tongban::sheet
