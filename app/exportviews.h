#pragma once

#include "export/viewpicture.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dyad {

class MainWindow;

enum class ExportRange { WholeFilteredRange, VisibleWindow };

struct ViewExportRequest
{
    QString view;  // one of exportableViews()
    ExportRange range = ExportRange::WholeFilteredRange;  // the timeline's; the others show the window
    double width = 1600;
};

// The views File ▸ Export View and `--export --view` can draw: "timeline", "charts" (and
// "map" once its renderer is wired into viewPicture()).
QStringList exportableViews();
QString exportableViewTitle(const QString &view);

// A picture of one view of the window, drawn by that view's renderer. Invalid, with the
// reason in `error`, when the view cannot be drawn.
ViewPicture viewPicture(MainWindow &window, const ViewExportRequest &request, QString &error);

} // namespace dyad
