#include "benchsuites.h"

#include "mainwindow.h"
#include "session/session.h"

#include <QImage>
#include <QPainter>

namespace dyad::bench {

void runFirstFrameBenchmark(BenchReporter &report)
{
    // What a user waits for at start-up: the bundled dataset parsed and the whole window painted once.
    report.measure(QStringLiteral("open_bundled_first_frame"), 10, [] {
        Session session;
        session.loadBundledDataset();
        MainWindow window(&session);
        window.resize(1600, 1000);
        QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
        window.render(&image);
    });
}

} // namespace dyad::bench
