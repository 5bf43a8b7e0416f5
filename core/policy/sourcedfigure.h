#pragma once

#include "common/rational.h"

#include <QLocale>
#include <QString>

namespace tongban::policy {

/// True when the screen speaks Chinese (the default locale, which i18n::installTranslators
/// sets: zh_CN unless TONGBAN_LANG=en). Texts of the policy data that come in two languages
/// (note / note_zh) pick theirs with it.
inline bool chineseScreen()
{
    return QLocale().language() == QLocale::Chinese;
}

/// Where a policy figure comes from and how far it can be trusted.
struct Provenance
{
    QString sourceKey; ///< key into the parameter file's "sources"
    QString document; ///< document number and title, e.g. "国发〔2005〕38号"
    QString url; ///< where it was read; may be empty
    QString confidence; ///< "HIGH", "MEDIUM" or "LOW" (see resources/parameters/README.md)
    QString note; ///< caveats, conflicts between sources (includes the conflict text)
    QString conflict; ///< where the sources disagree, what each says; empty when they agree
    QString noteZh; ///< note_zh (with conflict_zh): the same in Chinese for a counter clerk; may be empty
    QString conflictZh; ///< conflict_zh; may be empty
    bool overridable = false; ///< the clerk may replace the figure per case, with a note
    /// How a visitor's paper names the source: its number and title in Chinese ("《国务院关于完善企业
    /// 职工基本养老保险制度的决定》（国发〔2005〕38号）"); empty for evidence that is not a
    /// document a visitor is pointed to (a sample sheet, a calculator, a statistics table copy).
    QString citation;
    /// The article a rule follows, for a visitor ("《失业保险条例》第十四条第（一）项"); empty when
    /// the figure has none of its own (citation() is used).
    QString basis;

    /// The legal basis a visitor's paper prints for the figure: its article, else its source's
    /// citation; empty for internal evidence only.
    QString visitorBasis() const { return !basis.isEmpty() ? basis : citation; }

    /// The note in the language of the screen: noteZh on a Chinese screen when the data has
    /// it, else note (English stays for the English interface and where no Chinese is given).
    QString localizedNote() const { return chineseScreen() && !noteZh.isEmpty() ? noteZh : note; }
    /// The conflict in the language of the screen, as localizedNote().
    QString localizedConflict() const { return chineseScreen() && !conflictZh.isEmpty() ? conflictZh : conflict; }

    /// What a breakdown line shows next to the figure when the region's figure is used: the
    /// conflict between sources, else (for an overridable figure) its note; empty otherwise.
    /// In the language of the screen (localizedConflict(), localizedNote()).
    QString caveat() const { return !conflict.isEmpty() ? localizedConflict() : (overridable ? localizedNote() : QString()); }
};

/// A number from the policy data together with its provenance.
struct SourcedFigure
{
    Rational value;
    Provenance provenance;
};

/// A setting (an enumerated convention such as "2dp") from the policy data with its provenance.
struct SourcedSetting
{
    QString value;
    Provenance provenance;
};

} // namespace tongban::policy
