#pragma once

class QAbstractItemView;
class QTableView;
class QTreeView;

namespace tongban::ui {

/// Sets up an item view of the window (a table, list or tree) for the keyboard: Tab moves on to
/// the next control instead of from cell to cell (Qt's tab key navigation, on by default in
/// tables, cycles through the cells and never leaves them); the arrow keys, Home/End and Page
/// Up/Down move inside the view. Every item view in ui/ is made through here
/// (tests/ui/shell/testkeyboard walks them all).
void setUpItemView(QAbstractItemView *view);

/// Keeps every column of @p view in sight: the view is at least as wide as its columns (sized
/// to their contents), so that a pane as narrow as its other contents does not scroll the last
/// column (a total) out of sight. The width follows the rows of the view's model (set first).
void keepColumnsInSight(QTreeView *view);

/// Sizes every column of @p view to its contents (its widest cell or its header, so that no
/// figure is ever elided) and shares the width left over evenly among them, again whenever the
/// view is resized or its model (set first) changes. Too narrow for the columns, the view
/// scrolls sideways rather than cutting a figure.
void spreadColumnsToContents(QTableView *view);

} // namespace tongban::ui
