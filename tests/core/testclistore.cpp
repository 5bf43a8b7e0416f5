// Runs the real tongban-cli (TONGBAN_CLI_PATH) on the local store's upkeep: `backup`, `backups`,
// `check` and `restore`, with a file damaged in between (issue: a damaged file is caught before it
// is used, and there is a way back).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TONGBAN_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}

QJsonObject errorOf(const Run &run)
{
    return run.json.value(u"error").toObject();
}

bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = file.size();
    file.seek(size * 2 / 5);
    return file.write(QByteArray(int(size / 5), char(0xAB))) == size / 5;
}

} // namespace

class TestCliStore : public QObject
{
    Q_OBJECT

private slots:
    void backupDamageCheckAndRestore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo-db"), QStringLiteral("--out"), db, QStringLiteral("--persons"), QStringLiteral("40")}).exitCode,
                 0);
        const QStringList lookup {QStringLiteral("lookup"), QStringLiteral("--db"), db, QStringLiteral("--name"), QStringLiteral("王建国")};
        const Run before = cli(lookup);
        QCOMPARE(before.exitCode, 0);

        const Run sound = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(sound.exitCode, 0);
        QCOMPARE(sound.json.value(u"sound").toBool(), true);

        const Run backup = cli({QStringLiteral("backup"), QStringLiteral("--db"), db});
        QCOMPARE(backup.exitCode, 0);
        const QString backupPath = backup.json.value(u"backup").toObject().value(u"path").toString();
        QVERIFY(QFile::exists(backupPath));
        QCOMPARE(backup.json.value(u"backups").toArray().size(), 1);

        QVERIFY(damage(db));
        const Run damaged = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(damaged.exitCode, 1);
        QCOMPARE(errorOf(damaged).value(u"field").toString(), QStringLiteral("--db"));
        QVERIFY2(errorOf(damaged).value(u"message").toString().contains(QStringLiteral("restore")),
                 qPrintable(errorOf(damaged).value(u"message").toString()));
        // No command works on it, each saying what to do.
        const Run refused = cli(lookup);
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(errorOf(refused).value(u"message"), errorOf(damaged).value(u"message"));

        const Run listed = cli({QStringLiteral("backups"), QStringLiteral("--db"), db});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json.value(u"backups").toArray().first().toObject().value(u"path").toString(), backupPath);

        // A damaged backup is refused and changes nothing.
        const QString badBackup = dir.filePath(QStringLiteral("bad.sqlite"));
        QVERIFY(QFile::copy(db, badBackup));
        const Run badRestore = cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), badBackup});
        QCOMPARE(badRestore.exitCode, 2);
        QCOMPARE(errorOf(badRestore).value(u"field").toString(), QStringLiteral("--from"));
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 1);

        const Run restored = cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), backupPath});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(QFile::exists(restored.json.value(u"replaced").toString()));
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run after = cli(lookup);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.json, before.json);
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "testclistore.moc"
