#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <bit>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <cstring>

namespace dyad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dyad::CsvReader", text);
}

constexpr quint64 highBits = 0x8080808080808080ULL;
constexpr quint64 lowBits = 0x0101010101010101ULL;

bool hasZeroByte(quint64 word)
{
    return ((word - lowBits) & ~word & highBits) != 0;
}

// Length of the valid UTF-8 sequence at `p` (1-4), or 0 when it is not valid UTF-8.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar lead = *p;
    int length;
    quint32 codePoint;
    quint32 smallest;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, codePoint = lead & 0x1F, smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, codePoint = lead & 0x0F, smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, codePoint = lead & 0x07, smallest = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (p[i] & 0x3F);
    }
    if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

quint64 zeroBytes(quint64 word)
{
    return (word - lowBits) & ~word & highBits;  // the lowest flagged byte is the first zero byte
}

// The first delimiter or line break at or after `p`, eight bytes at a time.
qsizetype endOfUnquotedField(const char *data, qsizetype p, qsizetype end, char delimiter)
{
    const quint64 delimiters = lowBits * uchar(delimiter);
    constexpr quint64 newlines = lowBits * uchar('\n');
    constexpr quint64 returns = lowBits * uchar('\r');
    for (; p + 8 <= end; p += 8) {
        quint64 word;
        std::memcpy(&word, data + p, 8);
        const quint64 found = zeroBytes(word ^ delimiters) | zeroBytes(word ^ newlines) | zeroBytes(word ^ returns);
        if (found) {
            if constexpr (std::endian::native == std::endian::little)
                return p + std::countr_zero(found) / 8;
            break;  // big-endian: let the byte loop find it
        }
    }
    for (; p < end; ++p) {
        const char c = data[p];
        if (c == delimiter || c == '\n' || c == '\r')
            break;
    }
    return p;
}

// Line breaks in [begin, end): CRLF, LF and a lone CR each count once.
int countLineBreaks(const char *begin, const char *end)
{
    int breaks = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n')
            ++breaks;
        else if (*p == '\r' && (p + 1 == end || p[1] != '\n'))
            ++breaks;
    }
    return breaks;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, const Options &options)
    : m_device(device)
    , m_options(options)
{
    m_options.maximumRecordBytes = std::clamp<qsizetype>(m_options.maximumRecordBytes, 1, 256 * 1024 * 1024);
    m_options.blockBytes = std::clamp<qsizetype>(m_options.blockBytes, 1, 64 * 1024 * 1024);
    m_fields.resize(64);
}

QByteArrayView CsvReader::field(qsizetype index) const
{
    const FieldRef &ref = m_fields[size_t(index)];
    const char *base = ref.unescaped ? m_unescaped.constData() : m_buffer.constData();
    return {base + ref.offset, ref.length};
}

int CsvReader::lineOf(qsizetype field) const
{
    const char *data = m_buffer.constData();
    return m_recordLine + countLineBreaks(data + m_recordStart, data + m_fields[size_t(field)].start);
}

CsvReader::Status CsvReader::fail(Status status, int line, int column, const QString &message)
{
    m_errorLine = line;
    m_errorColumn = column;
    m_errorMessage = message;
    if (status == Status::Fatal)
        m_failed = true;
    return status;
}

bool CsvReader::fillBuffer(qsizetype wanted)
{
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_consumedBefore += m_pos;
        m_pos = 0;
    }
    if (m_buffer.size() < m_end + wanted)
        m_buffer.resize(m_end + wanted);
    const qint64 read = m_device.read(m_buffer.data() + m_end, wanted);
    if (read < 0) {
        fail(Status::Fatal, m_nextLine, 0, tr("cannot read the file: %1").arg(m_device.errorString()));
        return false;
    }
    if (read == 0)
        m_atEnd = true;
    m_end += read;
    return true;
}

