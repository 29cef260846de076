#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace dyad {

// Runs long work (loading, saving, importing) off the GUI thread while a progress dialog
// with Cancel keeps the window responsive. The work gets a callback to report 0..100 that
// returns false once the user has cancelled. Returns when the work has finished.
class BackgroundTask
{
public:
    using Work = std::function<void(const std::function<bool(int percent)> &progress)>;

    // Shows the dialog only if the work takes longer than a moment.
    static void run(QWidget *parent, const QString &label, const Work &work);
};

} // namespace dyad
