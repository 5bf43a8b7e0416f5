#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongban::identity {

/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
/// alphabet 0123456789ABCDEFGHJKLMNPQRTUWXY (no I, O, S, V, Z): registration authority (1),
/// organisation kind (1), administrative division code (6, GB/T 2260), organisation code (9,
/// GB 11714) and a check character, mod 31 with weights 3^(i−1) mod 31.
/// Source: GB 32100-2015 §4–5.
class Uscc
{
    Q_DECLARE_TR_FUNCTIONS(tongban::identity::Uscc)

public:
    /// The code's alphabet in value order (character value = its index).
    static QStringView alphabet();

    /// The check character for the first 17 characters of @p body17; QChar() when it is shorter
    /// or holds a character outside the alphabet (lower case is not accepted here).
    static QChar checkCharacter(QStringView body17);

    /// Checks @p text as typed (normalised first by TypedCode: full-width characters, spaces
    /// anywhere, lower case) and returns an empty string when it is a valid code, else a
    /// translated reason: the wrong length, a character outside the alphabet (with its 1-based
    /// position), or a wrong check character (expected, given). Lengths and positions count the
    /// normalised characters.
    static QString validate(const QString &text);

    /// @p text normalised (TypedCode) when it is a valid code; empty otherwise.
    static QString normalized(const QString &text);

    /// A valid code for tests and demo data: registration authority '9' (market regulation),
    /// kind '1' (enterprise), @p region6 (six digits), an organisation code made of @p serial8
    /// (eight digits, 0 ≤ serial8 ≤ 99,999,999) and its GB 11714-1997 check character
    /// (weights 3 7 9 10 5 8 4 2, 11 − Σ mod 11, 10 → X, 11 → 0), then the GB 32100 check
    /// character. Empty when an input is out of range.
    static QString make(const QString &region6, int serial8);
};

} // namespace tongban::identity
