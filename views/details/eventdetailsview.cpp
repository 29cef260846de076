#include "eventdetailsview.h"

#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"

#include <QDesktopServices>

namespace dyad {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString precisionNote(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return {};
    case DatePrecision::Month:
        return EventDetailsView::tr(" (month known, day not)");
    case DatePrecision::Year:
        return EventDetailsView::tr(" (year known, month not)");
    }
    return {};
}

QString roleText(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Initiator:
        return EventDetailsView::tr("initiator");
    case ParticipantRole::Target:
        return EventDetailsView::tr("target");
    case ParticipantRole::Participant:
        return EventDetailsView::tr("participant");
    }
    return {};
}

} // namespace

EventDetailsView::EventDetailsView(Session *session, EventSelectionModel *selection, QWidget *parent)
    : QTextBrowser(parent)
    , m_session(session)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!isOpenableLink(url))
            return;
        Q_EMIT linkOpenRequested(url);
        QDesktopServices::openUrl(url);
    });
    connect(selection, &EventSelectionModel::currentKeyChanged, this, &EventDetailsView::displayEvent);
    connect(session, &Session::datasetReset, this, [this] { displayEvent(std::nullopt); });
    displayEvent(selection->currentKey());
}

bool EventDetailsView::isOpenableLink(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

void EventDetailsView::displayEvent(std::optional<EventKey> key)
{
    m_key = key;
    const EventRow row = key ? m_session->store().rowOfKey(*key) : noRow;
    setHtml(row == noRow ? placeholderHtml() : eventHtml(row));
}

QString EventDetailsView::placeholderHtml() const
{
    return u"<p style='color:gray'>" + escaped(tr("Select an event to see its full record and sources.")) + u"</p>";
}

QString EventDetailsView::eventHtml(EventRow row) const
{
    const EventStore &store = m_session->store();
    const Date start = store.startDate(row);
    QString date = escaped(start.toDisplayString()) + escaped(precisionNote(start.precision()));
    if (const auto end = store.endDate(row))
        date += u" – " + escaped(end->toDisplayString()) + escaped(precisionNote(end->precision()));

    QString html = u"<h3>" + escaped(store.title(row)) + u"</h3>";
    html += u"<p><b>" + escaped(tr("Date:")) + u"</b> " + date + u"<br/>";
    html += u"<b>" + escaped(tr("Category:")) + u"</b> " + escaped(store.categoryName(store.category(row))) + u"<br/>";
    html += u"<b>" + escaped(tr("Tone:")) + u"</b> " + QString::number(double(store.tone(row)), 'f', 1)
          + u" <span style='color:gray'>" + escaped(tr("(-10 hostile … +10 cooperative)")) + u"</span></p>";

    const auto actors = store.participants(row);
    const auto roles = store.participantRoles(row);
    if (!actors.empty()) {
        html += u"<p><b>" + escaped(tr("Actors:")) + u"</b></p><ul>";
        for (size_t i = 0; i < actors.size(); ++i) {
            const Actor &actor = store.actor(actors[i]);
            html += u"<li>" + escaped(actor.name);
            if (roles[i] != ParticipantRole::Participant)
                html += u" <i>(" + escaped(roleText(roles[i])) + u")</i>";
            html += u"</li>";
        }
        html += u"</ul>";
    }
    if (const auto place = store.place(row)) {
        html += u"<p><b>" + escaped(tr("Place:")) + u"</b> " + escaped(place->name);
        if (place->location)
            html += QStringLiteral(" (%1, %2)").arg(place->location->latitude, 0, 'f', 2).arg(place->location->longitude, 0, 'f', 2);
        html += u"</p>";
    }
    const QString summary = store.summary(row);
    if (!summary.isEmpty())
        html += u"<p>" + escaped(summary).replace(u'\n', QStringLiteral("<br/>")) + u"</p>";

    const QList<Source> sources = store.sources(row);
    html += u"<p><b>" + escaped(tr("Sources:")) + u"</b></p>";
    if (sources.isEmpty())
        html += u"<p style='color:gray'>" + escaped(tr("No source given.")) + u"</p>";
    html += u"<ol>";
    for (const Source &source : sources) {
        const QString label = source.title.isEmpty() ? source.url : source.title;
        html += u"<li>";
        if (!source.publisher.isEmpty())
            html += escaped(source.publisher) + u": ";
        if (isOpenableLink(QUrl(source.url)))
            html += u"<a href=\"" + escaped(source.url) + u"\">" + escaped(label) + u"</a>";
        else
            html += escaped(label);
        if (source.date.isValid())
            html += u" (" + escaped(source.date.toDisplayString()) + u')';
        html += u"</li>";
    }
    html += u"</ol>";
    html += u"<p style='color:gray'>" + escaped(tr("Event id: %1").arg(store.id(row))) + u"</p>";
    return html;
}

} // namespace dyad
