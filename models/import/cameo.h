#pragma once

#include "core/actor.h"

#include <QByteArrayView>
#include <QString>

// The parts of the CAMEO coding scheme (Conflict and Mediation Event Observations) that
// GDELT uses and Dyad maps: event root codes, quad classes and actor type codes.
namespace dyad::Cameo {

// "04" -> "Consult"; empty for an unknown code. English: the text becomes event titles.
QByteArrayView rootCodeDescription(int rootCode);
// The most specific CAMEO name of an event code: "163" -> "Impose embargo, boycott, or sanctions";
// a four-digit code Dyad does not name falls back to its base code, then to its root code.
QByteArrayView eventCodeDescription(QByteArrayView eventCode, int rootCode);
// "GOV" -> "government"; empty when unknown.
QByteArrayView actorTypeLabel(QByteArrayView typeCode);
// CAMEO's regional and supranational country codes: "EUR" -> "Europe"; empty when unknown.
QByteArrayView regionName(QByteArrayView countryCode);
// Known groups GDELT codes in Actor*KnownGroupCode: "UNO" -> "United Nations"; empty when unknown.
QByteArrayView knownGroupName(QByteArrayView groupCode);
// Dyad's category for a root code (docs/file-formats.md, "GDELT"); by quad class when the
// root code is missing or unknown; empty when neither is known.
QString category(int rootCode, int quadClass);
QByteArrayView quadClassName(int quadClass);
// "REB" -> armed group, "IGO" -> organisation, "BUS" -> company; Other when unknown.
ActorKind actorKindOfType(QByteArrayView typeCode);

} // namespace dyad::Cameo
