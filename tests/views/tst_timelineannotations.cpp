// The user's layer on the timeline: badges, link arcs, the linking gestures, tooltips,
// emphasised actors, and a bundled session annotated as in issue 5's story.
#include "itemmodels/eventselectionmodel.h"
#include "itemmodels/eventtablemodel.h"
#include "session/session.h"
#include "storage/sessionfile.h"
#include "timeline/timelineview.h"

#include <QDate>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace dyad;

namespace {

qint32 jd(int year, int month, int day)
{
    return qint32(QDate(year, month, day).toJulianDay());
}

// Four states and 24 events in 2020, two weeks apart, each between two of them.
EventStore testStore()
{
    EventStore store;
    const QStringList states = {u"TUR"_qs, u"RUS"_qs, u"USA"_qs, u"GRC"_qs};
    for (const QString &id : states)
        store.addActor({id, u"State "_qs + id, ActorKind::State, {}, std::nullopt});
    for (int i = 0; i < 24; ++i) {
        Event event;
        event.id = u"ev"_qs + QString::number(i);
        event.start = Date::fromJulianDay(jd(2020, 1, 5) + 14 * i);
        event.title = u"Meeting "_qs + QString::number(i);
        event.category = i % 2 ? u"diplomacy"_qs : u"military"_qs;
        event.participants = {{states[i % 4], ParticipantRole::Initiator}, {states[(i + 1) % 4], ParticipantRole::Target}};
        store.appendUnsorted(event);
    }
    store.sortByStart();
    return store;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

double colorDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

bool hasColor(const QImage &image, const QRect &rect, const QColor &color)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (colorDistance(image.pixelColor(x, y), color) < 30)
                return true;
        }
    }
    return false;
}

} // namespace

class TestTimelineAnnotations : public QObject
{
    Q_OBJECT

    // Two marks of different events, far enough apart to draw a link between.
    std::pair<FrameItem, FrameItem> twoMarks() const
    {
        const TimelineFrame &frame = m_view->frame();
        std::optional<FrameItem> first;
        for (const FrameItem &item : frame.items) {
            if (item.kind != FrameItem::Kind::Point)
                continue;
            if (!first)
                first = item;
            else if (item.key != first->key && item.mark.center().x() - first->mark.center().x() > 150)
                return {*first, item};
        }
        return {};
    }

    QString idOf(EventKey key) const { return m_session->store().id(m_session->store().rowOfKey(key)); }

    QMenu *linkTypeMenu() const { return m_view->findChild<QMenu *>(u"linkTypeMenu"_qs); }

