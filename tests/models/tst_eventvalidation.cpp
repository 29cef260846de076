#include "core/eventstore.h"
#include "editing/eventvalidation.h"

#include <QTest>

using namespace dyad;

Q_DECLARE_METATYPE(dyad::EventDraft)

namespace {

EventDraft validDraft()
{
    EventDraft draft;
    draft.id = u"2019-07-12-first-delivery"_qs;
    draft.start = u"2019-07-12"_qs;
    draft.title = u"First delivery"_qs;
    draft.summary = u"Parts of the system arrive."_qs;
    draft.category = u"arms"_qs;
    draft.tone = 2.5;
    draft.participants = {{u"TUR"_qs, ParticipantRole::Target}, {u"RUS"_qs, ParticipantRole::Initiator}};
    draft.placeName = u"Ankara"_qs;
    draft.latitude = u"39.93"_qs;
    draft.longitude = u"32.86"_qs;
    draft.sources = {{u"Publisher"_qs, u"Headline"_qs, u"https://example.org/a"_qs, u"2019-07-12"_qs}};
    return draft;
}

QList<EventField> fields(const QList<EventProblem> &problems)
{
    QList<EventField> result;
    for (const EventProblem &problem : problems)
        result.append(problem.field);
    return result;
}

} // namespace

class TestEventValidation : public QObject
{
    Q_OBJECT

private:
    EventStore m_store;

