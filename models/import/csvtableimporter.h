#pragma once

#include "csvreader.h"
#include "importcontext.h"

#include <QHash>
#include <QStringList>

namespace dyad {

// The header row of a CSV file: columns are found by name, whatever their order. Names
// compare without case, surrounding spaces, and with ' ' and '_' alike ("End Year" is
// "end_year").
class CsvHeader
{
public:
    CsvHeader() = default;
    explicit CsvHeader(const CsvReader &reader);

    qsizetype size() const { return m_names.size(); }
    qsizetype indexOf(QStringView name) const;  // -1 when absent
    bool contains(QStringView name) const { return indexOf(name) >= 0; }
    const QString &name(qsizetype index) const { return m_names.at(index); }

    static QString normalised(QStringView name);

private:
    QStringList m_names;
    QHash<QString, qsizetype> m_index;
};

// A problem in one cell: `field` is 0-based; the message names no column, the base adds it.
struct RowError
{
    qsizetype field = -1;
    QString message;
    bool isError() const { return !message.isEmpty(); }
};

// A CSV file with a header and one event per row (Dyad CSV, TimelineJS, ACLED): the
// reading loop, encoding and delimiter checks, column counts, blank lines, progress and
// cancel live here; a subclass says which columns it needs and reads one row.
class CsvTableImporter : public Importer
{
public:
    ImportResult read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                      ImportProgress &progress) final;

protected:
    // Checks the header; returns an error message (naming missing columns) or nothing.
    virtual QString acceptHeader(const CsvHeader &header) = 0;
    // Reads one row into `dataset` (at most one event, appended only when the row is good).
    virtual RowError readRow(const CsvReader &row, Dataset &dataset) = 0;
    // After the last row, before finishDataset(): a problem no single row shows, which refuses
    // the file (ACLED: dates whose day/month order the file never settles).
    virtual ParseError wholeFileProblem() const { return {}; }
    // After the last row: add the actors collected on the way, set the title...
    virtual void finishDataset(Dataset &dataset) { Q_UNUSED(dataset); }
    // After finishDataset(): what the import report should say about the data as a whole.
    virtual QStringList warnings() const { return {}; }

    const CsvHeader &header() const { return m_header; }
    // The text of a named column, empty when the file has no such column.
    QByteArrayView cell(const CsvReader &row, qsizetype column) const
    {
        return column >= 0 ? row.field(column) : QByteArrayView();
    }
    // Remembers an event id and reports one seen before in this file.
    RowError checkUniqueId(const QString &id, qsizetype field, int line);

private:
    CsvHeader m_header;
    QHash<QString, int> m_lineOfId;
};

} // namespace dyad
