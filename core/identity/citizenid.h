#pragma once

#include "insured/insuredperson.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace tongban::identity {

/// The citizen ID number (公民身份号码) of GB 11643-1999: a six-digit address code (GB/T 2260),
/// the birth date YYYYMMDD, a three-digit sequence number (odd for men, even for women) and a
/// check character computed with ISO 7064:1983 MOD 11-2. The 15-digit legacy form of
/// GB 11643-1989 (birth date YYMMDD, no check character) is accepted and converted by inserting
/// "19" after the address code and appending the check character.
/// Source: GB 11643-1999; docs: ../shared/reference/policy-facts.md §10.
class CitizenId
{
    Q_DECLARE_TR_FUNCTIONS(tongban::identity::CitizenId)

public:
    /// What validate() found. The parts that could be read are filled even when the number is
    /// not valid (a number with a wrong check character still has a birth date and a sex).
    struct Validation
    {
        bool valid = false;
        QString normalized; ///< the 18-character form with upper-case X; empty unless valid
        QDate birth; ///< null when the date could not be read
        std::optional<insured::Sex> sex; ///< from the parity of the sequence number
        QString region; ///< the six-digit address code; empty when it could not be read
        QString reason; ///< translated, says exactly what is wrong; empty when valid
    };

    /// Checks @p text as typed (normalised first by TypedCode: full-width digits, spaces
    /// anywhere, "x"; then 18 characters, the last may be "X", or 15 digits) against
    /// GB 11643-1999 and returns what it found. @p today bounds the birth date (no birth after
    /// today, none before 1880-01-01). Lengths and positions count the normalised characters.
    /// Reasons reported: a wrong length (and which lengths are allowed); a character that is not
    /// a digit (with its 1-based position); an address code starting with 0; an impossible birth
    /// date (YYYY-MM-DD as written); a birth date in the future or before 1880; a wrong check
    /// character (expected and given).
    static Validation validate(const QString &text, QDate today);

    /// The check character ('0'–'9' or 'X') for the first 17 characters of @p body17, which
    /// must be 17 digits; QChar() otherwise. ISO 7064:1983 MOD 11-2: weights 2^(18−i) mod 11,
    /// r = Σ mod 11 mapped to "10X98765432".
    static QChar checkCharacter(QStringView body17);

    /// @p text with all but the first 6 and the last 4 characters replaced by '*'
    /// ("110105********002X"): ID numbers are masked on screen and in output by default.
    /// A text of 10 characters or fewer is masked entirely.
    static QString mask(const QString &text);

    /// A valid 18-character number for tests and demo data: @p region6 (six digits, first not
    /// 0), @p birth (a valid date from 1880 on), @p sequence3 (0–999; odd for a man, even for a
    /// woman). Returns an empty string when an input is out of range.
    static QString make(const QString &region6, QDate birth, int sequence3);

    /// "male" / "female" (the CLI contract's spelling).
    static QString sexKey(insured::Sex sex);
};

} // namespace tongban::identity
