#include "timelinemenu.h"

#include "timelineview.h"

#include <QActionGroup>
#include <QMenu>

namespace dyad {

QMenu *createTimelineMenu(TimelineView *view, QWidget *parent)
{
    auto *menu = new QMenu(TimelineView::tr("&Timeline"), parent);

    auto *lanes = new QActionGroup(menu);
    const struct
    {
        QString text;
        LaneMode mode;
        QKeySequence shortcut;
    } laneModes[] = {
        {TimelineView::tr("Lanes by &Actor"), LaneMode::Actor, QKeySequence(Qt::CTRL | Qt::Key_1)},
        {TimelineView::tr("Lanes by &Dyad"), LaneMode::Dyad, QKeySequence(Qt::CTRL | Qt::Key_2)},
        {TimelineView::tr("Lanes by &Category"), LaneMode::Category, QKeySequence(Qt::CTRL | Qt::Key_3)},
    };
    for (const auto &entry : laneModes) {
        QAction *action = menu->addAction(entry.text);
        action->setCheckable(true);
        action->setChecked(view->laneMode() == entry.mode);
        action->setShortcut(entry.shortcut);
        action->setData(int(entry.mode));
        lanes->addAction(action);
        QObject::connect(action, &QAction::triggered, view, [view, mode = entry.mode] { view->setLaneMode(mode); });
    }
    QObject::connect(view, &TimelineView::laneModeChanged, lanes, [lanes](LaneMode mode) {
        for (QAction *action : lanes->actions())
            action->setChecked(action->data().toInt() == int(mode));
    });

    menu->addSeparator();
    auto *colors = new QActionGroup(menu);
    const struct
    {
        QString text;
        ColorMode mode;
    } colorModes[] = {
        {TimelineView::tr("Colour by Ca&tegory"), ColorMode::Category},
        {TimelineView::tr("Colour by T&one"), ColorMode::Tone},
    };
    for (const auto &entry : colorModes) {
        QAction *action = menu->addAction(entry.text);
        action->setCheckable(true);
        action->setChecked(view->colorMode() == entry.mode);
        action->setData(int(entry.mode));
        colors->addAction(action);
        QObject::connect(action, &QAction::triggered, view, [view, mode = entry.mode] { view->setColorMode(mode); });
    }
    QObject::connect(view, &TimelineView::colorModeChanged, colors, [colors](ColorMode mode) {
        for (QAction *action : colors->actions())
            action->setChecked(action->data().toInt() == int(mode));
    });

    menu->addSeparator();
    menu->addAction(TimelineView::tr("&Fit Filtered Events"), view, &TimelineView::fitToFilteredEvents);
    menu->addAction(TimelineView::tr("Zoom &In"), view, [view] { view->zoomBy(1.5); });
    menu->addAction(TimelineView::tr("Zoom &Out"), view, [view] { view->zoomBy(1 / 1.5); });
    return menu;
}

} // namespace dyad
