#include "dyadmenu.h"

#include "session/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace dyad {

DyadMenu::DyadMenu(Session *session, QWidget *parent)
    : QMenu(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dyadMenu"));
    // Ranking every pair reads the whole filter result: do it only when the menu opens.
    connect(this, &QMenu::aboutToShow, this, &DyadMenu::rebuild);
}

void DyadMenu::setCurrent(const std::vector<Dyad> &dyads, bool pinned)
{
    m_current = dyads;
    m_pinned = pinned;
}

void DyadMenu::rebuild()
{
    clear();
    const EventStore &store = m_session->store();
    QAction *automatic = addAction(tr("Most Frequent Pairs"), this, [this] { Q_EMIT dyadsChosen({}); });
    automatic->setCheckable(true);
    automatic->setChecked(!m_pinned);
    addSection(tr("Pairs in the filter"));
    std::vector<DyadCount> ranked = rankDyads(store, m_session->filteredRows(), 12);
    for (const Dyad &shown : m_current) {
        if (std::none_of(ranked.begin(), ranked.end(), [&](const DyadCount &entry) { return entry.dyad == shown; }))
            ranked.push_back({shown, 0});
    }
    for (const DyadCount &entry : ranked) {
        const QString text = entry.events > 0 ? tr("%1  (%L2)").arg(dyadDisplayName(store, entry.dyad)).arg(entry.events)
                                              : dyadDisplayName(store, entry.dyad);
        QAction *action = addAction(text);
        action->setCheckable(true);
        const bool shown = std::find(m_current.begin(), m_current.end(), entry.dyad) != m_current.end();
        action->setChecked(shown);
        action->setEnabled(shown || qsizetype(m_current.size()) < maximumDyads);
        const Dyad dyad = entry.dyad;
        connect(action, &QAction::toggled, this, [this, dyad](bool on) { toggle(dyad, on); });
    }
    addSeparator();
    QAction *other = addAction(tr("Other Pair…"), this, &DyadMenu::pickOtherPair);
    other->setEnabled(qsizetype(m_current.size()) < maximumDyads && store.actorCount() > 1);
}

void DyadMenu::toggle(const Dyad &dyad, bool on)
{
    std::vector<Dyad> chosen = m_current;
    const auto found = std::find(chosen.begin(), chosen.end(), dyad);
    if (on && found == chosen.end())
        chosen.push_back(dyad);
    else if (!on && found != chosen.end())
        chosen.erase(found);
    Q_EMIT dyadsChosen(chosen);
}

void DyadMenu::pickOtherPair()
{
    const EventStore &store = m_session->store();
    // Only states and bodies of no state: people are counted with their state.
    QList<std::pair<QString, ActorIndex>> groups;
    for (ActorIndex actor = 0; actor < ActorIndex(store.actorCount()); ++actor) {
        if (store.stateGroup(actor) == actor)
            groups.append({store.actor(actor).name, actor});
    }
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });

    QDialog dialog(parentWidget());
    dialog.setWindowTitle(tr("Show a Pair"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Mean tone of the events in which both take part:"), &dialog));
    auto *first = new QComboBox(&dialog);
    auto *second = new QComboBox(&dialog);
    for (const auto &[name, index] : groups) {
        first->addItem(name, index);
        second->addItem(name, index);
    }
    second->setCurrentIndex(std::min<int>(1, second->count() - 1));
    form->addRow(tr("Between:"), first);
    form->addRow(tr("And:"), second);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto checkDistinct = [=] { buttons->button(QDialogButtonBox::Ok)->setEnabled(first->currentIndex() != second->currentIndex()); };
    connect(first, &QComboBox::currentIndexChanged, &dialog, checkDistinct);
    connect(second, &QComboBox::currentIndexChanged, &dialog, checkDistinct);
    checkDistinct();
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    toggle(Dyad(first->currentData().value<ActorIndex>(), second->currentData().value<ActorIndex>()), true);
}

} // namespace dyad
