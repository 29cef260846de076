#include "csvtableimporter.h"

#include "importsupport.h"

#include <QIODevice>

namespace dyad {

CsvHeader::CsvHeader(const CsvReader &reader)
{
    for (qsizetype i = 0; i < reader.size(); ++i) {
        m_names.append(reader.text(i).trimmed());
        m_index.insert(normalised(m_names.last()), i);  // a repeated name: the last one wins
    }
}

QString CsvHeader::normalised(QStringView name)
{
    QString result = name.trimmed().toString().toLower();
    result.replace(u' ', u'_');
    return result;
}

qsizetype CsvHeader::indexOf(QStringView name) const
{
    return m_index.value(normalised(name), -1);
}

RowError CsvTableImporter::checkUniqueId(const QString &id, qsizetype field, int line)
{
    const auto found = m_lineOfId.constFind(id);
    if (found == m_lineOfId.constEnd()) {
        m_lineOfId.insert(id, line);
        return {};
    }
    return {field, importTr("the id \"%1\" was already used on line %2").arg(id).arg(*found)};
}

namespace {

// A header that is one long field holding another separator: the file was saved with a
// different delimiter (a spreadsheet in a locale that uses ';', or a TSV file).
QString delimiterProblem(const CsvReader &reader)
{
    if (reader.size() != 1)
        return {};
    const QByteArrayView text = reader.field(0);
    for (const char candidate : {';', '\t', '|'}) {
        if (text.contains(candidate)) {
            const QString name = candidate == '\t' ? importTr("tabs") : u'"' + QString(QLatin1Char(candidate)) + u'"';
            return importTr("the columns are separated by %1, not by commas; save the file as comma-separated CSV").arg(name);
        }
    }
    return {};
}

} // namespace

ImportResult CsvTableImporter::read(QIODevice &input, const QString &fileName, const ImportOptions &options,
                                    ImportProgress &progress)
{
    ImportContext context(fileName, options, progress);
    const qint64 total = totalBytesOf(input);
    CsvReader reader(input, {});
    m_lineOfId.clear();

    CsvReader::Status status;
    do {
        status = reader.next();
    } while (status == CsvReader::Status::Record && reader.isBlank());
    if (status == CsvReader::Status::End) {
        context.refuse(0, 0, importTr("the file is empty"));
        return context.finish({});
    }
    if (status != CsvReader::Status::Record) {
        context.refuse(reader.errorLine(), reader.errorColumn(), reader.errorMessage());
        return context.finish({});
    }
    m_header = CsvHeader(reader);
    const int headerLine = reader.line();
    if (const QString problem = delimiterProblem(reader); !problem.isEmpty()) {
        context.refuse(reader.line(), 0, problem);
        return context.finish({});
    }
    if (const QString problem = acceptHeader(m_header); !problem.isEmpty()) {
        context.refuse(reader.line(), 0, problem);
        return context.finish({});
    }

    Dataset dataset;
    for (;;) {
        status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Fatal) {
            context.refuse(reader.errorLine(), reader.errorColumn(), reader.errorMessage());
            return context.finish({});
        }
        if (status == CsvReader::Status::Record && reader.isBlank())
            continue;
        context.countRow();
        if ((context.rowsRead() & 1023) == 0 && context.poll(reader.bytesConsumed(), total))
            return context.finish({});
        if (status == CsvReader::Status::BadRecord) {
            context.addProblem(reader.errorLine(), reader.errorColumn(), reader.errorMessage());
            continue;
        }
        if (reader.size() != m_header.size()) {
            context.addProblem(reader.line(), int(std::min(reader.size(), m_header.size())) + 1,
                               importTr("expected %1 columns, as in the header, but found %2")
                                   .arg(m_header.size()).arg(reader.size()));
            continue;
        }
        const RowError error = readRow(reader, dataset);
        if (error.isError()) {
            const qsizetype field = std::clamp<qsizetype>(error.field, 0, reader.size() - 1);
            const QString where = error.field >= 0 ? m_header.name(field) + u": " : QString();
            context.addProblem(reader.lineOf(field), error.field >= 0 ? int(field) + 1 : 0, where + error.message);
        }
    }
    context.poll(reader.bytesConsumed(), total);
    if (context.rowsRead() == 0) {
        context.refuse(headerLine, 0, importTr("the file has a header but no rows"));
        return context.finish({});
    }
    if (const ParseError problem = wholeFileProblem(); !problem.message.isEmpty()) {
        context.refuse(problem.line, problem.column, problem.message);
        return context.finish({});
    }
    finishDataset(dataset);
    ImportResult result = context.finish(std::move(dataset));
    if (!result.refused && !result.cancelled)
        result.warnings = warnings();
    return result;
}

} // namespace dyad
