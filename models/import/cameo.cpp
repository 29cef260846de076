#include "cameo.h"

#include <array>

namespace dyad::Cameo {

namespace {

struct RootCode
{
    const char *description;
    const char16_t *category;
};

// CAMEO event root codes 01-20 (index 0 unused) and the category Dyad files them under.
constexpr RootCode rootCodes[21] = {
    {"", u""},
    {"Make public statement", u"diplomacy"},
    {"Appeal", u"diplomacy"},
    {"Express intent to cooperate", u"diplomacy"},
    {"Consult", u"diplomacy"},
    {"Engage in diplomatic cooperation", u"diplomacy"},
    {"Engage in material cooperation", u"cooperation"},
    {"Provide aid", u"aid"},
    {"Yield", u"diplomacy"},
    {"Investigate", u"law"},
    {"Demand", u"diplomacy"},
    {"Disapprove", u"diplomacy"},
    {"Reject", u"diplomacy"},
    {"Threaten", u"threat"},
    {"Protest", u"protest"},
    {"Exhibit force posture", u"military"},
    {"Reduce relations", u"sanctions"},
    {"Coerce", u"coercion"},
    {"Assault", u"conflict"},
    {"Fight", u"conflict"},
    {"Use unconventional mass violence", u"conflict"},
};

} // namespace

QByteArrayView rootCodeDescription(int rootCode)
{
    return rootCode >= 1 && rootCode <= 20 ? QByteArrayView(rootCodes[rootCode].description) : QByteArrayView();
}

QString category(int rootCode, int quadClass)
{
    if (rootCode >= 1 && rootCode <= 20) {
        static const auto names = [] {
            std::array<QString, 21> strings;
            for (size_t i = 0; i < strings.size(); ++i)
                strings[i] = QString::fromUtf16(rootCodes[i].category);
            return strings;
        }();
        return names[size_t(rootCode)];  // shared, so a million events cost no string copies
    }
    static const QString byQuadClass[5] = {{}, u"diplomacy"_qs, u"cooperation"_qs, u"diplomacy"_qs, u"conflict"_qs};
    return quadClass >= 1 && quadClass <= 4 ? byQuadClass[quadClass] : QString();
}

QByteArrayView quadClassName(int quadClass)
{
    static constexpr const char *names[5] = {"", "verbal cooperation", "material cooperation", "verbal conflict",
                                             "material conflict"};
    return quadClass >= 1 && quadClass <= 4 ? QByteArrayView(names[quadClass]) : QByteArrayView();
}

ActorKind actorKindOfType(QByteArrayView typeCode)
{
    static constexpr struct
    {
        const char *code;
        ActorKind kind;
    } kinds[] = {
        {"REB", ActorKind::ArmedGroup}, {"INS", ActorKind::ArmedGroup},   {"SEP", ActorKind::ArmedGroup},
        {"UAF", ActorKind::ArmedGroup}, {"IMG", ActorKind::ArmedGroup},   {"IGO", ActorKind::Organisation},
        {"NGO", ActorKind::Organisation}, {"NGM", ActorKind::Organisation}, {"GOV", ActorKind::Organisation},
        {"MIL", ActorKind::Organisation}, {"COP", ActorKind::Organisation}, {"JUD", ActorKind::Organisation},
        {"LEG", ActorKind::Organisation}, {"SPY", ActorKind::Organisation}, {"OPP", ActorKind::Organisation},
        {"PKO", ActorKind::Organisation}, {"BUS", ActorKind::Company},      {"MNC", ActorKind::Company},
    };
    for (const auto &entry : kinds) {
        if (typeCode == QByteArrayView(entry.code))
            return entry.kind;
    }
    return ActorKind::Other;
}

} // namespace dyad::Cameo

