// The user's layer on the timeline widget: linking two events (Alt+drag, or "Link to Another
// Event..." then a click), the link type chooser, the event and arc context menus, the
// annotation part of tooltips, and emphasised actors.
#include "timelineview.h"

#include "session/session.h"

#include <QCursor>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

QString quotedTitle(const EventStore &store, EventKey key, const QFontMetrics &metrics)
{
    const EventRow row = store.rowOfKey(key);
    const QString title = row == noRow ? QString() : store.title(row);
    return TimelineView::tr("“%1”").arg(metrics.elidedText(title, Qt::ElideRight, 220));
}

} // namespace

void TimelineView::setEmphasizedActors(const QList<ActorIndex> &actors)
{
    if (actors == m_renderer.emphasizedActors())
        return;
    m_renderer.setEmphasizedActors(actors);
    update();
}

void TimelineView::beginLink(EventKey from)
{
    m_linkFrom = from;
    m_linkPointer = mapFromGlobal(QCursor::pos());
    setCursor(Qt::CrossCursor);
    update();
}

void TimelineView::cancelLink()
{
    m_linkFrom.reset();
    if (m_drag == Drag::Link)
        m_drag = Drag::None;
    unsetCursor();
    update();
}

void TimelineView::finishLink(QPointF pos, const QPoint &globalPos)
{
    const std::optional<EventKey> from = m_linkFrom;
    cancelLink();
    const TimelineFrame &f = frame();
    const qsizetype item = f.itemAt(pos);
    if (!from || item < 0 || f.items[size_t(item)].key == *from)
        return;
    showLinkTypeMenu(*from, f.items[size_t(item)].key, globalPos);
}

