// Malformed input is refused whole with a specific message at a specific line; cancel leaves nothing.
#include "importtesting.h"

#include "import/storemerge.h"

#include <QDir>

using namespace dyad;
using namespace dyad::importtesting;

class TestImportErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        const auto row = [](const char *file, const char *format, const char *fragment, int line) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format) << QString::fromUtf8(fragment) << line;
        };
        row("csv_empty.csv", "csv", "the file is empty", 0);
        row("csv_header_only.csv", "csv", "header but no rows", 1);
        row("csv_open_quote.csv", "csv", "a quote opened here is never closed", 3);
        row("csv_text_after_quote.csv", "csv", "text after the closing quote", 2);
        row("csv_wrong_column_count.csv", "csv", "expected 6 columns, as in the header, but found 5", 3);
        row("csv_semicolon.csv", "csv", "separated by \";\"", 1);
        row("csv_tab_delimited.csv", "csv", "separated by tabs", 1);
        row("csv_utf16le.csv", "csv", "UTF-16", 1);
        row("csv_utf16be.csv", "csv", "UTF-16", 1);
        row("csv_latin1.csv", "csv", "not valid UTF-8 (byte 0xe9)", 3);
        row("csv_binary_garbage.csv", "csv", "binary data", 1);
        row("csv_png_image.csv", "csv", "not valid UTF-8", 1);
        row("csv_impossible_date.csv", "csv", "2020-02-30 does not exist (February 2020 has 29 days)", 2);
        row("csv_month_13.csv", "csv", "month 13 does not exist", 2);
        row("csv_bad_date_format.csv", "csv", "\"12/07/2019\" is not a date", 2);
        row("csv_year_zero.csv", "csv", "there is no year 0", 2);
        row("csv_end_before_start.csv", "csv", "the end 2020-04-01 is before the start 2020-05-01", 2);
        row("csv_tone_out_of_range.csv", "csv", "tone: -12 is outside -10..10", 3);
        row("csv_tone_not_number.csv", "csv", "\"very bad\" is not a number", 2);
        row("csv_latitude_out_of_range.csv", "csv", "latitude: coordinates 95, 30 are out of range", 2);
        row("csv_longitude_out_of_range.csv", "csv", "longitude: coordinates 40, -200 are out of range", 2);
        row("csv_missing_title_column.csv", "csv", "the header has no column title", 1);
        row("csv_empty_title.csv", "csv", "the title is empty", 2);
        row("csv_duplicate_id.csv", "csv", "the id \"a\" was already used on line 2", 3);
        row("csv_bad_url.csv", "csv", "\"javascript:alert(1)\" is not an http or https address", 2);
        row("csv_unknown_role.csv", "csv", "unknown role \"attacker\"", 2);
        row("csv_mixed_line_endings.csv", "csv", "2021-02-29 does not exist", 4);
        row("csv_embedded_newlines.csv", "csv", "\"abc\" is not a number", 5);
        row("csv_truncated_line.csv", "csv", "but found 3", 4);
        row("gdelt_wrong_columns.export.CSV", "gdelt", "or 57 or 58 (GDELT 1.0), found 60", 1);
        row("gdelt_row_wrong_columns.export.CSV", "gdelt", "expected 61 tab-separated columns (GDELT 2.0, like the first row), found 59", 2);
        row("gdelt_commas.export.CSV", "gdelt", "separated by commas", 1);
        row("gdelt_impossible_date.export.CSV", "gdelt", "SQLDATE: 2020-02-30 does not exist", 2);
        row("gdelt_goldstein_out_of_range.export.CSV", "gdelt", "GoldsteinScale 12.5 is outside -10..10", 1);
        row("gdelt_latitude_out_of_range.export.CSV", "gdelt", "ActionGeo: coordinates 91.5, 30 are out of range", 1);
        row("gdelt_bad_id.export.CSV", "gdelt", "GLOBALEVENTID \"12x\" is not a number", 1);
        row("gdelt_bad_quadclass.export.CSV", "gdelt", "QuadClass \"7\" is not 1, 2, 3 or 4", 1);
        row("gdelt_duplicate_id.export.CSV", "gdelt", "GLOBALEVENTID 5 was already used on line 1", 2);
        row("gdelt_truncated.export.CSV", "gdelt", "found 20", 3);
        row("gdelt_blank_lines.export.CSV", "gdelt", "the file is empty", 0);
        row("gdelt_nul_bytes.export.CSV", "gdelt", "binary data", 2);
        row("gdelt_date_not_digits.export.CSV", "gdelt", "\"2020-01-01\" is not a date in the form YYYYMMDD", 1);
        row("acled_missing_columns.csv", "acled", "not an ACLED export: the header has no column event_date", 1);
        row("acled_bad_date.csv", "acled", "event_date: 2023-02-30 does not exist", 2);
        row("acled_latitude_out_of_range.csv", "acled", "latitude: coordinates -91, 32.8 are out of range", 2);
        row("acled_fatalities_not_number.csv", "acled", "\"many\" is not a number of fatalities", 2);
        row("acled_header_only.csv", "acled", "header but no rows", 1);
        row("acled_empty_event_type.csv", "acled", "the event type is empty", 2);
        row("timelinejs_bad_day.csv", "timelinejs", "Day: 2019-02-30 does not exist (February 2019 has 28 days)", 2);
        row("timelinejs_era_without_end.csv", "timelinejs", "End Year: an era needs an end date", 3);
        row("timelinejs_bad_type.csv", "timelinejs", "unknown type \"slide\"", 2);
        row("timelinejs_year_not_number.csv", "timelinejs", "\"MMXIX\" is not a whole number", 2);
        row("timelinejs_json_syntax.json", "timelinejs", "not valid JSON", 4);
        row("timelinejs_json_bad_month.json", "timelinejs-json", "events[1].start_date: month 13 does not exist", 4);
        row("timelinejs_json_no_events.json", "timelinejs-json", "expected an object with an \"events\" array", 1);
        row("vis_bad_start.json", "vis", "items[1]: start: \"yesterday\" is not a date", 3);
        row("vis_end_before_start.json", "vis", "the end is before the start", 2);
        row("vis_not_array.json", "vis", "not vis-timeline data", 1);
        row("vis_utf16.json", "vis", "UTF-16", 1);
        row("vis_duplicate_id.json", "vis", "the id \"1\" is used twice", 3);
        row("dyad_bad_date.json", "dyad", "events[0].start: \"2020-02-30\" is not a date", 4);
        row("dyad_truncated.json", "dyad", "unterminated object", 4);
        row("dyad_empty.json", "dyad", "the file is empty", 0);
        row("dyad_unknown_actor.json", "dyad", "unknown actor \"XYZ\"", 4);
    }

    // Every malformed file is refused whole with a specific message at a specific line, and
    // the open session stays as it was.
    void malformedInputs()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        EventStore session;
        session.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, std::nullopt});
        session.appendUnsorted({u"kept"_qs, Date::fromYmd(2020, 1, 1), std::nullopt, u"Kept"_qs, {}, {}, 0, {}, std::nullopt, {}});
        session.sortByStart();

        const ImportResult result = importFile(dataPath(u"bad/"_qs + file), format);
        QVERIFY(result.refused);
        QVERIFY(result.dataset.events.isEmpty());
        QVERIFY(result.dataset.actors.isEmpty());
        QVERIFY(result.problemCount >= 1);
        const ParseError &problem = result.problems.first();
        QVERIFY2(problem.message.contains(fragment), problemsOf(result).constData());
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.file, file);
        QVERIFY(!problem.toString().isEmpty());

        const MergeReport report = mergeIntoStore(session, result.dataset);
        QCOMPARE(report.added + report.updated, 0);
        QCOMPARE(session.size(), 1);
        QCOMPARE(session.actorCount(), 1);
    }

    void malformedCorpusIsLargeEnough()
    {
        QCOMPARE(QDir(dataPath(u"bad"_qs)).entryList(QDir::Files).size(), 64);
    }

    void enormousFieldIsRefused()
    {
        QByteArray bytes = "id,start,title\na,2020-01-01,\"";
        bytes += QByteArray(9 * 1024 * 1024, 'x');
        bytes += "\"\n";
        const ImportResult result = importBytes(bytes, u"csv"_qs);
        QVERIFY(result.refused);
        QVERIFY2(result.problems.value(0).message.contains(u"longer than 8 MiB"), problemsOf(result).constData());
        QCOMPARE(result.problems.value(0).line, 2);
    }

    void skipInvalidRowsImportsTheRest()
    {
        const ImportResult result = importFile(dataPath(u"bad/csv_tone_out_of_range.csv"_qs), u"csv"_qs,
                                               ImportOptions::SkipInvalidRows);
        QVERIFY(!result.refused);
        QCOMPARE(result.dataset.events.size(), 1);
        QCOMPARE(result.dataset.events[0].id, u"a"_qs);
        QCOMPARE(result.problemCount, 1);
        QCOMPARE(result.problems[0].line, 3);
        QCOMPARE(result.problems[0].column, 4);

        // A broken file is refused even then: what follows an open quote cannot be trusted.
        const ImportResult broken = importFile(dataPath(u"bad/csv_open_quote.csv"_qs), u"csv"_qs, ImportOptions::SkipInvalidRows);
        QVERIFY(broken.refused);
        QVERIFY(broken.dataset.events.isEmpty());
    }

    void onlyTheFirstHundredProblemsAreKept()
    {
        QByteArray bytes = "id,start,title\n";
        for (int i = 0; i < 250; ++i)
            bytes += "e" + QByteArray::number(i) + ",2020-02-30,Bad\n";
        bytes += "good,2020-02-29,Good\n";
        const ImportResult all = importBytes(bytes, u"csv"_qs);
        QCOMPARE(all.problems.size(), 100);
        QCOMPARE(all.problemCount, 250);
        QCOMPARE(all.problems.last().line, 101);
        QVERIFY(all.dataset.events.isEmpty());
        const ImportResult some = importBytes(bytes, u"csv"_qs, ImportOptions::SkipInvalidRows);
        QCOMPARE(some.dataset.events.size(), 1);
        QCOMPARE(some.rowsRead, 251);
    }

    void cancelBeforeStartReturnsCancelled()
    {
        QFile file(dataPath(u"gdelt2_sample.export.CSV"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ImportProgress progress;
        progress.cancel();
        const ImportResult result = importerForFormat(u"gdelt")->read(file, {}, {}, progress);
        QVERIFY(result.cancelled);
        QVERIFY(result.dataset.events.isEmpty());
        QVERIFY(result.problems.isEmpty());
    }

    void cancelWhileReadingReturnsCancelled_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gdelt") << u"gdelt"_qs;
        QTest::newRow("csv") << u"csv"_qs;
        QTest::newRow("vis") << u"vis"_qs;
    }

    // The device cancels once the importer has read some of it, as a user clicking Cancel
    // in the middle of a large file would.
    void cancelWhileReadingReturnsCancelled()
    {
        QFETCH(QString, format);
        class CancellingBuffer : public QBuffer
        {
        public:
            ImportProgress *progress = nullptr;
            qint64 readData(char *data, qint64 maximum) override
            {
                if (pos() > 0)
                    progress->cancel();
                return QBuffer::readData(data, std::min<qint64>(maximum, 64 * 1024));
            }
        };
        QByteArray bytes;
        if (format == u"gdelt") {
            QFile sample(dataPath(u"gdelt2_sample.export.CSV"_qs));
            QVERIFY(sample.open(QIODevice::ReadOnly));
            const QByteArray row = sample.readLine();
            for (int i = 0; i < 20000; ++i)
                bytes += QByteArray::number(i) + row.mid(row.indexOf('\t'));
        } else if (format == u"csv") {
            bytes = "id,start,title\n";
            for (int i = 0; i < 20000; ++i)
                bytes += "e" + QByteArray::number(i) + ",2020-01-01,Title\n";
        } else {
            bytes = "[";
            for (int i = 0; i < 20000; ++i)
                bytes += "{\"id\": " + QByteArray::number(i) + ", \"content\": \"x\", \"start\": \"2020-01-01\"},";
            bytes += "{\"id\": \"last\", \"content\": \"x\", \"start\": \"2020-01-01\"}]";
        }
        ImportProgress progress;
        CancellingBuffer buffer;
        buffer.progress = &progress;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const ImportResult result = importerForFormat(format)->read(buffer, {}, {}, progress);
        QVERIFY(result.cancelled);
        QVERIFY(result.dataset.events.isEmpty());
        QVERIFY(progress.bytesRead() > 0);
        QVERIFY(progress.bytesRead() < bytes.size());
    }
};

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_importerrors.moc"
