// What the event form says about its content: the draft it holds, the problems under each
// field, the marks on table rows and the Save button's state.
#include "eventeditordialog.h"

#include "fieldfeedback.h"
#include "participanttable.h"
#include "sourcetable.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dyad {

EventDraft EventEditorDialog::draft() const
{
    EventDraft draft;
    draft.id = m_id->text();
    draft.start = m_start->text();
    draft.end = m_end->text();
    draft.title = m_title->text();
    draft.summary = m_summary->toPlainText();
    draft.category = m_category->currentText();
    draft.tone = m_tone;
    draft.participants = m_participants->participants();
    draft.placeName = m_placeName->text();
    draft.latitude = m_latitude->text();
    draft.longitude = m_longitude->text();
    draft.sources = m_sources->sources();
    return draft;
}

QList<EventProblem> EventEditorDialog::problems() const
{
    return m_validator.validate(draft());
}

Event EventEditorDialog::event() const
{
    const EventDraft current = draft();
    if (m_original && current == m_originalDraft)
        return *m_original;
    return m_validator.toEvent(current).value_or(Event());
}

void EventEditorDialog::accept()
{
    if (isValid())
        QDialog::accept();
}

QLabel *EventEditorDialog::errorLabel(EventField field) const
{
    return m_errors[size_t(slotOf(field))];
}

EventEditorDialog::Slot EventEditorDialog::slotOf(EventField field)
{
    switch (field) {
    case EventField::Id:
        return Slot::Id;
    case EventField::Start:
        return Slot::Start;
    case EventField::End:
        return Slot::End;
    case EventField::Title:
        return Slot::Title;
    case EventField::Tone:
        return Slot::Tone;
    case EventField::Participants:
    case EventField::ParticipantActor:
        return Slot::Participants;
    case EventField::Latitude:
        return Slot::Latitude;
    case EventField::Longitude:
        return Slot::Longitude;
    case EventField::Sources:
    case EventField::SourceDescription:
    case EventField::SourceUrl:
    case EventField::SourceDate:
        return Slot::Sources;
    }
    return Slot::Id;
}

void EventEditorDialog::touch(Slot slot)
{
    m_touched.set(size_t(slot));
    // One coordinate alone is a problem of the pair: say so under both as soon as either is typed.
    if (slot == Slot::Latitude || slot == Slot::Longitude) {
        m_touched.set(size_t(Slot::Latitude));
        m_touched.set(size_t(Slot::Longitude));
    }
}

void EventEditorDialog::revalidate()
{
    if (!m_save)
        return;  // still being built
    const QList<EventProblem> problems = this->problems();
    std::array<QStringList, size_t(Slot::Count)> messages;
    for (const EventProblem &problem : problems) {
        const QString message = problem.row < 0 ? problem.message : tr("Row %1: %2").arg(problem.row + 1).arg(problem.message);
        messages[size_t(slotOf(problem.field))].append(message);
    }
    for (size_t slot = 0; slot < m_errors.size(); ++slot) {
        const bool show = m_showAllProblems || m_touched.test(slot);
        showError(m_errors[slot], show ? messages[slot].join(u'\n') : QString());
    }
    markTableRows(problems);

    m_save->setEnabled(problems.isEmpty());
    if (problems.isEmpty()) {
        m_save->setToolTip(isNewEvent() ? tr("Add the event") : tr("Save the changes"));
        m_status->clear();
    } else {
        const EventProblem &first = problems.first();
        const QString field = EventValidator::fieldName(first.field);
        m_save->setToolTip(tr("Fix first: %1 — %2").arg(field, first.message));
        m_status->setText(tr("To save, fix: %1").arg(field));
    }
}

void EventEditorDialog::markTableRows(const QList<EventProblem> &problems)
{
    QList<RowTable::CellProblem> participantCells;
    QList<RowTable::CellProblem> sourceCells;
    for (const EventProblem &problem : problems) {
        switch (problem.field) {
        case EventField::ParticipantActor:
            participantCells.append({problem.row, ParticipantTable::ActorColumn, problem.message});
            break;
        case EventField::SourceDescription:
            sourceCells.append({problem.row, SourceTable::PublisherColumn, problem.message});
            break;
        case EventField::SourceUrl:
            sourceCells.append({problem.row, SourceTable::UrlColumn, problem.message});
            break;
        case EventField::SourceDate:
            sourceCells.append({problem.row, SourceTable::DateColumn, problem.message});
            break;
        default:
            break;
        }
    }
    const bool showParticipants = m_showAllProblems || m_touched.test(size_t(Slot::Participants));
    const bool showSources = m_showAllProblems || m_touched.test(size_t(Slot::Sources));
    m_participants->markProblems(showParticipants ? participantCells : QList<RowTable::CellProblem>());
    m_sources->markProblems(showSources ? sourceCells : QList<RowTable::CellProblem>());
}

void EventEditorDialog::followDateAndTitleWithId()
{
    if (m_idFollowsTitle)
        m_id->setText(m_validator.suggestedId(m_start->text(), m_title->text()));
}

void EventEditorDialog::showDateHint(QLineEdit *edit, QLabel *hint)
{
    const auto date = Date::fromIsoString(edit->text());
    hint->setText(date ? date->toDisplayString() : QString());
}

} // namespace dyad
