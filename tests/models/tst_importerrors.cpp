// Malformed input is refused whole with a specific message at a specific line; cancel leaves nothing.
#include "importtesting.h"

#include "import/storemerge.h"
#include "session/session.h"

#include <QDir>
#include <QSet>

using namespace dyad;
using namespace dyad::importtesting;

namespace {

struct CorpusEntry
{
    QString file, format;
    int line = 0, column = 0;
    QString fragment;
};

QList<CorpusEntry> corpusIndex()
{
    QFile index(dataPath(u"malformed/index.tsv"_qs));
    if (!index.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read malformed/index.tsv");
    QList<CorpusEntry> entries;
    while (!index.atEnd()) {
        const QString text = QString::fromUtf8(index.readLine()).chopped(1);
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList fields = text.split(u'\t');
        if (fields.size() != 5)
            qFatal("malformed/index.tsv: expected 5 tab-separated fields in \"%s\"", qPrintable(text));
        entries.append({fields[0], fields[1], fields[2].toInt(), fields[3].toInt(), fields[4]});
    }
    return entries;
}

EventStore prefilledStore()
{
    EventStore store;
    store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, std::nullopt});
    store.appendUnsorted({u"kept"_qs, Date::fromYmd(2020, 1, 1), std::nullopt, u"Kept"_qs, {}, {}, 0,
                          {{u"TUR"_qs, ParticipantRole::Initiator}}, std::nullopt, {}});
    store.sortByStart();
    return store;
}

bool sameStore(const EventStore &a, const EventStore &b)
{
    if (a.size() != b.size() || a.actors() != b.actors())
        return false;
    for (EventRow row = 0; row < EventRow(a.size()); ++row) {
        if (a.event(row) != b.event(row))
            return false;
    }
    return true;
}

} // namespace

class TestImportErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One row per line of malformed/index.tsv: file, format, line, column, message fragment.
    void malformedInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");
        for (const CorpusEntry &entry : corpusIndex())
            QTest::newRow(qPrintable(entry.file)) << entry.file << entry.format << entry.line << entry.column << entry.fragment;
    }

    // Every malformed file is refused whole with a specific message at a specific place, and
    // an open session (its store, and the session with its undo stack) stays as it was.
    void malformedInputs()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);

        const ImportResult result = importFile(dataPath(u"malformed/"_qs + file), format);
        QVERIFY(result.refused);
        QVERIFY(result.dataset.events.isEmpty());
        QVERIFY(result.dataset.actors.isEmpty());
        QVERIFY(result.problemCount >= 1);
        const ParseError &problem = result.problems.first();
        const QByteArray actual = QByteArray::number(problem.line) + '\t' + QByteArray::number(problem.column) + '\t'
                                + problem.message.toUtf8();
        QVERIFY2(problem.message.contains(fragment), actual.constData());
        QVERIFY2(problem.line == line && problem.column == column, actual.constData());
        QCOMPARE(problem.file, file);
        QVERIFY(problem.toString().contains(file));

        // Lenient mode finds the same first problem; a broken file is refused there too, and
        // a file with bad rows only imports the good ones.
        const ImportResult lenient = importFile(dataPath(u"malformed/"_qs + file), format, ImportOptions::SkipInvalidRows);
        QVERIFY(lenient.problemCount >= 1);
        QCOMPARE(lenient.problems.first().line, line);
        QCOMPARE(lenient.problems.first().column, column);
        QCOMPARE(lenient.problemCount, result.problemCount);

        // Into a pre-filled store, the way File ▸ Import merges, and on into a session.
        Session session;
        session.reset({}, prefilledStore());
        session.setNote(u"kept"_qs, u"my note"_qs);
        EventStore copy = session.store();
        QFile input(dataPath(u"malformed/"_qs + file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        ImportProgress progress;
        const ImportResult merged = importerForFormat(format)->readInto(copy, input, file, {}, progress);
        QVERIFY(merged.refused);
        QVERIFY(sameStore(copy, session.store()));
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(session.store().size(), 1);
        QCOMPARE(session.store().actorCount(), 1);
        QCOMPARE(session.annotations().annotation(u"kept"_qs).note, u"my note"_qs);
    }

    // Each file in the folder is in the index and each indexed file is there.
    void malformedCorpusIsComplete()
    {
        QStringList indexed;
        for (const CorpusEntry &entry : corpusIndex())
            indexed.append(entry.file);
        QStringList files = QDir(dataPath(u"malformed"_qs)).entryList(QDir::Files, QDir::Name);
        files.removeOne(u"index.tsv"_qs);
        indexed.sort();
        QCOMPARE(indexed, files);
        QVERIFY(files.size() >= 100);
        QSet<QString> formats;
        for (const CorpusEntry &entry : corpusIndex())
            formats.insert(entry.format == u"timelinejs-json" ? u"timelinejs"_qs : entry.format);
        QCOMPARE(formats.size(), 6);  // dyad, csv, timelinejs, vis, gdelt, acled
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
        const ImportResult result = importFile(dataPath(u"malformed/csv_tone_out_of_range.csv"_qs), u"csv"_qs,
                                               ImportOptions::SkipInvalidRows);
        QVERIFY(!result.refused);
        QCOMPARE(result.dataset.events.size(), 1);
        QCOMPARE(result.dataset.events[0].id, u"a"_qs);
        QCOMPARE(result.problemCount, 1);
        QCOMPARE(result.problems[0].line, 3);
        QCOMPARE(result.problems[0].column, 4);

        // A broken file is refused even then: what follows an open quote cannot be trusted.
        const ImportResult broken = importFile(dataPath(u"malformed/csv_open_quote.csv"_qs), u"csv"_qs, ImportOptions::SkipInvalidRows);
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
