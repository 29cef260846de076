#include "actoreditordialog.h"

#include "core/eventstore.h"
#include "fieldfeedback.h"
#include "session/session.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dyad {

namespace {
constexpr ActorKind kinds[] = {ActorKind::State,   ActorKind::Organisation, ActorKind::Person,
                               ActorKind::ArmedGroup, ActorKind::Company,   ActorKind::Other};
}

ActorEditorDialog::ActorEditorDialog(const Session &session, QWidget *parent)
    : ActorEditorDialog(session, std::nullopt, parent)
{
}

ActorEditorDialog::ActorEditorDialog(const Session &session, const Actor &actor, QWidget *parent)
    : ActorEditorDialog(session, std::optional<Actor>(actor), parent)
{
}

ActorEditorDialog::ActorEditorDialog(const Session &session, const std::optional<Actor> &actor, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_validator(session.store(), actor ? ActorValidator::Mode::EditActor : ActorValidator::Mode::NewActor)
    , m_original(actor)
{
    createForm();
    fillStates();
    if (actor) {
        m_showAllProblems = true;
        m_id->setReadOnly(true);
        m_id->setFocusPolicy(Qt::ClickFocus);
        showAsReadOnly(m_id);
        m_id->setToolTip(tr("An actor keeps its id: events refer to it"));
        fill(ActorDraft::fromActor(*actor));
        setWindowTitle(tr("Edit Actor"));
    } else {
        m_idFollowsName = true;
        setWindowTitle(tr("New Actor"));
    }
    m_name->setFocus();
    updateIdHint();
    revalidate();
    resize(520, sizeHint().height());
}

void ActorEditorDialog::createForm()
{
    auto *form = new QFormLayout;
    const auto addField = [this, form](const QString &label, ActorField field, const QString &name, QWidget *widget) {
        widget->setObjectName(name);
        m_errors[size_t(field)] = createErrorLabel(name + u"Error", this);
        form->addRow(label, fieldWithError(widget, m_errors[size_t(field)], this));
    };

    m_name = new QLineEdit(this);
    addField(tr("&Name:"), ActorField::Name, QStringLiteral("name"), m_name);

    m_kind = new QComboBox(this);
    for (ActorKind kind : kinds)
        m_kind->addItem(actorKindDisplayName(kind), int(kind));
    addField(tr("&Kind:"), ActorField::Kind, QStringLiteral("kind"), m_kind);

    m_id = new QLineEdit(this);
    m_idHint = createHintLabel(QStringLiteral("idHint"), this);
    m_idHint->setToolTip(tr("States are known by their ISO 3166-1 alpha-3 code (three capital letters, e.g. TUR); "
                            "a state that has none, such as a historical one, may use another id"));
    auto *idBox = fieldWithError(m_id, m_idHint, this);
    addField(tr("&Id:"), ActorField::Id, QStringLiteral("id"), idBox);
    m_id->setObjectName(QStringLiteral("id"));
    idBox->setObjectName(QString());

    m_state = new QComboBox(this);
    m_state->setToolTip(tr("The country a person or body belongs to, so that filtering by that country finds its events"));
    addField(tr("&Belongs to:"), ActorField::State, QStringLiteral("state"), m_state);

    m_latitude = new QLineEdit(this);
    m_latitude->setPlaceholderText(tr("Optional: -90 to 90"));
    addField(tr("Home &latitude:"), ActorField::Latitude, QStringLiteral("latitude"), m_latitude);
    m_longitude = new QLineEdit(this);
    m_longitude->setPlaceholderText(tr("Optional: -180 to 180"));
    addField(tr("Home lon&gitude:"), ActorField::Longitude, QStringLiteral("longitude"), m_longitude);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActorEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActorEditorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    const auto touchAndCheck = [this](std::initializer_list<ActorField> fields) {
        for (ActorField field : fields)
            m_touched[size_t(field)] = true;
        revalidate();
    };
    connect(m_name, &QLineEdit::textChanged, this, [this, touchAndCheck] {
        followNameWithId();
        touchAndCheck({ActorField::Name});
    });
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString &text) { m_idFollowsName = text.isEmpty(); });
    connect(m_id, &QLineEdit::textChanged, this, [this, touchAndCheck] {
        updateIdHint();
        touchAndCheck({ActorField::Id});
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, touchAndCheck] {
        const bool isState = ActorKind(m_kind->currentData().toInt()) == ActorKind::State;
        if (isState)
            m_state->setCurrentIndex(0);
        m_state->setEnabled(!isState);
        followNameWithId();
        updateIdHint();
        touchAndCheck({ActorField::Kind});
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [touchAndCheck] { touchAndCheck({ActorField::State}); });
    for (QLineEdit *edit : {m_latitude, m_longitude}) {
        connect(edit, &QLineEdit::textChanged, this,
                [touchAndCheck] { touchAndCheck({ActorField::Latitude, ActorField::Longitude}); });
    }
    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_id);
    setTabOrder(m_id, m_state);
    setTabOrder(m_state, m_latitude);
    setTabOrder(m_latitude, m_longitude);
    setTabOrder(m_longitude, m_save);
}

