#include "mainwindow.h"

#include "documentcontroller.h"
#include "recentfiles.h"

#include "editing/actoreditordialog.h"
#include "editing/eventdeletion.h"
#include "editing/eventeditordialog.h"
#include "filter/filterpanel.h"
#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>

namespace dyad {

void MainWindow::createActions()
{
    createFileMenu();
    QMenu *file = m_fileMenu;
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Events…"), this, [this] {
        m_filterPanel->textSearch()->setFocus(Qt::ShortcutFocusReason);
        m_filterPanel->textSearch()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clear = edit->addAction(tr("&Clear Filters"), m_filterPanel, &FilterPanel::clearFilters);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    edit->addSeparator();
    createDataEditingActions(edit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    addTimelineMenu();
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Dyad"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createDataEditingActions(QMenu *edit)
{
    QAction *newEvent = edit->addAction(tr("New &Event…"), this, [this] {
        EventEditorDialog dialog(*m_session, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_session->addEvent(dialog.event());
            if (const auto key = m_session->store().keyOfId(dialog.event().id))
                m_selection->selectKey(*key);
        }
    });
    newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *editEvent = edit->addAction(tr("Edit Selected Event…"), this, [this] {
        const auto key = m_selection->currentKey();
        if (!key)
            return;
        const Event before = m_session->store().event(m_session->store().rowOfKey(*key));
        EventEditorDialog dialog(*m_session, before, this);
        if (dialog.exec() == QDialog::Accepted)
            m_session->editEvent(before.id, dialog.event());
    });
    editEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *deleteEvent = edit->addAction(tr("&Delete Selected Event"), this, [this] {
        const auto key = m_selection->currentKey();
        if (!key)
            return;
        const QString id = m_session->store().id(m_session->store().rowOfKey(*key));
        if (confirmDeleteEvent(this, *m_session, id))
            m_session->deleteEvent(id);
    });
    deleteEvent->setShortcut(QKeySequence::Delete);
    deleteEvent->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(deleteEvent);
    const auto updateEnabled = [editEvent, deleteEvent, this] {
        const bool selected = m_selection->currentKey().has_value();
        editEvent->setEnabled(selected);
        deleteEvent->setEnabled(selected);
    };
    connect(m_selection, &EventSelectionModel::currentKeyChanged, this, updateEnabled);
    updateEnabled();
    edit->addAction(tr("New &Actor…"), this, [this] {
        ActorEditorDialog dialog(*m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            m_session->addOrEditActor(dialog.actor());
    });
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newSession = m_fileMenu->addAction(tr("&New"), m_document, &DocumentController::newSession);
    newSession->setShortcut(QKeySequence::New);
    newSession->setStatusTip(tr("Start a new session from the bundled dataset"));
    QAction *open = m_fileMenu->addAction(tr("&Open…"), m_document, &DocumentController::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    createImportAction(m_fileMenu);
    m_fileMenu->addSeparator();
    QAction *save = m_fileMenu->addAction(tr("&Save"), m_document, &DocumentController::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = m_fileMenu->addAction(tr("Save &As…"), m_document, &DocumentController::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction *close = m_fileMenu->addAction(tr("&Close"), m_document, &DocumentController::newSession);
    close->setShortcut(QKeySequence::Close);
    close->setStatusTip(tr("Close this session and return to the bundled dataset"));
    m_fileMenu->addSeparator();
    createExportActions(m_fileMenu);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles().files();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openInteractively(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent sessions"))->setEnabled(false);
    else
        m_recentMenu->addAction(tr("Clear Menu"), this, [] { RecentFiles().clear(); });
}

void MainWindow::openInteractively(const QString &path)
{
    if (!m_document->maybeSave())
        return;
    const QString error = m_document->openFile(path);
    if (!error.isEmpty()) {
        RecentFiles().remove(path);
        QMessageBox::warning(this, tr("Could not open"), error);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->maybeSave())
        event->accept();
    else
        event->ignore();
}

namespace {

QString droppedFile(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    // Sessions and the event data File ▸ Open reads (GDELT's daily files end in .CSV).
    static const QStringList suffixes{u"dyad"_qs, u"json"_qs, u"csv"_qs, u"tsv"_qs, u"txt"_qs};
    const QString path = mime->urls().first().toLocalFile();
    return suffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive) ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening may ask to save first: leave the drag-and-drop machinery before any dialog.
    QMetaObject::invokeMethod(this, [this, path] { openInteractively(path); }, Qt::QueuedConnection);
}

} // namespace dyad
