#pragma once

#include "casework/visitsearch.h"
#include "services/appcontext.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tongban::services {
class VisitSearchService;
}

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class DateEdit;
class FieldMessage;

/// The search over visits and their matters (查询): queue number, ID number, the beginning of a
/// name, the dates received, department, status, clerk. The matches come a page at a time,
/// newest first, read on the store's reader (services::VisitSearchService, keyset-paged): the
/// next page follows the cursor of the last one, the previous page the cursor kept for it, so
/// thousands of visits never block the screen. Enter on a match opens its matter
/// (matterChosen()).
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(const services::AppContext &context, QWidget *parent = nullptr);
    ~SearchPage() override;

    /// The search of the form, from its first page (what Enter in the form does); pageShown() reports the end.
    void search();
    /// The next page / the page before (what the buttons do); nothing when there is none.
    void nextPage();
    void previousPage();
    bool hasNextPage() const { return !m_next.isEmpty(); }
    bool hasPreviousPage() const { return m_page > 0; }
    /// The page shown (0: the first).
    int pageIndex() const { return m_page; }
    /// The matches of the page shown.
    const QList<casework::SearchHit> &hits() const { return m_hits; }
    /// How many matches a page holds (50 unless set).
    void setPageSize(int size) { m_pageSize = size; }
    /// The filter the form says now (without the page's cursor).
    casework::SearchFilter filter() const;

signals:
    /// A page of matches is shown (@p ok), or the search was refused (the reason is on screen).
    void pageShown(bool ok);
    /// The clerk chose the match of the matter @p matterId (Enter or a double click).
    void matterChosen(const QString &matterId);

private:
    void load(int page, const QString &after);
    void showPage(const casework::SearchPage &page);
    void chooseCurrent();

    const services::AppContext &m_context;
    std::unique_ptr<services::VisitSearchService> m_service;
    casework::SearchFilter m_filter; ///< the search whose pages are shown
    QStringList m_cursors; ///< the cursor of each page reached (the first: empty)
    int m_page = 0;
    QString m_next;
    int m_pageSize = 50;
    bool m_focusResults = false; ///< the next first page takes the focus to its matches
    QList<casework::SearchHit> m_hits;

    QLineEdit *m_queueNumber = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_name = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_clerk = nullptr;
    QPushButton *m_search = nullptr;
    QTreeWidget *m_results = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_pageLabel = nullptr;
    BusyIndicator *m_busy = nullptr;
    FieldMessage *m_message = nullptr;
    BackgroundTask *m_task = nullptr;
};

} // namespace tongban::ui
