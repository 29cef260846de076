#include "jsonsource.h"

#include "importsupport.h"

#include <QIODevice>
#include <QJsonParseError>

namespace dyad {

bool readWholeDevice(QIODevice &input, ImportContext &context, QByteArray &bytes)
{
    const qint64 total = totalBytesOf(input);
    if (total > 0)
        bytes.reserve(total);
    constexpr qint64 block = 4 * 1024 * 1024;
    for (;;) {
        const qsizetype before = bytes.size();
        bytes.resize(before + block);
        const qint64 read = input.read(bytes.data() + before, block);
        bytes.resize(before + std::max<qint64>(read, 0));
        if (read < 0) {
            context.refuse(0, 0, importTr("cannot read the file: %1").arg(input.errorString()));
            return false;
        }
        if (context.poll(bytes.size(), total))
            return false;
        if (read == 0)
            return true;
    }
}

bool checkJsonText(QByteArray &bytes, ImportContext &context)
{
    if (isUtf16(bytes)) {
        context.refuse(1, 0, importTr("the file is UTF-16 encoded; Dyad reads UTF-8 (save it again in a text editor "
                                      "with the encoding UTF-8)"));
        return false;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        context.refuse(0, 0, importTr("the file is empty"));
        return false;
    }
    return true;
}

bool JsonSource::load(QIODevice &input, ImportContext &context)
{
    if (!readWholeDevice(input, context, m_bytes) || !checkJsonText(m_bytes, context))
        return false;
    QJsonParseError error;
    m_document = QJsonDocument::fromJson(m_bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        locate(error.offset, line, column);
        context.refuse(line, column, importTr("not valid JSON: %1").arg(error.errorString()));
        return false;
    }
    return true;
}

void JsonSource::locate(qsizetype offset, int &line, int &column) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_bytes.size());
    if (offset < m_scannedTo) {
        m_scannedTo = 0;
        m_scannedLine = 1;
        m_scannedLineStart = 0;
    }
    for (; m_scannedTo < offset; ++m_scannedTo) {
        if (m_bytes[m_scannedTo] == '\n') {
            ++m_scannedLine;
            m_scannedLineStart = m_scannedTo + 1;
        }
    }
    line = m_scannedLine;
    column = int(QString::fromUtf8(m_bytes.constData() + m_scannedLineStart, offset - m_scannedLineStart).size()) + 1;
}

namespace {

// A minimal scanner over JSON that is already known to be valid.
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes) : m_data(bytes.constData()), m_size(bytes.size()) {}

    qsizetype skipSpace(qsizetype p) const
    {
        while (p < m_size && (m_data[p] == ' ' || m_data[p] == '\n' || m_data[p] == '\r' || m_data[p] == '\t'))
            ++p;
        return p;
    }
    qsizetype skipString(qsizetype p) const
    {
        for (++p; p < m_size && m_data[p] != '"'; ++p) {
            if (m_data[p] == '\\')
                ++p;
        }
        return p + 1;
    }
    qsizetype skipValue(qsizetype p) const
    {
        if (p >= m_size)
            return p;
        if (m_data[p] == '"')
            return skipString(p);
        if (m_data[p] == '{' || m_data[p] == '[') {
            int depth = 0;
            while (p < m_size) {
                const char c = m_data[p];
                if (c == '"') {
                    p = skipString(p);
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return p + 1;
                ++p;
            }
            return p;
        }
        while (p < m_size && m_data[p] != ',' && m_data[p] != ']' && m_data[p] != '}')
            ++p;
        return p;
    }
    std::vector<qsizetype> elements(qsizetype p) const
    {
        std::vector<qsizetype> offsets;
        p = skipSpace(p);
        if (p >= m_size || m_data[p] != '[')
            return offsets;
        for (p = skipSpace(p + 1); p < m_size && m_data[p] != ']'; p = skipSpace(p)) {
            offsets.push_back(p);
            p = skipSpace(skipValue(p));
            if (p < m_size && m_data[p] == ',')
                ++p;
        }
        return offsets;
    }
    QByteArrayView text(qsizetype begin, qsizetype end) const { return {m_data + begin, end - begin}; }
    char at(qsizetype p) const { return p < m_size ? m_data[p] : '\0'; }

private:
    const char *m_data;
    qsizetype m_size;
};

} // namespace

std::vector<qsizetype> JsonSource::elementOffsets(QStringView key) const
{
    const Scanner scanner(m_bytes);
    qsizetype p = scanner.skipSpace(0);
    if (key.isEmpty())
        return scanner.elements(p);
    if (scanner.at(p) != '{')
        return {};
    const QByteArray wanted = key.toUtf8();
    for (p = scanner.skipSpace(p + 1); scanner.at(p) == '"'; p = scanner.skipSpace(p)) {
        const qsizetype nameEnd = scanner.skipString(p);
        const bool match = scanner.text(p + 1, nameEnd - 1) == wanted;
        p = scanner.skipSpace(nameEnd);
        if (scanner.at(p) == ':')
            p = scanner.skipSpace(p + 1);
        if (match)
            return scanner.elements(p);
        p = scanner.skipSpace(scanner.skipValue(p));
        if (scanner.at(p) == ',')
            ++p;
    }
    return {};
}

} // namespace dyad
