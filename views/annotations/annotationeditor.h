#pragma once

#include "annotations/annotation.h"
#include "core/eventstore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace dyad {

class EventSelectionModel;
class Session;

// Edits the user's layer on the current event: star, highlight, tags, note and links to
// other events. Every change is an undo step; typing a note is one step until focus leaves.
// A link is made by a gesture: "Link to…", select the other event anywhere, then "Create".
class AnnotationEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    AnnotationEditor(Session *session, EventSelectionModel *selection, QWidget *parent = nullptr);

    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QToolButton *starButton() const { return m_star; }
    QComboBox *highlightBox() const { return m_highlight; }
    QPushButton *linkButton() const { return m_linkButton; }
    QPushButton *createLinkButton() const { return m_createLink; }
    QComboBox *linkTypeBox() const { return m_linkType; }
    QListWidget *linkList() const { return m_links; }

    static QList<std::pair<QString, QString>> highlightColors();  // (name, "#rrggbb")

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createLinkSection();
    void displayEvent(std::optional<EventKey> key);
    void showAnnotation();
    void showLinks();
    void updateLinkBanner();
    QString currentId() const;
    QString titleOf(const QString &eventId) const;

    Session *m_session;
    EventSelectionModel *m_selection;
    std::optional<EventKey> m_key;
    QToolButton *m_star = nullptr;
    QComboBox *m_highlight = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QListWidget *m_links = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_removeLink = nullptr;
    QFrame *m_linkBanner = nullptr;
    QLabel *m_linkText = nullptr;
    QComboBox *m_linkType = nullptr;
    QLineEdit *m_linkNote = nullptr;
    QPushButton *m_createLink = nullptr;
    QString m_linkSource;  // set while the user picks the other end of a new link
    bool m_showing = false;
};

} // namespace dyad
