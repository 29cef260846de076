// File ▸ Export (filtered events, a view, the brief) and File ▸ Print Brief.
#include "mainwindow.h"

#include "backgroundtask.h"
#include "exportfiles.h"
#include "exportviewdialog.h"

#include "session/session.h"

#include <algorithm>

#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

namespace dyad {

namespace {

// Asks for a file name; the chosen filter's suffix is added when the name has none of them.
QString askFileName(QWidget *parent, const QString &title, const QString &baseName,
                    const QList<std::pair<QString, QString>> &filters)
{
    QStringList names;
    for (const auto &[label, suffix] : filters)
        names.append(QStringLiteral("%1 (*.%2)").arg(label, suffix));
    QString selected = names.first();
    QString path = QFileDialog::getSaveFileName(parent, title, baseName + u'.' + filters.first().second, names.join(u";;"), &selected);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = std::any_of(filters.begin(), filters.end(), [&](const auto &filter) { return filter.second == suffix; });
    if (!known)
        path += u'.' + filters.value(std::max(qsizetype(0), names.indexOf(selected))).second;
    return path;
}

} // namespace

void MainWindow::createExportActions(QMenu *file)
{
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    const auto report = [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
        else
            QMessageBox::warning(this, tr("Export"), tr("Could not export:\n%1").arg(error));
    };

    exportMenu->addAction(tr("Filtered &Events…"), this, [this, report] {
        const QString path = askFileName(this, tr("Export Filtered Events"), tr("events"),
                                         {{tr("CSV"), QStringLiteral("csv")}, {tr("Dyad JSON"), QStringLiteral("json")}});
        if (path.isEmpty())
            return;
        QString error;
        BackgroundTask::run(this, tr("Exporting %1…").arg(QFileInfo(path).fileName()),
                            [&](const auto &) { error = exportEvents(*m_session, path); });
        report(path, error);
    });

    exportMenu->addAction(tr("&View…"), this, [this, report] {
        ExportViewDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ViewExportRequest request = dialog.request();
        const QString path = askFileName(this, tr("Export View"), request.view,
                                         {{tr("PNG image"), QStringLiteral("png")}, {tr("SVG image"), QStringLiteral("svg")},
                                          {tr("PDF document"), QStringLiteral("pdf")}});
        if (!path.isEmpty())
            report(path, exportView(*this, request, path));
    });

    exportMenu->addAction(tr("&Brief…"), this, [this, report] {
        const QString path = askFileName(this, tr("Export Brief"), tr("brief"),
                                         {{tr("PDF document"), QStringLiteral("pdf")}, {tr("Web page"), QStringLiteral("html")}});
        if (!path.isEmpty())
            report(path, exportBrief(*this, path));
    });

    QAction *print = file->addAction(tr("&Print Brief…"), this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(m_session->info().title);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print Brief"));
        if (dialog.exec() == QDialog::Accepted)
            briefOf(*this).print(printer);
    });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
}

} // namespace dyad
