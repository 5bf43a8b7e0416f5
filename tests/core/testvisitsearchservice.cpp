// Tests of services::VisitSearchService on a real SQLite file through the real StoreService, over
// 10,000 generated visits (stored through the real IntakeRepository in one write transaction):
// for each criterion and some combinations, paging through the results with the keyset cursor
// gives every match exactly once, newest first; the query plan of a page (EXPLAIN QUERY PLAN) reads
// every table through an index, never a full scan; bad criteria are refused naming the field.

#include "casework/visitsearchquery.h"
#include "intake/mattercatalog.h"
#include "services/prereviewrunner.h"
#include "services/visitsearchservice.h"
#include "storage/storeservice.h"
#include "storage/writetransaction.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using casework::SearchFilter;

namespace {

/// What the test knows of each generated matter.
struct Generated
{
    QString id;
    QString queue;
    QString applicantId;
    QString applicantName;
    QString subjectId;
    QString subjectName;
    QDate receivedOn;
    QString department;
    QString status;
    QString clerk;
};

const int kVisits = 10000;

QString idNumber(int person)
{
    return QStringLiteral("1101051960%1").arg(person, 8, 10, QLatin1Char('0'));
}

} // namespace

Q_DECLARE_METATYPE(SearchFilter)

class TestVisitSearchService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestContext> m_context;
    std::unique_ptr<services::VisitSearchService> m_search;
    QList<Generated> m_matters;

    /// Every page of @p filter; fails the test on an error, a repeat or a page out of order.
    QStringList allPages(SearchFilter filter, int *pages)
    {
        QStringList ids;
        QSet<QString> seen;
        *pages = 0;
        QDateTime lastAt;
        QString lastId;
        for (;;) {
            const auto page = m_search->search(filter).result();
            if (!page) {
                qWarning("%s: %s", qPrintable(page.error().field), qPrintable(page.error().message));
                return {};
            }
            ++*pages;
            if (page->hits.size() > filter.pageSize || (!page->next.isEmpty() && page->hits.size() != filter.pageSize))
                return {QStringLiteral("page of %1").arg(page->hits.size())};
            for (const casework::SearchHit &h : page->hits) {
                if (seen.contains(h.matterId))
                    return {QStringLiteral("repeated %1").arg(h.matterId)};
                if (lastAt.isValid() && (h.at > lastAt || (h.at == lastAt && h.matterId > lastId)))
                    return {QStringLiteral("out of order %1").arg(h.matterId)};
                seen.insert(h.matterId);
                ids << h.matterId;
                lastAt = h.at;
                lastId = h.matterId;
            }
            if (page->next.isEmpty())
                return ids;
            filter.after = page->next;
        }
    }

    QStringList expected(const std::function<bool(const Generated &)> &matches) const
    {
        QStringList out;
        for (const Generated &g : m_matters)
            if (matches(g))
                out << g.id;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("search.sqlite")));
        QVERIFY(m_context->open());
        auto search = services::VisitSearchService::builtIn(m_context->context());
        QVERIFY(search.ok());
        m_search = std::move(search).value();
        const intake::MatterCatalog &catalog = m_search->catalog();
        const QList<intake::MatterDefinition> &matters = catalog.matters();
        const QStringList surnames {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                                    QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
                                    QStringLiteral("周"), QStringLiteral("吴")};
        const QStringList given {QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("伟"), QStringLiteral("芳"),
                                 QStringLiteral("强"),   QStringLiteral("敏"),   QStringLiteral("静"), QStringLiteral("磊")};
        const QStringList clerks {QStringLiteral("王芳"), QStringLiteral("李强"), QStringLiteral("赵敏")};
        const auto nameOf = [&](int person) { return surnames.at(person % 10) + given.at((person / 10) % 8); };

        // The visits and what the test expects of them, made before the write.
        QList<test::Visit> visits;
        for (int i = 0; i < kVisits; ++i) {
            test::Visit v;
            const QDate day = QDate(2026, 8, 24).addDays(i / 100);
            v.at = test::beijing(day, 8, 0).addSecs(qint64(i % 100) * 240);
            v.clerk = clerks.at(i % 3);
            v.queueNumber = QStringLiteral("A%1").arg(i % 100 + 1, 3, 10, QLatin1Char('0'));
            const int person = (i * 7919) % 2000;
            v.applicantIdNumber = idNumber(person);
            v.applicantName = nameOf(person);
            const int count = 1 + (i % 2);
            for (int k = 0; k < count; ++k) {
                test::VisitMatter m;
                m.matter = matters.at((i * 3 + k * 11) % matters.size()).id;
                if (k == 1 && i % 4 == 1) { // on behalf of a parent
                    const int parent = 2000 + (i % 500);
                    m.subjectIdNumber = idNumber(parent);
                    m.subjectName = nameOf(parent);
                }
                v.matters.append(m);
            }
            visits.append(v);
        }
        QElapsedTimer timer;
        timer.start();
        const auto stored
            = m_context->store()
                  .write<QList<Generated>>([visits, &catalog](QSqlDatabase db) -> Result<QList<Generated>> {
                      storage::WriteTransaction tx(db);
                      if (const Status s = tx.begin(); !s)
                          return s.error();
                      QList<Generated> out;
                      QSqlQuery q(db);
                      q.prepare(QStringLiteral("UPDATE intake_matter SET status = :status, returned_reason = :reason WHERE id = :id"));
                      for (int i = 0; i < visits.size(); ++i) {
                          const test::Visit &v = visits.at(i);
                          const auto [receipt, intakeCase] = test::intakeOf(v);
                          const auto r = intake::IntakeRepository(db, Clock::fixed(v.at)).storeWithin(receipt, intakeCase);
                          if (!r)
                              return r.error();
                          for (const intake::ReceiptMatter &m : r->matters) {
                              Generated g {m.id,
                                           r->queueNumber,
                                           r->applicantIdNumber,
                                           r->applicantName,
                                           m.subjectIdNumber,
                                           m.subjectName,
                                           m.receivedOn,
                                           catalog.matter(m.matter)->department,
                                           QStringLiteral("received"),
                                           r->clerk};
                              const int n = int(out.size());
                              if (n % 7 == 3 || n % 11 == 5) {
                                  g.status = n % 7 == 3 ? QStringLiteral("done") : QStringLiteral("returned");
                                  q.bindValue(QStringLiteral(":status"), g.status);
                                  q.bindValue(QStringLiteral(":reason"),
                                              g.status == QLatin1String("returned") ? QVariant(QStringLiteral("请补交身份证复印件"))
                                                                                    : QVariant(QMetaType::fromType<QString>()));
                                  q.bindValue(QStringLiteral(":id"), g.id);
                                  if (!q.exec())
                                      return Error::storage(q.lastError().text());
                              }
                              out.append(g);
                          }
                      }
                      if (const Status s = tx.commit(); !s)
                          return s.error();
                      return out;
                  })
                  .result();
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        m_matters = *stored;
        QCOMPARE(m_matters.size(), kVisits * 3 / 2);
        qInfo("%d visits with %lld matters stored in %lld ms", kVisits, qlonglong(m_matters.size()), qlonglong(timer.elapsed()));
    }

    void cleanupTestCase()
    {
        m_search.reset();
        m_context.reset();
    }

    void everyMatchOnce_data()
    {
        QTest::addColumn<SearchFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("index"); ///< an index the plan must use (empty: any)
        const auto f = [](const std::function<void(SearchFilter &)> &set) {
            SearchFilter filter;
            filter.pageSize = 97;
            set(filter);
            return filter;
        };
        const QString someone = m_matters.at(4321).applicantId;
        const QString parent = idNumber(2000 + 5 % 500); // acted for in visit 5
        QTest::newRow("everything") << f([](SearchFilter &s) { s.pageSize = 500; }) << expected([](const Generated &) { return true; })
                                    << QString();
        QTest::newRow("queue number") << f([](SearchFilter &s) { s.queueNumber = QStringLiteral("A042"); })
                                      << expected([](const Generated &g) { return g.queue == QLatin1String("A042"); })
                                      << QStringLiteral("visit_session_queue");
        QTest::newRow("queue number on a day") << f([](SearchFilter &s) {
            s.queueNumber = QStringLiteral("A042");
            s.from = s.to = QDate(2026, 10, 1);
        }) << expected([](const Generated &g) { return g.queue == QLatin1String("A042") && g.receivedOn == QDate(2026, 10, 1); })
                                               << QString();
        QTest::newRow("applicant's ID number") << f([someone](SearchFilter &s) {
            s.idNumber = someone;
        }) << expected([someone](const Generated &g) { return g.applicantId == someone || g.subjectId == someone; })
                                               << QStringLiteral("intake_visit_applicant");
        QTest::newRow("ID number of a person acted for")
            << f([parent](SearchFilter &s) { s.idNumber = parent; })
            << expected([parent](const Generated &g) { return g.applicantId == parent || g.subjectId == parent; })
            << QStringLiteral("intake_matter_subject");
        QTest::newRow("name prefix") << f([](SearchFilter &s) {
            s.namePrefix = QStringLiteral("周敏");
        }) << expected([](const Generated &g) {
            return g.applicantName.startsWith(QStringLiteral("周敏")) || g.subjectName.startsWith(QStringLiteral("周敏"));
        }) << QStringLiteral("intake_visit_name");
        QTest::newRow("date range") << f([](SearchFilter &s) {
            s.from = QDate(2026, 9, 10);
            s.to = QDate(2026, 9, 14);
        }) << expected([](const Generated &g) { return g.receivedOn >= QDate(2026, 9, 10) && g.receivedOn <= QDate(2026, 9, 14); })
                                    << QStringLiteral("intake_matter_received");
        QTest::newRow("department") << f([](SearchFilter &s) { s.department = QStringLiteral("civil-affairs"); })
                                    << expected([](const Generated &g) { return g.department == QLatin1String("civil-affairs"); })
                                    << QString();
        QTest::newRow("status") << f([](SearchFilter &s) { s.status = QStringLiteral("returned"); })
                                << expected([](const Generated &g) { return g.status == QLatin1String("returned"); }) << QString();
        QTest::newRow("clerk") << f([](SearchFilter &s) { s.clerk = QStringLiteral("赵敏"); })
                               << expected([](const Generated &g) { return g.clerk == QStringLiteral("赵敏"); }) << QString();
        QTest::newRow("department, status and clerk in a month") << f([](SearchFilter &s) {
            s.department = QStringLiteral("social-insurance");
            s.status = QStringLiteral("done");
            s.clerk = QStringLiteral("李强");
            s.from = QDate(2026, 10, 1);
            s.to = QDate(2026, 10, 31);
        }) << expected([](const Generated &g) {
            return g.department == QLatin1String("social-insurance") && g.status == QLatin1String("done")
                && g.clerk == QStringLiteral("李强") && g.receivedOn >= QDate(2026, 10, 1) && g.receivedOn <= QDate(2026, 10, 31);
        }) << QString();
        QTest::newRow("nobody") << f([](SearchFilter &s) { s.namePrefix = QStringLiteral("欧阳"); }) << QStringList() << QString();
    }
    void everyMatchOnce()
    {
        QFETCH(SearchFilter, filter);
        QFETCH(QStringList, expected);
        QFETCH(QString, index);
        QVERIFY(expected.size() < m_matters.size() || filter.pageSize == 500);
        int pages = 0;
        QStringList found = allPages(filter, &pages);
        QCOMPARE(found.size(), expected.size());
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        QCOMPARE(pages, qMax(1, int((expected.size() + filter.pageSize - 1) / filter.pageSize)));

        // The plan of a later page: every table through an index.
        SearchFilter second = filter;
        if (!expected.isEmpty()) {
            const auto first = m_search->search(filter).result();
            second.after = first->next;
        }
        const auto statement = casework::VisitSearchQuery(QSqlDatabase(), m_search->catalog()).statement(second);
        QVERIFY(statement.ok());
        const auto plan = m_context->store()
                              .read<QStringList>([statement = *statement](QSqlDatabase db) -> Result<QStringList> {
                                  QSqlQuery q(db);
                                  if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.first))
                                      return Error::storage(q.lastError().text());
                                  for (auto it = statement.second.begin(); it != statement.second.end(); ++it)
                                      q.bindValue(it.key(), it.value());
                                  if (!q.exec())
                                      return Error::storage(q.lastError().text());
                                  QStringList lines;
                                  while (q.next())
                                      lines << q.value(3).toString();
                                  return lines;
                              })
                              .result();
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        const QString text = plan->join(u'\n');
        for (const QString &line : *plan)
            QVERIFY2(!line.startsWith(QStringLiteral("SCAN")) || line.contains(QStringLiteral("USING")), qPrintable(text));
        if (!index.isEmpty())
            QVERIFY2(text.contains(index), qPrintable(text));
    }

    void refusals_data()
    {
        QTest::addColumn<SearchFilter>("filter");
        QTest::addColumn<QString>("field");
        SearchFilter s;
        s.pageSize = 0;
        QTest::newRow("page size 0") << s << QStringLiteral("page_size");
        s = {};
        s.pageSize = 501;
        QTest::newRow("page size 501") << s << QStringLiteral("page_size");
        s = {};
        s.after = QStringLiteral("not-a-cursor");
        QTest::newRow("cursor") << s << QStringLiteral("after");
        s = {};
        s.department = QStringLiteral("tax-bureau");
        QTest::newRow("department") << s << QStringLiteral("department");
        s = {};
        s.status = QStringLiteral("approved");
        QTest::newRow("status") << s << QStringLiteral("status");
        s = {};
        s.from = QDate(2026, 10, 2);
        s.to = QDate(2026, 10, 1);
        QTest::newRow("from after to") << s << QStringLiteral("from");
        s = {};
        s.idNumber = QStringLiteral("110105");
        QTest::newRow("part of an ID number") << s << QStringLiteral("id_number");
    }
    void refusals()
    {
        QFETCH(SearchFilter, filter);
        QFETCH(QString, field);
        const auto page = m_search->search(filter).result();
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Error::Kind::BadInput);
        QCOMPARE(page.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestVisitSearchService)
#include "testvisitsearchservice.moc"
