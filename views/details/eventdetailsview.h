#pragma once

#include "core/eventstore.h"

#include <QTextBrowser>

#include <optional>

namespace dyad {

class EventSelectionModel;
class Session;

// The full record of the current event: date with its precision, actors with their roles,
// place, summary and sources. Source links open in the browser, and only http(s) links do.
class EventDetailsView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetailsView)

public:
    EventDetailsView(Session *session, EventSelectionModel *selection, QWidget *parent = nullptr);

    std::optional<EventKey> shownKey() const { return m_key; }
    static bool isOpenableLink(const QUrl &url);

Q_SIGNALS:
    void linkOpenRequested(const QUrl &url);

private:
    void displayEvent(std::optional<EventKey> key);
    QString eventHtml(EventRow row) const;
    QString placeholderHtml() const;

    Session *m_session;
    std::optional<EventKey> m_key;
};

} // namespace dyad