bool CsvReader::checkStart()
{
    while (m_end < 4 && !m_atEnd) {
        if (!fillBuffer(m_options.blockBytes))
            return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(m_buffer.constData());
    if (m_end >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        fail(Status::Fatal, 1, 0, tr("the file is UTF-16 encoded; Dyad reads UTF-8 (save it as \"CSV UTF-8\")"));
        return false;
    }
    if (m_end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        m_pos = 3;  // a UTF-8 byte-order mark, as Excel writes
    return true;
}

CsvReader::Status CsvReader::next()
{
    if (m_failed)
        return Status::Fatal;
    if (!m_started) {
        m_started = true;
        if (!checkStart())
            return Status::Fatal;
    }
    for (;;) {
        if (m_pos >= m_end) {
            if (m_atEnd)
                return Status::End;
            if (!fillBuffer(m_options.blockBytes))
                return Status::Fatal;
            continue;
        }
        m_recordStart = m_pos;
        m_recordLine = m_nextLine;
        m_errorMessage.clear();
        const Parse parse = m_options.quoting ? parseRecord() : parseUnquotedRecord();
        if (parse == Parse::Fatal)
            return Status::Fatal;
        const qsizetype recordBytes = (parse == Parse::Done ? m_pos : m_end) - m_recordStart;
        if (recordBytes > m_options.maximumRecordBytes) {
            const qsizetype limit = m_options.maximumRecordBytes;
            const QString size = limit >= 1024 * 1024 ? tr("%1 MiB").arg(limit / (1024 * 1024)) : tr("%1 bytes").arg(limit);
            return fail(Status::Fatal, m_recordLine, int(m_fieldCount) + 1,
                        tr("a record longer than %1; is a quote left open?").arg(size));
        }
        if (parse == Parse::Done)
            break;
        if (!fillBuffer(std::max(m_options.blockBytes, m_end - m_pos)))
            return Status::Fatal;
    }
    if (!validateRecord(m_recordStart, m_pos))
        return m_failed ? Status::Fatal : Status::BadRecord;
    if (!m_errorMessage.isEmpty())
        return Status::BadRecord;
    return Status::Record;
}

CsvReader::Parse CsvReader::parseRecord()
{
    m_fieldCount = 0;
    m_unescaped.clear();
    const char *data = m_buffer.constData();
    const char delimiter = m_options.delimiter;
    int embeddedBreaks = 0;
    qsizetype p = m_pos;
    for (;;) {
        FieldRef field;
        field.start = qint32(p);
        if (m_options.quoting && p < m_end && data[p] == '"') {
            const Parse parse = parseQuoted(p, field);
            if (parse != Parse::Done)
                return parse;
            embeddedBreaks += countLineBreaks(data + field.start, data + p);
        } else {
            const qsizetype q = endOfUnquotedField(data, p, m_end, delimiter);
            field.offset = qint32(p);
            field.length = qint32(q - p);
            p = q;
        }
        appendField(field);
        if (p >= m_end) {
            if (!m_atEnd)
                return Parse::NeedMore;
            m_nextLine = m_recordLine + embeddedBreaks;  // the last line has no line break
            m_pos = p;
            return Parse::Done;
        }
        if (data[p] == delimiter) {
            ++p;
            continue;
        }
        return endRecord(p, embeddedBreaks);
    }
}

// `p` is at the line break that ends the record.
CsvReader::Parse CsvReader::endRecord(qsizetype p, int embeddedBreaks)
{
    const char *data = m_buffer.constData();
    if (data[p] == '\r') {
        if (p + 1 >= m_end && !m_atEnd)
            return Parse::NeedMore;  // a CRLF may be split between blocks
        p += (p + 1 < m_end && data[p + 1] == '\n') ? 2 : 1;
    } else {
        ++p;
    }
    m_nextLine = m_recordLine + embeddedBreaks + 1;
    m_pos = p;
    return Parse::Done;
}

// Without quoting a record is one line: find every delimiter and the line end, sixteen
// bytes at a time where SSE2 is there (x86-64 always has it).
CsvReader::Parse CsvReader::parseUnquotedRecord()
{
    m_fieldCount = 0;
    const char *data = m_buffer.constData();
    const char delimiter = m_options.delimiter;
    qsizetype fieldStart = m_pos;
    const auto addField = [this, &fieldStart](qsizetype end) {
        appendField({qint32(fieldStart), qint32(end - fieldStart), qint32(fieldStart), false, false});
        fieldStart = end + 1;
    };
    qsizetype p = m_pos;
#ifdef __SSE2__
    const __m128i delimiters = _mm_set1_epi8(delimiter);
    const __m128i newlines = _mm_set1_epi8('\n');
    const __m128i returns = _mm_set1_epi8('\r');
    for (; p + 16 <= m_end; p += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + p));
        unsigned found = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, delimiters)));
        const unsigned ends = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, newlines),
                                                                      _mm_cmpeq_epi8(chunk, returns))));
        if (ends)
            found &= (1u << std::countr_zero(ends)) - 1;
        for (; found; found &= found - 1)
            addField(p + std::countr_zero(found));
        if (ends) {
            const qsizetype end = p + std::countr_zero(ends);
            addField(end);
            return endRecord(end, 0);
        }
    }
