#pragma once

#include "importcontext.h"

#include <QByteArray>
#include <QJsonDocument>

#include <vector>

namespace dyad {

// A JSON file being imported: read whole (with progress and cancel), checked for encoding,
// parsed, and able to say on which line the n-th element of an array starts, so that a bad
// item is reported where an editor can find it.
class JsonSource
{
public:
    // False when cancelled or refused (the reason is in the context).
    bool load(QIODevice &input, ImportContext &context);

    const QByteArray &bytes() const { return m_bytes; }
    const QJsonDocument &document() const { return m_document; }

    // Byte offsets of the elements of the array under `key` in the top-level object, or of
    // the top-level array itself when `key` is empty.
    std::vector<qsizetype> elementOffsets(QStringView key) const;
    // 1-based line and column (in characters) of a byte offset; fastest for rising offsets.
    void locate(qsizetype offset, int &line, int &column) const;

private:
    QByteArray m_bytes;
    QJsonDocument m_document;
    mutable qsizetype m_scannedTo = 0;  // line counting resumes here
    mutable int m_scannedLine = 1;
    mutable qsizetype m_scannedLineStart = 0;
};

// Reads the whole device, publishing progress; false when cancelled or unreadable.
bool readWholeDevice(QIODevice &input, ImportContext &context, QByteArray &bytes);
// Refuses empty and UTF-16 text and drops a UTF-8 byte-order mark; false when refused.
bool checkJsonText(QByteArray &bytes, ImportContext &context);

} // namespace dyad
