#pragma once

// What the intake tests share: the small test catalog (tests/data/matters), copying a catalog
// (a folder or the shipped ":/matters") to a temporary folder and changing one value in one of
// its files by a JSON path ("matters[0].fields[1].field").

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace tongban::test {

/// The test catalog's folder.
inline QString testCatalogDir()
{
    return QStringLiteral(TONGBAN_TEST_DATA_DIR "/matters");
}

/// Copies every file under @p from (a folder or a Qt resource path) to @p to, keeping the
/// layout. False when a file cannot be copied.
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(from).relativeFilePath(file);
        const QString target = to + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return false;
        QFile::remove(target);
        if (!QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

inline QJsonObject readJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline bool writeJson(const QString &file, const QJsonObject &json)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(json).toJson()) > 0;
}

namespace detail {

/// @p root with the value at @p steps (keys and indexes) set to @p value, or removed when
/// @p remove. A missing key is created; an index must exist.
inline QJsonValue setAt(const QJsonValue &root, QStringList steps, const QJsonValue &value, bool remove)
{
    const QString step = steps.takeFirst();
    if (step.startsWith(u'[')) {
        QJsonArray a = root.toArray();
        const int i = step.mid(1, step.size() - 2).toInt();
        if (steps.isEmpty()) {
            if (remove)
                a.removeAt(i);
            else
                a.replace(i, value);
        } else {
            a.replace(i, setAt(a.at(i), steps, value, remove));
        }
        return a;
    }
    QJsonObject o = root.toObject();
    if (steps.isEmpty()) {
        if (remove)
            o.remove(step);
        else
            o.insert(step, value);
    } else {
        o.insert(step, setAt(o.value(step), steps, value, remove));
    }
    return o;
}

} // namespace detail

/// Sets the value at @p path ("matters[0].time_limit.promised_days") of the JSON file @p file
/// to @p value (JSON text: "21", "\"x\"", "{...}"), or removes it when @p value is "<remove>".
/// False when the file cannot be read or written or the value is not JSON.
inline bool editJson(const QString &file, const QString &path, const QString &value)
{
    QJsonObject root = readJson(file);
    if (root.isEmpty())
        return false;
    const bool remove = value == QLatin1String("<remove>");
    QJsonValue parsed;
    if (!remove) {
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(value).toUtf8());
        if (!doc.isArray() || doc.array().size() != 1)
            return false;
        parsed = doc.array().at(0);
    }
    QStringList steps;
    static const QRegularExpression step(QStringLiteral("([^.\\[\\]]+)|(\\[\\d+\\])"));
    for (auto it = step.globalMatch(path); it.hasNext();)
        steps << it.next().captured(0);
    return writeJson(file, detail::setAt(root, steps, parsed, remove).toObject());
}

} // namespace tongban::test
