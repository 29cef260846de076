#include "documentcontroller.h"

#include "backgroundtask.h"
#include "documentopener.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "viewstate.h"

#include "session/session.h"
#include "storage/sessionfile.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>

namespace dyad {

namespace {

constexpr int defaultAutosaveDelay = 30'000;  // well inside the one minute a crash may cost
const QString recoveryKey = QStringLiteral("recovery");

QString sessionFilter()
{
    return DocumentController::tr("Dyad sessions (*.dyad)");
}

} // namespace

DocumentController::DocumentController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(window->session())
{
    m_recoveryPath = QDir(recoveryDirectory()).filePath(
        QStringLiteral("unsaved-%1.dyad").arg(QCoreApplication::applicationPid()));
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(defaultAutosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, &DocumentController::writeRecovery);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &DocumentController::scheduleAutosave);
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &DocumentController::updateWindowTitle);
    connect(m_session, &Session::datasetReset, this, &DocumentController::updateWindowTitle);
    updateWindowTitle();
}

DocumentController::~DocumentController() = default;

QString DocumentController::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery";
}

bool DocumentController::isModified() const
{
    return !m_session->undoStack()->isClean();
}

SessionContents DocumentController::currentContents() const
{
    SessionContents contents;
    contents.info = m_session->info();
    contents.store = m_session->store();
    contents.annotations = m_session->annotations();
    contents.viewState = ViewState::capture(*m_window);
    return contents;
}

void DocumentController::applyContents(SessionContents &&contents)
{
    m_session->reset(contents.info, std::move(contents.store));
    m_session->resetAnnotations(contents.annotations);
    ViewState::restore(*m_window, contents.viewState);
}

void DocumentController::setFilePath(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (!m_path.isEmpty())
        RecentFiles().add(m_path);
    updateWindowTitle();
    Q_EMIT filePathChanged(m_path);
}

void DocumentController::updateWindowTitle()
{
    QString name = m_path.isEmpty() ? m_session->info().title : QFileInfo(m_path).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    m_window->setWindowTitle(tr("%1[*] – Dyad").arg(name));
    m_window->setWindowModified(isModified());
}

// Opening and saving ----------------------------------------------------------------------

QString DocumentController::openFile(const QString &path)
{
    if (!path.endsWith(u".dyad", Qt::CaseInsensitive)) {
        // A data file becomes a new, unsaved session; the open one is untouched on any error.
        ImportedDocument imported;
        BackgroundTask::run(m_window, tr("Importing %1…").arg(QFileInfo(path).fileName()),
                            [&](const auto &progress) { imported = importDocument(path, progress); });
        if (!imported.error.isEmpty())
            return imported.error;
        m_session->reset(imported.info, std::move(imported.store));
        setFilePath({});
        return {};
    }
    SessionContents contents;
    StorageError error;
    BackgroundTask::run(m_window, tr("Opening %1…").arg(QFileInfo(path).fileName()),
                        [&](const auto &) { error = SessionFile::load(path, contents); });
    if (error.isError())
        return error.message;
    applyContents(std::move(contents));
    setFilePath(path);
    return {};
}

ImportOutcome DocumentController::importFile(const ImportRequest &request)
{
    // The copy is taken here, not on the worker: the views keep reading the store meanwhile.
    EventStore base = request.merge ? m_session->store() : EventStore();
    ImportOutcome outcome;
    BackgroundTask::run(m_window, tr("Importing %1…").arg(QFileInfo(request.path).fileName()),
                        [&](const auto &progress) { outcome = importData(request, std::move(base), progress); });
    if (!outcome.error.isEmpty())
        return outcome;
    if (request.merge) {
        if (outcome.changesSession())
            m_session->importEvents(std::move(outcome.store), outcome.added + outcome.updated,
                                    std::move(outcome.updatedKeys));
    } else {
        m_session->reset(outcome.info, std::move(outcome.store));
        setFilePath({});
    }
    outcome.store = {};
    return outcome;
}

