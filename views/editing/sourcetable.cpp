#include "sourcetable.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace dyad {

SourceTable::SourceTable(QWidget *parent)
    : RowTable({tr("Publisher"), tr("Title"), tr("URL"), tr("Date")}, tr("Add Source"), parent)
{
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(PublisherColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DateColumn, QHeaderView::Interactive);
    table()->setColumnWidth(PublisherColumn, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 9);
    table()->setColumnWidth(DateColumn, fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16);
    table()->horizontalHeaderItem(UrlColumn)->setToolTip(tr("An http:// or https:// address"));
    table()->horizontalHeaderItem(DateColumn)->setToolTip(tr("Optional: YYYY, YYYY-MM or YYYY-MM-DD"));
    addButton()->setToolTip(tr("Add a source for the event"));
    connect(table(), &QTableWidget::itemChanged, this, &RowTable::edited);
}

void SourceTable::appendEmptyRow()
{
    const QSignalBlocker blocker(table());
    const int row = table()->rowCount();
    table()->insertRow(row);
    for (int column = 0; column < table()->columnCount(); ++column)
        table()->setItem(row, column, new QTableWidgetItem);
}

QList<SourceDraft> SourceTable::sources() const
{
    QList<SourceDraft> result;
    for (int row = 0; row < rowCount(); ++row) {
        const auto text = [this, row](int column) { return table()->item(row, column)->text(); };
        result.append({text(PublisherColumn), text(TitleColumn), text(UrlColumn), text(DateColumn)});
    }
    return result;
}

void SourceTable::setSources(const QList<SourceDraft> &sources)
{
    clearRows();
    const QSignalBlocker blocker(table());
    for (const SourceDraft &source : sources) {
        appendEmptyRow();
        const int row = rowCount() - 1;
        table()->item(row, PublisherColumn)->setText(source.publisher);
        table()->item(row, TitleColumn)->setText(source.title);
        table()->item(row, UrlColumn)->setText(source.url);
        table()->item(row, DateColumn)->setText(source.date);
    }
    updateButtons();
}

} // namespace dyad
