#pragma once

#include "notice/notice.h"

#include <QComboBox>

namespace tongban::ui {

/// The choice of the copy a print or PDF makes: the visitor's copy (给办事人, the default) or the
/// staff copy (经办留存) with the sources, confidence and data editions for the file.
class PaperCopyBox : public QComboBox
{
    Q_OBJECT

public:
    explicit PaperCopyBox(QWidget *parent = nullptr);

    notice::Copy copy() const;
    void setCopy(notice::Copy copy);
};

} // namespace tongban::ui
