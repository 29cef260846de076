#include "details/eventdetailsview.h"
#include "filter/filterpanel.h"
#include "itemmodels/actormodel.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace dyad;

class TestFilterPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<EventTableModel> m_table;
    std::unique_ptr<ActorModel> m_actors;

    QModelIndex viewIndexOfActor(FilterPanel &panel, const QString &id)
    {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(panel.actorView()->model());
        return proxy->mapFromSource(m_actors->indexOfActor(id));
    }

    void clickCheckBox(QTreeView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        // The check box sits at the start of the cell, after the indentation.
        const QPoint checkBox(rect.left() + view->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 3, rect.center().y());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkBox);
    }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        QVERIFY(!m_session->loadBundledDataset().isError());
        m_table = std::make_unique<EventTableModel>(m_session.get());
        m_actors = std::make_unique<ActorModel>(m_session.get());
    }

    void tickingACountryNarrowsTheTable()
    {
        FilterPanel panel(m_session.get(), m_actors.get());
        QTableView table;
        table.setModel(m_table.get());
        panel.resize(320, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int all = table.model()->rowCount();

        const QModelIndex usa = viewIndexOfActor(panel, u"USA"_qs);
        QVERIFY(usa.isValid());
        clickCheckBox(panel.actorView(), usa);
        QCOMPARE(m_session->filter().actorIds, QStringList{u"USA"_qs});
        const int usaRows = table.model()->rowCount();
        QVERIFY(usaRows > 0);
        QVERIFY(usaRows < all);
        for (int row = 0; row < usaRows; ++row)
            QVERIFY(table.model()->index(row, EventTableModel::ActorsColumn).data().toString().contains(u"United States"));

        clickCheckBox(panel.actorView(), viewIndexOfActor(panel, u"USA"_qs));
        QCOMPARE(table.model()->rowCount(), all);
    }

    void actorSearchBoxNarrowsTheList()
    {
        FilterPanel panel(m_session.get(), m_actors.get());
        panel.show();
        QTest::keyClicks(panel.actorSearch(), u"russ"_qs);
        const QAbstractItemModel *model = panel.actorView()->model();
        int leaves = 0;
        for (int group = 0; group < model->rowCount(); ++group)
            leaves += model->rowCount(model->index(group, 0));
        QCOMPARE(leaves, 1);
    }

    void typingTextFiltersAfterAPause()
    {
        FilterPanel panel(m_session.get(), m_actors.get());
        panel.show();
        QTest::keyClicks(panel.textSearch(), u"sochi"_qs);
        QTRY_COMPARE(m_session->filter().text, u"sochi"_qs);
        QVERIFY(m_table->rowCount() >= 1);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const EventRow storeRow = m_table->storeRow(row);
            const QString text = m_session->store().title(storeRow) + m_session->store().summary(storeRow)
                               + (m_session->store().place(storeRow) ? m_session->store().place(storeRow)->name : QString());
            QVERIFY(text.contains(u"sochi", Qt::CaseInsensitive));
        }
        QTest::mouseClick(panel.findChild<QWidget *>(u"clearFilters"_qs), Qt::LeftButton);
        QVERIFY(m_session->filter().isEmpty());
        QVERIFY(panel.textSearch()->text().isEmpty());
    }

    void checkingACategoryFilters()
    {
        FilterPanel panel(m_session.get(), m_actors.get());
        panel.show();
        QListWidget *list = panel.categoryList();
        const auto items = list->findItems(u"sanctions"_qs, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        items.first()->setCheckState(Qt::Checked);
        QCOMPARE(m_session->filter().categories, QStringList{u"sanctions"_qs});
        for (int row = 0; row < m_table->rowCount(); ++row)
            QCOMPARE(m_table->index(row, EventTableModel::CategoryColumn).data().toString(), u"sanctions"_qs);
    }

    void starredOnlyAndPresets()
    {
        FilterPanel panel(m_session.get(), m_actors.get());
        panel.show();
        m_session->setStarred(m_session->store().id(5), true);
        QTest::mouseClick(panel.starredOnlyBox(), Qt::LeftButton, {}, QPoint(5, panel.starredOnlyBox()->height() / 2));
        QVERIFY(m_session->filter().starredOnly);
        QCOMPARE(m_table->rowCount(), 1);

        EventFilter turkey;
        turkey.actorIds = {u"TUR"_qs};
        m_session->savePreset({u"Turkey"_qs, turkey});
        QCOMPARE(panel.presetBox()->count(), 2);
        QCOMPARE(panel.presetBox()->itemText(1), u"Turkey"_qs);
        QTest::mouseClick(panel.findChild<QWidget *>(u"clearFilters"_qs), Qt::LeftButton);
        panel.presetBox()->setFocus();
        QTest::keyClick(panel.presetBox(), Qt::Key_Down);  // a closed combo activates the next item
        QCOMPARE(m_session->filter(), turkey);
        QVERIFY(!panel.starredOnlyBox()->isChecked());
        m_session->undoStack()->undo();  // presets are undoable edits
        QCOMPARE(panel.presetBox()->count(), 1);
    }

    void detailsShowTheSelectedEventWithSourceLinks()
    {
        EventSelectionModel selection(m_table.get());
        EventDetailsView details(m_session.get(), &selection);
        QVERIFY(details.toPlainText().contains(u"Select an event"));
        QVERIFY(selection.selectKey(m_session->store().key(0)));
        QCOMPARE(details.shownKey(), std::optional<EventKey>(m_session->store().key(0)));
        QVERIFY(details.toPlainText().contains(m_session->store().title(0)));
        QVERIFY(details.toHtml().contains(u"href=\"http"));
        QVERIFY(!EventDetailsView::isOpenableLink(QUrl(u"javascript:alert(1)"_qs)));
        QVERIFY(!EventDetailsView::isOpenableLink(QUrl(u"file:///etc/passwd"_qs)));
        QVERIFY(EventDetailsView::isOpenableLink(QUrl(u"https://example.org/a"_qs)));
    }
};

QTEST_MAIN(TestFilterPanel)
#include "tst_filterpanel.moc"
