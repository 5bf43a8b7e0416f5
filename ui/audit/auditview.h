#pragma once

#include "audit/auditentry.h"
#include "audit/auditquery.h"
#include "services/appcontext.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class DateEdit;
class FieldMessage;

/// The supervisor's view of the audit log (审计日志): who looked at whose data, printed, saved,
/// exported or unmasked what, and why; who signed in and what was refused. Filtered by person
/// (the full ID number), clerk (login), action and days; newest first, a page at a time ("More"
/// adds the next, keyset-paged on the store's reader: services::AuditService::list). The ID
/// numbers of the list are masked. "Check the chain" walks the hash chain and says whether a
/// record was removed, altered or moved (services::AuditService::verify). A clerk without the
/// right sees the refusal (and the refusal is audited).
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(const services::AppContext &context, QWidget *parent = nullptr);
    ~AuditView() override;

    /// The search of the form from the newest record (what Enter and the button do); listed() reports the end.
    void search();
    /// The next page added under the list; nothing when there is none.
    void more();
    /// Walks the chain; chainChecked() reports the end.
    void checkChain();

    /// The filter the form says now.
    audit::AuditQuery::Filter filter() const;
    /// The records listed, newest first.
    const QList<audit::AuditRecord> &records() const { return m_records; }
    bool hasMore() const { return m_next.has_value(); }
    /// How many records a page holds (100 unless set).
    void setPageSize(int size) { m_pageSize = size; }

    /// The on-screen name of @p action (audit::action), e.g. "查询" for look-up.
    static QString actionLabel(const QString &action);
    /// The on-screen name of an audited paper, file or right (@p object as recorded, e.g.
    /// "calculation-sheet"); an unknown one as recorded.
    static QString objectLabel(const QString &object);

signals:
    /// A page is listed (@p ok), or the search was refused (the reason is on screen).
    void listed(bool ok);
    /// The chain was walked: @p intact, or a record was found broken (said on screen).
    void chainChecked(bool intact);

private:
    void load(std::optional<qint64> after);

    const services::AppContext &m_context;
    BackgroundTask *m_task = nullptr;
    BackgroundTask *m_chainTask = nullptr;
    audit::AuditQuery::Filter m_filter;
    QList<audit::AuditRecord> m_records;
    std::optional<qint64> m_next;
    int m_pageSize = 100;

    QLineEdit *m_person = nullptr;
    QLineEdit *m_clerk = nullptr;
    QComboBox *m_action = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    QPushButton *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_chain = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_chainResult = nullptr;
    BusyIndicator *m_busy = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace tongban::ui
