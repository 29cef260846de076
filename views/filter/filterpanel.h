#pragma once

#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTreeView;

namespace dyad {

class ActorModel;
class Session;

// The filter dock: actors and countries (with a search box), any-of/all-of, categories,
// date range, text, tone range, and "Clear filters". Every change applies at once.
class FilterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    FilterPanel(Session *session, ActorModel *actors, QWidget *parent = nullptr);

    QTreeView *actorView() const { return m_actorView; }
    QLineEdit *actorSearch() const { return m_actorSearch; }
    QLineEdit *textSearch() const { return m_textSearch; }
    QListWidget *categoryList() const { return m_categories; }
    QCheckBox *starredOnlyBox() const { return m_starredOnly; }
    QComboBox *presetBox() const { return m_presets; }

public Q_SLOTS:
    void clearFilters();

private:
    QWidget *createActorSection(ActorModel *actors);
    QWidget *createCategorySection();
    QWidget *createRangeSection();
    QWidget *createAnnotationSection();
    void rebuildPresets();
    void savePreset();
    void applyPreset(int index);
    void rebuildCategories();
    void showFilter();
    void applyWidgets();
    void applyDateRange();

    Session *m_session;
    QLineEdit *m_actorSearch = nullptr;
    QSortFilterProxyModel *m_actorProxy = nullptr;
    QTreeView *m_actorView = nullptr;
    QButtonGroup *m_matchGroup = nullptr;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_dateProblem = nullptr;
    QLineEdit *m_textSearch = nullptr;
    QDoubleSpinBox *m_minTone = nullptr;
    QDoubleSpinBox *m_maxTone = nullptr;
    QCheckBox *m_annotatedOnly = nullptr;
    QCheckBox *m_starredOnly = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_presets = nullptr;
    QTimer m_textDebounce;
    bool m_updatingWidgets = false;
};

} // namespace dyad
