// Tests of tongban::unemployment::UnemploymentClaimRepository on a real SQLite file: open a
// claim, stop it, list the claims, and carry the months left into the next claim
// (失业保险条例 Art. 17).

#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "unemployment/claimevaluator.h"
#include "unemployment/unemploymentclaimrepository.h"

#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tongban;
using unemployment::ClaimEvaluator;
using unemployment::ClaimInput;
using unemployment::UnemploymentClaimRepository;

namespace {

const QString kPersonId = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
const QString kOtherId = QStringLiteral("1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");

insured::InsuredPerson person(const QString &id, const QString &citizenId, const QString &name)
{
    insured::InsuredPerson p;
    p.id = id;
    p.citizenId = citizenId;
    p.name = name;
    p.sex = insured::Sex::Male;
    p.birthDate = QDate::fromString(citizenId.mid(6, 8), QStringLiteral("yyyyMMdd"));
    p.retirementGroup = insured::RetirementGroup::Male;
    p.region = QStringLiteral("430102");
    return p;
}

ClaimInput claim(QDate date, int monthsPaid, int carried, const QString &region = QStringLiteral("430102"))
{
    ClaimInput c;
    c.region = region;
    c.claimDate = date;
    c.monthsPaid = monthsPaid;
    c.carriedMonths = carried;
    c.jobLossReason = QStringLiteral("dismissed");
    c.registered = true;
    return c;
}

QDateTime fixedClock()
{
    return QDateTime(QDate(2026, 3, 10), QTime(9, 30), QTimeZone::utc());
}

} // namespace

class TestUnemploymentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto rules = unemployment::UnemploymentRules::loadBuiltIn();
        QVERIFY(rules.ok());
        m_evaluator = std::make_unique<ClaimEvaluator>(*rules);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_fileCounter));
        auto store = storage::LocalStore::open(m_path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        storage::PersonRepository persons(m_store->database(), fixedClock);
        QVERIFY(persons
                    .upsertPersons({person(kPersonId, QStringLiteral("110105196403150311"), QStringLiteral("李志强")),
                                    person(kOtherId, QStringLiteral("110105196403080173"), QStringLiteral("王建国"))})
                    .ok());
        m_repository = std::make_unique<UnemploymentClaimRepository>(m_store->database(), fixedClock);
    }

    void cleanup()
    {
        m_repository.reset();
        m_store.reset();
    }

    void openStopAndCarryIntoTheNextClaim()
    {
        QCOMPARE(m_repository->monthsCarriedIntoNextClaim(kPersonId).value(), 0);
        const auto first = m_evaluator->evaluate(claim(QDate(2026, 3, 10), 60, 0));
        QVERIFY(first.ok() && first->eligible);
        const auto opened = m_repository->openClaim(kPersonId, *first, QStringLiteral("张敏"));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(opened->id > 0);
        QCOMPARE(opened->monthsEntitled, 18);
        QCOMPARE(opened->monthlyAmount->fen(), qint64(153000));
        QCOMPARE(opened->firstMonth, YearMonth(2026, 3));
        QVERIFY(!opened->stopped);
        QCOMPARE(opened->clerk, QStringLiteral("张敏"));
        QCOMPARE(opened->createdAt, QStringLiteral("2026-03-10T09:30:00.000Z"));
        // An open claim carries nothing yet.
        QCOMPARE(m_repository->monthsCarriedIntoNextClaim(kPersonId).value(), 0);

        // A second claim while the first still runs is refused.
        const auto overlapping = m_evaluator->evaluate(claim(QDate(2026, 6, 1), 60, 0));
        const auto refused = m_repository->openClaim(kPersonId, *overlapping);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("claim_date"));

        // Re-employed on 2026-07-20 after 5 months paid (2026-03…07): 13 left, kept.
        const auto stop = m_evaluator->stop(opened->period(), QDate(2026, 7, 20), QStringLiteral("re-employment"));
        QVERIFY(stop.ok());
        const auto stopped = m_repository->stopClaim(opened->id, *stop);
        QVERIFY2(stopped.ok(), stopped.ok() ? "" : qPrintable(stopped.error().message));
        QVERIFY(stopped->stopped);
        QCOMPARE(stopped->stop->monthsReceived, 5);
        QCOMPARE(stopped->stop->monthsLeft, 13);
        QVERIFY(stopped->stop->monthsLeftCarried);
        QCOMPARE(stopped->stop->firstUnpaidMonth, YearMonth(2026, 8));
        QCOMPARE(stopped->stop->ground, QStringLiteral("re-employment"));
        // Stopping twice is refused and changes nothing.
        const auto again = m_repository->stopClaim(opened->id, *stop);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("claim"));

        QCOMPARE(m_repository->monthsCarriedIntoNextClaim(kPersonId).value(), 13);
        QCOMPARE(m_repository->monthsCarriedIntoNextClaim(kOtherId).value(), 0);

        // The next claim adds the 13 months to a new 12 (two years paid): 24, capped.
        const int carried = m_repository->monthsCarriedIntoNextClaim(kPersonId).value();
        const auto second = m_evaluator->evaluate(claim(QDate(2028, 9, 1), 24, carried));
        QCOMPARE(second->entitlementMonths, 24);
        const auto reopened = m_repository->openClaim(kPersonId, *second);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        QCOMPARE(reopened->carriedMonths, 13);
        QCOMPARE(reopened->monthsEntitled, 24);
        // The carried months were used: nothing to carry while the new claim is open.
        QCOMPARE(m_repository->monthsCarriedIntoNextClaim(kPersonId).value(), 0);

        const auto claims = m_repository->claimsOf(kPersonId);
        QVERIFY(claims.ok());
        QCOMPARE(claims->size(), 2);
        QCOMPARE(claims->at(0).id, reopened->id); // newest first
        QCOMPARE(claims->at(1).id, opened->id);
        QVERIFY(claims->at(1).stopped);
        QVERIFY(m_repository->claimsOf(kOtherId)->isEmpty());
    }

    void aStopThatLapsesCarriesNothing()
    {
        const auto a = m_evaluator->evaluate(claim(QDate(2026, 3, 10), 120, 0));
        const auto opened = m_repository->openClaim(kPersonId, *a);
        QVERIFY(opened.ok());
        const auto stop = m_evaluator->stop(opened->period(), QDate(2026, 5, 2), QStringLiteral("basic-pension"));
        QVERIFY(stop.ok());
        QVERIFY(m_repository->stopClaim(opened->id, *stop).ok());
        QCOMPARE(m_repository->monthsCarriedIntoNextClaim(kPersonId).value(), 0);
        QCOMPARE(m_repository->loadClaim(opened->id)->stop->monthsLeft, 21); // 2026-03…05 paid
    }

    void amountNotInTheDataIsStoredAsNull()
    {
        const auto a = m_evaluator->evaluate(claim(QDate(2026, 3, 10), 60, 0, QStringLiteral("320505")));
        QVERIFY(a.ok() && a->eligible && !a->monthlyAmount);
        // Issue 16: not opened anyway: the standard is entered, or the clerk confirms.
        const auto refused = m_repository->openClaim(kPersonId, *a, QStringLiteral("张敏"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("monthly_standard"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("320505")), qPrintable(refused.error().message));
        QCOMPARE(m_repository->claimsOf(kPersonId)->size(), 0);

        const auto opened = m_repository->openClaim(kPersonId, *a, QStringLiteral("张敏"), true);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(!opened->monthlyAmount);
        QVERIFY(opened->amountSource.contains(QStringLiteral("320505")));
        QVERIFY2(opened->amountSource.contains(QStringLiteral("confirmed")), qPrintable(opened->amountSource));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT monthly_amount_fen IS NULL FROM unemployment_claim")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void notEligibleAndUnknownAreRefused()
    {
        ClaimInput c = claim(QDate(2026, 3, 10), 60, 0);
        c.jobLossReason = QStringLiteral("resigned");
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok() && !a->eligible);
        const auto refused = m_repository->openClaim(kPersonId, *a);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("eligible"));
        QCOMPARE(m_repository->claimsOf(kPersonId)->size(), 0);

        const auto unknownPerson = m_repository->openClaim(QStringLiteral("ffffffff-5a51-4a36-9d43-3a4f0d8e2c11"),
                                                           *m_evaluator->evaluate(claim(QDate(2026, 3, 10), 60, 0)));
        QVERIFY(!unknownPerson.ok());
        QCOMPARE(unknownPerson.error().kind, Error::Kind::Storage);

        const auto missing = m_repository->loadClaim(999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void claimsSurviveReopeningTheFile()
    {
        const auto a = m_evaluator->evaluate(claim(QDate(2026, 3, 10), 60, 0));
        const auto opened = m_repository->openClaim(kPersonId, *a);
        QVERIFY(opened.ok());
        m_repository.reset();
        m_store.reset();
        auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const UnemploymentClaimRepository reread((*store)->database(), test::clock());
        const auto claims = reread.claimsOf(kPersonId);
        QVERIFY(claims.ok());
        QCOMPARE(claims->size(), 1);
        QCOMPARE(claims->first().monthsEntitled, 18);
        QCOMPARE(claims->first().jobLossReason, QStringLiteral("dismissed"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fileCounter = 0;
    std::unique_ptr<ClaimEvaluator> m_evaluator;
    std::unique_ptr<storage::LocalStore> m_store;
    std::unique_ptr<UnemploymentClaimRepository> m_repository;
};

QTEST_GUILESS_MAIN(TestUnemploymentStore)
#include "testunemploymentstore.moc"
