#pragma once

#include "trends/trendaggregation.h"

#include <QMenu>

namespace dyad {

class Session;

// Picks the dyads the temperature chart draws: the most frequent pairs of the filter (the
// default), any of the twelve most frequent pairs, or any other pair through a small dialog.
class DyadMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DyadMenu)

public:
    static constexpr qsizetype maximumDyads = 6;

    DyadMenu(Session *session, QWidget *parent = nullptr);

    // What the chart shows now; pinned when the user chose them.
    void setCurrent(const std::vector<Dyad> &dyads, bool pinned);

Q_SIGNALS:
    // An empty list means "the most frequent pairs".
    void dyadsChosen(const std::vector<dyad::Dyad> &dyads);

private:
    void rebuild();
    void toggle(const Dyad &dyad, bool on);
    void pickOtherPair();

    Session *m_session;
    std::vector<Dyad> m_current;
    bool m_pinned = false;
};

} // namespace dyad
