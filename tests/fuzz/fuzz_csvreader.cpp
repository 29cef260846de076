// The CSV/TSV reader every tabular importer stands on, with and without quoting, in small
// blocks so records straddle block ends.
#include "fuzzsupport.h"

#include "import/csvreader.h"

#include <QBuffer>

using namespace dyad;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initializeQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the options; the rest is the file.
    const uint8_t choice = data[0];
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = (choice & 1) ? '\t' : ',';
    options.quoting = !(choice & 2);
    options.blockBytes = 1 + (choice >> 2);
    options.maximumRecordBytes = 4096;
    CsvReader reader(buffer, options);
    int previousLine = 0;
    for (int records = 0; records < 100000; ++records) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Fatal) {
            FUZZ_CHECK(!reader.errorMessage().isEmpty());
            FUZZ_CHECK(reader.next() != CsvReader::Status::Record);
            break;
        }
        if (status == CsvReader::Status::BadRecord) {
            FUZZ_CHECK(!reader.errorMessage().isEmpty());
            continue;
        }
        FUZZ_CHECK(reader.size() >= 1);
        FUZZ_CHECK(reader.line() > previousLine);
        previousLine = reader.line();
        for (qsizetype i = 0; i < reader.size(); ++i) {
            const QByteArrayView field = reader.field(i);
            FUZZ_CHECK(field.size() <= options.maximumRecordBytes);
            FUZZ_CHECK(reader.lineOf(i) >= reader.line());
            (void)reader.text(i);
        }
        FUZZ_CHECK(reader.bytesConsumed() <= bytes.size());
    }
    return 0;
}
