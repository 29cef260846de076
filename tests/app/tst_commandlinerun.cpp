// The built `dyad` executable run as a script would: exports, a saved session, and errors
// that exit non-zero with one line on stderr.
#include "import/importer.h"
#include "io/jsondataset.h"
#include "session/session.h"
#include "storage/sessionfile.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dyad;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCommandLineRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run dyad(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Recent files and settings of the runs stay in the temporary folder.
        environment.insert(u"HOME"_qs, m_dir.path());
        environment.insert(u"XDG_CONFIG_HOME"_qs, path(u"config"_qs));
        environment.insert(u"XDG_DATA_HOME"_qs, path(u"data"_qs));
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DYAD_EXECUTABLE), arguments);
        if (!process.waitForFinished(120'000))
            qWarning("dyad did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    void verifyFails(const QStringList &arguments, const QString &message)
    {
        const Run run = dyad(arguments);
        QVERIFY2(run.exitCode > 0, run.err.constData());
        const QString err = QString::fromLocal8Bit(run.err);
        QCOMPARE(err.count(u'\n'), 1);  // one line
        QVERIFY2(err.startsWith(u"dyad: ") && err.contains(message), qPrintable(err));
    }

    static ImportResult import(const QString &file, const QString &format)
    {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            return {};
        ImportProgress progress;
        return importerForFormat(format)->read(input, file, {}, progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void exportsFilteredCsvAndJson()
    {
        Session reference;
        QVERIFY(!reference.loadBundledDataset().isError());
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs, u"RUS"_qs};
        filter.actorMatch = EventFilter::ActorMatch::AllOf;
        filter.fromDay = Date::fromYmd(2017).firstDay();
        filter.toDay = Date::fromYmd(2019).lastDay();
        reference.setFilter(filter);
        const qsizetype expected = qsizetype(reference.filteredRows().size());
        QVERIFY(expected > 3);

        const QStringList filterArguments = {u"--country"_qs, u"TUR,RUS"_qs, u"--all"_qs, u"--from"_qs, u"2017"_qs, u"--to"_qs, u"2019"_qs};
        Run run = dyad(filterArguments + QStringList{u"--export"_qs, path(u"bilateral.csv"_qs)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        const ImportResult csv = import(path(u"bilateral.csv"_qs), u"csv"_qs);
        QVERIFY(csv.isComplete());
        QCOMPARE(csv.dataset.events.size(), expected);
        for (qsizetype i = 0; i < expected; ++i)
            QCOMPARE(csv.dataset.events.at(i), reference.store().event(reference.filteredRows()[size_t(i)]));

        run = dyad(filterArguments + QStringList{u"--export"_qs, path(u"bilateral.json"_qs)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const ImportResult json = import(path(u"bilateral.json"_qs), u"dyad"_qs);
        QVERIFY(json.isComplete());
        QCOMPARE(json.dataset.events.size(), expected);
        QCOMPARE(json.dataset.info, reference.info());
    }

    void savesAFilteredSessionFromADataFile()
    {
        // The CSV written above, read with an explicit format, saved as a session.
        const Run run = dyad({path(u"bilateral.csv"_qs), u"--format"_qs, u"csv"_qs, u"--category"_qs, u"arms"_qs,
                              u"--save"_qs, path(u"arms.dyad"_qs)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        SessionContents contents;
        const StorageError error = SessionFile::load(path(u"arms.dyad"_qs), contents);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(contents.store.size() > 3);
        // The filter is saved with the view, so the session reopens filtered to arms.
        QVERIFY2(QJsonDocument(contents.viewState).toJson().contains("\"arms\""), QJsonDocument(contents.viewState).toJson().constData());
    }

    void exportsViewsAndBriefs()
    {
        Run run = dyad({u"--text"_qs, u"S-400"_qs, u"--export"_qs, path(u"timeline.png"_qs), u"--size"_qs, u"900x500"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(path(u"timeline.png"_qs));
        QCOMPARE(image.width(), 1800);  // drawn at twice the logical size
        for (const QString &name : {u"timeline.svg"_qs, u"timeline.pdf"_qs, u"brief.html"_qs, u"brief.pdf"_qs, u"charts.svg"_qs,
                                    u"map.svg"_qs, u"map.pdf"_qs}) {
            QStringList arguments = {u"--country"_qs, u"TUR"_qs, u"--export"_qs, path(name)};
            if (name.startsWith(u"brief") && name.endsWith(u"pdf"))
                arguments << u"--view"_qs << u"brief"_qs;
            if (name.startsWith(u"charts"))
                arguments << u"--view"_qs << u"charts"_qs;
            if (name.startsWith(u"map"))
                arguments << u"--view"_qs << u"map"_qs;
            run = dyad(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(name + u": " + QString::fromLocal8Bit(run.err)));
            QFile file(path(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(64);
            if (name.endsWith(u"pdf"))
                QVERIFY(head.startsWith("%PDF-"));
            else if (name.endsWith(u"svg"))
                QVERIFY(head.contains("<?xml"));
            else
                QVERIFY(head.startsWith("<!DOCTYPE html>"));
        }
        QFile html(path(u"brief.html"_qs));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("src=\"data:image/png;base64,"));
        QVERIFY2(page.count("src=\"data:image/png;base64,") >= 2, "the brief shows the timeline and the map");
        // The map, headless: fitted to Turkey's partners, with its legend and attribution.
        QFile map(path(u"map.svg"_qs));
        QVERIFY(map.open(QIODevice::ReadOnly));
        const QByteArray svg = map.readAll();
        QVERIFY(svg.contains("Natural Earth"));
        QVERIFY(svg.contains("cooperative"));
        QVERIFY(page.contains("Events involving Turkey"));
    }

    void errorsAreOneLineAndNonZero()
    {
        verifyFails({u"--country"_qs, u"TUR,XYZ"_qs, u"--export"_qs, path(u"x.csv"_qs)}, u"unknown country \"XYZ\""_qs);
        verifyFails({u"--from"_qs, u"2020-13"_qs, u"--export"_qs, path(u"x.csv"_qs)}, u"bad date \"2020-13\""_qs);
        verifyFails({path(u"missing.csv"_qs), u"--export"_qs, path(u"x.csv"_qs)}, u"missing.csv: no such file"_qs);
        verifyFails({u"--export"_qs, path(u"x.xlsx"_qs)}, u"unknown export format"_qs);
        verifyFails({path(u"bilateral.csv"_qs), u"--format"_qs, u"excel"_qs, u"--save"_qs, path(u"x.dyad"_qs)}, u"unknown format \"excel\""_qs);
        verifyFails({u"--export"_qs, path(u"no/such/folder/x.csv"_qs)}, u"cannot write"_qs);
        verifyFails({QStringLiteral(DYAD_TEST_DATA_DIR "/import/detection/notes_utf16.txt"), u"--export"_qs, path(u"x.csv"_qs)},
                    u"notes_utf16.txt: the file is UTF-16 encoded; Dyad reads UTF-8"_qs);

        QFile broken(path(u"broken.csv"_qs));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("id,start,title,participants\r\nok,2020-01-02,Fine,initiator:TUR\r\nbad,2020-02-30,Impossible,initiator:TUR\r\n");
        broken.close();
        verifyFails({path(u"broken.csv"_qs), u"--export"_qs, path(u"x.json"_qs)}, u"broken.csv: line 3, column"_qs);
        QVERIFY(!QFile::exists(path(u"x.json"_qs)));
        QVERIFY(!QFile::exists(path(u"x.csv"_qs)));
    }

    // --skip-invalid: the good rows are imported, every skipped row is one line on stderr with
    // file, line, column and reason, the first 100 and then a count; exit code 3.
    void skipInvalidImportsTheGoodRowsAndReportsTheRest()
    {
        QByteArray csv = "id,start,title,participants\r\nok,2020-01-02,Fine,initiator:TUR\r\n";
        for (int i = 0; i < 102; ++i)
            csv += "bad" + QByteArray::number(i) + ",2020-02-30,Impossible,initiator:TUR\r\n";
        QFile partly(path(u"partly.csv"_qs));
        QVERIFY(partly.open(QIODevice::WriteOnly));
        partly.write(csv);
        partly.close();
        const Run run = dyad({path(u"partly.csv"_qs), u"--skip-invalid"_qs, u"--export"_qs, path(u"good.json"_qs)});
        QCOMPARE(run.exitCode, 3);
        const QStringList lines = QString::fromLocal8Bit(run.err).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 101);
        QVERIFY2(lines.first().startsWith(u"dyad: skipped partly.csv: line 3, column 2: "), qPrintable(lines.first()));
        QCOMPARE(lines.last(), u"dyad: 2 more problems"_qs);
        Dataset written;
        QFile json(path(u"good.json"_qs));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(!JsonDataset::read(json.readAll(), written).isError());
        QCOMPARE(written.events.size(), 1);

        const Run strict = dyad({path(u"partly.csv"_qs), u"--export"_qs, path(u"strict.json"_qs)});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.contains("line 3, column 2: start: 2020-02-30 does not exist (February 2020 has 29 days) (and 101 more problems)"), strict.err.constData());
        const Run clean = dyad({QStringLiteral(DYAD_TEST_DATA_DIR "/import/dyad.csv"), u"--skip-invalid"_qs, u"--export"_qs,
                                path(u"clean.json"_qs)});
        QCOMPARE(clean.exitCode, 0);
    }

    // The fixture's two bad rows, each named with its line, column and reason; the three good rows kept.
    void skipInvalidNamesEachSkippedRow()
    {
        const Run run = dyad({QStringLiteral(DYAD_TEST_DATA_DIR "/import/partly_invalid.csv"), u"--skip-invalid"_qs,
                              u"--export"_qs, path(u"partly_invalid.json"_qs)});
        QCOMPARE(run.exitCode, 3);
        const QStringList lines = QString::fromLocal8Bit(run.err).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(u"dyad: skipped partly_invalid.csv: line 3, column 2: ") && lines[0].contains(u"2020-02-30"),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(u"dyad: skipped partly_invalid.csv: line 5, column 4: ") && lines[1].contains(u"-12"),
                 qPrintable(lines[1]));
        Dataset written;
        QFile json(path(u"partly_invalid.json"_qs));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(!JsonDataset::read(json.readAll(), written).isError());
        QCOMPARE(written.events.size(), 3);
    }

    void helpExitsCleanly()
    {
        const Run run = dyad({u"--help"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--export"));
        QVERIFY(run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLineRun)
#include "tst_commandlinerun.moc"
