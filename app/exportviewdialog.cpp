#include "exportviewdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dyad {

ExportViewDialog::ExportViewDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new QComboBox(this))
    , m_whole(new QRadioButton(tr("&Whole filtered range"), this))
    , m_visible(new QRadioButton(tr("Visible &window only"), this))
{
    setWindowTitle(tr("Export View"));
    m_view->setObjectName(QStringLiteral("view"));
    for (const QString &view : exportableViews())
        m_view->addItem(exportableViewTitle(view), view);
    m_whole->setObjectName(QStringLiteral("wholeRange"));
    m_visible->setObjectName(QStringLiteral("visibleWindow"));
    m_whole->setChecked(true);

    auto *range = new QVBoxLayout;
    range->addWidget(m_whole);
    range->addWidget(m_visible);
    auto *form = new QFormLayout;
    form->addRow(tr("&View:"), m_view);
    form->addRow(tr("Time range:"), range);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // Only the timeline chooses its range; the charts (and map) show the visible window.
    const auto update = [this] {
        const bool timeline = m_view->currentData().toString() == u"timeline";
        m_whole->setEnabled(timeline);
        m_visible->setEnabled(timeline);
    };
    connect(m_view, &QComboBox::currentIndexChanged, this, update);
    update();
}

ViewExportRequest ExportViewDialog::request() const
{
    ViewExportRequest request;
    request.view = m_view->currentData().toString();
    request.range = m_whole->isChecked() ? ExportRange::WholeFilteredRange : ExportRange::VisibleWindow;
    return request;
}

} // namespace dyad
