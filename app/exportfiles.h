#pragma once

#include "exportviews.h"
#include "export/briefwriter.h"
#include "session/timewindow.h"

#include <QString>

#include <optional>

namespace dyad {

class MainWindow;
class Session;

// What File ▸ Export and `dyad --export` write. Each returns an error message, empty on
// success; a file is replaced only once it was written completely.

// The filtered events as Dyad CSV or Dyad JSON: `format` "csv" or "json", or empty to go by
// the file's suffix. Safe to run on a worker thread while the session does not change.
QString exportEvents(const Session &session, const QString &path, const QString &format = {});

// One view as PNG, SVG or PDF (by suffix), with a caption under it.
QString exportView(MainWindow &window, const ViewExportRequest &request, const QString &path);

// The brief: title, date, filter in words, the timeline (and map) pictures, then every
// filtered event with its sources and the user's notes.
BriefWriter briefOf(MainWindow &window);
QString exportBrief(MainWindow &window, const QString &path);  // .pdf or .html

// "Timeline. Events involving … . Shown: 1 Jan 2020 – 31 Dec 2020. 37 of 51 events. Data: …"
QString exportCaption(const Session &session, const QString &viewTitle, std::optional<TimeWindow> shown);

} // namespace dyad
