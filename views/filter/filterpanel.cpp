#include "filterpanel.h"

#include "core/date.h"
#include "itemmodels/actormodel.h"
#include "session/session.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dyad {

FilterPanel::FilterPanel(Session *session, ActorModel *actors, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createActorSection(actors), 1);
    layout->addWidget(createCategorySection());
    layout->addWidget(createRangeSection());
    layout->addWidget(createAnnotationSection());
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, &FilterPanel::clearFilters);
    layout->addWidget(clear);

    m_textDebounce.setSingleShot(true);
    m_textDebounce.setInterval(150);
    connect(&m_textDebounce, &QTimer::timeout, this, &FilterPanel::applyWidgets);

    connect(session, &Session::filterChanged, this, &FilterPanel::showFilter);
    connect(session, &Session::datasetReset, this, [this] {
        rebuildCategories();
        rebuildPresets();
        showFilter();
    });
    connect(session, &Session::presetsChanged, this, &FilterPanel::rebuildPresets);
    rebuildCategories();
    rebuildPresets();
    showFilter();
}

QWidget *FilterPanel::createActorSection(ActorModel *actors)
{
    auto *box = new QGroupBox(tr("Countries and actors"), this);
    auto *layout = new QVBoxLayout(box);
    m_actorSearch = new QLineEdit(box);
    m_actorSearch->setPlaceholderText(tr("Find a country or actor…"));
    m_actorSearch->setClearButtonEnabled(true);
    layout->addWidget(m_actorSearch);

    m_actorProxy = new QSortFilterProxyModel(this);
    m_actorProxy->setSourceModel(actors);
    m_actorProxy->setRecursiveFilteringEnabled(true);
    m_actorProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actorProxy->setFilterKeyColumn(ActorModel::NameColumn);
    connect(m_actorSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_actorProxy->setFilterFixedString(text);
        m_actorView->expandAll();
    });

    m_actorView = new QTreeView(box);
    m_actorView->setModel(m_actorProxy);
    m_actorView->setUniformRowHeights(true);
    m_actorView->setRootIsDecorated(true);
    m_actorView->header()->setStretchLastSection(false);
    m_actorView->header()->setSectionResizeMode(ActorModel::NameColumn, QHeaderView::Stretch);
    m_actorView->header()->setSectionResizeMode(ActorModel::EventsColumn, QHeaderView::ResizeToContents);
    m_actorView->expandAll();
    connect(actors, &QAbstractItemModel::modelReset, m_actorView, &QTreeView::expandAll);
    layout->addWidget(m_actorView, 1);

    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(new QLabel(tr("Events with:"), box));
    auto *any = new QRadioButton(tr("any of them"), box);
    auto *all = new QRadioButton(tr("all of them"), box);
    any->setToolTip(tr("Events involving at least one checked actor"));
    all->setToolTip(tr("Events involving every checked actor: check two countries to see their bilateral events"));
    m_matchGroup = new QButtonGroup(this);
    m_matchGroup->addButton(any, int(EventFilter::ActorMatch::AnyOf));
    m_matchGroup->addButton(all, int(EventFilter::ActorMatch::AllOf));
    any->setChecked(true);
    connect(m_matchGroup, &QButtonGroup::idClicked, this, &FilterPanel::applyWidgets);
    matchRow->addWidget(any);
    matchRow->addWidget(all);
    matchRow->addStretch();
    layout->addLayout(matchRow);
    return box;
}

QWidget *FilterPanel::createCategorySection()
{
    auto *box = new QGroupBox(tr("Categories"), this);
    auto *layout = new QVBoxLayout(box);
    m_categories = new QListWidget(box);
    m_categories->setToolTip(tr("Check categories to show only those; none checked shows all"));
    m_categories->setMaximumHeight(fontMetrics().height() * 8);
    connect(m_categories, &QListWidget::itemChanged, this, [this] {
        if (!m_updatingWidgets)
            applyWidgets();
    });
    layout->addWidget(m_categories);
    return box;
}

QWidget *FilterPanel::createRangeSection()
{
    auto *box = new QGroupBox(tr("Dates, text and tone"), this);
    auto *form = new QFormLayout(box);
    m_from = new QLineEdit(box);
    m_to = new QLineEdit(box);
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, &FilterPanel::applyDateRange);
    }
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    m_dateProblem = new QLabel(box);
    m_dateProblem->setWordWrap(true);
    m_dateProblem->setForegroundRole(QPalette::BrightText);
    m_dateProblem->hide();
    form->addRow(m_dateProblem);

    m_textSearch = new QLineEdit(box);
    m_textSearch->setPlaceholderText(tr("Words in title, summary or place"));
    m_textSearch->setClearButtonEnabled(true);
    connect(m_textSearch, &QLineEdit::textEdited, &m_textDebounce, qOverload<>(&QTimer::start));
    form->addRow(tr("Text:"), m_textSearch);

    auto *toneRow = new QHBoxLayout;
    m_minTone = new QDoubleSpinBox(box);
    m_maxTone = new QDoubleSpinBox(box);
    for (QDoubleSpinBox *spin : {m_minTone, m_maxTone}) {
        spin->setRange(minimumTone, maximumTone);
        spin->setDecimals(1);
        spin->setSingleStep(1);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_updatingWidgets)
                applyWidgets();
        });
    }
    m_minTone->setToolTip(tr("-10 is the most hostile"));
    m_maxTone->setToolTip(tr("+10 is the most cooperative"));
    toneRow->addWidget(m_minTone);
    toneRow->addWidget(new QLabel(tr("to"), box));
    toneRow->addWidget(m_maxTone);
    form->addRow(tr("Tone:"), toneRow);
    return box;
}

