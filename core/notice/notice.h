#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tongban::notice {

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
    QString title; ///< "阶段性缓缴社会保险费告知书"
    QString subtitle; ///< who and when, one line
    QList<NoticeSection> sections;
    QStringList footnotes; ///< sources, caveats; small print at the end
    QString footer; ///< repeated at the foot of every page with the page number
};

} // namespace tongban::notice
