#include "screenshot.h"

#include "mainwindow.h"

#include <QApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QRegularExpression>

namespace dyad {

QString takeScreenshot(MainWindow &window, const ScreenshotRequest &request)
{
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = sizePattern.match(request.size);
    if (!match.hasMatch())
        return QApplication::translate("dyad::Screenshot", "--size must look like 1600x1000, not \"%1\"").arg(request.size);
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    window.resize(size);
    window.show();
    QApplication::processEvents();
    // Docks are sized for the view once the window has its final size.
    if (!window.focusView(request.view))
        return QApplication::translate("dyad::Screenshot", "unknown view \"%1\"").arg(request.view);
    // Two rounds: the first lays out docks, the second paints what depends on their sizes.
    for (int i = 0; i < 2; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QImageWriter writer(request.outputPath, "png");
    if (!writer.write(pixmap.toImage()))
        return QApplication::translate("dyad::Screenshot", "cannot write %1: %2").arg(request.outputPath, writer.errorString());
    return {};
}

} // namespace dyad
