// Tests of services::RatingService (好差评, 国办发〔2019〕51号) on a real SQLite file through the real
// StoreService: one rating per matter at five levels from two channels; a poor rating (不满意,
// 非常不满意) opens a follow-up due the policy's working days later on the shipped calendar (15 by
// default, a hall's own number, a deadline in a year without holiday data left undated and named),
// closed with its outcome; the open follow-ups by due date with overdue flagged.

#include "services/ratingservice.h"
#include "storage/storeservice.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using casework::RatingLevel;
using services::RatingService;

class TestRatingService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0; ///< a new file for every test function and data row
    QDateTime m_now;
    std::unique_ptr<test::TestContext> m_context;
    QStringList m_matters;

    std::unique_ptr<RatingService> service(casework::RatingPolicy policy = {})
    {
        auto s = RatingService::builtIn(m_context->context(), policy);
        if (!s)
            qWarning("%s", qPrintable(s.error().message));
        return s ? std::move(s).value() : nullptr;
    }

private slots:
    void init()
    {
        m_now = test::fixedNow();
        m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("rating-%1.sqlite").arg(++m_files)),
                                                        QStringLiteral("王芳"), Clock([this] { return m_now; }));
        QVERIFY(m_context->open());
        test::Visit visit;
        visit.at = m_now;
        for (const QString &m : {QStringLiteral("retirement-application"), QStringLiteral("eligibility-verification"),
                                 QStringLiteral("medical-transfer"), QStringLiteral("minimum-living-allowance")})
            visit.matters.append({m, QDate(2026, 12, 16), {}, {}});
        m_matters.clear();
        for (const auto &m : test::storeVisit(m_context->store(), visit).matters)
            m_matters << m.id;
        QCOMPARE(m_matters.size(), 4);
    }

    void cleanup() { m_context.reset(); }

    void goodRatingHasNoFollowUp()
    {
        auto ratings = service();
        QCOMPARE(ratings->policy().followUpWorkingDays, 15);
        const auto r = ratings->rate(m_matters.at(0), 4, QStringLiteral("keypad")).result();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->level, RatingLevel::Satisfied);
        QCOMPARE(r->channel, QStringLiteral("keypad"));
        QCOMPARE(r->at, m_now.toUTC());
        QVERIFY(!r->followUp);
        QVERIFY(!ratings->rate(m_matters.at(1), 3, QStringLiteral("visitor-screen")).result()->followUp);
        QVERIFY(ratings->openFollowUps().result()->isEmpty());
        const auto stored = ratings->forMatter(m_matters.at(0)).result();
        QCOMPARE((*stored)->id, r->id);
        QVERIFY(!ratings->forMatter(m_matters.at(2)).result()->has_value());
    }

    void poorRatingOpensFollowUp_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        // 2026-12-02 (Wednesday) + 15 working days, no holiday in between.
        QTest::newRow("非常不满意, 15 working days (default)") << 1 << 15 << QDate(2026, 12, 23);
        QTest::newRow("不满意, 15 working days (default)") << 2 << 15 << QDate(2026, 12, 23);
        QTest::newRow("不满意, 5 working days (a city's own)") << 2 << 5 << QDate(2026, 12, 9);
    }
    void poorRatingOpensFollowUp()
    {
        QFETCH(int, level);
        QFETCH(int, days);
        QFETCH(QDate, due);
        auto ratings = service({days});
        const auto r = ratings->rate(m_matters.at(2), level, QStringLiteral("visitor-screen"), QStringLiteral("等了一个多小时")).result();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(casework::isPoor(r->level));
        QVERIFY(r->followUp);
        QCOMPARE(r->followUp->dueOn, due);
        QVERIFY(r->followUp->isOpen());
        QCOMPARE(r->comment, QStringLiteral("等了一个多小时"));
        const auto open = ratings->openFollowUps().result();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().matter, QStringLiteral("medical-transfer"));
        QCOMPARE(open->first().queueNumber, QStringLiteral("A001"));
        QVERIFY(!open->first().overdue);
    }

    // A deadline in 2027 (no holiday arrangement shipped yet) is not guessed: no date, the year named;
    // the rating is kept all the same.
    void deadlineInYearWithoutCalendar()
    {
        auto ratings = service({30});
        const auto r = ratings->rate(m_matters.at(0), 1, QStringLiteral("keypad")).result();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(!r->followUp->dueOn.isValid());
        QVERIFY2(r->followUp->dueNote.contains(QStringLiteral("2027")), qPrintable(r->followUp->dueNote));
        QCOMPARE(ratings->openFollowUps().result()->size(), 1);
        QVERIFY(!RatingService::builtIn(m_context->context(), {0}).ok());
    }

    void refusals()
    {
        auto ratings = service();
        QCOMPARE(ratings->rate(m_matters.at(0), 0, QStringLiteral("keypad")).result().error().field, QStringLiteral("level"));
        QCOMPARE(ratings->rate(m_matters.at(0), 6, QStringLiteral("keypad")).result().error().field, QStringLiteral("level"));
        QCOMPARE(ratings->rate(m_matters.at(0), 5, QStringLiteral("sms")).result().error().field, QStringLiteral("channel"));
        const auto unknown = ratings->rate(QStringLiteral("00000000-0000-4000-8000-000000000000"), 5, QStringLiteral("keypad")).result();
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QCOMPARE(unknown.error().field, QStringLiteral("matter_id"));
        QVERIFY(ratings->rate(m_matters.at(0), 5, QStringLiteral("keypad")).result().ok());
        const auto twice = ratings->rate(m_matters.at(0), 1, QStringLiteral("keypad")).result();
        QCOMPARE(twice.error().field, QStringLiteral("matter_id"));
        QCOMPARE((*ratings->forMatter(m_matters.at(0)).result())->level, RatingLevel::VerySatisfied);
    }

    void followUpClosedWithOutcome()
    {
        auto ratings = service();
        const auto first = ratings->rate(m_matters.at(0), 2, QStringLiteral("keypad")).result();
        m_now = m_now.addSecs(600);
        const auto second = ratings->rate(m_matters.at(3), 1, QStringLiteral("visitor-screen")).result();
        QVERIFY(first.ok() && second.ok());
        // Due the same day: the earlier rating first. After the due day both are overdue.
        m_now = test::beijing(QDate(2026, 12, 24), 9);
        auto open = ratings->openFollowUps().result();
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).id, first->followUp->id);
        QVERIFY(open->at(0).overdue && open->at(1).overdue);

        const auto shortOutcome = ratings->closeFollowUp(first->followUp->id, QStringLiteral("好")).result();
        QCOMPARE(shortOutcome.error().field, QStringLiteral("outcome"));
        const QString outcome = QStringLiteral("已电话回访，解释退休审批流程并道歉，来访人表示理解");
        const auto closed = ratings->closeFollowUp(first->followUp->id, outcome).result();
        QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().message));
        QCOMPARE(closed->outcome, outcome);
        QCOMPARE(closed->clerk, QStringLiteral("王芳"));
        QCOMPARE(closed->closedAt, m_now.toUTC());
        QVERIFY(!closed->overdue);
        QCOMPARE(ratings->closeFollowUp(first->followUp->id, outcome).result().error().field, QStringLiteral("followup_id"));
        open = ratings->openFollowUps().result();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().id, second->followUp->id);
    }
};

QTEST_GUILESS_MAIN(TestRatingService)
#include "testratingservice.moc"