#endif
    for (; p < m_end; ++p) {
        const char c = data[p];
        if (c == delimiter) {
            addField(p);
        } else if (c == '\n' || c == '\r') {
            addField(p);
            return endRecord(p, 0);
        }
    }
    if (!m_atEnd)
        return Parse::NeedMore;
    addField(m_end);  // the last line has no line break
    m_nextLine = m_recordLine;
    m_pos = m_end;
    return Parse::Done;
}

CsvReader::Parse CsvReader::parseQuoted(qsizetype &p, FieldRef &field)
{
    const char *data = m_buffer.constData();
    const qsizetype unescapedStart = m_unescaped.size();
    qsizetype segment = p + 1;
    qsizetype q = segment;
    bool escaped = false;
    for (;;) {
        const void *found = q < m_end ? std::memchr(data + q, '"', size_t(m_end - q)) : nullptr;
        if (!found) {
            if (!m_atEnd)
                return Parse::NeedMore;
            const int line = m_recordLine + countLineBreaks(data + m_recordStart, data + field.start);
            fail(Status::Fatal, line, int(m_fieldCount) + 1, tr("a quote opened here is never closed"));
            return Parse::Fatal;
        }
        const qsizetype at = static_cast<const char *>(found) - data;
        if (at + 1 >= m_end && !m_atEnd)
            return Parse::NeedMore;  // cannot tell a closing quote from a doubled one yet
        if (at + 1 < m_end && data[at + 1] == '"') {
            m_unescaped.append(data + segment, at + 1 - segment);
            escaped = true;
            q = segment = at + 2;
            continue;
        }
        if (escaped) {
            m_unescaped.append(data + segment, at - segment);
            field.offset = qint32(unescapedStart);
            field.length = qint32(m_unescaped.size() - unescapedStart);
            field.unescaped = true;
        } else {
            field.offset = qint32(p + 1);
            field.length = qint32(at - (p + 1));
        }
        field.quoted = true;
        p = at + 1;
        break;
    }
    const char delimiter = m_options.delimiter;
    if (p < m_end && data[p] != delimiter && data[p] != '\n' && data[p] != '\r') {
        if (m_errorMessage.isEmpty()) {
            m_errorMessage = tr("text after the closing quote; a quote inside a quoted field must be doubled (\"\")");
            m_errorLine = m_recordLine + countLineBreaks(data + m_recordStart, data + p);
            m_errorColumn = int(m_fieldCount) + 1;
        }
        while (p < m_end && data[p] != delimiter && data[p] != '\n' && data[p] != '\r')
            ++p;
        if (p >= m_end && !m_atEnd)
            return Parse::NeedMore;
    }
    return Parse::Done;
}

bool CsvReader::validateRecord(qsizetype begin, qsizetype end)
{
    const auto *bytes = reinterpret_cast<const uchar *>(m_buffer.constData());
    const auto columnAt = [this](qsizetype offset) {
        qsizetype column = 1;
        while (column < m_fieldCount && m_fields[size_t(column)].start <= offset)
            ++column;
        return int(column);
    };
    const auto lineAt = [this](qsizetype offset) {
        const char *data = m_buffer.constData();
        return m_recordLine + countLineBreaks(data + m_recordStart, data + offset);
    };
    qsizetype i = begin;
    while (i < end) {
        if (end - i >= 8) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            if ((word & highBits) == 0 && !hasZeroByte(word)) {
                i += 8;
                continue;
            }
        }
        const uchar c = bytes[i];
        if (c == 0) {
            fail(Status::Fatal, lineAt(i), columnAt(i),
                 tr("the file contains binary data (a NUL byte); it is not a text file, or it is UTF-16 without a byte-order mark"));
            return false;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(bytes + i, bytes + end);
        if (length == 0) {
            fail(Status::BadRecord, lineAt(i), columnAt(i),
                 tr("not valid UTF-8 (byte 0x%1); save the file as UTF-8").arg(c, 2, 16, QLatin1Char('0')));
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace dyad
