#pragma once

#include "storage/sessionfile.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace dyad {

class MainWindow;
class PendingChanges;
class Session;
struct ImportOutcome;
struct ImportRequest;
struct SessionContents;

// The document's life: new, open, save, save as, close; the modified marker; asking before
// unsaved work is lost; and autosaving to a recovery file so a crash costs at most a minute.
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    explicit DocumentController(MainWindow *window);
    ~DocumentController() override;

    QString filePath() const { return m_path; }
    bool isModified() const;

    // Interactive: may show dialogs. Each returns false when nothing happened.
    bool newSession();
    bool openWithDialog();
    bool save();
    bool saveAs();
    bool maybeSave();  // Save / Discard / Cancel when there are unsaved changes; true to go on
    void offerRecovery();  // at start-up, if an earlier run left unsaved work behind

    // Non-interactive: return an error message, empty on success.
    QString openFile(const QString &path);
    QString saveTo(const QString &path);
    // File ▸ Import, after the dialog: merged into the open session as one undo step, or as a
    // new unsaved session (the caller has asked about unsaved work). Off the GUI thread with
    // progress and Cancel; on any error or cancel the session is left as it was.
    ImportOutcome importFile(const ImportRequest &request);

    static QString recoveryDirectory();
    QString recoveryFile() const { return m_recoveryPath; }
    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void recoveryWritten(const QString &path);

private:
    SessionContents currentContents() const;
    // A save of the changes into the open file; std::nullopt when it must be written whole.
    std::optional<QString> saveChanges(const QString &path);
    QString saveWhole(const QString &path);
    void runJob(const QString &label, const std::function<void(const std::function<bool(int)> &progress)> &work);
    void applyContents(SessionContents &&contents);
    void setFilePath(const QString &path);
    void updateWindowTitle();
    void scheduleAutosave();
    void writeRecovery();
    void discardRecovery();

    MainWindow *m_window;
    Session *m_session;
    QString m_path;
    FileLayout m_layout;  // of the file at m_path, while it is the one Dyad last read or wrote
    PendingChanges *m_pending;
    QString m_recoveryPath;
    QTimer m_autosave;
};

} // namespace dyad