void ActorEditorDialog::fillStates()
{
    QList<const Actor *> states;
    for (const Actor &actor : m_session.store().actors()) {
        if (actor.kind == ActorKind::State && (!m_original || actor.id != m_original->id))
            states.append(&actor);
    }
    QCollator collator;
    std::sort(states.begin(), states.end(), [&collator](const Actor *a, const Actor *b) { return collator.compare(a->name, b->name) < 0; });
    const QSignalBlocker blocker(m_state);
    m_state->addItem(tr("None"), QString());
    for (const Actor *state : states)
        m_state->addItem(tr("%1 (%2)").arg(state->name, state->id), state->id);
    m_state->setEnabled(ActorKind(m_kind->currentData().toInt()) != ActorKind::State);
}

void ActorEditorDialog::fill(const ActorDraft &draft)
{
    m_name->setText(draft.name);
    m_kind->setCurrentIndex(m_kind->findData(int(draft.kind)));
    m_id->setText(draft.id);
    if (m_state->findData(draft.stateId) < 0)
        m_state->addItem(draft.stateId, draft.stateId);  // shown as it is; validation says what is wrong
    m_state->setCurrentIndex(m_state->findData(draft.stateId));
    m_latitude->setText(draft.latitude);
    m_longitude->setText(draft.longitude);
}

ActorDraft ActorEditorDialog::draft() const
{
    return {m_id->text(), m_name->text(), ActorKind(m_kind->currentData().toInt()), m_state->currentData().toString(),
            m_latitude->text(), m_longitude->text()};
}

QList<ActorProblem> ActorEditorDialog::problems() const
{
    return m_validator.validate(draft());
}

Actor ActorEditorDialog::actor() const
{
    if (m_original && draft() == ActorDraft::fromActor(*m_original))
        return *m_original;
    return m_validator.toActor(draft()).value_or(Actor());
}

void ActorEditorDialog::accept()
{
    if (isValid())
        QDialog::accept();
}

void ActorEditorDialog::followNameWithId()
{
    if (!m_idFollowsName)
        return;
    // A state's id is its ISO code, which the user knows and Dyad does not guess.
    const bool isState = ActorKind(m_kind->currentData().toInt()) == ActorKind::State;
    m_id->setText(isState ? QString() : m_validator.suggestedId(m_name->text()));
}

void ActorEditorDialog::updateIdHint()
{
    const bool isState = ActorKind(m_kind->currentData().toInt()) == ActorKind::State;
    m_id->setPlaceholderText(isState ? tr("ISO 3166-1 alpha-3 code, e.g. TUR") : tr("A short code or a slug, e.g. NATO"));
    const QString id = m_id->text().trimmed();
    const bool unusualStateId = isState && !id.isEmpty() && !ActorValidator::looksLikeAlpha3(id);
    m_idHint->setText(unusualStateId ? tr("Not an ISO alpha-3 code; fine if the state has none") : QString());
    m_idHint->setVisible(unusualStateId);
}

void ActorEditorDialog::revalidate()
{
    if (!m_save)
        return;  // still being built
    const QList<ActorProblem> problems = this->problems();
    std::array<QStringList, actorFieldCount> messages;
    for (const ActorProblem &problem : problems)
        messages[size_t(problem.field)].append(problem.message);
    for (size_t field = 0; field < actorFieldCount; ++field)
        showError(m_errors[field], m_showAllProblems || m_touched[field] ? messages[field].join(u'\n') : QString());
    m_save->setEnabled(problems.isEmpty());
    if (problems.isEmpty())
        m_save->setToolTip(isNewActor() ? tr("Add the actor") : tr("Save the changes"));
    else
        m_save->setToolTip(tr("Fix first: %1 — %2").arg(ActorValidator::fieldName(problems.first().field), problems.first().message));
}

} // namespace dyad
