#include "rowtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dyad {

RowTable::RowTable(const QStringList &headers, const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table for the next field; the arrow keys move between cells.
    m_table->setTabKeyNavigation(false);
    // One line per row, tall enough for the combo boxes and line edits that edit the cells.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(QComboBox().sizeHint().height(), QLineEdit().sizeHint().height()));
    m_table->verticalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Typing into a selected cell starts editing it, as in a spreadsheet.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    m_remove->setToolTip(tr("Remove the selected row"));
    connect(m_add, &QPushButton::clicked, this, &RowTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RowTable::removeCurrentRow);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RowTable::updateButtons);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    updateButtons();
}

int RowTable::rowCount() const
{
    return m_table->rowCount();
}

void RowTable::addRow()
{
    appendEmptyRow();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    if (QWidget *widget = m_table->cellWidget(row, 0))
        widget->setFocus(Qt::OtherFocusReason);
    else
        m_table->setFocus(Qt::OtherFocusReason);
    updateButtons();
    Q_EMIT edited();
}

void RowTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
    Q_EMIT edited();
}

void RowTable::clearRows()
{
    m_table->setRowCount(0);
    updateButtons();
}

void RowTable::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->currentRow() < m_table->rowCount());
}

void RowTable::markProblems(const QList<CellProblem> &problems)
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor tint = palette().color(QPalette::Base).lightnessF() < 0.5 ? QColor(0x80, 0x20, 0x20) : QColor(0xff, 0xe0, 0xe0);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList rowMessages;
        for (const CellProblem &problem : problems) {
            if (problem.row == row)
                rowMessages.append(problem.message);
        }
        auto *header = new QTableWidgetItem(QString::number(row + 1));
        if (!rowMessages.isEmpty()) {
            header->setIcon(warning);
            header->setToolTip(rowMessages.join(u'\n'));
        }
        m_table->setVerticalHeaderItem(row, header);

        for (int column = 0; column < m_table->columnCount(); ++column) {
            QString message;
            for (const CellProblem &problem : problems) {
                if (problem.row == row && problem.column == column)
                    message = problem.message;
            }
            if (QWidget *widget = m_table->cellWidget(row, column))
                widget->setToolTip(message);
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                const QSignalBlocker blocker(m_table);  // marks are not edits
                item->setToolTip(message.isEmpty() ? item->text() : message);  // the full text of an elided cell
                item->setBackground(message.isEmpty() ? QBrush() : QBrush(tint));
            }
        }
    }
}

} // namespace dyad
