#pragma once

// Reading back the text of a PDF the program wrote, as a visitor's copy would be read: with
// pdftotext (poppler-utils), normalised so that the comparison does not depend on how the CJK
// font maps its glyphs.

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace tongban::test::pdftext {

/// NFKC, then every run of white space as one space. pdftotext reads a glyph that the CJK font
/// shares between an ideograph and a radical as the radical: NFKC maps the Kangxi radicals
/// (U+2F00…, "⽼" → "老") but not the CJK Radicals Supplement (U+2E80…), so those used by
/// simplified characters are mapped here ("⻚" → "页").
inline QString normalised(const QString &text)
{
    static const QHash<QChar, QChar> supplement {
        {QChar(0x2EDA), QChar(0x9875)}, // ⻚ 页
        {QChar(0x2ED3), QChar(0x957F)}, // ⻓ 长
        {QChar(0x2EDB), QChar(0x98CE)}, // ⻛ 风
        {QChar(0x2EE2), QChar(0x9A6C)}, // ⻢ 马
        {QChar(0x2EC5), QChar(0x89C1)}, // ⻅ 见
        {QChar(0x2EC9), QChar(0x8D1D)}, // ⻉ 贝
        {QChar(0x2ECB), QChar(0x8F66)}, // ⻋ 车
        {QChar(0x2ED4), QChar(0x95E8)}, // ⻔ 门
        {QChar(0x2EC8), QChar(0x8BA0)}, // ⻈ 讠
        {QChar(0x2EE9), QChar(0x9EC4)}, // ⻩ 黄
        {QChar(0x2EE5), QChar(0x9C7C)}, // ⻥ 鱼
        {QChar(0x2EA0), QChar(0x6C11)}, // ⺠ 民
    };
    QString mapped = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : mapped)
        c = supplement.value(c, c);
    return mapped.simplified();
}

/// Without any white space: for figures that the PDF's layout may space differently.
inline QString squeezed(const QString &text)
{
    return normalised(text).remove(QRegularExpression(QStringLiteral("\\s")));
}

/// The pdftotext executable, or an empty string when it is not installed.
inline QString tool()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

/// The normalised text of the PDF at @p path (`pdftotext -layout`); a null string when
/// pdftotext is missing or fails (with a warning).
inline QString read(const QString &path)
{
    const QString executable = tool();
    if (executable.isEmpty())
        return QString();
    QProcess process;
    process.start(executable, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return QString();
    }
    return normalised(QString::fromUtf8(process.readAllStandardOutput()));
}

/// The normalised text of each page of the PDF at @p path (pdftotext ends every page with a
/// form feed); empty when pdftotext is missing or fails.
inline QStringList readPages(const QString &path)
{
    const QString executable = tool();
    if (executable.isEmpty())
        return {};
    QProcess process;
    process.start(executable, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = normalised(page);
    return pages;
}

/// The index of the first of @p pages (readPages) whose text holds @p mark, white space and
/// glyph mapping aside; -1 when none does.
inline int pageOf(const QStringList &pages, const QString &mark)
{
    const QString wanted = squeezed(mark);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (squeezed(pages.at(p)).contains(wanted))
            return int(p);
    }
    return -1;
}

/// What must never be on a visitor's copy, found in @p text: a word of three or more ASCII letters
/// (an identifier, an English label, a confidence tag such as HIGH), a file name (.json), a
/// digest (sixteen hex digits). Empty when there is none.
inline QStringList visitorCopyLeaks(const QString &text)
{
    QStringList leaks;
    for (const QString &pattern : {QStringLiteral("[A-Za-z]{3,}"), QStringLiteral("\\.json"), QStringLiteral("\\b[0-9a-f]{16}\\b")}) {
        for (auto it = QRegularExpression(pattern).globalMatch(text); it.hasNext();)
            leaks << it.next().captured(0);
    }
    return leaks;
}

} // namespace tongban::test::pdftext

/// Skips the test when pdftotext is missing, except with CI=true, where it fails: the CI
/// machine must check PDFs.
#define TONGBAN_REQUIRE_PDFTOTEXT()                                                                                                        \
    do {                                                                                                                                   \
        if (tongban::test::pdftext::tool().isEmpty()) {                                                                                    \
            if (qEnvironmentVariable("CI") == u"true")                                                                                     \
                QFAIL("pdftotext (poppler-utils) is required with CI=true");                                                               \
            QSKIP("pdftotext (poppler-utils) is not installed");                                                                           \
        }                                                                                                                                  \
    } while (false)
