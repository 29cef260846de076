#include "import/storemerge.h"
#include "itemmodels/actormodel.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "syntheticdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dyad;

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        m_session->reset(testing::syntheticInfo(), testing::generateSyntheticStore({2'000, 3}));
    }

    void tableModelPassesTheTesterThroughFilterAndSort()
    {
        EventTableModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2000);
        EventFilter filter;
        filter.actorIds = {u"TUR"_qs};
        m_session->setFilter(filter);
        QCOMPARE(size_t(model.rowCount()), m_session->filteredRows().size());
        for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::DescendingOrder);
            model.sort(column, Qt::AscendingOrder);
        }
    }

    void tableSortsByRawValues()
    {
        EventTableModel model(m_session.get());
        model.sort(EventTableModel::ToneColumn, Qt::AscendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(EventTableModel::ToneRole).toDouble() <= model.index(row, 0).data(EventTableModel::ToneRole).toDouble());
        model.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(EventTableModel::StartDayRole).toInt() >= model.index(row, 0).data(EventTableModel::StartDayRole).toInt());
    }

    void indexOfKeyInvertsKeyAt()
    {
        EventTableModel model(m_session.get());
        model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        for (int row = 0; row < model.rowCount(); row += 97) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(model.indexOfKey(model.keyAt(index)), index);
        }
    }

    void selectionSurvivesFilterAndSortWhenStillShown()
    {
        EventTableModel model(m_session.get());
        EventSelectionModel selection(&model);
        QSignalSpy currentChanged(&selection, &EventSelectionModel::currentKeyChanged);
        const EventRow chosenRow = m_session->filteredRows()[500];
        const EventKey key = m_session->store().key(chosenRow);
        QVERIFY(selection.selectKey(key));
        QCOMPARE(currentChanged.count(), 1);

        model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(selection.currentKey(), key);

        EventFilter filter;
        filter.fromDay = m_session->store().startDay(chosenRow);
        filter.toDay = m_session->store().startDay(chosenRow);
        m_session->setFilter(filter);
        QCOMPARE(selection.currentKey(), key);
        QCOMPARE(selection.selectedKeys(), std::vector<EventKey>{key});

        filter.fromDay = filter.toDay = m_session->store().firstDay() - 10;  // hides everything
        m_session->setFilter(filter);
        QVERIFY(!selection.currentKey());
        QCOMPARE(currentChanged.last().at(0).value<std::optional<EventKey>>(), std::nullopt);
    }

    // Deleting the event that is selected and shown last: the selection empties, nothing
    // reads the old row against the smaller store, and undo brings the event back by key.
    void selectionAcrossDeletingTheLastEvent()
    {
        EventTableModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventSelectionModel selection(&model);
        QSignalSpy currentChanged(&selection, &EventSelectionModel::currentKeyChanged);
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        const EventKey key = model.keyAt(last);
        const QString id = last.data(EventTableModel::EventIdRole).toString();
        QVERIFY(selection.selectKey(key));

        m_session->deleteEvent(id);
        QCOMPARE(model.rowCount(), 1999);
        QVERIFY(!selection.currentKey());
        QVERIFY(selection.selectedKeys().empty());
        QCOMPARE(currentChanged.last().at(0).value<std::optional<EventKey>>(), std::nullopt);
        QVERIFY(!model.indexOfKey(key).isValid());

        m_session->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2000);
        QVERIFY(m_session->store().keyOfId(id) == key);  // the same key names it again
        QVERIFY(selection.selectKey(key));
        QCOMPARE(model.indexOfKey(key).data(EventTableModel::EventIdRole).toString(), id);
    }

    // A merge import adds events before the selected one in time: the selected event keeps
    // its key and stays selected; undoing the import keeps it selected too.
    void selectionAcrossMergeImportAndItsUndo()
    {
        EventTableModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventSelectionModel selection(&model);
        const EventRow chosenRow = m_session->filteredRows()[1500];
        const EventKey key = m_session->store().key(chosenRow);
        const QString id = m_session->store().id(chosenRow);
        QVERIFY(selection.selectKey(key));

        Dataset imported;
        imported.actors = m_session->store().actors();
        for (int i = 0; i < 300; ++i) {
            Event event = m_session->store().event(m_session->filteredRows()[i]);
            event.id = u"imported-%1"_qs.arg(i);
            event.start = Date::fromJulianDay(m_session->store().firstDay() - 400 + i);  // earlier: rows shift
            event.end = {};
            imported.events.append(event);
        }
        EventStore merged = m_session->store();
        const MergeReport report = mergeIntoStore(merged, imported);
        QCOMPARE(report.added, 300);
        m_session->importEvents(std::move(merged), report.added, report.updatedKeys);

        QCOMPARE(model.rowCount(), 2300);
        QVERIFY(m_session->store().keyOfId(id) == key);
        QCOMPARE(selection.currentKey(), key);
        QCOMPARE(selection.selectedKeys(), std::vector<EventKey>{key});
        QCOMPARE(model.data(selection.currentIndex(), EventTableModel::EventIdRole).toString(), id);

        m_session->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(selection.currentKey(), key);
        QCOMPARE(model.data(selection.currentIndex(), EventTableModel::EventIdRole).toString(), id);

        m_session->undoStack()->redo();
        QCOMPARE(selection.currentKey(), key);
        QCOMPARE(model.data(selection.currentIndex(), EventTableModel::EventIdRole).toString(), id);
    }

    // Undoing an import whose events were selected: they are gone, the selection with them.
    void selectionOfImportedEventsAcrossUndo()
    {
        EventTableModel model(m_session.get());
        EventSelectionModel selection(&model);
        Dataset imported;
        imported.actors = m_session->store().actors();
        Event event = m_session->store().event(m_session->filteredRows()[0]);
        event.id = u"only-imported"_qs;
        imported.events.append(event);
        EventStore merged = m_session->store();
        const MergeReport report = mergeIntoStore(merged, imported);
        m_session->importEvents(std::move(merged), report.added, report.updatedKeys);
        const EventKey key = m_session->store().keyOfId(u"only-imported"_qs).value();
        QVERIFY(selection.selectKey(key));

        m_session->undoStack()->undo();
        QVERIFY(!selection.currentKey());
        QVERIFY(selection.selectedKeys().empty());
        QVERIFY(!model.indexOfKey(key).isValid());
    }

    void actorModelPassesTheTesterAndChecksFilter()
    {
        ActorModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 3);  // states, people, organisations, armed groups
        const QModelIndex turkey = model.indexOfActor(u"TUR"_qs);
        QVERIFY(turkey.isValid());
        QCOMPARE(turkey.data(ActorModel::ActorIdRole).toString(), u"TUR"_qs);
        QVERIFY(turkey.data(ActorModel::EventCountRole).toUInt() > 0);
        QCOMPARE(turkey.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        QVERIFY(model.setData(turkey, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_session->filter().actorIds, QStringList{u"TUR"_qs});
        QCOMPARE(turkey.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.setData(turkey, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(m_session->filter().actorIds.isEmpty());

        m_session->reset(testing::syntheticInfo(), testing::generateSyntheticStore({50, 4}));
        QVERIFY(model.indexOfActor(u"TUR"_qs).isValid());
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
