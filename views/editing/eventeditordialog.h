#pragma once

#include "editing/eventvalidation.h"

#include <QDialog>

#include <array>
#include <bitset>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;

namespace dyad {

class ParticipantTable;
class Session;
class SourceTable;

// The form for one event: every field, each problem said in red under its field, and
// Save enabled only when nothing is wrong. The caller pushes event() to the session
// (Session::addEvent or editEvent), so the dialog itself never changes data.
//
// Fields by object name, for tests and accessibility tools: "id", "start", "end", "title",
// "category", "tone", "toneSlider", "summary", "participants", "placeName", "latitude",
// "longitude", "sources"; their error labels add "Error" ("startError").
class EventEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditorDialog)

public:
    // A blank form; the id follows the date and title until the user types one of their own.
    explicit EventEditorDialog(const Session &session, QWidget *parent = nullptr);
    // The form for an existing event; its id cannot change.
    EventEditorDialog(const Session &session, const Event &event, QWidget *parent = nullptr);

    bool isNewEvent() const { return !m_original.has_value(); }
    EventDraft draft() const;
    QList<EventProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // The event the form describes (the original, untouched, if nothing was changed);
    // an empty Event while the form has problems.
    Event event() const;

    QPushButton *saveButton() const { return m_save; }
    // The label under a field; row problems of the tables show under Participants and Sources.
    QLabel *errorLabel(EventField field) const;
    ParticipantTable *participantTable() const { return m_participants; }
    SourceTable *sourceTable() const { return m_sources; }

public Q_SLOTS:
    void accept() override;

private:
    EventEditorDialog(const Session &session, const std::optional<Event> &event, QWidget *parent);

    // Where a problem is shown: one error label per slot.
    enum class Slot { Id, Start, End, Title, Tone, Participants, Latitude, Longitude, Sources, Count };
    static Slot slotOf(EventField field);

    QWidget *createEventSection();
    QWidget *createParticipantSection();
    QWidget *createPlaceSection();
    QWidget *createSourceSection();
    void connectEdits();
    void setTabOrder();
    void fill(const EventDraft &draft);
    void touch(Slot slot);
    void revalidate();
    void followDateAndTitleWithId();
    void showDateHint(QLineEdit *edit, QLabel *hint);
    void markTableRows(const QList<EventProblem> &problems);

    const Session &m_session;
    EventValidator m_validator;
    std::optional<Event> m_original;
    EventDraft m_originalDraft;
    double m_tone = 0;  // kept at full precision unless the user moves the tone
    bool m_idFollowsTitle = false;
    std::bitset<size_t(Slot::Count)> m_touched;  // a new form says nothing about fields not reached yet
    bool m_showAllProblems = false;

    QLineEdit *m_id = nullptr;
    QLineEdit *m_start = nullptr;
    QLabel *m_startHint = nullptr;
    QLineEdit *m_end = nullptr;
    QLabel *m_endHint = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_category = nullptr;
    QSlider *m_toneSlider = nullptr;
    QDoubleSpinBox *m_toneBox = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    ParticipantTable *m_participants = nullptr;
    QLineEdit *m_placeName = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    SourceTable *m_sources = nullptr;
    std::array<QLabel *, size_t(Slot::Count)> m_errors{};
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace dyad