QWidget *FilterPanel::createAnnotationSection()
{
    auto *box = new QGroupBox(tr("Your annotations and presets"), this);
    auto *form = new QFormLayout(box);
    auto *marks = new QHBoxLayout;
    m_annotatedOnly = new QCheckBox(tr("Annotated only"), box);
    m_starredOnly = new QCheckBox(tr("Starred only"), box);
    for (QCheckBox *check : {m_annotatedOnly, m_starredOnly}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_updatingWidgets)
                applyWidgets();
        });
        marks->addWidget(check);
    }
    form->addRow(marks);
    m_tags = new QLineEdit(box);
    m_tags->setPlaceholderText(tr("#leverage"));
    m_tags->setClearButtonEnabled(true);
    m_tags->setToolTip(tr("Only events carrying any of these tags"));
    connect(m_tags, &QLineEdit::editingFinished, this, &FilterPanel::applyWidgets);
    form->addRow(tr("Tags:"), m_tags);

    auto *presetRow = new QHBoxLayout;
    m_presets = new QComboBox(box);
    m_presets->setToolTip(tr("Reapply a saved filter"));
    connect(m_presets, &QComboBox::activated, this, &FilterPanel::applyPreset);
    auto *save = new QPushButton(tr("Save…"), box);
    save->setToolTip(tr("Name the current filter to reapply it later; it is kept in the session"));
    connect(save, &QPushButton::clicked, this, &FilterPanel::savePreset);
    auto *remove = new QPushButton(tr("Delete"), box);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_presets->currentIndex() > 0)
            m_session->removePreset(m_presets->currentText());
    });
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(save);
    presetRow->addWidget(remove);
    form->addRow(tr("Presets:"), presetRow);
    return box;
}

void FilterPanel::rebuildPresets()
{
    const QSignalBlocker blocker(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("Choose a preset…"));
    for (const FilterPreset &preset : m_session->annotations().presets())
        m_presets->addItem(preset.name);
}

void FilterPanel::savePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter Preset"), tr("Name of this filter:"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (ok && !name.isEmpty())
        m_session->savePreset({name, m_session->filter()});
}

void FilterPanel::applyPreset(int index)
{
    if (index <= 0)
        return;
    if (const auto preset = m_session->annotations().preset(m_presets->itemText(index)))
        m_session->setFilter(preset->filter);
}

void FilterPanel::rebuildCategories()
{
    const QSignalBlocker blocker(m_categories);
    m_categories->clear();
    QStringList names = m_session->store().categories();
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_categories);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void FilterPanel::showFilter()
{
    m_updatingWidgets = true;
    const EventFilter &filter = m_session->filter();
    m_matchGroup->button(int(filter.actorMatch))->setChecked(true);
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        item->setCheckState(filter.categories.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    const auto dateText = [](const std::optional<qint32> &day) {
        return day ? Date::fromJulianDay(*day).toIsoString() : QString();
    };
    if (!m_from->hasFocus())
        m_from->setText(dateText(filter.fromDay));
    if (!m_to->hasFocus())
        m_to->setText(dateText(filter.toDay));
    if (!m_textSearch->hasFocus())
        m_textSearch->setText(filter.text);
    m_minTone->setValue(filter.minimumTone);
    m_maxTone->setValue(filter.maximumTone);
    m_annotatedOnly->setChecked(filter.annotatedOnly);
    m_starredOnly->setChecked(filter.starredOnly);
    if (!m_tags->hasFocus())
        m_tags->setText(filter.tags.isEmpty() ? QString() : u'#' + filter.tags.join(QStringLiteral(" #")));
    m_updatingWidgets = false;
}

void FilterPanel::applyWidgets()
{
    EventFilter filter = m_session->filter();
    filter.actorMatch = EventFilter::ActorMatch(m_matchGroup->checkedId());
    filter.categories.clear();
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->checkState() == Qt::Checked)
            filter.categories.append(m_categories->item(i)->text());
    }
    filter.text = m_textSearch->text();
    filter.minimumTone = std::min(m_minTone->value(), m_maxTone->value());
    filter.maximumTone = std::max(m_minTone->value(), m_maxTone->value());
    filter.annotatedOnly = m_annotatedOnly->isChecked();
    filter.starredOnly = m_starredOnly->isChecked();
    filter.tags = normalizedTags(m_tags->text());
    m_session->setFilter(filter);
}

void FilterPanel::applyDateRange()
{
    EventFilter filter = m_session->filter();
    QStringList problems;
    const auto parse = [&](QLineEdit *edit, bool isEnd, std::optional<qint32> &day) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            day.reset();
            return;
        }
        const auto date = Date::fromIsoString(text);
        if (!date) {
            problems.append(tr("\"%1\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-07).").arg(text));
            return;
        }
        // "To 2019" means to the end of 2019.
        day = isEnd ? date->lastDay() : date->firstDay();
    };
    parse(m_from, false, filter.fromDay);
    parse(m_to, true, filter.toDay);
    if (problems.isEmpty() && filter.fromDay && filter.toDay && *filter.fromDay > *filter.toDay)
        problems.append(tr("The start of the range is after its end."));
    m_dateProblem->setText(problems.join(u'\n'));
    m_dateProblem->setVisible(!problems.isEmpty());
    if (problems.isEmpty())
        m_session->setFilter(filter);
}

void FilterPanel::clearFilters()
{
    m_actorSearch->clear();
    m_dateProblem->hide();
    m_session->setFilter(EventFilter());
}

} // namespace dyad