QString DocumentController::saveTo(const QString &path)
{
    const SessionContents contents = currentContents();
    StorageError error;
    BackgroundTask::run(m_window, tr("Saving %1…").arg(QFileInfo(path).fileName()), [&](const auto &progress) {
        SaveOptions options;
        options.progress = progress;
        error = SessionFile::save(path, contents, options);
    });
    if (error.isError())
        return error.message;
    m_session->undoStack()->setClean();
    setFilePath(path);
    discardRecovery();
    return {};
}

bool DocumentController::newSession()
{
    if (!maybeSave())
        return false;
    m_session->loadBundledDataset();
    setFilePath({});
    discardRecovery();
    return true;
}

bool DocumentController::openWithDialog()
{
    if (!maybeSave())
        return false;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open"), QFileInfo(m_path).absolutePath(),
                                                      sessionFilter() + u";;"
                                                          + tr("Event data (*.json *.csv *.tsv *.txt *.CSV)") + u";;" + tr("All files (*)"));
    if (path.isEmpty())
        return false;
    const QString error = openFile(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Could not open"), error);
        return false;
    }
    return true;
}

bool DocumentController::save()
{
    if (m_path.isEmpty())
        return saveAs();
    const QString error = saveTo(m_path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Could not save"), error);
    return error.isEmpty();
}

bool DocumentController::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save As"), m_path.isEmpty() ? QDir::homePath() : m_path, sessionFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".dyad", Qt::CaseInsensitive))
        path += u".dyad";
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Could not save"), error);
    return error.isEmpty();
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them before closing?").arg(m_path.isEmpty() ? tr("This session") : QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discardRecovery();
        m_session->undoStack()->setClean();
        return true;
    }
    return false;
}

// Autosave and recovery -------------------------------------------------------------------

void DocumentController::scheduleAutosave()
{
    updateWindowTitle();
    if (!isModified()) {
        m_autosave.stop();
        discardRecovery();
    } else if (!m_autosave.isActive()) {
        m_autosave.start();  // not restarted on every edit, so busy typing still saves each interval
    }
}

void DocumentController::writeRecovery()
{
    if (!isModified())
        return;
    SessionContents contents = currentContents();
    QJsonObject recovery{{u"originalPath"_qs, m_path}, {u"savedAt"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    contents.viewState[recoveryKey] = recovery;
    QDir().mkpath(recoveryDirectory());
    // Written off the GUI thread: the contents are a copy, so editing can go on meanwhile.
    QThread *writer = QThread::create([path = m_recoveryPath, contents = std::move(contents)] { SessionFile::save(path, contents); });
    connect(writer, &QThread::finished, this, [this, writer] {
        writer->deleteLater();
        Q_EMIT recoveryWritten(m_recoveryPath);
    });
    writer->start();
}

void DocumentController::discardRecovery()
{
    QFile::remove(m_recoveryPath);
}

void DocumentController::offerRecovery()
{
    const QFileInfoList candidates = QDir(recoveryDirectory()).entryInfoList({QStringLiteral("*.dyad")}, QDir::Files, QDir::Time);
    for (const QFileInfo &candidate : candidates) {
        if (candidate.absoluteFilePath() == QFileInfo(m_recoveryPath).absoluteFilePath())
            continue;
        const auto answer = QMessageBox::question(
            m_window, tr("Recover unsaved work?"),
            tr("Dyad closed unexpectedly with unsaved work (last autosaved %1). Restore it?")
                .arg(QLocale().toString(candidate.lastModified(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            QFile::remove(candidate.absoluteFilePath());
            continue;
        }
        SessionContents contents;
        if (SessionFile::load(candidate.absoluteFilePath(), contents).isError()) {
            QMessageBox::warning(m_window, tr("Could not recover"), tr("The recovery file is damaged and was removed."));
            QFile::remove(candidate.absoluteFilePath());
            continue;
        }
        const QString originalPath = contents.viewState[recoveryKey].toObject()[u"originalPath"].toString();
        applyContents(std::move(contents));
        m_path = originalPath;
        // The restored work is unsaved: a clean index no step can reach keeps it "modified".
        m_session->undoStack()->resetClean();
        QFile::rename(candidate.absoluteFilePath(), m_recoveryPath);
        updateWindowTitle();
        Q_EMIT filePathChanged(m_path);
        return;
    }
}

} // namespace dyad
