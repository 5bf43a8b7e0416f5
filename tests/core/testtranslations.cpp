// The translations as shipped (translations/*.ts and the compiled :/i18n/*.qm): every message is
// filed under the context the program looks it up in, and every Chinese message is translated.
//
// lupdate reads C++ with a simple parser: a message in a free function that calls
// ClassName::tr, or after a function whose return type is qualified ("policy::Provenance f()"),
// can land under a context without the class's namespace ("ClaimNotice", "policy"). The program
// looks it up under "tongban::unemployment::ClaimNotice" and shows the English text: the
// unemployment notices printed English labels that way. This test fails on such a context.

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message {context, QString(), xml.attributes().value(QStringLiteral("numerus")) == u"yes", false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.finished = !unfinished && !text.trimmed().isEmpty();
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void contextsAreTheClassesThatAskForThem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral(TONGBAN_SOURCE_DIR "/translations/tongban_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral(TONGBAN_SOURCE_DIR "/translations/tongban_en.ts");
    }

    void contextsAreTheClassesThatAskForThem()
    {
        QFETCH(QString, file);
        const auto messages = readTs(file);
        QVERIFY(messages.size() > 1000);
        QStringList wrong;
        for (const Message &m : messages) {
            // Every class of the program lives in namespace tongban; "main" is the two mains'.
            if (!m.context.startsWith(QStringLiteral("tongban::")) && m.context != u"main" && !wrong.contains(m.context))
                wrong << m.context;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("contexts the program never looks up: ") + wrong.join(QStringLiteral(", "))));
    }

    void everyChineseMessageIsTranslated()
    {
        const auto messages = readTs(QStringLiteral(TONGBAN_SOURCE_DIR "/translations/tongban_zh_CN.ts"));
        QStringList missing;
        for (const Message &m : messages) {
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
    }

    // The compiled Chinese catalogue answers the contexts the classes ask with.
    void compiledCatalogueAnswersTheNotices()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tongban_zh_CN.qm")));
        QCOMPARE(translator.translate("tongban::unemployment::ClaimNotice", "Insured person"), QStringLiteral("参保人"));
        QCOMPARE(translator.translate("tongban::unemployment::UnemploymentRules", "must be one of: %1").isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
