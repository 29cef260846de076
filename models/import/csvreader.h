#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

class QIODevice;

namespace dyad {

// Reads RFC 4180 CSV (or TSV) records from a device in blocks: quoted fields, doubled quotes,
// line breaks inside quotes, CRLF, LF or CR line ends in any mix. Fields are views into the
// reader's buffer, valid until the next call to next(); nothing is converted to QString
// unless asked. Each record is checked to be UTF-8 with no NUL bytes.
//
// Columns in positions are field numbers (1-based), as a spreadsheet counts them.
class CsvReader
{
public:
    struct Options
    {
        char delimiter = ',';
        bool quoting = true;  // false for formats without quoting (GDELT): '"' is text
        qsizetype maximumRecordBytes = 8 * 1024 * 1024;
        qsizetype blockBytes = 1024 * 1024;
    };

    enum class Status {
        Record,     // a record is available
        End,        // no more input
        BadRecord,  // this record is unusable (not UTF-8); reading may go on
        Fatal,      // the input cannot be read further (open quote, binary, UTF-16, I/O error)
    };

    CsvReader(QIODevice &device, const Options &options);

    Status next();

    qsizetype size() const { return m_fieldCount; }
    QByteArrayView field(qsizetype index) const;
    QString text(qsizetype index) const { return QString::fromUtf8(field(index)); }
    // A blank line reads as one empty field; importers skip it.
    bool isBlank() const { return m_fieldCount == 1 && m_fields[0].length == 0 && !m_fields[0].quoted; }

    int line() const { return m_recordLine; }       // where the current record starts
    int lineOf(qsizetype field) const;              // where a field starts
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }

    // After BadRecord or Fatal.
    const QString &errorMessage() const { return m_errorMessage; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    // 32-bit offsets: the buffer never holds more than two records of at most 256 MiB.
    struct FieldRef
    {
        qint32 offset = 0;  // into m_buffer, or into m_unescaped when `unescaped`
        qint32 length = 0;
        qint32 start = 0;   // where the field starts in m_buffer (its quote, if quoted)
        bool quoted = false;
        bool unescaped = false;
    };
    enum class Parse { Done, NeedMore, Fatal };

    bool fillBuffer(qsizetype wanted);
    bool checkStart();
    Parse parseRecord();
    Parse parseUnquotedRecord();
    Parse endRecord(qsizetype p, int embeddedBreaks);
    Parse parseQuoted(qsizetype &p, FieldRef &field);
    void appendField(const FieldRef &field)
    {
        if (size_t(m_fieldCount) == m_fields.size())
            m_fields.resize(m_fields.size() * 2);
        m_fields[size_t(m_fieldCount++)] = field;
    }
    Status fail(Status status, int line, int column, const QString &message);
    bool validateRecord(qsizetype begin, qsizetype end);

    QIODevice &m_device;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;       // start of the unread data in m_buffer
    qsizetype m_end = 0;       // end of valid data in m_buffer
    qint64 m_consumedBefore = 0;
    bool m_atEnd = false;
    bool m_started = false;
    bool m_failed = false;

    std::vector<FieldRef> m_fields;  // the first m_fieldCount are the current record's
    qsizetype m_fieldCount = 0;
    QByteArray m_unescaped;
    qsizetype m_recordStart = 0;
    int m_recordLine = 0;
    int m_nextLine = 1;

    QString m_errorMessage;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace dyad
