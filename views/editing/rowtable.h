#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace dyad {

// A table field of a form: rows the user adds and removes with the buttons beside it, and
// a warning mark on the cells and rows that have a problem. Subclasses say what a row holds.
class RowTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTable)

public:
    struct CellProblem
    {
        int row;
        int column;
        QString message;
    };

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    int rowCount() const;

    // Replaces the marks: the row header gets a warning icon and the cell a tint and tooltip.
    void markProblems(const QList<CellProblem> &problems);

public Q_SLOTS:
    void addRow();
    void removeCurrentRow();

Q_SIGNALS:
    void edited();

protected:
    RowTable(const QStringList &headers, const QString &addText, QWidget *parent);
    // Appends one row with empty cells (widgets or items).
    virtual void appendEmptyRow() = 0;
    void clearRows();
    void updateButtons();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace dyad
