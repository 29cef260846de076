#include "editing/actoreditordialog.h"
#include "editing/eventdeletion.h"
#include "editing/eventeditordialog.h"
#include "editing/participanttable.h"
#include "editing/sourcetable.h"
#include "session/session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace dyad;

namespace {

Event storedEvent(const QString &id, const QString &start)
{
    Event event;
    event.id = id;
    event.start = *Date::fromIsoString(start);
    event.title = u"Stored "_qs + id;
    event.category = u"diplomacy"_qs;
    event.participants = {{u"TUR"_qs, ParticipantRole::Initiator}, {u"RUS"_qs, ParticipantRole::Target}};
    event.sources = {{u"Example Publisher"_qs, u"Report"_qs, u"https://example.org/"_qs + id, {}}};
    return event;
}

template<typename T>
T *field(QWidget &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no field %s", qPrintable(name));
    return widget;
}

QLabel *errorOf(QWidget &dialog, const QString &name)
{
    return field<QLabel>(dialog, name + u"Error");
}

// What the user sees under a field: nothing, or the error label's text.
QString shownError(QWidget &dialog, const QString &name)
{
    QLabel *label = errorOf(dialog, name);
    return label->isVisible() ? label->text() : QString();
}

void replaceText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
}

// Replaces a table cell's text through the editor the table opens, as a user does.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();  // the delegate commits the editor's text in a queued call
    QCOMPARE(table->item(row, column)->text(), text);
}

void showAndActivate(QWidget &dialog)
{
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

} // namespace

class TestEventEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, GeoPoint{39.93, 32.86}});
        store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, {}});
        store.addActor({u"USA"_qs, u"United States"_qs, ActorKind::State, {}, {}});
        store.addActor({u"NATO"_qs, u"NATO"_qs, ActorKind::Organisation, {}, {}});
        store.addActor({u"tur-minister"_qs, u"A Turkish minister"_qs, ActorKind::Person, u"TUR"_qs, {}});
        store.appendUnsorted(storedEvent(u"a"_qs, u"2017-09-12"_qs));
        store.appendUnsorted(storedEvent(u"b"_qs, u"2019-07-12"_qs));
        store.sortByStart();
        m_session->reset({u"Test"_qs, {}, {}}, std::move(store));
    }

    void newEventIsSavedOnlyWhenValid()
    {
        EventEditorDialog dialog(*m_session);
        showAndActivate(dialog);
        QPushButton *save = dialog.saveButton();
        QVERIFY(dialog.isNewEvent());
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(u"Start date"));
        // Fields the user has not reached yet say nothing.
        QCOMPARE(shownError(dialog, u"title"_qs), QString());
        QCOMPARE(shownError(dialog, u"participants"_qs), QString());

        auto *start = field<QLineEdit>(dialog, u"start"_qs);
        QCOMPARE(QApplication::focusWidget(), start);
        QTest::keyClicks(start, u"2019-02-30"_qs);
        QVERIFY(shownError(dialog, u"start"_qs).startsWith(u"Not a date"));
        replaceText(start, u"2019-07-12"_qs);
        QCOMPARE(shownError(dialog, u"start"_qs), QString());
        QCOMPARE(field<QLabel>(dialog, u"startHint"_qs)->text(), Date::fromYmd(2019, 7, 12).toDisplayString());

        auto *end = field<QLineEdit>(dialog, u"end"_qs);
        QTest::keyClicks(end, u"2019-07-01"_qs);
        QCOMPARE(shownError(dialog, u"end"_qs), u"The end is before the start"_qs);
        replaceText(end, u"2019-08"_qs);
        QCOMPARE(shownError(dialog, u"end"_qs), QString());

        auto *title = field<QLineEdit>(dialog, u"title"_qs);
        QTest::keyClicks(title, u"First delivery"_qs);
        QCOMPARE(field<QLineEdit>(dialog, u"id"_qs)->text(), u"2019-07-12-first-delivery"_qs);
        replaceText(title, u"  "_qs);
        QCOMPARE(shownError(dialog, u"title"_qs), u"Enter a title"_qs);
        replaceText(title, u"First delivery"_qs);

        QTest::keyClicks(field<QComboBox>(dialog, u"category"_qs), u"arms"_qs);
        auto *tone = field<QDoubleSpinBox>(dialog, u"tone"_qs);
        replaceText(tone, u"-3.5"_qs);
        QCOMPARE(tone->value(), -3.5);
        QCOMPARE(field<QSlider>(dialog, u"toneSlider"_qs)->value(), -35);
        QTest::keyClicks(field<QPlainTextEdit>(dialog, u"summary"_qs), u"Parts arrive."_qs);

        // An actor row with no actor chosen is reported under the table.
        ParticipantTable *participants = dialog.participantTable();
        QTest::mouseClick(participants->addButton(), Qt::LeftButton);
        QCOMPARE(participants->rowCount(), 1);
        QCOMPARE(shownError(dialog, u"participants"_qs), u"Row 1: Choose an actor"_qs);
        QTest::keyClicks(participants->actorBox(0), u"Russia"_qs);
        QCOMPARE(participants->actorBox(0)->currentData().toString(), u"RUS"_qs);
        participants->roleBox(0)->setCurrentIndex(participants->roleBox(0)->findData(int(ParticipantRole::Initiator)));
        QTest::mouseClick(participants->addButton(), Qt::LeftButton);
        participants->actorBox(1)->setCurrentIndex(participants->actorBox(1)->findData(u"RUS"_qs));
        QCOMPARE(shownError(dialog, u"participants"_qs), u"Row 2: This actor is already listed"_qs);
        QTest::keyClicks(participants->actorBox(1), u"Turkey"_qs);
        participants->roleBox(1)->setCurrentIndex(participants->roleBox(1)->findData(int(ParticipantRole::Target)));
        QCOMPARE(shownError(dialog, u"participants"_qs), QString());

        auto *latitude = field<QLineEdit>(dialog, u"latitude"_qs);
        QTest::keyClicks(field<QLineEdit>(dialog, u"placeName"_qs), u"Ankara"_qs);
        QTest::keyClicks(latitude, u"95"_qs);
        QCOMPARE(shownError(dialog, u"latitude"_qs), u"Latitude must be between -90 and 90"_qs);
        QCOMPARE(shownError(dialog, u"longitude"_qs), u"Enter both latitude and longitude, or neither"_qs);
        replaceText(latitude, u"39.93"_qs);
        QTest::keyClicks(field<QLineEdit>(dialog, u"longitude"_qs), u"32.86"_qs);
        QCOMPARE(shownError(dialog, u"latitude"_qs), QString());
        QCOMPARE(shownError(dialog, u"longitude"_qs), QString());

        // Sources: a malformed address is said under the table and marked on its cell.
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(u"Sources"));
        SourceTable *sources = dialog.sourceTable();
        QTest::mouseClick(sources->addButton(), Qt::LeftButton);
        typeIntoCell(sources->table(), 0, SourceTable::UrlColumn, u"example.org/report"_qs);
        const QString sourceError = shownError(dialog, u"sources"_qs);
        QVERIFY(sourceError.contains(u"Row 1: Enter the publisher or the title"));
        QVERIFY(sourceError.contains(u"Row 1: Not a web address"));
        QVERIFY(sources->table()->item(0, SourceTable::UrlColumn)->toolTip().startsWith(u"Not a web address"));
        QVERIFY(!sources->table()->verticalHeaderItem(0)->icon().isNull());
        typeIntoCell(sources->table(), 0, SourceTable::PublisherColumn, u"Example Publisher"_qs);
        typeIntoCell(sources->table(), 0, SourceTable::DateColumn, u"2019-07-12"_qs);
        typeIntoCell(sources->table(), 0, SourceTable::UrlColumn, u"https://example.org/report"_qs);
        QCOMPARE(shownError(dialog, u"sources"_qs), QString());
        QCOMPARE(sources->table()->item(0, SourceTable::UrlColumn)->toolTip(), u"https://example.org/report"_qs);
        QVERIFY(sources->table()->verticalHeaderItem(0)->icon().isNull());

        QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
        QVERIFY(dialog.problems().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Event expected;
        expected.id = u"2019-07-12-first-delivery"_qs;
        expected.start = Date::fromYmd(2019, 7, 12);
        expected.end = Date::fromYmd(2019, 8);
        expected.title = u"First delivery"_qs;
        expected.summary = u"Parts arrive."_qs;
        expected.category = u"arms"_qs;
        expected.tone = -3.5;
        expected.participants = {{u"RUS"_qs, ParticipantRole::Initiator}, {u"TUR"_qs, ParticipantRole::Target}};
        expected.place = Place{u"Ankara"_qs, GeoPoint{39.93, 32.86}};
        expected.sources = {{u"Example Publisher"_qs, QString(), u"https://example.org/report"_qs, Date::fromYmd(2019, 7, 12)}};
        QCOMPARE(dialog.event(), expected);

        m_session->addEvent(dialog.event());
        QCOMPARE(m_session->store().size(), 3);
        QCOMPARE(m_session->undoStack()->undoText(), u"Add Event"_qs);
    }

    void newIdMustBeUnique()
    {
        EventEditorDialog dialog(*m_session);
        showAndActivate(dialog);
        auto *id = field<QLineEdit>(dialog, u"id"_qs);
        replaceText(id, u"a"_qs);
        QCOMPARE(shownError(dialog, u"id"_qs), u"Another event already has this id"_qs);
        // Once typed by the user, the id no longer follows the title.
        QTest::keyClicks(field<QLineEdit>(dialog, u"title"_qs), u"Something"_qs);
        QCOMPARE(id->text(), u"a"_qs);
    }

    void removingRowsUpdatesTheForm()
    {
        EventEditorDialog dialog(*m_session, m_session->store().event(0));
        showAndActivate(dialog);
        QVERIFY(dialog.saveButton()->isEnabled());
        SourceTable *sources = dialog.sourceTable();
        QCOMPARE(sources->rowCount(), 1);
        sources->table()->setCurrentCell(0, 0);
        QTest::mouseClick(sources->removeButton(), Qt::LeftButton);
        QCOMPARE(sources->rowCount(), 0);
        QCOMPARE(shownError(dialog, u"sources"_qs), u"Add at least one source"_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.saveButton()->toolTip(), u"Fix first: Sources — Add at least one source"_qs);

        ParticipantTable *participants = dialog.participantTable();
        while (participants->rowCount() > 0) {
            participants->table()->setCurrentCell(0, 0);
            QTest::mouseClick(participants->removeButton(), Qt::LeftButton);
        }
        QCOMPARE(shownError(dialog, u"participants"_qs), u"Add at least one actor"_qs);
        QCOMPARE(dialog.saveButton()->toolTip(), u"Fix first: Actors — Add at least one actor"_qs);
    }

    void editBundledEvent()
    {
        QVERIFY(!m_session->loadBundledDataset().isError());
        QVERIFY(m_session->store().size() > 0);
        const EventStore &store = m_session->store();
        EventRow chosen = 0;
        while (chosen < EventRow(store.size()) && (!store.hasEnd(chosen) && !store.place(chosen)))
            ++chosen;  // prefer an event with more fields filled in
        if (chosen == EventRow(store.size()))
            chosen = 0;
        const Event original = store.event(chosen);

        EventEditorDialog dialog(*m_session, original);
        showAndActivate(dialog);
        QVERIFY(!dialog.isNewEvent());
        auto *id = field<QLineEdit>(dialog, u"id"_qs);
        QCOMPARE(id->text(), original.id);
        QVERIFY(id->isReadOnly());
        QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.saveButton()->toolTip()));
        QCOMPARE(dialog.event(), original);
        QCOMPARE(dialog.participantTable()->participants(), original.participants);
        QCOMPARE(dialog.sourceTable()->rowCount(), original.sources.size());
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, u"title"_qs));

        replaceText(field<QLineEdit>(dialog, u"title"_qs), u"Edited title"_qs);
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Event expected = original;
        expected.title = u"Edited title"_qs;
        const Event edited = dialog.event();
        QCOMPARE(edited.title, expected.title);
        QCOMPARE(edited.start, expected.start);
        QCOMPARE(edited.end, expected.end);
        QCOMPARE(edited.participants, expected.participants);
        QCOMPARE(edited.sources, expected.sources);
        QCOMPARE(edited.place.has_value(), expected.place.has_value());

        m_session->editEvent(original.id, edited);
        QCOMPARE(m_session->undoStack()->undoText(), u"Edit Event"_qs);
        const auto key = store.keyOfId(original.id);
        QVERIFY(key);
        QCOMPARE(store.title(store.rowOfKey(*key)), u"Edited title"_qs);
    }

    void tabOrderFollowsTheForm()
    {
        EventEditorDialog dialog(*m_session);
        showAndActivate(dialog);
        const QStringList expected{u"start"_qs, u"end"_qs, u"title"_qs, u"category"_qs, u"tone"_qs, u"summary"_qs};
        field<QLineEdit>(dialog, u"id"_qs)->setFocus();
        for (const QString &name : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            // An editable combo box or spin box gives focus to its line edit.
            while (focus && focus->objectName().isEmpty())
                focus = focus->parentWidget();
            QVERIFY(focus);
            QCOMPARE(focus->objectName(), name);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.participantTable()->table());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.participantTable()->addButton());
    }

    void newActor()
    {
        ActorEditorDialog dialog(*m_session);
        showAndActivate(dialog);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QTest::keyClicks(field<QLineEdit>(dialog, u"name"_qs), u"Example Minister"_qs);
        auto *kind = field<QComboBox>(dialog, u"kind"_qs);
        kind->setCurrentIndex(kind->findData(int(ActorKind::Person)));
        QCOMPARE(field<QLineEdit>(dialog, u"id"_qs)->text(), u"example-minister"_qs);
        auto *state = field<QComboBox>(dialog, u"state"_qs);
        QVERIFY(state->isEnabled());
        QCOMPARE(state->findData(u"NATO"_qs), -1);  // only states are offered
        state->setCurrentIndex(state->findData(u"TUR"_qs));
        QTest::keyClicks(field<QLineEdit>(dialog, u"latitude"_qs), u"41.01"_qs);
        QCOMPARE(shownError(dialog, u"longitude"_qs), u"Enter both latitude and longitude, or neither"_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.saveButton()->toolTip().startsWith(u"Fix first: Longitude"));
        QTest::keyClicks(field<QLineEdit>(dialog, u"longitude"_qs), u"28.97"_qs);
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor(), (Actor{u"example-minister"_qs, u"Example Minister"_qs, ActorKind::Person, u"TUR"_qs,
                                        GeoPoint{41.01, 28.97}}));
        m_session->addOrEditActor(dialog.actor());
        QCOMPARE(m_session->undoStack()->undoText(), u"Add Actor"_qs);
    }

    void newStateNeedsAFreeId()
    {
        ActorEditorDialog dialog(*m_session);
        showAndActivate(dialog);
        QTest::keyClicks(field<QLineEdit>(dialog, u"name"_qs), u"Greece"_qs);
        auto *id = field<QLineEdit>(dialog, u"id"_qs);
        QCOMPARE(id->text(), QString());  // a state's ISO code is not guessed
        QVERIFY(!field<QComboBox>(dialog, u"state"_qs)->isEnabled());
        QCOMPARE(dialog.saveButton()->toolTip(), u"Fix first: Id — Enter an id"_qs);
        QTest::keyClicks(id, u"TUR"_qs);
        QCOMPARE(shownError(dialog, u"id"_qs), u"Another actor already has this id"_qs);
        QVERIFY(id->placeholderText().contains(u"alpha-3"));
        auto *hint = field<QLabel>(dialog, u"idHint"_qs);
        replaceText(id, u"Grc"_qs);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().startsWith(u"Not an ISO alpha-3 code"));
        QVERIFY(dialog.saveButton()->isEnabled());  // a hint, not an error
        replaceText(id, u"GRC"_qs);
        QVERIFY(!hint->isVisible());
        QVERIFY(dialog.saveButton()->isEnabled());
    }

    void editActor()
    {
        const Actor turkey = m_session->store().actor(*m_session->store().actorIndex(u"TUR"));
        ActorEditorDialog dialog(*m_session, turkey);
        showAndActivate(dialog);
        QVERIFY(field<QLineEdit>(dialog, u"id"_qs)->isReadOnly());
        QCOMPARE(field<QLineEdit>(dialog, u"latitude"_qs)->text(), u"39.93"_qs);
        QCOMPARE(dialog.actor(), turkey);
        QCOMPARE(field<QComboBox>(dialog, u"state"_qs)->findData(u"TUR"_qs), -1);  // not itself
        auto *kind = field<QComboBox>(dialog, u"kind"_qs);
        kind->setCurrentIndex(kind->findData(int(ActorKind::Organisation)));
        QCOMPARE(shownError(dialog, u"kind"_qs), u"Other actors belong to this state, so it stays a state"_qs);
        QVERIFY(!dialog.saveButton()->isEnabled());
        kind->setCurrentIndex(kind->findData(int(ActorKind::State)));
        replaceText(field<QLineEdit>(dialog, u"name"_qs), u"Turkiye"_qs);
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.actor().name, u"Turkiye"_qs);
    }

    void deletingAnUnannotatedEventDoesNotAsk()
    {
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                asked = true;
                modal->close();
            }
        });
        QVERIFY(annotationsLostByDeleting(*m_session, u"a"_qs).isEmpty());
        QVERIFY(confirmDeleteEvent(nullptr, *m_session, u"a"_qs));
        QCoreApplication::processEvents();
        QVERIFY(!asked);
    }

    void deletingAnAnnotatedEventAsksWithNoAsDefault()
    {
        m_session->setNote(u"a"_qs, u"first use of the clause"_qs);
        m_session->setTags(u"a"_qs, {u"leverage"_qs, u"s400"_qs});
        m_session->addLink({u"a"_qs, u"b"_qs, u"leads to"_qs, {}});
        QCOMPARE(annotationsLostByDeleting(*m_session, u"a"_qs), u"a note, 2 tags and 1 link to other events"_qs);
        QCOMPARE(annotationsLostByDeleting(*m_session, u"b"_qs), u"1 link to other events"_qs);

        for (const auto answer : {QMessageBox::No, QMessageBox::Yes}) {
            QString question;
            QTimer::singleShot(0, this, [&question, answer] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
                question = box->text() + u'\n' + box->informativeText();
                box->button(answer)->click();
            });
            QCOMPARE(confirmDeleteEvent(nullptr, *m_session, u"a"_qs), answer == QMessageBox::Yes);
            QVERIFY(question.contains(u"Stored a"));
            QVERIFY(question.contains(u"a note, 2 tags and 1 link"));
        }
        m_session->setStarred(u"b"_qs, true);
        QCOMPARE(annotationsLostByDeleting(*m_session, u"b"_qs), u"a star and 1 link to other events"_qs);
    }
};

QTEST_MAIN(TestEventEditor)
#include "tst_eventeditor.moc"
