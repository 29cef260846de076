#include "core/eventstore.h"
#include "io/jsondataset.h"
#include "session/session.h"

#include <QFile>
#include <QTest>

using namespace dyad;

class TestJsonDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledDatasetIsCompleteAndSourced()
    {
        QFile file(u":/data/bundled.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Dataset dataset;
        const ParseError error = JsonDataset::read(file.readAll(), dataset);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(dataset.events.size() >= 40);
        QVERIFY(!dataset.info.title.isEmpty());
        QVERIFY(!dataset.info.attribution.isEmpty());
        for (const Event &event : std::as_const(dataset.events)) {
            QVERIFY2(!event.sources.isEmpty(), qPrintable(event.id));
            for (const Source &source : event.sources)
                QVERIFY2(source.url.startsWith(u"http"), qPrintable(event.id));
            QVERIFY2(!event.participants.isEmpty(), qPrintable(event.id));
            QVERIFY(event.start.year() >= 2015 && event.start.year() <= 2021);
        }
        for (const char *story : {"S-400", "F-35", "CAATSA", "Sochi", "TurkStream", "Libya", "Karabakh", "Sputnik"}) {
            const QString word = QString::fromLatin1(story);
            QVERIFY2(std::any_of(dataset.events.begin(), dataset.events.end(),
                                 [&](const Event &e) { return e.title.contains(word, Qt::CaseInsensitive) || e.summary.contains(word, Qt::CaseInsensitive); }),
                     story);
        }
    }

    void sessionLoadsTheBundledDataset()
    {
        Session session;
        const ParseError error = session.loadBundledDataset();
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(session.store().size() >= 40);
        QCOMPARE(session.filteredRows().size(), size_t(session.store().size()));
    }

    void writeThenReadIsIdentical()
    {
        QFile file(u":/data/bundled.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Dataset original;
        QVERIFY(!JsonDataset::read(file.readAll(), original).isError());
        EventStore store;
        fillStore(store, original);
        const Dataset exported = datasetFromStore(original.info, store);
        Dataset reread;
        const ParseError error = JsonDataset::read(JsonDataset::write(exported), reread);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(reread.info, original.info);
        QCOMPARE(reread.actors.size(), original.actors.size());
        QCOMPARE(reread.events, exported.events);
        // The store keeps every field: compare with the original, sorted by start like the store.
        QList<Event> sorted = original.events;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Event &a, const Event &b) { return a.firstDay() < b.firstDay(); });
        QCOMPARE(exported.events, sorted);
    }

    void syntaxErrorsGiveLineAndColumn()
    {
        Dataset dataset;
        dataset.info.title = u"untouched"_qs;
        const ParseError error = JsonDataset::read("{\n  \"events\": [\n    {\"id\": \"a\",, }\n  ]\n}", dataset);
        QVERIFY(error.isError());
        QCOMPARE(error.line, 3);
        QVERIFY(error.column > 1);
        QCOMPARE(dataset.info.title, u"untouched"_qs);
    }

    void semanticErrorsNameThePathAndLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("line");
        const QByteArray actors = R"("actors": [{"id": "TUR", "name": "Turkey", "kind": "state"}],)";
        QTest::newRow("impossible date") << QByteArray("{" + actors + "\n\"events\": [\n{\"id\": \"x\", \"start\": \"2020-02-30\", \"title\": \"T\"}]}")
                                         << u"events[0].start"_qs << 3;
        QTest::newRow("unknown actor") << QByteArray("{" + actors + "\n\"events\": [\n{\"id\": \"y\", \"start\": \"2020\", \"title\": \"T\", \"participants\": [{\"actor\": \"XXX\"}]}]}")
                                       << u"unknown actor"_qs << 3;
        QTest::newRow("tone out of range") << QByteArray("{" + actors + "\"events\": [{\"id\": \"z\", \"start\": \"2020\", \"title\": \"T\", \"tone\": 11}]}")
                                           << u"tone"_qs << 1;
        QTest::newRow("end before start") << QByteArray("{" + actors + "\"events\": [{\"id\": \"w\", \"start\": \"2020\", \"end\": \"2019\", \"title\": \"T\"}]}")
                                          << u"end is before"_qs << 1;
        QTest::newRow("javascript url") << QByteArray("{" + actors + "\"events\": [{\"id\": \"v\", \"start\": \"2020\", \"title\": \"T\", \"sources\": [{\"url\": \"javascript:alert(1)\"}]}]}")
                                        << u"not an http"_qs << 1;
        QTest::newRow("duplicate id") << QByteArray("{" + actors + "\"events\": [{\"id\": \"u\", \"start\": \"2020\", \"title\": \"T\"}, {\"id\": \"u\", \"start\": \"2021\", \"title\": \"T\"}]}")
                                      << u"duplicate event id"_qs << 1;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"expected a JSON object"_qs << 0;
        QTest::newRow("newer version") << QByteArray("{\"version\": 99, \"events\": []}") << u"newer version"_qs << 0;
    }
    void semanticErrorsNameThePathAndLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(int, line);
        Dataset dataset;
        const ParseError error = JsonDataset::read(json, dataset);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QVERIFY(dataset.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonDataset)
#include "tst_jsondataset.moc"
