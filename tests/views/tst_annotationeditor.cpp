#include "annotations/annotationeditor.h"
#include "annotations/annotationsview.h"
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "syntheticdata.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace dyad;

class TestAnnotationEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<EventTableModel> m_table;
    std::unique_ptr<EventSelectionModel> m_selection;

    QString idOfRow(EventRow row) const { return m_session->store().id(row); }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        m_session->reset(testing::syntheticInfo(), testing::generateSyntheticStore({200, 5}));
        m_table = std::make_unique<EventTableModel>(m_session.get());
        m_selection = std::make_unique<EventSelectionModel>(m_table.get());
    }

    void isDisabledWithoutAnEvent()
    {
        AnnotationEditor editor(m_session.get(), m_selection.get());
        QVERIFY(!editor.isEnabled());
        m_selection->selectKey(m_session->store().key(3));
        QVERIFY(editor.isEnabled());
    }

    void typingANoteIsOneUndoStepUntilFocusLeaves()
    {
        AnnotationEditor editor(m_session.get(), m_selection.get());
        QLineEdit elsewhere;
        editor.show();
        m_selection->selectKey(m_session->store().key(3));
        editor.noteEdit()->setFocus();
        QTest::keyClicks(editor.noteEdit(), u"First use of CAATSA against a NATO ally"_qs);
        QCOMPARE(m_session->annotations().annotation(idOfRow(3)).note, u"First use of CAATSA against a NATO ally"_qs);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_session->undoStack()->undoText(), u"Add Note"_qs);

        m_session->finishNoteEditing();  // what losing focus does
        QTest::keyClicks(editor.noteEdit(), u"!"_qs);
        QCOMPARE(m_session->undoStack()->count(), 2);
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QVERIFY(m_session->annotations().annotation(idOfRow(3)).note.isEmpty());
        QVERIFY(editor.noteEdit()->toPlainText().isEmpty());
    }

    void starTagsAndHighlight()
    {
        AnnotationEditor editor(m_session.get(), m_selection.get());
        editor.show();
        m_selection->selectKey(m_session->store().key(7));
        QTest::mouseClick(editor.starButton(), Qt::LeftButton);
        QVERIFY(m_session->annotations().annotation(idOfRow(7)).starred);
        QCOMPARE(m_table->indexOfKey(m_session->store().key(7)).data(EventTableModel::StarredRole).toBool(), true);

        editor.tagsEdit()->setFocus();
        QTest::keyClicks(editor.tagsEdit(), u"#leverage, s400"_qs);
        QTest::keyClick(editor.tagsEdit(), Qt::Key_Return);
        QCOMPARE(m_session->annotations().annotation(idOfRow(7)).tags, (QStringList{u"leverage"_qs, u"s400"_qs}));

        editor.highlightBox()->setCurrentIndex(1);
        QCOMPARE(m_session->annotations().annotation(idOfRow(7)).highlight, AnnotationEditor::highlightColors().first().second);
        QCOMPARE(m_session->undoStack()->count(), 3);

        // Another event shows its own (empty) annotation.
        m_selection->selectKey(m_session->store().key(8));
        QVERIFY(!editor.starButton()->isChecked());
        QVERIFY(editor.tagsEdit()->text().isEmpty());
    }

    void linkGestureCreatesATypedLink()
    {
        AnnotationEditor editor(m_session.get(), m_selection.get());
        editor.show();
        m_selection->selectKey(m_session->store().key(20));
        QTest::mouseClick(editor.linkButton(), Qt::LeftButton);
        QVERIFY(!editor.createLinkButton()->isEnabled());  // the other end is not chosen yet
        m_selection->selectKey(m_session->store().key(10));
        QVERIFY(editor.createLinkButton()->isEnabled());
        editor.linkTypeBox()->setCurrentIndex(0);
        QTest::mouseClick(editor.createLinkButton(), Qt::LeftButton);
        QCOMPARE(m_session->annotations().links().size(), 1);
        const EventLink link = m_session->annotations().links().first();
        QCOMPARE(link.fromEventId, idOfRow(20));
        QCOMPARE(link.toEventId, idOfRow(10));
        QCOMPARE(link.type, u"responds to"_qs);
        QCOMPARE(editor.linkList()->count(), 1);
        QCOMPARE(m_session->undoStack()->undoText(), u"Add Link"_qs);
    }

    void annotationsListJumpsToTheEvent()
    {
        AnnotationsView view(m_session.get(), m_selection.get());
        view.show();
        m_session->setNote(idOfRow(42), u"Sochi talks"_qs);
        m_session->setStarred(idOfRow(5), true);
        QCOMPARE(view.table()->model()->rowCount(), 2);
        QTest::keyClicks(view.searchBox(), u"sochi"_qs);
        QCOMPARE(view.table()->model()->rowCount(), 1);
        const QModelIndex first = view.table()->model()->index(0, 1);
        view.table()->scrollTo(first);
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, view.table()->visualRect(first).center());
        QCOMPARE(m_selection->currentKey(), std::optional<EventKey>(m_session->store().key(42)));
    }
};

QTEST_MAIN(TestAnnotationEditor)
#include "tst_annotationeditor.moc"
