#include "import/csvreader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace dyad;

namespace {

struct Parsed
{
    QList<QList<QByteArray>> records;
    QList<int> lines;
    CsvReader::Status last = CsvReader::Status::End;
    QString error;
    int errorLine = 0;
    int errorColumn = 0;
};

Parsed parse(const QByteArray &text, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    Parsed parsed;
    for (;;) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::Record) {
            QList<QByteArray> fields;
            for (qsizetype i = 0; i < reader.size(); ++i)
                fields.append(reader.field(i).toByteArray());
            parsed.records.append(fields);
            parsed.lines.append(reader.line());
            continue;
        }
        parsed.last = status;
        if ((status == CsvReader::Status::BadRecord || status == CsvReader::Status::Fatal) && parsed.error.isEmpty()) {
            parsed.error = reader.errorMessage();
            parsed.errorLine = reader.errorLine();
            parsed.errorColumn = reader.errorColumn();
        }
        if (status != CsvReader::Status::BadRecord)
            return parsed;
        parsed.records.append({"<bad>"});
        parsed.lines.append(reader.errorLine());
    }
}

QByteArray quoteCsv(const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field;
    QByteArray quoted = field;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainRecords()
    {
        const Parsed parsed = parse("a,b,c\n1,,3\n");
        QCOMPARE(parsed.last, CsvReader::Status::End);
        QCOMPARE(parsed.records, (QList<QList<QByteArray>>{{"a", "b", "c"}, {"1", "", "3"}}));
        QCOMPARE(parsed.lines, (QList<int>{1, 2}));
    }

    void quotesEscapesAndEmbeddedLineBreaks()
    {
        const Parsed parsed = parse("\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,\"\",end");
        QCOMPARE(parsed.last, CsvReader::Status::End);
        QCOMPARE(parsed.records.size(), 2);
        QCOMPARE(parsed.records[0], (QList<QByteArray>{"x, y", "say \"hi\"", "two\r\nlines"}));
        QCOMPARE(parsed.records[1], (QList<QByteArray>{"next", "", "end"}));
        QCOMPARE(parsed.lines, (QList<int>{1, 3}));
    }

    void mixedLineEndingsCountLines()
    {
        const Parsed parsed = parse("a\r\nb\nc\rd\r\n\"e\nf\"\ng");
        QCOMPARE(parsed.records.size(), 6);
        QCOMPARE(parsed.lines, (QList<int>{1, 2, 3, 4, 5, 7}));
        QCOMPARE(parsed.records[4], QList<QByteArray>{"e\nf"});
    }

    void blankLinesAreOneEmptyField()
    {
        const Parsed parsed = parse("a\n\nb\n");
        QCOMPARE(parsed.records, (QList<QList<QByteArray>>{{"a"}, {""}, {"b"}}));
    }

    void byteOrderMarks()
    {
        QCOMPARE(parse("\xEF\xBB\xBFid,x\n").records.first().first(), QByteArray("id"));
        const Parsed utf16 = parse(QByteArray("\xFF\xFEi\0d\0", 6));
        QCOMPARE(utf16.last, CsvReader::Status::Fatal);
        QVERIFY(utf16.error.contains(u"UTF-16"));
        QCOMPARE(utf16.errorLine, 1);
    }

    void invalidUtf8IsABadRecordAndReadingGoesOn()
    {
        const Parsed parsed = parse("ok,1\nbad,caf\xE9\nok,2\n");
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records[1], QList<QByteArray>{"<bad>"});
        QCOMPARE(parsed.lines[1], 2);
        QCOMPARE(parsed.records[2], (QList<QByteArray>{"ok", "2"}));
        QCOMPARE(parsed.last, CsvReader::Status::End);
    }

    void overlongAndSurrogateUtf8AreRejected()
    {
        QCOMPARE(parse("\xC0\xAF\n").records.first().first(), QByteArray("<bad>"));
        QCOMPARE(parse("\xED\xA0\x80\n").records.first().first(), QByteArray("<bad>"));
        QCOMPARE(parse("\xF0\x9F\x98\x80 fine\n").records.first().first(), QByteArray("\xF0\x9F\x98\x80 fine"));
    }

    void nulByteIsFatal()
    {
        const Parsed parsed = parse(QByteArray("a,b\nc,d\0e\n", 10));
        QCOMPARE(parsed.last, CsvReader::Status::Fatal);
        QVERIFY(parsed.error.contains(u"binary"));
        QCOMPARE(parsed.errorLine, 2);
        QCOMPARE(parsed.errorColumn, 2);
    }

    void openQuoteIsFatalAndNamesItsLine()
    {
        const Parsed parsed = parse("a,b\nc,\"open\nmore\n");
        QCOMPARE(parsed.last, CsvReader::Status::Fatal);
        QVERIFY(parsed.error.contains(u"never closed"));
        QCOMPARE(parsed.errorLine, 2);
        QCOMPARE(parsed.errorColumn, 2);
    }

    void textAfterClosingQuoteIsABadRecord()
    {
        const Parsed parsed = parse("\"a\"b,c\nnext,row\n");
        QCOMPARE(parsed.records.size(), 2);
        QCOMPARE(parsed.records[0], QList<QByteArray>{"<bad>"});
        QVERIFY(parsed.error.contains(u"closing quote"));
        QCOMPARE(parsed.errorLine, 1);
        QCOMPARE(parsed.records[1], (QList<QByteArray>{"next", "row"}));
    }

    void recordLongerThanTheLimitIsFatal()
    {
        CsvReader::Options options;
        options.maximumRecordBytes = 1024;
        options.blockBytes = 100;
        const Parsed parsed = parse("a,\"" + QByteArray(5000, 'x') + "\"\n", options);
        QCOMPARE(parsed.last, CsvReader::Status::Fatal);
        QVERIFY(parsed.error.contains(u"longer than"));
    }

    void withoutQuotingQuotesAreText()
    {
        CsvReader::Options options;
        options.delimiter = '\t';
        options.quoting = false;
        const Parsed parsed = parse("\"a\tb\"\tc\n", options);
        QCOMPARE(parsed.records.first(), (QList<QByteArray>{"\"a", "b\"", "c"}));
    }

    // Tiny blocks split quotes, doubled quotes and CRLFs at every possible place.
    void blockBoundariesDoNotChangeTheResult()
    {
        QRandomGenerator random(4180);
        const QByteArray alphabet = "ab,\"\r\n \xC3\xA9";
        QList<QList<QByteArray>> expected;
        QByteArray text;
        for (int row = 0; row < 60; ++row) {
            QList<QByteArray> fields;
            const int count = 1 + int(random.bounded(5));
            for (int f = 0; f < count; ++f) {
                QByteArray field;
                const int length = int(random.bounded(8));
                for (int i = 0; i < length; ++i) {
                    const int pick = int(random.bounded(alphabet.size() - 1));
                    field += pick == alphabet.size() - 2 ? QByteArray("\xC3\xA9") : QByteArray(1, alphabet[pick]);
                }
                fields.append(field);
                text += (f ? "," : "") + quoteCsv(field);
            }
            if (fields.size() == 1 && fields[0].isEmpty()) {
                fields[0] = "x";
                text += "x";
            }
            expected.append(fields);
            text += random.bounded(2) ? "\r\n" : "\n";
        }
        for (const qsizetype block : {1, 2, 3, 5, 7, 64, 4096}) {
            CsvReader::Options options;
            options.blockBytes = block;
            const Parsed parsed = parse(text, options);
            QCOMPARE(parsed.last, CsvReader::Status::End);
            QCOMPARE(parsed.records, expected);
        }
    }

    void unquotedBlockBoundariesDoNotChangeTheResult()
    {
        QRandomGenerator random(61);
        QList<QList<QByteArray>> expected;
        QByteArray text;
        for (int row = 0; row < 80; ++row) {
            QList<QByteArray> fields;
            const int count = 1 + int(random.bounded(40));
            for (int f = 0; f < count; ++f) {
                QByteArray field;
                for (int i = int(random.bounded(20)); i > 0; --i)
                    field += "ab\"c 9"[random.bounded(6)];
                fields.append(field);
                text += (f ? "\t" : "") + field;
            }
            if (fields.size() == 1 && fields[0].isEmpty()) {
                fields[0] = "x";
                text += "x";
            }
            expected.append(fields);
            if (row < 79 || random.bounded(2))
                text += QList<QByteArray>{"\n", "\r\n", "\r"}[random.bounded(3)];
        }
        for (const qsizetype block : {1, 2, 3, 7, 15, 16, 17, 64, 4096}) {
            CsvReader::Options options;
            options.delimiter = '\t';
            options.quoting = false;
            options.blockBytes = block;
            const Parsed parsed = parse(text, options);
            QCOMPARE(parsed.last, CsvReader::Status::End);
            QCOMPARE(parsed.records, expected);
            QCOMPARE(parsed.lines.last(), 80);
        }
    }

    void bytesConsumedReachesTheEnd()
    {
        const QByteArray text = "a,b\r\nc,d\r\n";
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, {});
        while (reader.next() == CsvReader::Status::Record) {
        }
        QCOMPARE(reader.bytesConsumed(), text.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
