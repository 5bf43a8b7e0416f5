#include "ui/print/papercopybox.h"

#include "ui/print/noticedocument.h"

namespace tongban::ui {

PaperCopyBox::PaperCopyBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("paperCopyBox"));
    addItem(NoticeDocument::copyName(notice::Copy::Visitor), static_cast<int>(notice::Copy::Visitor));
    addItem(NoticeDocument::copyName(notice::Copy::Staff), static_cast<int>(notice::Copy::Staff));
    setToolTip(tr("The visitor's copy speaks to the visitor: Chinese only, documents by number and title, the agency and its "
                  "seal. The staff copy adds the sources, their confidence and the data editions for the file."));
}

notice::Copy PaperCopyBox::copy() const
{
    return static_cast<notice::Copy>(currentData().toInt());
}

void PaperCopyBox::setCopy(notice::Copy copy)
{
    setCurrentIndex(findData(static_cast<int>(copy)));
}

} // namespace tongban::ui
