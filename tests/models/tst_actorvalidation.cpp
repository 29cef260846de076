#include "core/eventstore.h"
#include "editing/actorvalidation.h"

#include <QTest>

using namespace dyad;

Q_DECLARE_METATYPE(dyad::ActorDraft)

namespace {

ActorDraft validPerson()
{
    ActorDraft draft;
    draft.id = u"erdogan"_qs;
    draft.name = u"Recep Tayyip Erdoğan"_qs;
    draft.kind = ActorKind::Person;
    draft.stateId = u"TUR"_qs;
    return draft;
}

} // namespace

class TestActorValidation : public QObject
{
    Q_OBJECT

private:
    EventStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store.addActor({u"TUR"_qs, u"Turkey"_qs, ActorKind::State, {}, GeoPoint{39.93, 32.86}});
        m_store.addActor({u"NATO"_qs, u"NATO"_qs, ActorKind::Organisation, {}, {}});
        m_store.addActor({u"minister"_qs, u"A minister"_qs, ActorKind::Person, u"TUR"_qs, {}});
    }

    void validDraftBecomesTheActor()
    {
        const ActorValidator validator(m_store, ActorValidator::Mode::NewActor);
        ActorDraft draft = validPerson();
        draft.latitude = u"41.01"_qs;
        draft.longitude = u"28.97"_qs;
        QVERIFY(validator.validate(draft).isEmpty());
        QCOMPARE(validator.toActor(draft),
                 (Actor{u"erdogan"_qs, u"Recep Tayyip Erdoğan"_qs, ActorKind::Person, u"TUR"_qs, GeoPoint{41.01, 28.97}}));
        QCOMPARE(ActorDraft::fromActor(*validator.toActor(draft)), draft);
    }

    void eachRuleReportsItsField_data()
    {
        QTest::addColumn<ActorDraft>("draft");
        QTest::addColumn<ActorField>("field");
        QTest::addColumn<int>("mode");
        const int newActor = int(ActorValidator::Mode::NewActor);
        const int editActor = int(ActorValidator::Mode::EditActor);

        ActorDraft d = validPerson();
        d.id.clear();
        QTest::newRow("id empty") << d << ActorField::Id << newActor;
        d.id = u"r t e"_qs;
        QTest::newRow("id with spaces") << d << ActorField::Id << newActor;
        d.id = u"NATO"_qs;
        QTest::newRow("id taken") << d << ActorField::Id << newActor;

        d = validPerson();
        d.name = u" "_qs;
        QTest::newRow("name blank") << d << ActorField::Name << newActor;

        d = validPerson();
        d.stateId = u"XXX"_qs;
        QTest::newRow("state unknown") << d << ActorField::State << newActor;
        d.stateId = u"NATO"_qs;
        QTest::newRow("state not a state") << d << ActorField::State << newActor;
        d = ActorDraft{u"GRC"_qs, u"Greece"_qs, ActorKind::State, u"TUR"_qs, {}, {}};
        QTest::newRow("state inside a state") << d << ActorField::State << newActor;
        d = ActorDraft{u"TUR"_qs, u"Turkey"_qs, ActorKind::Organisation, {}, {}, {}};
        QTest::newRow("state with members stops being one") << d << ActorField::Kind << editActor;

        d = validPerson();
        d.latitude = u"-91"_qs;
        d.longitude = u"0"_qs;
        QTest::newRow("latitude out of range") << d << ActorField::Latitude << newActor;
        d.latitude = u"0"_qs;
        d.longitude = u"181"_qs;
        QTest::newRow("longitude out of range") << d << ActorField::Longitude << newActor;
        d.longitude.clear();
        QTest::newRow("latitude alone") << d << ActorField::Longitude << newActor;
        d.latitude.clear();
        d.longitude = u"5"_qs;
        QTest::newRow("longitude alone") << d << ActorField::Latitude << newActor;
    }
    void eachRuleReportsItsField()
    {
        QFETCH(ActorDraft, draft);
        QFETCH(ActorField, field);
        QFETCH(int, mode);
        const ActorValidator validator(m_store, ActorValidator::Mode(mode));
        const auto problems = validator.validate(draft);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().message.isEmpty());
        QVERIFY(!validator.toActor(draft));
    }

    void editingKeepsItsOwnId()
    {
        const ActorValidator validator(m_store, ActorValidator::Mode::EditActor);
        QVERIFY(validator.validate(ActorDraft::fromActor(m_store.actor(0))).isEmpty());
        ActorDraft renamed = ActorDraft::fromActor(m_store.actor(0));
        renamed.name = u"Türkiye"_qs;
        QCOMPARE(validator.toActor(renamed)->name, u"Türkiye"_qs);
    }

    void suggestedIds()
    {
        const ActorValidator validator(m_store, ActorValidator::Mode::NewActor);
        QCOMPARE(validator.suggestedId(u"Recep Tayyip Erdoğan"_qs), u"recep-tayyip-erdogan"_qs);
        QCOMPARE(validator.suggestedId(u"A Minister"_qs), u"a-minister"_qs);
        QCOMPARE(validator.suggestedId(u"Minister"_qs), u"minister-2"_qs);
        QCOMPARE(validator.suggestedId(u"  "_qs), QString());
        QVERIFY(ActorValidator::looksLikeAlpha3(u"TUR"_qs));
        QVERIFY(!ActorValidator::looksLikeAlpha3(u"Tur"_qs));
        QVERIFY(!ActorValidator::looksLikeAlpha3(u"NATO"_qs));
    }
};

QTEST_GUILESS_MAIN(TestActorValidation)
#include "tst_actorvalidation.moc"
