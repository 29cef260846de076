// The event form's widgets and layout; what it says about them is in eventeditorfeedback.cpp.
#include "eventeditordialog.h"

#include "fieldfeedback.h"
#include "participanttable.h"
#include "session/session.h"
#include "sourcetable.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dyad {

namespace {

QLineEdit *createLineEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// A date field with the date as read beside it ("Jul 2019"), so the precision is visible.
QWidget *dateWithHint(QLineEdit *edit, QLabel *hint, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 3);
    hint->setMinimumWidth(hint->fontMetrics().horizontalAdvance(QStringLiteral("30 Sep 2000 BCE")));
    layout->addWidget(hint, 2);
    row->setFocusProxy(edit);
    return row;
}

} // namespace

EventEditorDialog::EventEditorDialog(const Session &session, QWidget *parent)
    : EventEditorDialog(session, std::nullopt, parent)
{
}

EventEditorDialog::EventEditorDialog(const Session &session, const Event &event, QWidget *parent)
    : EventEditorDialog(session, std::optional<Event>(event), parent)
{
}

EventEditorDialog::EventEditorDialog(const Session &session, const std::optional<Event> &event, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_validator(session.store(), event ? EventValidator::Mode::EditEvent : EventValidator::Mode::NewEvent)
    , m_original(event)
{
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(createEventSection(), 5);
    auto *right = new QVBoxLayout;
    right->addWidget(createParticipantSection(), 1);
    right->addWidget(createPlaceSection());
    right->addWidget(createSourceSection(), 1);
    columns->addLayout(right, 6);
    layout->addLayout(columns, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventEditorDialog::reject);
    m_status = createHintLabel(QStringLiteral("status"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    setTabOrder();
    connectEdits();
    if (event) {
        m_originalDraft = EventDraft::fromEvent(*event);
        m_showAllProblems = true;
        m_id->setReadOnly(true);
        m_id->setFocusPolicy(Qt::ClickFocus);
        showAsReadOnly(m_id);
        m_id->setToolTip(tr("An event keeps its id: notes and links are attached to it"));
        fill(m_originalDraft);
        m_tone = event->tone;
        setWindowTitle(tr("Edit Event"));
        m_title->setFocus();
    } else {
        m_idFollowsTitle = true;
        followDateAndTitleWithId();
        setWindowTitle(tr("New Event"));
        m_start->setFocus();
    }
    revalidate();
    resize(1000, 660);
}

QWidget *EventEditorDialog::createEventSection()
{
    auto *box = new QGroupBox(tr("Event"), this);
    auto *form = new QFormLayout(box);
    const auto addField = [this, form, box](const QString &label, Slot slot, const QString &name, QWidget *field) {
        m_errors[size_t(slot)] = createErrorLabel(name + u"Error", box);
        form->addRow(label, fieldWithError(field, m_errors[size_t(slot)], box));
    };

    m_id = createLineEdit(QStringLiteral("id"), tr("Made from the date and title"), box);
    addField(tr("&Id:"), Slot::Id, QStringLiteral("id"), m_id);

    const QString datePlaceholder = tr("YYYY, YYYY-MM or YYYY-MM-DD");
    m_start = createLineEdit(QStringLiteral("start"), datePlaceholder, box);
    m_start->setToolTip(tr("As precise as you know it: 2019, 2019-07 or 2019-07-12; a minus sign for BCE (-0044-03-15)"));
    m_startHint = createHintLabel(QStringLiteral("startHint"), box);
    addField(tr("&Start:"), Slot::Start, QStringLiteral("start"), dateWithHint(m_start, m_startHint, box));

    m_end = createLineEdit(QStringLiteral("end"), tr("Optional, for events that last"), box);
    m_end->setToolTip(m_start->toolTip());
    m_endHint = createHintLabel(QStringLiteral("endHint"), box);
    addField(tr("E&nd:"), Slot::End, QStringLiteral("end"), dateWithHint(m_end, m_endHint, box));

    m_title = createLineEdit(QStringLiteral("title"), QString(), box);
    addField(tr("&Title:"), Slot::Title, QStringLiteral("title"), m_title);

    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    QStringList categories;
    for (const QString &category : m_session.store().categories()) {
        if (!category.isEmpty())
            categories.append(category);
    }
    QCollator collator;
    std::sort(categories.begin(), categories.end(), collator);
    m_category->addItems(categories);
    m_category->setCurrentIndex(-1);
    m_category->lineEdit()->setPlaceholderText(tr("Choose or type a category"));
    form->addRow(tr("&Category:"), m_category);

    m_toneSlider = new QSlider(Qt::Horizontal, box);
    m_toneSlider->setObjectName(QStringLiteral("toneSlider"));
    m_toneSlider->setRange(int(minimumTone) * 10, int(maximumTone) * 10);
    m_toneSlider->setTickPosition(QSlider::TicksBelow);
    m_toneSlider->setTickInterval(50);
    m_toneSlider->setFocusPolicy(Qt::ClickFocus);  // the spin box takes the keyboard
    m_toneBox = new QDoubleSpinBox(box);
    m_toneBox->setObjectName(QStringLiteral("tone"));
    m_toneBox->setRange(minimumTone, maximumTone);
    m_toneBox->setDecimals(1);
    m_toneBox->setSingleStep(0.5);
    const QString toneHelp = tr("From -10 (hostile) through 0 (neutral) to +10 (cooperative), like the Goldstein scale");
    m_toneSlider->setToolTip(toneHelp);
    m_toneBox->setToolTip(toneHelp);
    auto *toneScale = createHintLabel(QStringLiteral("toneScale"), box);
    toneScale->setText(tr("-10 hostile · 0 neutral · +10 cooperative"));
    auto *tone = new QWidget(box);
    auto *toneLayout = new QGridLayout(tone);
    toneLayout->setContentsMargins(0, 0, 0, 0);
    toneLayout->setVerticalSpacing(0);
    toneLayout->addWidget(m_toneSlider, 0, 0);
    toneLayout->addWidget(m_toneBox, 0, 1);
    toneLayout->addWidget(toneScale, 1, 0, 1, 2);
    tone->setFocusProxy(m_toneBox);
    addField(tr("T&one:"), Slot::Tone, QStringLiteral("tone"), tone);

    m_summary = new QPlainTextEdit(box);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What happened, in a few sentences"));
    form->addRow(tr("S&ummary:"), m_summary);
    return box;
}

QWidget *EventEditorDialog::createParticipantSection()
{
    auto *box = new QGroupBox(tr("Actors"), this);
    auto *layout = new QVBoxLayout(box);
    m_participants = new ParticipantTable(m_session.store(), box);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setToolTip(tr("Who takes part: the initiator acts, the target is acted upon"));
    layout->addWidget(m_participants, 1);
    m_errors[size_t(Slot::Participants)] = createErrorLabel(QStringLiteral("participantsError"), box);
    layout->addWidget(m_errors[size_t(Slot::Participants)]);
    return box;
}

QWidget *EventEditorDialog::createPlaceSection()
{
    auto *box = new QGroupBox(tr("Place"), this);
    auto *form = new QFormLayout(box);
    m_placeName = createLineEdit(QStringLiteral("placeName"), tr("Optional: city, region or site"), box);
    form->addRow(tr("N&ame:"), m_placeName);

    m_latitude = createLineEdit(QStringLiteral("latitude"), tr("-90 to 90, e.g. 39.93"), box);
    m_longitude = createLineEdit(QStringLiteral("longitude"), tr("-180 to 180, e.g. 32.86"), box);
    m_errors[size_t(Slot::Latitude)] = createErrorLabel(QStringLiteral("latitudeError"), box);
    m_errors[size_t(Slot::Longitude)] = createErrorLabel(QStringLiteral("longitudeError"), box);
    form->addRow(tr("&Latitude:"), fieldWithError(m_latitude, m_errors[size_t(Slot::Latitude)], box));
    form->addRow(tr("Lon&gitude:"), fieldWithError(m_longitude, m_errors[size_t(Slot::Longitude)], box));
    return box;
}

QWidget *EventEditorDialog::createSourceSection()
{
    auto *box = new QGroupBox(tr("Sources"), this);
    auto *layout = new QVBoxLayout(box);
    m_sources = new SourceTable(box);
    m_sources->setObjectName(QStringLiteral("sources"));
    layout->addWidget(m_sources, 1);
    m_errors[size_t(Slot::Sources)] = createErrorLabel(QStringLiteral("sourcesError"), box);
    layout->addWidget(m_errors[size_t(Slot::Sources)]);
    return box;
}

void EventEditorDialog::setTabOrder()
{
    const QList<QWidget *> chain{m_id,
                                 m_start,
                                 m_end,
                                 m_title,
                                 m_category,
                                 m_toneBox,
                                 m_summary,
                                 m_participants->table(),
                                 m_participants->addButton(),
                                 m_participants->removeButton(),
                                 m_placeName,
                                 m_latitude,
                                 m_longitude,
                                 m_sources->table(),
                                 m_sources->addButton(),
                                 m_sources->removeButton(),
                                 m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void EventEditorDialog::connectEdits()
{
    const auto onEdit = [this](QLineEdit *edit, Slot slot) {
        connect(edit, &QLineEdit::textChanged, this, [this, slot] {
            touch(slot);
            revalidate();
        });
    };
    onEdit(m_id, Slot::Id);
    onEdit(m_start, Slot::Start);
    onEdit(m_end, Slot::End);
    onEdit(m_title, Slot::Title);
    onEdit(m_latitude, Slot::Latitude);
    onEdit(m_longitude, Slot::Longitude);
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) { m_idFollowsTitle = text.isEmpty(); });
    connect(m_start, &QLineEdit::textChanged, this, [this] {
        showDateHint(m_start, m_startHint);
        followDateAndTitleWithId();
    });
    connect(m_end, &QLineEdit::textChanged, this, [this] { showDateHint(m_end, m_endHint); });
    connect(m_title, &QLineEdit::textChanged, this, &EventEditorDialog::followDateAndTitleWithId);
    connect(m_toneSlider, &QSlider::valueChanged, this, [this](int tenths) {
        const QSignalBlocker blocker(m_toneBox);
        m_toneBox->setValue(tenths / 10.0);
        m_tone = tenths / 10.0;
        revalidate();
    });
    connect(m_toneBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const QSignalBlocker blocker(m_toneSlider);
        m_toneSlider->setValue(qRound(value * 10));
        m_tone = value;
        revalidate();
    });
    connect(m_participants, &RowTable::edited, this, [this] {
        touch(Slot::Participants);
        revalidate();
    });
    connect(m_sources, &RowTable::edited, this, [this] {
        touch(Slot::Sources);
        revalidate();
    });
}

void EventEditorDialog::fill(const EventDraft &draft)
{
    m_id->setText(draft.id);
    m_start->setText(draft.start);
    m_end->setText(draft.end);
    m_title->setText(draft.title);
    m_category->setCurrentText(draft.category);
    m_summary->setPlainText(draft.summary);
    m_toneBox->setValue(draft.tone);
    m_participants->setParticipants(draft.participants);
    m_placeName->setText(draft.placeName);
    m_latitude->setText(draft.latitude);
    m_longitude->setText(draft.longitude);
    m_sources->setSources(draft.sources);
}

} // namespace dyad