namespace dyad::Cameo {

namespace {

struct CodeName
{
    const char *code;
    const char *name;
};

template<size_t N>
QByteArrayView lookUp(const CodeName (&table)[N], QByteArrayView code)
{
    for (const CodeName &entry : table) {
        if (code == QByteArrayView(entry.code))
            return QByteArrayView(entry.name);
    }
    return {};
}

// CAMEO base event codes; the "not specified" codes (040, 190, ...) are left to their root's name.
constexpr CodeName baseEventCodes[] = {
    {"011", "Decline comment"}, {"012", "Make pessimistic comment"}, {"013", "Make optimistic comment"},
    {"014", "Consider policy option"}, {"015", "Acknowledge or claim responsibility"}, {"016", "Deny responsibility"},
    {"017", "Engage in symbolic act"}, {"018", "Make empathetic comment"}, {"019", "Express accord"},
    {"021", "Appeal for material cooperation"}, {"022", "Appeal for diplomatic cooperation"}, {"023", "Appeal for aid"},
    {"024", "Appeal for political reform"}, {"025", "Appeal to yield"}, {"026", "Appeal to others to meet or negotiate"},
    {"027", "Appeal to others to settle dispute"}, {"028", "Appeal to others to engage in or accept mediation"},
    {"031", "Express intent to engage in material cooperation"}, {"032", "Express intent to provide diplomatic cooperation"},
    {"033", "Express intent to provide material aid"}, {"034", "Express intent to institute political reform"},
    {"035", "Express intent to yield"}, {"036", "Express intent to meet or negotiate"},
    {"037", "Express intent to settle dispute"}, {"038", "Express intent to accept mediation"},
    {"039", "Express intent to mediate"}, {"041", "Discuss by telephone"}, {"042", "Make a visit"},
    {"043", "Host a visit"}, {"044", "Meet at a third location"}, {"045", "Mediate"}, {"046", "Engage in negotiation"},
    {"051", "Praise or endorse"}, {"052", "Defend verbally"}, {"053", "Rally support on behalf of"},
    {"054", "Grant diplomatic recognition"}, {"055", "Apologize"}, {"056", "Forgive"}, {"057", "Sign formal agreement"},
    {"061", "Cooperate economically"}, {"062", "Cooperate militarily"}, {"063", "Engage in judicial cooperation"},
    {"064", "Share intelligence or information"}, {"071", "Provide economic aid"}, {"072", "Provide military aid"},
    {"073", "Provide humanitarian aid"}, {"074", "Provide military protection or peacekeeping"}, {"075", "Grant asylum"},
    {"081", "Ease administrative sanctions"}, {"082", "Ease political dissent"},
    {"083", "Accede to requests or demands for political reform"}, {"084", "Return, release"},
    {"085", "Ease economic sanctions, boycott, embargo"}, {"086", "Allow international involvement"},
    {"087", "De-escalate military engagement"}, {"091", "Investigate crime, corruption"},
    {"092", "Investigate human rights abuses"}, {"093", "Investigate military action"}, {"094", "Investigate war crimes"},
    {"101", "Demand material cooperation"}, {"102", "Demand diplomatic cooperation"}, {"103", "Demand material aid"},
    {"104", "Demand political reform"}, {"105", "Demand that target yields"}, {"106", "Demand meeting, negotiation"},
    {"107", "Demand settling of dispute"}, {"108", "Demand mediation"}, {"111", "Criticize or denounce"},
    {"112", "Accuse"}, {"113", "Rally opposition against"}, {"114", "Complain officially"},
    {"115", "Bring lawsuit against"}, {"116", "Find guilty or liable (legally)"}, {"121", "Reject material cooperation"},
    {"122", "Reject request for material aid"}, {"123", "Reject request for political reform"}, {"124", "Refuse to yield"},
    {"125", "Reject proposal to meet, discuss, or negotiate"}, {"126", "Reject mediation"},
    {"127", "Reject plan, agreement to settle dispute"}, {"128", "Defy norms, law"}, {"129", "Veto"},
    {"131", "Threaten non-force"}, {"132", "Threaten with administrative sanctions"},
    {"133", "Threaten political dissent, protest"}, {"134", "Threaten to halt negotiations"},
    {"135", "Threaten to halt mediation"}, {"136", "Threaten to halt international involvement"},
    {"137", "Threaten with repression"}, {"138", "Threaten to use military force"}, {"139", "Give ultimatum"},
    {"141", "Demonstrate or rally"}, {"142", "Conduct hunger strike"}, {"143", "Conduct strike or boycott"},
    {"144", "Obstruct passage, block"}, {"145", "Protest violently, riot"}, {"151", "Increase police alert status"},
    {"152", "Increase military alert status"}, {"153", "Mobilize or increase police power"},
    {"154", "Mobilize or increase armed forces"}, {"161", "Reduce or break diplomatic relations"},
    {"162", "Reduce or stop material aid"}, {"163", "Impose embargo, boycott, or sanctions"}, {"164", "Halt negotiations"},
    {"165", "Halt mediation"}, {"166", "Expel or withdraw"}, {"171", "Seize or damage property"},
    {"172", "Impose administrative sanctions"}, {"173", "Arrest, detain, or charge with legal action"},
    {"174", "Expel or deport individuals"}, {"175", "Use tactics of violent repression"},
    {"181", "Abduct, hijack, or take hostage"}, {"182", "Physically assault"},
    {"183", "Conduct suicide, car, or other non-military bombing"}, {"184", "Use as human shield"},
    {"185", "Attempt to assassinate"}, {"186", "Assassinate"}, {"191", "Impose blockade, restrict movement"},
    {"192", "Occupy territory"}, {"193", "Fight with small arms and light weapons"},
    {"194", "Fight with artillery and tanks"}, {"195", "Employ aerial weapons"}, {"196", "Violate ceasefire"},
    {"201", "Engage in mass expulsion"}, {"202", "Engage in mass killings"}, {"203", "Engage in ethnic cleansing"},
    {"204", "Use weapons of mass destruction"},
};

constexpr CodeName actorTypes[] = {
    {"GOV", "government"}, {"MIL", "military"}, {"COP", "police"}, {"JUD", "judiciary"}, {"LEG", "legislature"},
    {"OPP", "opposition"}, {"PTY", "political party"}, {"REB", "rebels"}, {"INS", "insurgents"},
    {"SEP", "separatists"}, {"UAF", "armed group"}, {"IMG", "militarized group"}, {"BUS", "business"},
    {"MNC", "multinational corporation"}, {"IGO", "intergovernmental organisation"},
    {"NGO", "non-governmental organisation"}, {"NGM", "non-governmental movement"}, {"MED", "media"},
    {"EDU", "education"}, {"CVL", "civilians"}, {"LAB", "labour"}, {"AGR", "agriculture"}, {"CRM", "criminals"},
    {"REF", "refugees"}, {"HLH", "health"}, {"HRI", "human rights"}, {"ELI", "elites"}, {"SPY", "intelligence"},
    {"ENV", "environment"}, {"RAD", "radicals"}, {"MOD", "moderates"}, {"DEV", "development"},
    {"SET", "settlers"}, {"PKO", "peacekeepers"}, {"REL", "religious"}, {"CHR", "Christian"}, {"MUS", "Muslim"},
};

constexpr CodeName regions[] = {
    {"AFR", "Africa"}, {"ASA", "Asia"}, {"BLK", "Balkans"}, {"CRB", "Caribbean"}, {"CAU", "Caucasus"},
    {"CAS", "Central Asia"}, {"EAF", "East Africa"}, {"EEU", "Eastern Europe"}, {"EUR", "Europe"},
    {"LAM", "Latin America"}, {"MEA", "Middle East"}, {"MDT", "Mediterranean"}, {"NAF", "North Africa"},
    {"NAM", "North America"}, {"PGS", "Persian Gulf"}, {"SAM", "South America"}, {"SAS", "South Asia"},
    {"SEA", "Southeast Asia"}, {"SAF", "Southern Africa"}, {"WAF", "West Africa"}, {"WST", "The West"},
    {"SCN", "Scandinavia"},
};

constexpr CodeName knownGroups[] = {
    {"UNO", "United Nations"}, {"EEC", "European Union"}, {"NAT", "NATO"}, {"ARL", "Arab League"},
    {"ASN", "ASEAN"}, {"OPC", "OPEC"}, {"WBK", "World Bank"}, {"IMF", "International Monetary Fund"},
    {"WTO", "World Trade Organization"}, {"ICC", "International Criminal Court"}, {"RCR", "Red Cross"},
    {"AMN", "Amnesty International"}, {"HRW", "Human Rights Watch"}, {"MSF", "Médecins Sans Frontières"},
};

} // namespace

QByteArrayView eventCodeDescription(QByteArrayView eventCode, int rootCode)
{
    if (eventCode.size() >= 3) {
        if (const QByteArrayView base = lookUp(baseEventCodes, eventCode.first(3)); !base.isEmpty())
            return base;
    }
    return rootCodeDescription(rootCode);
}

QByteArrayView actorTypeLabel(QByteArrayView typeCode)
{
    return lookUp(actorTypes, typeCode);
}

QByteArrayView regionName(QByteArrayView countryCode)
{
    return lookUp(regions, countryCode);
}

QByteArrayView knownGroupName(QByteArrayView groupCode)
{
    return lookUp(knownGroups, groupCode);
}

} // namespace dyad::Cameo
