// File ▸ Import: the dialog, the import off the GUI thread, then the report.
#include "mainwindow.h"

#include "documentcontroller.h"
#include "importdialog.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace dyad {

void MainWindow::createImportAction(QMenu *file)
{
    QAction *importAction = file->addAction(tr("&Import…"), this, [this] {
        auto *dialog = new ImportDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Not exec(): the dialog stays reachable to tests and the event loop stays the window's.
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const ImportRequest request = dialog->request();
            if (!request.merge && !m_document->maybeSave())
                return;
            const ImportOutcome outcome = m_document->importFile(request);
            if (outcome.result.cancelled) {
                statusBar()->showMessage(tr("Import cancelled; nothing was changed."), 5000);
                return;
            }
            auto *report = new ImportReportDialog(request, outcome, this);
            report->setAttribute(Qt::WA_DeleteOnClose);
            report->open();
        });
        dialog->open();
    });
    importAction->setObjectName(u"importAction"_qs);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import GDELT, ACLED, TimelineJS, vis-timeline or Dyad data into this session or a new one"));
}

} // namespace dyad
