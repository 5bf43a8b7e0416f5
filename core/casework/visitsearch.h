#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::casework {

/// What to look for among the visits and their matters; every criterion given must hold.
struct SearchFilter
{
    QString queueNumber; ///< exact ("A023")
    QString idNumber; ///< exact: the applicant's or the subject's citizen ID number (18 characters)
    QString namePrefix; ///< the applicant's or the subject's name starts with it ("王")
    QDate from; ///< received on or after (null: open)
    QDate to; ///< received on or before (null: open)
    QString department; ///< Department id of the matter catalog
    QString status; ///< the matter's status as stored ("received", "done", …)
    QString clerk; ///< who took the matter in (exact)
    int pageSize = 50; ///< 1…500
    QString after; ///< the cursor of the previous page's last hit (SearchPage::next); empty: the first page
};

/// One matter found, with its visit.
struct SearchHit
{
    QString matterId; ///< intake_matter.id
    QString matter; ///< MatterDefinition::id
    QString department; ///< Department id (from the catalog)
    QString status;
    QDate receivedOn;
    QDate dueOn;
    QString subjectIdNumber;
    QString subjectName;
    QString sessionId;
    QString queueNumber;
    QString applicantIdNumber;
    QString applicantName;
    QString clerk;
    QDateTime at; ///< when the visit's intake was stored (UTC): the order of the results, newest first
};

/// One page of hits, newest first.
struct SearchPage
{
    QList<SearchHit> hits;
    QString next; ///< the cursor of the next page (SearchFilter::after); empty on the last page
};

} // namespace tongban::casework
