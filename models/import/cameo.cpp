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