    void chooseLinkType(const QString &type)
    {
        QMenu *menu = linkTypeMenu();
        QVERIFY(menu);
        QStringList offered;
        QAction *wanted = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().isValid())
                offered.append(action->data().toString());
            if (action->data().toString() == type)
                wanted = action;
        }
        QCOMPARE(offered, knownLinkTypes());
        QVERIFY(wanted);
        wanted->trigger();
        menu->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!linkTypeMenu());
    }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<Session>();
        m_session->reset({}, testStore());
        m_table = std::make_unique<EventTableModel>(m_session.get());
        m_selection = std::make_unique<EventSelectionModel>(m_table.get());
        m_view = std::make_unique<TimelineView>(m_session.get(), m_table.get(), m_selection.get());
        m_view->resize(1000, 640);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setVisibleRange({double(jd(2020, 1, 1)), double(jd(2021, 1, 1))});
    }

    void cleanup()
    {
        if (QMenu *menu = linkTypeMenu())
            delete menu;
        m_view.reset();
        m_selection.reset();
        m_table.reset();
        m_session.reset();
    }

    void badgesFollowTheAnnotationsAndRepaint()
    {
        const auto [item, other] = twoMarks();
        QVERIFY(item.key != other.key);
        const QString id = idOf(item.key);
        QVERIFY(!m_view->renderer().annotations().badgesOf(item.key));
        const QImage before = m_view->grab().toImage();

        int paints = 0;
        struct PaintCounter : QObject
        {
            int *count;
            explicit PaintCounter(int *c) : count(c) {}
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    ++*count;
                return false;
            }
        } counter(&paints);
        m_view->installEventFilter(&counter);
        QCoreApplication::processEvents();
        paints = 0;
        m_session->setStarred(id, true);
        QCoreApplication::processEvents();
        QVERIFY(paints > 0);  // annotationChanged repaints
        m_view->removeEventFilter(&counter);

        const AnnotationBadges *badges = m_view->renderer().annotations().badgesOf(item.key);
        QVERIFY(badges && badges->starred && !badges->note && !badges->tags);
        // The star goes before the title, in the label's room; a gold pixel shows it.
        QVERIFY(!item.label.isEmpty());
        const QImage after = m_view->grab().toImage();
        const QRect badgeRoom = QRectF(item.label.left(), item.label.top(), item.label.height(), item.label.height()).toRect();
        QVERIFY(!hasColor(before, badgeRoom, QColor(242, 176, 30)));
        QVERIFY(hasColor(after, badgeRoom, QColor(242, 176, 30)));

        m_session->setNote(id, u"First line\nsecond line"_qs);
        m_session->setTags(id, {u"leverage"_qs});
        m_session->setHighlight(id, u"#ff0000"_qs);
        badges = m_view->renderer().annotations().badgesOf(item.key);
        QVERIFY(badges && badges->note && badges->tags && badges->highlight == QColor(Qt::red));
        // The highlight's halo rings the mark in its colour.
        const QImage halo = m_view->grab().toImage();
        const QPoint left(int(std::floor(item.mark.left() - 2.5)), int(std::floor(item.mark.center().y())));
        QVERIFY2(colorDistance(halo.pixelColor(left), QColor(Qt::red)) < 160, qPrintable(halo.pixelColor(left).name()));

        // Undone, the badges go.
        while (m_session->undoStack()->canUndo())
            m_session->undoStack()->undo();
        QVERIFY(!m_view->renderer().annotations().badgesOf(item.key));
    }

    void toolTipTellsTheNoteAndTags()
    {
        const auto [item, other] = twoMarks();
        const QString id = idOf(item.key);
        m_session->setNote(id, u"First use of CAATSA\nthe details"_qs);
        m_session->setTags(id, {u"leverage"_qs, u"sanctions"_qs});
        m_session->addLink({id, idOf(other.key), u"leads to"_qs, {}});
        const QPoint pos = item.mark.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, m_view->mapToGlobal(pos));
        QCoreApplication::sendEvent(m_view.get(), &help);
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(u"First use of CAATSA"), qPrintable(text));
        QVERIFY(!text.contains(u"the details"));  // the first line only
        QVERIFY(text.contains(u"#leverage") && text.contains(u"#sanctions"));
        QVERIFY(text.contains(u"leads to"));
        QToolTip::hideText();
    }

    void linksAreArcsBetweenVisibleEvents()
    {
        const auto [from, to] = twoMarks();
        QVERIFY(m_view->renderer().linkArcs(m_view->frame()).empty());
        const QImage before = m_view->grab().toImage();
        m_session->addLink({idOf(from.key), idOf(to.key), u"responds to"_qs, {}});
        const std::vector<LinkArc> arcs = m_view->renderer().linkArcs(m_view->frame());
        QCOMPARE(arcs.size(), size_t(1));
        QCOMPARE(arcs[0].link.from, from.key);
        QCOMPARE(arcs[0].link.to, to.key);
        QCOMPARE(arcs[0].link.type, u"responds to"_qs);
        // Bowed away from the marks, inside the lanes, ending at the target.
        const double apexY = arcs[0].apex().y();
        QVERIFY(apexY < std::min(from.mark.top(), to.mark.top()) || apexY > std::max(from.mark.bottom(), to.mark.bottom()));
        QVERIFY(m_view->frame().lanesRect.contains(arcs[0].apex()));
        QVERIFY(QLineF(arcs[0].end, to.mark.center()).length() < to.mark.height() / 2 + 6);
        const QImage after = m_view->grab().toImage();
        const QPoint onArc = arcs[0].pointAt(0.25).toPoint();
        QVERIFY(before.pixelColor(onArc) != after.pixelColor(onArc));
        // Hovering the arc names the link.
        QHelpEvent help(QEvent::ToolTip, onArc, m_view->mapToGlobal(onArc));
        QCoreApplication::sendEvent(m_view.get(), &help);
        QVERIFY2(QToolTip::text().contains(u"responds to"), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // Out of view: no arc.
        m_view->setVisibleRange({double(jd(2019, 1, 1)), double(jd(2019, 6, 1))});
        QVERIFY(m_view->renderer().linkArcs(m_view->frame()).empty());
        m_view->setVisibleRange({double(jd(2020, 1, 1)), double(jd(2021, 1, 1))});
        m_session->undoStack()->undo();
        QVERIFY(m_view->renderer().linkArcs(m_view->frame()).empty());
    }

    void altDragLinksTwoEvents()
    {
        const auto [from, to] = twoMarks();
        QSignalSpy links(m_session.get(), &Session::linksChanged);
        const QPointF start = from.mark.center();
        const QPointF end = to.mark.center();
        const DayRange range = m_view->visibleRange();
        sendMouse(m_view.get(), QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
        QVERIFY(m_view->isLinking());
        for (int step = 1; step <= 4; ++step)
            sendMouse(m_view.get(), QEvent::MouseMove, start + (end - start) * step / 4.0, Qt::NoButton, Qt::LeftButton,
                      Qt::AltModifier);
        sendMouse(m_view.get(), QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
        QVERIFY(!m_view->isLinking());
        QCOMPARE(m_view->visibleRange(), range);  // not a pan
        QCOMPARE(links.count(), 0);  // nothing yet: the type is asked first
        chooseLinkType(u"responds to"_qs);
        QCOMPARE(links.count(), 1);
        const EventLink expected{idOf(from.key), idOf(to.key), u"responds to"_qs, {}};
        QCOMPARE(m_session->annotations().links(), QList<EventLink>{expected});
        QCOMPARE(m_session->undoStack()->undoText(), u"Add Link"_qs);
        m_session->undoStack()->undo();
        QVERIFY(m_session->annotations().links().isEmpty());
        m_session->undoStack()->redo();
        QCOMPARE(m_session->annotations().links(), QList<EventLink>{expected});

        // A drag that ends on the same event or on nothing links nothing.
        sendMouse(m_view.get(), QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
        sendMouse(m_view.get(), QEvent::MouseMove, QPointF(start.x() + 40, m_view->frame().lanesRect.bottom() - 2),
                  Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
        sendMouse(m_view.get(), QEvent::MouseButtonRelease, QPointF(start.x() + 40, m_view->frame().lanesRect.bottom() - 2),
                  Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
        QVERIFY(!linkTypeMenu());
        QCOMPARE(m_session->annotations().links().size(), 1);
    }

    void linkToAnotherEventThenClick()
    {
        const auto [from, to] = twoMarks();
        m_view->beginLink(from.key);  // what the event's context menu starts
        QVERIFY(m_view->isLinking());
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!m_view->isLinking());

        m_view->beginLink(from.key);
        sendMouse(m_view.get(), QEvent::MouseMove, to.mark.center(), Qt::NoButton, Qt::NoButton);
        sendMouse(m_view.get(), QEvent::MouseButtonPress, to.mark.center(), Qt::LeftButton, Qt::LeftButton);
        sendMouse(m_view.get(), QEvent::MouseButtonRelease, to.mark.center(), Qt::LeftButton, Qt::NoButton);
        QVERIFY(!m_view->isLinking());
        chooseLinkType(u"leads to"_qs);
        QCOMPARE(m_session->annotations().links().size(), 1);
        QCOMPARE(m_session->annotations().links().front().type, u"leads to"_qs);
        QCOMPARE(m_session->annotations().links().front().toEventId, idOf(to.key));
    }

    void emphasisedActorsStandOut()
    {
        const EventStore &store = m_session->store();
        const ActorIndex tur = *store.actorIndex(u"TUR");
        const TimelineFrame frame = m_view->frame();
        QVERIFY(m_view->emphasizedActors().isEmpty());
        std::optional<FrameItem> dimmed;
        std::optional<FrameItem> emphasised;
        for (const FrameItem &item : frame.items) {
            QVERIFY(m_view->renderer().emphasisOf(item.row) == TimelineRenderer::Emphasis::Normal);
            const auto actors = store.participants(item.row);
            const bool withTur = std::find(actors.begin(), actors.end(), tur) != actors.end();
            if (item.kind == FrameItem::Kind::Point && withTur && !emphasised)
                emphasised = item;
            if (item.kind == FrameItem::Kind::Point && !withTur && !dimmed)
                dimmed = item;
        }
        QVERIFY(dimmed && emphasised);
        const QImage before = m_view->grab().toImage();
        m_view->setEmphasizedActors({tur});
        QCOMPARE(m_view->emphasizedActors(), QList<ActorIndex>{tur});
        for (const FrameItem &item : frame.items) {
            const auto actors = store.participants(item.row);
            const bool withTur = std::find(actors.begin(), actors.end(), tur) != actors.end();
            QVERIFY(m_view->renderer().emphasisOf(item.row)
                    == (withTur ? TimelineRenderer::Emphasis::Emphasized : TimelineRenderer::Emphasis::Dimmed));
        }
        const QImage after = m_view->grab().toImage();
        const QColor base = m_view->palette().color(QPalette::Base);
        const QPoint dimmedCentre = dimmed->mark.center().toPoint();
        // The dimmed mark fades towards the background; the emphasised one keeps its colour.
        QVERIFY(colorDistance(after.pixelColor(dimmedCentre), base) < colorDistance(before.pixelColor(dimmedCentre), base) / 2);
        const QPoint emphasisedCentre = emphasised->mark.center().toPoint();
        QCOMPARE(after.pixelColor(emphasisedCentre), before.pixelColor(emphasisedCentre));

        m_view->setEmphasizedActors({});
        QVERIFY(m_view->renderer().emphasisOf(dimmed->row) == TimelineRenderer::Emphasis::Normal);
        QCOMPARE(m_view->grab().toImage().pixelColor(dimmedCentre), before.pixelColor(dimmedCentre));
    }

    void densityShowsAnnotatedEventsAsDots()
    {
        // Thousands of events in a year: the lanes draw density, not marks.
        EventStore store;
        store.addActor({u"AAA"_qs, u"State A"_qs, ActorKind::State, {}, std::nullopt});
        store.addActor({u"BBB"_qs, u"State B"_qs, ActorKind::State, {}, std::nullopt});
        for (int i = 0; i < 6000; ++i) {
            Event event;
            event.id = u"e"_qs + QString::number(i);
            event.start = Date::fromJulianDay(jd(2020, 1, 1) + i % 366);
            event.title = u"Event"_qs;
            event.participants = {{u"AAA"_qs, ParticipantRole::Initiator}, {u"BBB"_qs, ParticipantRole::Target}};
            store.appendUnsorted(event);
        }
        store.sortByStart();
        Session session;
        session.reset({}, std::move(store));
        session.setHighlight(u"e100"_qs, u"#ff0000"_qs);
        TimelineRenderer renderer(session);
        TimelineRenderOptions options;
        options.range = {double(jd(2020, 1, 1)), double(jd(2021, 1, 1))};
        QImage image(1000, 500, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const TimelineFrame frame = renderer.layout(QRectF(image.rect()), options);
        renderer.paintFrame(&painter, frame, options);
        painter.end();
        QVERIFY(!frame.lanes.empty());
        const VisibleLane &lane = frame.lanes.front();
        QCOMPARE(lane.densityOpacity, 1.0f);
        const EventRow row = session.store().rowOfKey(*session.store().keyOfId(u"e100"));
        const double x = frame.scale.xOfDay(session.store().startDay(row) + 0.5);
        const double bucketX = frame.lanesRect.left() + (std::floor((x - frame.lanesRect.left()) / 10) + 0.5) * 10;
        const QColor dot = image.pixelColor(QPointF(bucketX, lane.eventsRect.top() + 4).toPoint());
        QVERIFY2(colorDistance(dot, QColor(Qt::red)) < 60, qPrintable(dot.name()));
    }

    void annotatedBundledSession()
    {
        // The story of issue 5 on the bundled data; DYAD_ANNOTATED_SESSION=path also keeps
        // the file, for `dyad path --screenshot shot.png --view timeline`.
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        const QString caatsa = u"2020-12-14-caatsa-sanctions-ssb"_qs;
        const QString delivery = u"2019-07-12-s400-first-delivery"_qs;
        const QString sochi = u"2020-12-29-sochi-lavrov-cavusoglu"_qs;
        for (const QString &id : {caatsa, delivery, sochi})
            QVERIFY2(session.store().keyOfId(id), qPrintable(id));
        session.setNote(caatsa, u"First use of CAATSA against a NATO ally."_qs);
        for (const QString &id : {caatsa, delivery, u"2019-07-17-f35-suspension"_qs})
            session.setTags(id, {u"leverage"_qs});
        session.setStarred(sochi, true);
        session.setHighlight(delivery, u"#e8a317"_qs);
        session.addLink({caatsa, delivery, u"responds to"_qs, {}});

        TimelineRenderer renderer(session);
        TimelineRenderOptions options;
        options.range = {double(jd(2019, 5, 1)), double(jd(2021, 3, 1))};
        const TimelineFrame frame = renderer.layout(QRectF(0, 0, 1400, 800), options);
        QCOMPARE(renderer.linkArcs(frame).size(), size_t(1));

        SessionContents contents;
        contents.info = session.info();
        contents.store = session.store();
        contents.annotations = session.annotations();
        contents.viewState = QJsonObject{
            {u"version"_qs, 1},
            {u"window"_qs, QJsonObject{{u"firstDay"_qs, jd(2019, 5, 1)}, {u"lastDay"_qs, jd(2021, 3, 1)}}},
            {u"selectedEvent"_qs, caatsa},
        };
        QTemporaryDir dir;
        const QString file = dir.filePath(u"annotated.dyad"_qs);
        QVERIFY(!SessionFile::save(file, contents).isError());
        SessionContents loaded;
        QVERIFY(!SessionFile::load(file, loaded).isError());
        QCOMPARE(loaded.annotations, session.annotations());
        if (const QString keep = qEnvironmentVariable("DYAD_ANNOTATED_SESSION"); !keep.isEmpty())
            QVERIFY(!SessionFile::save(keep, contents).isError());
    }

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<EventTableModel> m_table;
    std::unique_ptr<EventSelectionModel> m_selection;
    std::unique_ptr<TimelineView> m_view;
};

QTEST_MAIN(TestTimelineAnnotations)
#include "tst_timelineannotations.moc"
