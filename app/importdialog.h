#pragma once

#include "documentopener.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace dyad {

// File ▸ Import: which file, in which format (detected, or chosen), into the open session or
// as a new one, and what to do with invalid rows.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setPath(const QString &path);
    ImportRequest request() const;

private:
    void browse();
    void updateDetectedFormat();

    QLineEdit *m_path;
    QComboBox *m_format;
    QLabel *m_detected;
    QRadioButton *m_merge;
    QRadioButton *m_newSession;
    QRadioButton *m_refuseAll;
    QRadioButton *m_skipInvalid;
    QDialogButtonBox *m_buttons;
};

// What an import did: events added, already present, updated and skipped, and each bad row
// with file, line, column and reason (the first ImportResult::maximumKeptProblems, then how
// many more).
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    ImportReportDialog(const ImportRequest &request, const ImportOutcome &outcome, QWidget *parent = nullptr);

    static QString summary(const ImportRequest &request, const ImportOutcome &outcome);
};

} // namespace dyad