    QList<EventProblem> problemsOf(const EventDraft &draft, EventValidator::Mode mode = EventValidator::Mode::NewEvent)
    {
        return EventValidator(m_store, mode).validate(draft);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, {}});
        m_store.addActor({u"RUS"_qs, u"Russia"_qs, ActorKind::State, {}, {}});
        Event existing;
        existing.id = u"taken"_qs;
        existing.start = *Date::fromIsoString(u"2017-09-12");
        existing.title = u"Taken"_qs;
        existing.participants = {{u"TUR"_qs, ParticipantRole::Participant}};
        existing.sources = {{u"P"_qs, {}, {}, {}}};
        m_store.insert(existing);
    }

    void validDraftHasNoProblemAndBecomesTheEvent()
    {
        const EventDraft draft = validDraft();
        QVERIFY(problemsOf(draft).isEmpty());
        const auto event = EventValidator(m_store, EventValidator::Mode::NewEvent).toEvent(draft);
        QVERIFY(event);
        QCOMPARE(event->id, draft.id);
        QCOMPARE(event->start, Date::fromYmd(2019, 7, 12));
        QVERIFY(!event->end);
        QCOMPARE(event->title, draft.title);
        QCOMPARE(event->summary, draft.summary);
        QCOMPARE(event->category, u"arms"_qs);
        QCOMPARE(event->tone, 2.5);
        QCOMPARE(event->participants, draft.participants);
        QCOMPARE(event->place, (Place{u"Ankara"_qs, GeoPoint{39.93, 32.86}}));
        QCOMPARE(event->sources.size(), 1);
        QCOMPARE(event->sources.first().url, u"https://example.org/a"_qs);
        QCOMPARE(event->sources.first().date, Date::fromYmd(2019, 7, 12));
    }

    void precisionFollowsTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Date>("expected");
        QTest::newRow("year") << u"2019"_qs << Date::fromYmd(2019);
        QTest::newRow("month") << u"2019-07"_qs << Date::fromYmd(2019, 7);
        QTest::newRow("day") << u"2019-07-12"_qs << Date::fromYmd(2019, 7, 12);
        QTest::newRow("bce") << u"-0044-03-15"_qs << Date::fromYmd(-44, 3, 15);
        QTest::newRow("bce short") << u"-44"_qs << Date::fromYmd(-44);
    }
    void precisionFollowsTheText()
    {
        QFETCH(QString, text);
        QFETCH(Date, expected);
        EventDraft draft = validDraft();
        draft.start = text;
        const auto event = EventValidator(m_store, EventValidator::Mode::NewEvent).toEvent(draft);
        QVERIFY(event);
        QCOMPARE(event->start, expected);
        QCOMPARE(event->start.precision(), expected.precision());
    }

    void eachRuleReportsItsField_data()
    {
        QTest::addColumn<EventDraft>("draft");
        QTest::addColumn<EventField>("field");
        QTest::addColumn<int>("row");

        EventDraft d = validDraft();
        d.id.clear();
        QTest::newRow("id empty") << d << EventField::Id << -1;
        d = validDraft();
        d.id = u"two words"_qs;
        QTest::newRow("id with space") << d << EventField::Id << -1;
        d = validDraft();
        d.id = u"taken"_qs;
        QTest::newRow("id taken") << d << EventField::Id << -1;

        d = validDraft();
        d.start.clear();
        QTest::newRow("start empty") << d << EventField::Start << -1;
        d.start = u"2019-02-30"_qs;
        QTest::newRow("start impossible day") << d << EventField::Start << -1;
        d.start = u"2019-13"_qs;
        QTest::newRow("start impossible month") << d << EventField::Start << -1;
        d.start = u"0"_qs;
        QTest::newRow("start year zero") << d << EventField::Start << -1;
        d.start = u"12 July 2019"_qs;
        QTest::newRow("start not iso") << d << EventField::Start << -1;

        d = validDraft();
        d.end = u"2019-07-11"_qs;
        QTest::newRow("end before start") << d << EventField::End << -1;
        d.end = u"2018"_qs;
        QTest::newRow("end year before start") << d << EventField::End << -1;
        d.end = u"2019-06-31"_qs;
        QTest::newRow("end impossible") << d << EventField::End << -1;

        d = validDraft();
        d.title = u"   "_qs;
        QTest::newRow("title blank") << d << EventField::Title << -1;

        d = validDraft();
        d.tone = 10.5;
        QTest::newRow("tone above") << d << EventField::Tone << -1;
        d.tone = -11;
        QTest::newRow("tone below") << d << EventField::Tone << -1;
        d.tone = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("tone nan") << d << EventField::Tone << -1;

        d = validDraft();
        d.participants.clear();
        QTest::newRow("no actor") << d << EventField::Participants << -1;
        d.participants = {{u"TUR"_qs, ParticipantRole::Initiator}, {QString(), ParticipantRole::Target}};
        QTest::newRow("actor not chosen") << d << EventField::ParticipantActor << 1;
        d.participants = {{u"XXX"_qs, ParticipantRole::Initiator}};
        QTest::newRow("actor unknown") << d << EventField::ParticipantActor << 0;
        d.participants = {{u"TUR"_qs, ParticipantRole::Initiator}, {u"TUR"_qs, ParticipantRole::Target}};
        QTest::newRow("actor twice") << d << EventField::ParticipantActor << 1;

        d = validDraft();
        d.latitude = u"91"_qs;
        QTest::newRow("latitude out of range") << d << EventField::Latitude << -1;
        d.latitude = u"north"_qs;
        QTest::newRow("latitude not a number") << d << EventField::Latitude << -1;
        d.latitude.clear();
        QTest::newRow("longitude without latitude") << d << EventField::Latitude << -1;
        d = validDraft();
        d.longitude = u"-180.5"_qs;
        QTest::newRow("longitude out of range") << d << EventField::Longitude << -1;
        d.longitude.clear();
        QTest::newRow("latitude without longitude") << d << EventField::Longitude << -1;

        d = validDraft();
        d.sources.clear();
        QTest::newRow("no source") << d << EventField::Sources << -1;
        d.sources = {validDraft().sources.first(), {}};
        QTest::newRow("empty source row") << d << EventField::SourceDescription << 1;
        const QStringList badUrls{u"example.org/a"_qs, u"ftp://example.org/a"_qs, u"https://"_qs,
                                  u"javascript:alert(1)"_qs, u"http:///path"_qs, u"file:///etc/passwd"_qs};
        for (const QString &url : badUrls) {
            d = validDraft();
            d.sources.first().url = url;
            QTest::newRow(qPrintable(u"url " + url)) << d << EventField::SourceUrl << 0;
        }
        d = validDraft();
        d.sources.first().date = u"2019-02-29"_qs;
        QTest::newRow("source date impossible") << d << EventField::SourceDate << 0;
    }
    void eachRuleReportsItsField()
    {
        QFETCH(EventDraft, draft);
        QFETCH(EventField, field);
        QFETCH(int, row);
        const auto problems = problemsOf(draft);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QCOMPARE(problems.first().row, row);
        QVERIFY(!problems.first().message.isEmpty());
        QVERIFY(!EventValidator(m_store, EventValidator::Mode::NewEvent).toEvent(draft));
    }

    void optionalFieldsMayBeEmpty()
    {
        EventDraft draft = validDraft();
        draft.end.clear();
        draft.summary.clear();
        draft.category.clear();
        draft.placeName.clear();
        draft.latitude.clear();
        draft.longitude.clear();
        draft.sources = {{u"Publisher"_qs, {}, {}, {}}};
        QVERIFY(problemsOf(draft).isEmpty());
        const auto event = EventValidator(m_store, EventValidator::Mode::NewEvent).toEvent(draft);
        QVERIFY(event);
        QVERIFY(!event->place);
        QVERIFY(!event->sources.first().date.isValid());
    }

    void boundaryValuesAreValid()
    {
        EventDraft draft = validDraft();
        draft.end = draft.start;
        draft.tone = -10;
        draft.latitude = u"-90"_qs;
        draft.longitude = u"180"_qs;
        draft.sources.first().url = u"http://example.org"_qs;
        QVERIFY(problemsOf(draft).isEmpty());
        draft.tone = 10;
        draft.latitude = u"90,0"_qs;  // a decimal comma is accepted
        draft.longitude = u"-180"_qs;
        QVERIFY(problemsOf(draft).isEmpty());
        QCOMPARE(EventValidator(m_store, EventValidator::Mode::NewEvent).toEvent(draft)->place->location, (GeoPoint{90, -180}));
    }

    void endInsideAMonthStartIsNotBeforeIt()
    {
        // "July 2019" covers the whole month, so an end on 12 July is not before it.
        EventDraft draft = validDraft();
        draft.start = u"2019-07"_qs;
        draft.end = u"2019-07-12"_qs;
        QVERIFY(problemsOf(draft).isEmpty());
    }

    void placeWithCoordinatesOnly()
    {
        EventDraft draft = validDraft();
        draft.placeName.clear();
        const auto event = EventValidator(m_store, EventValidator::Mode::NewEvent).toEvent(draft);
        QCOMPARE(event->place, (Place{QString(), GeoPoint{39.93, 32.86}}));
    }

    void editingKeepsItsOwnId()
    {
        EventDraft draft = validDraft();
        draft.id = u"taken"_qs;
        QVERIFY(problemsOf(draft, EventValidator::Mode::EditEvent).isEmpty());
    }

    void problemsComeInFormOrder()
    {
        EventDraft draft;
        const auto problems = problemsOf(draft);
        QCOMPARE(fields(problems), (QList<EventField>{EventField::Id, EventField::Start, EventField::Title,
                                                      EventField::Participants, EventField::Sources}));
        QCOMPARE(EventValidator::fieldName(problems.first().field), u"Id"_qs);
    }

    void draftRoundTripsAnEvent()
    {
        const auto event = EventValidator(m_store, EventValidator::Mode::NewEvent).toEvent(validDraft());
        QVERIFY(event);
        QCOMPARE(EventDraft::fromEvent(*event), validDraft());
        Event bce = *event;
        bce.start = Date::fromYmd(-44, 3);
        bce.end = Date::fromYmd(-43);
        bce.place = Place{u"Rome"_qs, GeoPoint{41.893056, 12.482778}};
        QCOMPARE(EventValidator(m_store, EventValidator::Mode::EditEvent).toEvent(EventDraft::fromEvent(bce)), bce);
    }

    void suggestedIdIsASlugOfDateAndTitle()
    {
        const EventValidator validator(m_store, EventValidator::Mode::NewEvent);
        QCOMPARE(validator.suggestedId(u"2019-07-12"_qs, u"First S-400 delivery to Türkiye!"_qs),
                 u"2019-07-12-first-s-400-delivery-to-turkiye"_qs);
        QCOMPARE(validator.suggestedId(u"-0044-03-15"_qs, u"Ides of March"_qs), u"bce-0044-03-15-ides-of-march"_qs);
        QCOMPARE(validator.suggestedId(u"not a date"_qs, u"Title"_qs), u"title"_qs);
        QCOMPARE(validator.suggestedId(QString(), QString()), u"event"_qs);
        QCOMPARE(validator.suggestedId(QString(), u"Taken"_qs), u"taken-2"_qs);
    }
};

QTEST_GUILESS_MAIN(TestEventValidation)
#include "tst_eventvalidation.moc"
