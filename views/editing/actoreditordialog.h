#pragma once

#include "editing/actorvalidation.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dyad {

class Session;

// The form for one actor: name, kind, id, the state it belongs to and a home location,
// with each problem said under its field and Save enabled only when nothing is wrong.
// The caller pushes actor() with Session::addOrEditActor.
//
// Fields by object name: "name", "kind", "id", "state", "latitude", "longitude"; their
// error labels add "Error" ("idError"); "idHint" says what ids look like.
class ActorEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorEditorDialog)

public:
    explicit ActorEditorDialog(const Session &session, QWidget *parent = nullptr);
    // An existing actor; its id cannot change, since events refer to it.
    ActorEditorDialog(const Session &session, const Actor &actor, QWidget *parent = nullptr);

    bool isNewActor() const { return !m_original.has_value(); }
    ActorDraft draft() const;
    QList<ActorProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // The actor the form describes; an empty Actor while the form has problems.
    Actor actor() const;

    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel(ActorField field) const { return m_errors[size_t(field)]; }

public Q_SLOTS:
    void accept() override;

private:
    ActorEditorDialog(const Session &session, const std::optional<Actor> &actor, QWidget *parent);
    void createForm();
    void fillStates();
    void fill(const ActorDraft &draft);
    void followNameWithId();
    void updateIdHint();
    void revalidate();

    const Session &m_session;
    ActorValidator m_validator;
    std::optional<Actor> m_original;
    bool m_idFollowsName = false;
    std::array<bool, actorFieldCount> m_touched{};  // a new form is quiet about fields not reached yet
    bool m_showAllProblems = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_idHint = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    std::array<QLabel *, actorFieldCount> m_errors{};
    QPushButton *m_save = nullptr;
};

} // namespace dyad
