#pragma once

#include "exportviews.h"

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace dyad {

// File ▸ Export View: which view, and for the timeline whether the whole filtered range or
// only the visible window. The file name (and so PNG, SVG or PDF) is asked for next.
class ExportViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportViewDialog)

public:
    explicit ExportViewDialog(QWidget *parent = nullptr);

    ViewExportRequest request() const;

private:
    QComboBox *m_view;
    QRadioButton *m_whole;
    QRadioButton *m_visible;
};

} // namespace dyad
