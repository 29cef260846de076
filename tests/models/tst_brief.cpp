// The filter in words and the brief: what captions and briefs say, escaped and ordered.
#include "core/date.h"
#include "export/brief.h"
#include "export/filterdescription.h"
#include "session/session.h"

#include <QTest>

using namespace dyad;

Q_DECLARE_METATYPE(dyad::EventFilter)

namespace {

qint32 day(int year, int month, int dayOfMonth)
{
    return Date::fromYmd(year, month, dayOfMonth).firstDay();
}

} // namespace

class TestBrief : public QObject
{
    Q_OBJECT

private:
    Session m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_session.loadBundledDataset().isError());
    }

    void filterInWords_data()
    {
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<QString>("words");

        QTest::newRow("empty") << EventFilter() << u"All events"_qs;

        EventFilter bilateral;
        bilateral.actorIds = {u"TUR"_qs, u"RUS"_qs};
        bilateral.actorMatch = EventFilter::ActorMatch::AllOf;
        bilateral.fromDay = day(2020, 1, 1);
        bilateral.toDay = day(2020, 12, 31);
        bilateral.categories = {u"diplomacy"_qs};
        bilateral.text = u"S-400"_qs;
        QTest::newRow("issue example") << bilateral
                                       << u"Events involving Turkey and Russia (all of), 1 Jan 2020 – 31 Dec 2020, category: diplomacy, text “S-400”"_qs;

        EventFilter anyOf;
        anyOf.actorIds = {u"TUR"_qs, u"RUS"_qs, u"USA"_qs};
        anyOf.categories = {u"arms"_qs, u"sanctions"_qs};
        anyOf.fromDay = day(2017, 9, 1);
        QTest::newRow("any of three, open end")
            << anyOf << u"Events involving Turkey, Russia or United States (any of), from 1 Sep 2017, categories: arms, sanctions"_qs;

        EventFilter person;
        person.actorIds = {u"lavrov"_qs, u"nobody"_qs};
        person.actorMatch = EventFilter::ActorMatch::AllOf;
        person.toDay = day(-44, 3, 15);
        person.minimumTone = -10;
        person.maximumTone = -2.5;
        person.starredOnly = true;
        person.tags = {u"leverage"_qs};
        QTest::newRow("unknown id, BCE, tone, marks")
            << person << u"Events involving Sergei Lavrov and nobody (all of), until 15 Mar 44 BCE, tone -10 to -2.5, starred only, tagged #leverage"_qs;
    }

    void filterInWords()
    {
        QFETCH(EventFilter, filter);
        QFETCH(QString, words);
        QCOMPARE(describeFilter(filter, m_session.store()), words);
    }

    void windowInWords()
    {
        QCOMPARE(describeWindow({day(2019, 7, 12), day(2019, 7, 12)}), u"12 Jul 2019"_qs);
        QCOMPARE(describeWindow({day(2015, 11, 24), day(2021, 3, 31)}), u"24 Nov 2015 – 31 Mar 2021"_qs);
        QCOMPARE(describeWindow({}), QString());
        QCOMPARE(joinInWords({u"a"_qs, u"b"_qs, u"c"_qs}, u"and"_qs), u"a, b and c"_qs);
    }

    void briefListsFilteredEventsByDateWithNotes()
    {
        Session session;
        QVERIFY(!session.loadBundledDataset().isError());
        EventFilter filter;
        filter.text = u"S-400"_qs;
        session.setFilter(filter);
        const std::vector<EventRow> &rows = session.filteredRows();
        QVERIFY(rows.size() >= 3);
        const QString annotated = session.store().id(rows[1]);
        session.setNote(annotated, u"Deposit <paid> & confirmed"_qs);
        session.setStarred(annotated, true);

        const Brief brief = makeBrief(session, QDate(2026, 11, 29));
        QCOMPARE(brief.eventCount, qsizetype(rows.size()));
        QCOMPARE(brief.entries.size(), rows.size());
        QCOMPARE(brief.filterInWords, u"Events, text “S-400”"_qs);
        QCOMPARE(brief.title, session.info().title);
        for (size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(brief.entries[i].title, session.store().title(rows[i]));
        for (size_t i = 1; i < rows.size(); ++i)
            QVERIFY(session.store().startDate(rows[i - 1]) <= session.store().startDate(rows[i]));
        QCOMPARE(brief.entries[1].note, u"Deposit <paid> & confirmed"_qs);
        QVERIFY(brief.entries[1].starred);
        QVERIFY(!brief.entries[1].sources.isEmpty());
        QVERIFY(brief.entries[0].actors.contains(u"Turkey"_qs) || brief.entries[0].actors.contains(u"Russia"_qs));

        const QString html = briefToHtml(brief, {{u"Timeline <all>"_qs, pngDataUri("PNG"), 800}});
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
        QVERIFY(html.contains(u"Deposit &lt;paid&gt; &amp; confirmed"));
        QVERIFY(html.contains(u"<img src=\"data:image/png;base64,UE5H\" width=\"800\" alt=\"Timeline &lt;all&gt;\"/>"));
        QVERIFY(html.contains(u"★ "));
        const Source source = brief.entries[1].sources.first();
        QVERIFY(html.contains(u"<a href=\"" + source.url.toHtmlEscaped()));
        // Ordered by date in the HTML too.
        qsizetype previous = -1;
        for (const BriefEntry &entry : brief.entries) {
            const qsizetype at = html.indexOf(entry.title.toHtmlEscaped(), previous + 1);
            QVERIFY2(at > previous, qPrintable(entry.title));
            previous = at;
        }
    }

    void onlyWebSourcesBecomeLinks()
    {
        Brief brief;
        brief.title = u"<script>alert(1)</script>"_qs;
        BriefEntry entry;
        entry.title = u"Hostile"_qs;
        entry.sources = {{u"P"_qs, u"evil"_qs, u"javascript:alert(1)"_qs, {}},
                         {u"P"_qs, u"local"_qs, u"file:///etc/passwd"_qs, {}},
                         {u"P"_qs, u"quote"_qs, u"https://example.org/a\"onmouseover=\"x"_qs, {}},
                         {u"P"_qs, u"good"_qs, u"https://example.org/?a=1&b=2"_qs, Date::fromYmd(2020, 2)}};
        brief.entries.push_back(entry);
        brief.eventCount = 1;
        const QString html = briefToHtml(brief, {});
        QVERIFY(!html.contains(u"<script>"));
        QVERIFY(!html.contains(u"href=\"javascript"));
        QVERIFY(!html.contains(u"href=\"file"));
        QVERIFY(!html.contains(u"onmouseover=\""));
        QVERIFY(html.contains(u"<a href=\"https://example.org/?a=1&amp;b=2\">good</a> (P, Feb 2020)"));
    }

    void longFiltersAreCut()
    {
        EventStore store;
        store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, std::nullopt});
        for (int i = 0; i < Brief::maximumEntries + 5; ++i)
            store.appendUnsorted({u"e%1"_qs.arg(i), Date::fromYmd(2000 + i % 20, 1, 1), std::nullopt, u"Event %1"_qs.arg(i), {}, u"x"_qs, 0,
                                  {{u"TUR"_qs, ParticipantRole::Participant}}, std::nullopt, {}});
        store.sortByStart();
        Session session;
        session.reset({u"Many"_qs, {}, {}}, std::move(store));
        const Brief brief = makeBrief(session, QDate(2026, 1, 1));
        QCOMPARE(brief.eventCount, Brief::maximumEntries + 5);
        QCOMPARE(qsizetype(brief.entries.size()), Brief::maximumEntries);
        QVERIFY(briefToHtml(brief, {}).contains(u"the first 1000 listed"));
    }
};

QTEST_GUILESS_MAIN(TestBrief)
#include "tst_brief.moc"
