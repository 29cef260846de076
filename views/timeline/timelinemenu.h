#pragma once

class QMenu;
class QWidget;

namespace dyad {

class TimelineView;

// The timeline's menu for the main window's View menu: lanes by actor, dyad or category,
// colours by category or tone, fit and zoom. The checked items follow the view.
QMenu *createTimelineMenu(TimelineView *view, QWidget *parent);

} // namespace dyad
