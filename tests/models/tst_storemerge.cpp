// Re-import adds nothing; merging and readInto() leave a store exactly as fillStore() would.
#include "importtesting.h"

#include "import/storemerge.h"

#include <QDate>

using namespace dyad;
using namespace dyad::importtesting;

class TestStoreMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reimportAddsNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("gdelt") << u"gdelt2_sample.export.CSV"_qs << u"gdelt"_qs;
        QTest::newRow("acled") << u"acled_current.csv"_qs << u"acled"_qs;
        QTest::newRow("timelinejs") << u"timelinejs.csv"_qs << u"timelinejs"_qs;
        QTest::newRow("vis") << u"vis.json"_qs << u"vis"_qs;
        QTest::newRow("csv") << u"dyad.csv"_qs << u"csv"_qs;
    }

    void reimportAddsNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        EventStore store;
        const ImportResult first = importFile(dataPath(file), format);
        VERIFY_COMPLETE(first);
        const MergeReport added = mergeIntoStore(store, first.dataset);
        QCOMPARE(added.added, first.dataset.events.size());
        QCOMPARE(added.actorsAdded, first.dataset.actors.size());
        const qsizetype actors = store.actorCount();

        const ImportResult second = importFile(dataPath(file), format);
        const MergeReport again = mergeIntoStore(store, second.dataset);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, first.dataset.events.size());
        QCOMPARE(again.actorsAdded, 0);
        QCOMPARE(store.size(), first.dataset.events.size());
        QCOMPARE(store.actorCount(), actors);
    }

    // Merging into an empty store (the UTF-8 bulk path) leaves it as fillStore() would.
    void mergeIntoEmptyStoreEqualsFillStore_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("gdelt") << u"gdelt2_sample.export.CSV"_qs << u"gdelt"_qs;
        QTest::newRow("acled") << u"acled_current.csv"_qs << u"acled"_qs;
        QTest::newRow("csv") << u"dyad.csv"_qs << u"csv"_qs;
        QTest::newRow("timelinejs") << u"timelinejs.json"_qs << u"timelinejs-json"_qs;
    }

    void mergeIntoEmptyStoreEqualsFillStore()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const ImportResult result = importFile(dataPath(file), format);
        VERIFY_COMPLETE(result);
        EventStore filled;
        fillStore(filled, result.dataset);
        EventStore merged;
        mergeIntoStore(merged, result.dataset);
        QCOMPARE(merged.size(), filled.size());
        QCOMPARE(merged.actors(), filled.actors());
        for (EventRow row = 0; row < EventRow(filled.size()); ++row) {
            QCOMPARE(merged.event(row), filled.event(row));
            QCOMPARE(merged.categoryName(merged.category(row)), filled.categoryName(filled.category(row)));
            QCOMPARE(merged.searchTextUtf8(row), filled.searchTextUtf8(row));
        }
    }

    // readInto() an empty store gives the store read() and fillStore() would, for every format
    // (GDELT has its own path that never builds Event values).
    void readIntoAnEmptyStore_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        const auto file = [](const QString &name) {
            QFile input(dataPath(name));
            if (!input.open(QIODevice::ReadOnly))
                qFatal("missing %s", qPrintable(name));
            return input.readAll();
        };
        QTest::newRow("gdelt 2.0") << file(u"gdelt2_sample.export.CSV"_qs) << u"gdelt"_qs;
        QTest::newRow("gdelt 1.0") << file(u"gdelt1_sample.export.CSV"_qs) << u"gdelt"_qs;
        QTest::newRow("acled") << file(u"acled_2019.csv"_qs) << u"acled"_qs;
        QTest::newRow("timelinejs") << file(u"timelinejs.csv"_qs) << u"timelinejs"_qs;
        // Many rows out of date order, repeating places, odd links: the sorting and interning paths.
        const QByteArray sample = file(u"gdelt2_sample.export.CSV"_qs);
        const QList<QByteArray> rows = sample.trimmed().split('\n');
        QByteArray many;
        for (int i = 0; i < 3000; ++i) {
            QList<QByteArray> fields = rows[i % rows.size()].split('\t');
            fields[0] = QByteArray::number(5000000 + (i * 7919) % 3000);  // unique, not rising
            fields[1] = QDate(2019, 1, 1).addDays((i * 37) % 700).toString(u"yyyyMMdd"_qs).toLatin1();
            if (i % 11 == 0)
                fields[60] = "https://example.org/a b|" + QByteArray::number(i);
            many += fields.join('\t') + '\n';
        }
        QTest::newRow("gdelt unsorted") << many << u"gdelt"_qs;
    }

    void readIntoAnEmptyStore()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        const ImportResult values = importBytes(bytes, format);
        VERIFY_COMPLETE(values);
        EventStore expected;
        fillStore(expected, values.dataset);

        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ImportProgress progress;
        EventStore store;
        const ImportResult result = importerForFormat(format)->readInto(store, buffer, {}, {}, progress);
        VERIFY_COMPLETE(result);
        QVERIFY(result.dataset.events.isEmpty());
        QCOMPARE(result.dataset.info, values.dataset.info);
        QCOMPARE(result.rowsRead, values.rowsRead);
        QCOMPARE(store.size(), expected.size());
        QCOMPARE(store.actors(), expected.actors());
        for (EventRow row = 0; row < EventRow(store.size()); ++row) {
            QCOMPARE(store.event(row), expected.event(row));
            QCOMPARE(store.searchTextUtf8(row), expected.searchTextUtf8(row));
        }
    }

    void readIntoLeavesTheStoreAsItWasWhenRefusedOrCancelled()
    {
        for (const bool emptyStore : {true, false}) {
            EventStore store;
            if (!emptyStore)
                mergeIntoStore(store, importFile(dataPath(u"acled_current.csv"_qs), u"acled"_qs).dataset);
            const qsizetype before = store.size();
            QFile bad(dataPath(u"malformed/gdelt_truncated.export.CSV"_qs));
            QVERIFY(bad.open(QIODevice::ReadOnly));
            ImportProgress progress;
            const ImportResult refused = importerForFormat(u"gdelt")->readInto(store, bad, {}, {}, progress);
            QVERIFY(refused.refused);
            QCOMPARE(store.size(), before);

            QFile good(dataPath(u"gdelt2_sample.export.CSV"_qs));
            QVERIFY(good.open(QIODevice::ReadOnly));
            ImportProgress cancelled;
            cancelled.cancel();
            QVERIFY(importerForFormat(u"gdelt")->readInto(store, good, {}, {}, cancelled).cancelled);
            QCOMPARE(store.size(), before);
            QCOMPARE(store.actorCount() == 0, emptyStore);
        }
    }

    void changedEventsAreUpdatedNotDuplicated()
    {
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey (edited)"_qs, ActorKind::State, {}, std::nullopt});
        ImportResult result = importFile(dataPath(u"gdelt2_sample.export.CSV"_qs), u"gdelt"_qs);
        mergeIntoStore(store, result.dataset);
        result.dataset.events[0].tone = -4;
        result.dataset.events[1].title = u"Renamed"_qs;
        const MergeReport report = mergeIntoStore(store, result.dataset);
        QCOMPARE(report.updated, 2);
        QCOMPARE(report.unchanged, 4);
        QCOMPARE(store.size(), 6);
        const EventRow row = store.rowOfKey(*store.keyOfId(result.dataset.events[0].id));
        QCOMPARE(store.tone(row), -4.0f);
        // The session's own actor wins over the file's.
        QCOMPARE(store.actor(*store.actorIndex(u"TUR")).name, u"Turkey (edited)"_qs);
    }

    void manyChangesRebuildTheStoreOnce()
    {
        QByteArray before = "id,start,title,tone\n";
        QByteArray after = before;
        for (int i = 0; i < 300; ++i) {
            before += "e" + QByteArray::number(i) + ",2020-01-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",T,1\n";
            after += "e" + QByteArray::number(i) + ",2021-01-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",T,2\n";
        }
        EventStore store;
        mergeIntoStore(store, importBytes(before, u"csv"_qs).dataset);
        const MergeReport report = mergeIntoStore(store, importBytes(after, u"csv"_qs).dataset);
        QCOMPARE(report.updated, 300);
        QCOMPARE(store.size(), 300);
        QCOMPARE(store.startDate(0).year(), 2021);
        QCOMPARE(store.tone(299), 2.0f);
    }

    // A merge that moves many events and inserts new ones before them keeps every key's event.
    void mergingKeepsEveryEventsKey()
    {
        QByteArray before = "id,start,title,tone\n";
        QByteArray after = before;
        for (int i = 0; i < 200; ++i) {
            const QByteArray id = "e" + QByteArray::number(i);
            const QByteArray day = QByteArray::number(1 + i % 28).rightJustified(2, '0');
            before += id + ",2020-01-" + day + ",T" + QByteArray::number(i) + ",1\n";
            after += id + ",2020-0" + QByteArray::number(2 + i % 7) + "-" + day + ",T" + QByteArray::number(i) + ",-1\n";
        }
        for (int i = 0; i < 50; ++i)
            after += "new" + QByteArray::number(i) + ",2001-01-01,Earlier,0\n";
        EventStore store;
        mergeIntoStore(store, importBytes(before, u"csv"_qs).dataset);
        QHash<EventKey, QString> idOfKey;
        for (EventRow row = 0; row < EventRow(store.size()); ++row)
            idOfKey.insert(store.key(row), store.id(row));

        const MergeReport report = mergeIntoStore(store, importBytes(after, u"csv"_qs).dataset);
        QCOMPARE(report.updated, 200);
        QCOMPARE(report.added, 50);
        QCOMPARE(store.id(0).left(3), u"new"_qs);
        for (auto it = idOfKey.cbegin(); it != idOfKey.cend(); ++it) {
            const EventRow row = store.rowOfKey(it.key());
            QVERIFY(row != noRow);
            QCOMPARE(store.id(row), it.value());
            QCOMPARE(store.tone(row), -1.0f);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreMerge)
#include "tst_storemerge.moc"
