#pragma once

#include <QString>

namespace dyad {

class MainWindow;

struct ScreenshotRequest
{
    QString outputPath;
    QString size;  // "WxH"
    QString view;  // window, table, ...
};

// Lays the window out at the requested size offscreen, renders it and writes a PNG.
// Returns an error message, or an empty string on success.
QString takeScreenshot(MainWindow &window, const ScreenshotRequest &request);

} // namespace dyad
