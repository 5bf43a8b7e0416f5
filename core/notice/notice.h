#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "common/error.h"

namespace tongban::notice {

/// Which copy of a paper is printed. The visitor's copy (给办事人) speaks to the visitor only:
/// Chinese text, documents named by number and title, the agency's name and a place for its seal.
/// The staff copy (经办留存) adds what traceability needs: the sources with their confidence, the
/// editions and digests of the data, the clerk's caveats.
enum class Copy {
    Visitor,
    Staff,
};

/// One section of a printed notice: a heading, label–value rows, then paragraphs.
struct NoticeSection
{
    QString heading;
    QList<QPair<QString, QString>> rows; ///< label, value (as shown)
    QStringList paragraphs; ///< plain text, one paragraph each
};

/// A printable notice handed to a visitor or an employer (缓缴告知书, 失业保险金核定通知…): the
/// content only, already translated; ui::NoticeDocument lays it out on A4 and writes the PDF.
/// Core builds it, so that a test can check the content without a printer.
struct Notice
{
    Q_DECLARE_TR_FUNCTIONS(tongban::notice::Notice)

public:
    QString title; ///< "阶段性缓缴社会保险费告知书"
    QString subtitle; ///< who and when, one line
    QList<NoticeSection> sections;
    /// The legal bases a visitor is pointed to ("《失业保险条例》第十四条"): documents by number and
    /// title, printed as 办理依据 on both copies.
    QStringList bases;
    /// Small print for both copies: what the visitor should know beyond the sections.
    QStringList remarks;
    /// What only the staff copy prints: sources with their confidence, data editions and digests,
    /// caveats for the clerk.
    QStringList staffNotes;
    QString footer; ///< repeated at the foot of every page with the page number
    QString issuer; ///< the agency's name (经办机构), from the settings; required on the visitor's copy
    QString sealText; ///< what the seal's place says ("（盖章）")
    QDate issuedOn; ///< the date beside the seal

    /// Whether the copy can be printed: the visitor's copy needs the agency's name (BadInput on
    /// "agency" otherwise, saying where to set it); the staff copy can always be printed.
    Status readyFor(Copy copy) const
    {
        if (copy == Copy::Visitor && issuer.trimmed().isEmpty())
            return Error::badInput(QStringLiteral("agency"),
                                   tr("the visitor's copy carries the agency's name: set it under Settings → Agency before printing"));
        return Done {};
    }
};

} // namespace tongban::notice