void TimelineView::showLinkTypeMenu(EventKey from, EventKey to, const QPoint &globalPos)
{
    const EventStore &store = m_session->store();
    const EventRow fromRow = store.rowOfKey(from);
    const EventRow toRow = store.rowOfKey(to);
    if (fromRow == noRow || toRow == noRow)
        return;
    if (m_linkMenu)
        m_linkMenu->close();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("linkTypeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QFontMetrics metrics(font());
    menu->addSection(tr("Link %1 …").arg(quotedTitle(store, from, metrics)));
    const QString fromId = store.id(fromRow);
    const QString toId = store.id(toRow);
    const QString target = quotedTitle(store, to, metrics);
    for (const QString &type : knownLinkTypes()) {
        QAction *action = menu->addAction(tr("… %1 %2").arg(linkTypeDisplayName(type), target));
        action->setData(type);
        connect(action, &QAction::triggered, this, [this, fromId, toId, type] {
            m_session->addLink({fromId, toId, type, {}});
        });
    }
    m_linkMenu = menu;
    menu->popup(globalPos);
}

void TimelineView::eventMenu(EventKey key, const QPoint &globalPos)
{
    const EventStore &store = m_session->store();
    const EventRow row = store.rowOfKey(key);
    if (row == noRow)
        return;
    const QString id = store.id(row);
    const bool starred = m_session->annotations().annotation(id).starred;
    QMenu menu(this);
    menu.addAction(tr("Link to Another Event…"), this, [this, key] { beginLink(key); });
    menu.addAction(starred ? tr("Remove Star") : tr("Star"), this,
                   [this, id, starred] { m_session->setStarred(id, !starred); });
    const QList<EventLink> links = m_session->annotations().linksOf(id);
    if (!links.isEmpty()) {
        QMenu *remove = menu.addMenu(tr("Remove Link"));
        const QFontMetrics metrics(font());
        for (const EventLink &link : links) {
            const auto other = store.keyOfId(link.fromEventId == id ? link.toEventId : link.fromEventId);
            const QString otherTitle = other ? quotedTitle(store, *other, metrics) : tr("an event not in the data");
            const QString text = link.fromEventId == id ? tr("%1 %2").arg(linkTypeDisplayName(link.type), otherTitle)
                                                        : tr("%1 %2 this").arg(otherTitle, linkTypeDisplayName(link.type));
            remove->addAction(text, this, [this, link] { m_session->removeLink(link); });
        }
    }
    menu.exec(globalPos);
}

void TimelineView::arcMenu(const EventLink &link, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Remove Link"), this, [this, link] { m_session->removeLink(link); });
    menu.exec(globalPos);
}

void TimelineView::paintLinkPreview(QPainter &painter)
{
    if (!m_linkFrom)
        return;
    const TimelineFrame &f = frame();
    const qsizetype source = f.itemOfKey(*m_linkFrom);
    if (source < 0)
        return;
    const QPointF from = f.items[size_t(source)].mark.center();
    QPointF to = m_linkPointer;
    const qsizetype target = f.itemAt(m_linkPointer);
    const bool onTarget = target >= 0 && f.items[size_t(target)].key != *m_linkFrom;
    if (onTarget)
        to = f.items[size_t(target)].mark.center();
    painter.save();
    painter.setClipRect(f.lanesRect);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 2, onTarget ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    QPainterPath path(from);
    const QPointF middle = (from + to) / 2 - QPointF(0, std::clamp(std::abs(to.x() - from.x()) * 0.2, 14.0, 70.0) * 2);
    path.quadTo(middle, to);
    painter.drawPath(path);
    painter.drawEllipse(from, 4, 4);
    if (onTarget)
        painter.drawEllipse(to, 6, 6);
    painter.restore();
}

QString TimelineView::annotationToolTip(EventRow row) const
{
    const EventStore &store = m_session->store();
    const QString id = store.id(row);
    const EventAnnotation annotation = m_session->annotations().annotation(id);
    QStringList lines;
    if (annotation.starred)
        lines.append(tr("★ Starred"));
    if (!annotation.note.trimmed().isEmpty()) {
        QString first = annotation.note.trimmed().section(u'\n', 0, 0);
        if (first.size() > 100)
            first = first.left(99) + u'…';
        lines.append(tr("Note: %1").arg(first.toHtmlEscaped()));
    }
    if (!annotation.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : annotation.tags)
            tags.append(u'#' + tag.toHtmlEscaped());
        lines.append(tr("Tags: %1").arg(tags.join(u' ')));
    }
    const QFontMetrics metrics(font());
    for (const EventLink &link : m_session->annotations().linksOf(id)) {
        const bool outgoing = link.fromEventId == id;
        const auto other = store.keyOfId(outgoing ? link.toEventId : link.fromEventId);
        if (!other)
            continue;
        const QString otherTitle = quotedTitle(store, *other, metrics).toHtmlEscaped();
        lines.append(outgoing ? tr("→ %1 %2").arg(linkTypeDisplayName(link.type).toHtmlEscaped(), otherTitle)
                              : tr("← %1 %2 this").arg(otherTitle, linkTypeDisplayName(link.type).toHtmlEscaped()));
    }
    return lines.join(u"<br/>"_qs);
}

QString TimelineView::linkToolTip(const QPointF &pos) const
{
    const TimelineFrame &f = frame();
    const std::vector<LinkArc> arcs = m_renderer.linkArcs(f);
    const qsizetype arc = linkArcAt(arcs, pos);
    if (arc < 0)
        return {};
    const LinkArc &hit = arcs[size_t(arc)];
    const EventStore &store = m_session->store();
    const QFontMetrics metrics(font());
    QString text = tr("%1 <b>%2</b> %3").arg(quotedTitle(store, hit.link.from, metrics).toHtmlEscaped(),
                                             linkTypeDisplayName(hit.link.type).toHtmlEscaped(),
                                             quotedTitle(store, hit.link.to, metrics).toHtmlEscaped());
    const QString note = m_session->annotations().links().value(hit.link.index).note;
    if (!note.isEmpty())
        text += u"<br/>"_qs + note.toHtmlEscaped();
    return text;
}

} // namespace dyad
