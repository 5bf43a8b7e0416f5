// Tests of services::CaseLedgerService (the difficult-case ledger, 疑难问题台账) on a real SQLite file
// through the real StoreService: a case opened from a visit, noted, assigned, promised, closed with
// the answer given to the visitor and reopened — its history keeps every step, the earlier answer
// too; refusals name the field; the open list by promised date with overdue flagged as the days go by.

#include "services/caseledgerservice.h"
#include "storage/storeservice.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using casework::DifficultCase;
using services::CaseLedgerService;

class TestCaseLedgerService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0; ///< a new file for every test function and data row
    QDateTime m_now;
    std::unique_ptr<test::TestContext> m_context;
    std::unique_ptr<CaseLedgerService> m_ledger;
    QString m_session;

    DifficultCase opened(const QString &description, QDate promised)
    {
        CaseLedgerService::OpenRequest r;
        r.sessionId = m_session;
        r.description = description;
        r.promisedOn = promised;
        const auto c = m_ledger->open(r).result();
        if (!c)
            qWarning("%s", qPrintable(c.error().message));
        return c ? *c : DifficultCase();
    }

private slots:
    void init()
    {
        m_now = test::fixedNow();
        m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_files)),
                                                        QStringLiteral("王芳"), Clock([this] { return m_now; }));
        QVERIFY(m_context->open());
        auto ledger = CaseLedgerService::builtIn(m_context->context());
        QVERIFY(ledger.ok());
        m_ledger = std::move(ledger).value();
        test::Visit visit;
        visit.at = m_now;
        visit.matters = {{QStringLiteral("service-years-recognition"), QDate(2026, 12, 23), {}, {}}};
        m_session = test::storeVisit(m_context->store(), visit).sessionId;
        QVERIFY(!m_session.isEmpty());
    }

    void cleanup()
    {
        m_ledger.reset();
        m_context.reset();
    }

    // Every step of a case in its history, in order, with who and what; a reopened case keeps its
    // first answer in the history and is closed again with a second one.
    void historyAfterReopen()
    {
        CaseLedgerService::OpenRequest r;
        r.sessionId = m_session;
        r.description = QStringLiteral("1986年至1992年在国营农场的工龄档案缺失，窗口无法认定");
        r.departments = {QStringLiteral("social-insurance")};
        r.promisedOn = QDate(2026, 12, 9);
        const auto c = m_ledger->open(r).result();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->status, QStringLiteral("open"));
        QCOMPARE(c->openedOn, QDate(2026, 12, 2));
        QCOMPARE(c->queueNumber, QStringLiteral("A001"));
        QCOMPARE(c->clerk, QStringLiteral("王芳"));
        const QString id = c->id;

        QVERIFY(m_ledger->addNote(id, QStringLiteral("已联系原农场所在地档案馆")).result().ok());
        QVERIFY(
            m_ledger
                ->assign(id, QStringLiteral("张明（专家工作室）"), {QStringLiteral("social-insurance"), QStringLiteral("civil-affairs")})
                .result()
                .ok());
        QVERIFY(m_ledger->promise(id, QDate(2026, 12, 11)).result().ok());
        // An answer the visitor cannot act on is refused, and nothing changes.
        const Status tooShort = m_ledger->close(id, QStringLiteral("已办")).result();
        QVERIFY(!tooShort.ok());
        QCOMPARE(tooShort.error().field, QStringLiteral("answer"));
        QVERIFY(m_ledger->load(id).result()->isOpen());
        const QString firstAnswer = QStringLiteral("档案馆已出具工龄证明，已认定工龄6年，请于12月15日后查询");
        QVERIFY(m_ledger->close(id, firstAnswer).result().ok());
        const Status again = m_ledger->close(id, firstAnswer).result();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("case_id"));
        const auto closed = m_ledger->load(id).result();
        QCOMPARE(closed->status, QStringLiteral("closed"));
        QCOMPARE(closed->answer, firstAnswer);
        QCOMPARE(closed->closedOn, QDate(2026, 12, 2));
        QCOMPARE(closed->expert, QStringLiteral("张明（专家工作室）"));
        QCOMPARE(closed->departments, QStringList({QStringLiteral("social-insurance"), QStringLiteral("civil-affairs")}));
        // A note on a closed case is kept; promising on it is refused.
        QVERIFY(!m_ledger->promise(id, QDate(2026, 12, 20)).result().ok());

        m_now = m_now.addDays(1);
        const Status reopenedOpen = m_ledger->reopen(id, QStringLiteral("   ")).result();
        QVERIFY(!reopenedOpen.ok());
        QCOMPARE(reopenedOpen.error().field, QStringLiteral("reason"));
        QVERIFY(m_ledger->reopen(id, QStringLiteral("来访人反映证明年限与档案不符")).result().ok());
        QVERIFY(!m_ledger->reopen(id, QStringLiteral("再次")).result().ok());
        const auto reopened = m_ledger->load(id).result();
        QVERIFY(reopened->isOpen());
        QVERIFY(reopened->answer.isEmpty());
        QVERIFY(!reopened->closedOn.isValid());
        const QString secondAnswer = QStringLiteral("复核后认定工龄7年，已告知来访人并更正记录");
        QVERIFY(m_ledger->close(id, secondAnswer).result().ok());

        const auto history = m_ledger->history(id).result();
        QVERIFY(history.ok());
        QStringList kinds;
        QStringList texts;
        for (const auto &e : *history) {
            kinds << e.kind;
            texts << e.text;
            QCOMPARE(e.clerk, QStringLiteral("王芳"));
            QVERIFY(e.at.isValid());
        }
        QCOMPARE(kinds,
                 QStringList({QStringLiteral("opened"), QStringLiteral("promised"), QStringLiteral("note"), QStringLiteral("assigned"),
                              QStringLiteral("promised"), QStringLiteral("closed"), QStringLiteral("reopened"), QStringLiteral("closed")}));
        QCOMPARE(texts.at(0), r.description);
        QCOMPARE(texts.at(1), QStringLiteral("2026-12-09"));
        QCOMPARE(texts.at(3), QStringLiteral("张明（专家工作室）; social-insurance, civil-affairs"));
        QCOMPARE(texts.at(4), QStringLiteral("2026-12-11"));
        QCOMPARE(texts.at(5), firstAnswer);
        QCOMPARE(texts.at(6), QStringLiteral("来访人反映证明年限与档案不符"));
        QCOMPARE(texts.at(7), secondAnswer);
        QCOMPARE(history->at(6).at, m_now.toUTC());
        QCOMPARE(m_ledger->load(id).result()->closedOn, QDate(2026, 12, 3));
    }

    void refusals()
    {
        CaseLedgerService::OpenRequest r;
        r.sessionId = m_session;
        r.description = QStringLiteral("跨省转移接续卡在转出地");
        r.departments = {QStringLiteral("social-insurance"), QStringLiteral("tax-bureau")};
        auto c = m_ledger->open(r).result();
        QVERIFY(!c.ok());
        QCOMPARE(c.error().field, QStringLiteral("departments[1]"));
        QVERIFY(c.error().message.contains(QStringLiteral("tax-bureau")));
        r.departments.clear();
        r.description = QStringLiteral("  ");
        QCOMPARE(m_ledger->open(r).result().error().field, QStringLiteral("description"));
        r.description = QStringLiteral("跨省转移接续卡在转出地");
        r.promisedOn = QDate(2026, 12, 1);
        QCOMPARE(m_ledger->open(r).result().error().field, QStringLiteral("promised_on"));
        r.promisedOn = {};
        r.sessionId = QStringLiteral("00000000-0000-4000-8000-000000000000");
        c = m_ledger->open(r).result();
        QCOMPARE(c.error().kind, Error::Kind::NotFound);
        QCOMPARE(c.error().field, QStringLiteral("session_id"));
        QCOMPARE(m_ledger->addNote(QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("x")).result().error().kind,
                 Error::Kind::NotFound);
        QVERIFY(m_ledger->openCases().result()->isEmpty());
    }

    // Open cases by promised date (none last), closed ones left out; overdue once the promised day
    // has passed.
    void openListByPromisedDate()
    {
        const DifficultCase late = opened(QStringLiteral("承诺12月10日"), QDate(2026, 12, 10));
        const DifficultCase none = opened(QStringLiteral("未承诺日期"), QDate());
        const DifficultCase soon = opened(QStringLiteral("承诺12月4日"), QDate(2026, 12, 4));
        const DifficultCase closed = opened(QStringLiteral("已销号"), QDate(2026, 12, 3));
        QVERIFY(m_ledger->close(closed.id, QStringLiteral("当场复核后已解决")).result().ok());

        const auto ids = [](const QList<DifficultCase> &cases) {
            QStringList out;
            for (const DifficultCase &c : cases)
                out << c.description + (c.overdue ? QStringLiteral(" overdue") : QString());
            return out;
        };
        QCOMPARE(ids(*m_ledger->openCases().result()),
                 QStringList({QStringLiteral("承诺12月4日"), QStringLiteral("承诺12月10日"), QStringLiteral("未承诺日期")}));
        m_now = test::beijing(QDate(2026, 12, 5), 9);
        QCOMPARE(ids(*m_ledger->openCases().result()),
                 QStringList({QStringLiteral("承诺12月4日 overdue"), QStringLiteral("承诺12月10日"), QStringLiteral("未承诺日期")}));
        m_now = test::beijing(QDate(2026, 12, 10), 17);
        QCOMPARE(ids(*m_ledger->openCases().result()),
                 QStringList({QStringLiteral("承诺12月4日 overdue"), QStringLiteral("承诺12月10日"), QStringLiteral("未承诺日期")}));
        m_now = test::beijing(QDate(2026, 12, 11), 8);
        QVERIFY(m_ledger->close(soon.id, QStringLiteral("已补发待遇并电话告知")).result().ok());
        QCOMPARE(ids(*m_ledger->openCases().result()), QStringList({QStringLiteral("承诺12月10日 overdue"), QStringLiteral("未承诺日期")}));
        Q_UNUSED(late);
        Q_UNUSED(none);
    }
};

QTEST_GUILESS_MAIN(TestCaseLedgerService)
#include "testcaseledgerservice.moc"
