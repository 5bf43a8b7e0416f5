#pragma once

// The back-office page with a matter opened, for the window's tests (keyboard, screens): an
// allowance taken in on the window's store, returned with a reason, shown in the page's detail
// with every view of it (contents, history, the documents to bring) on screen.

#include "ui/workflow/backofficepage.h"
#include "ui/workflow/matterdetailview.h"

#include "tests/ui/workflow/workflowtestdata.h"

#include "signedinusers.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

namespace tongban::test::workflow {

/// Takes an allowance in on @p context's store (queue number @p queueNumber), reads the queue
/// of @p page again and opens the matter; returns it with a reason when @p returned. The matter's id.
/// The back office's decisions are a supervisor's: one is signed in (named as the context's
/// clerk, so the papers keep their names) and stays signed in.
inline QString openAllowance(services::AppContext &context, ui::BackOfficePage *page, const QString &queueNumber, bool returned)
{
    if (!context.signedIn() || context.signedIn()->role != accounts::Role::Supervisor)
        context.setSignedIn(signedInUser(accounts::Role::Supervisor, context.clerk()));
    const intake::IntakeReceipt receipt = take(context, caseOf({allowance()}, queueNumber));
    if (receipt.matters.isEmpty())
        return QString();
    {
        QSignalSpy loaded(page, &ui::BackOfficePage::queueLoaded);
        page->refresh();
        if (!loaded.wait(60000))
            return QString();
    }
    const QString id = receipt.matters.first().id;
    ui::MatterDetailView *detail = page->detailView();
    {
        QSignalSpy loaded(detail, &ui::MatterDetailView::matterLoaded);
        page->openMatter(id);
        if (!loaded.wait(60000) || !loaded.first().first().toBool())
            return QString();
    }
    if (returned) {
        detail->findChild<QLineEdit *>(QStringLiteral("reasonField"))->setText(QStringLiteral("请补交户口簿原件"));
        QSignalSpy changed(detail, &ui::MatterDetailView::statusChanged);
        detail->changeStatus(::tongban::workflow::MatterStatus::Returned);
        if (!changed.wait(60000) || !changed.first().first().toBool())
            return QString();
    }
    return id;
}

} // namespace tongban::test::workflow
