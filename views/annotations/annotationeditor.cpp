#include "annotationeditor.h"

#include "itemmodels/eventselectionmodel.h"
#include "session/session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace dyad {

namespace {

QIcon colorSwatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    if (!color.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor::fromString(color));
        painter.setPen(QColor(0, 0, 0, 90));
        painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    }
    return QIcon(pixmap);
}

} // namespace

QList<std::pair<QString, QString>> AnnotationEditor::highlightColors()
{
    return {{tr("Yellow"), QStringLiteral("#f2c500")}, {tr("Green"), QStringLiteral("#3fa34d")},
            {tr("Blue"), QStringLiteral("#3a7bd5")},   {tr("Red"), QStringLiteral("#d64545")},
            {tr("Purple"), QStringLiteral("#8e5cc4")}};
}

AnnotationEditor::AnnotationEditor(Session *session, EventSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(selection)
{
    auto *form = new QFormLayout(this);
    auto *markRow = new QHBoxLayout;
    m_star = new QToolButton(this);
    m_star->setCheckable(true);
    m_star->setIcon(QIcon(QStringLiteral(":/icons/star.svg")));
    m_star->setText(tr("Star"));
    m_star->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_star->setToolTip(tr("Star this event (Ctrl+D)"));
    m_star->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_star, &QToolButton::toggled, this, [this](bool on) {
        if (!m_showing && !currentId().isEmpty())
            m_session->setStarred(currentId(), on);
    });
    m_highlight = new QComboBox(this);
    m_highlight->addItem(colorSwatch({}), tr("No highlight"), QString());
    for (const auto &[name, color] : highlightColors())
        m_highlight->addItem(colorSwatch(color), name, color);
    connect(m_highlight, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing && !currentId().isEmpty())
            m_session->setHighlight(currentId(), m_highlight->currentData().toString());
    });
    markRow->addWidget(m_star);
    markRow->addWidget(m_highlight, 1);
    form->addRow(tr("Mark:"), markRow);

    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("#leverage #s400"));
    m_tags->setToolTip(tr("Tags separated by spaces or commas; press Enter to apply"));
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (!m_showing && !currentId().isEmpty())
            m_session->setTags(currentId(), normalizedTags(m_tags->text()));
    });
    form->addRow(tr("Tags:"), m_tags);

    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("Your note on this event"));
    m_note->setTabChangesFocus(true);
    m_note->installEventFilter(this);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && !currentId().isEmpty())
            m_session->setNote(currentId(), m_note->toPlainText());
    });
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Links:"), createLinkSection());

    connect(selection, &EventSelectionModel::currentKeyChanged, this, &AnnotationEditor::displayEvent);
    connect(session, &Session::annotationChanged, this, [this](const QString &eventId) {
        if (eventId == currentId())
            showAnnotation();
    });
    connect(session, &Session::linksChanged, this, &AnnotationEditor::showLinks);
    connect(session, &Session::datasetReset, this, [this] {
        m_linkSource.clear();
        displayEvent(std::nullopt);
    });
    displayEvent(selection->currentKey());
}

QWidget *AnnotationEditor::createLinkSection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    m_links = new QListWidget(section);
    m_links->setMaximumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_links);

    auto *buttons = new QHBoxLayout;
    m_linkButton = new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Link to…"), section);
    m_linkButton->setToolTip(tr("Link this event to another: click, then select the other event in any view"));
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        m_linkSource = currentId();
        updateLinkBanner();
    });
    m_removeLink = new QPushButton(tr("Remove Link"), section);
    connect(m_removeLink, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_links->currentItem()) {
            const int index = item->data(Qt::UserRole).toInt();
            if (index >= 0 && index < m_session->annotations().links().size())
                m_session->removeLink(m_session->annotations().links().at(index));
        }
    });
    buttons->addWidget(m_linkButton);
    buttons->addWidget(m_removeLink);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_linkBanner = new QFrame(section);
    m_linkBanner->setFrameShape(QFrame::StyledPanel);
    m_linkBanner->setAutoFillBackground(true);
    m_linkBanner->setBackgroundRole(QPalette::ToolTipBase);
    auto *banner = new QFormLayout(m_linkBanner);
    m_linkText = new QLabel(m_linkBanner);
    m_linkText->setWordWrap(true);
    banner->addRow(m_linkText);
    m_linkType = new QComboBox(m_linkBanner);
    m_linkType->setEditable(true);
    for (const QString &type : knownLinkTypes())
        m_linkType->addItem(linkTypeDisplayName(type), type);
    banner->addRow(tr("Type:"), m_linkType);
    m_linkNote = new QLineEdit(m_linkBanner);
    m_linkNote->setPlaceholderText(tr("Optional note on the link"));
    banner->addRow(tr("Note:"), m_linkNote);
    auto *bannerButtons = new QHBoxLayout;
    m_createLink = new QPushButton(tr("Create Link"), m_linkBanner);
    auto *cancel = new QPushButton(tr("Cancel"), m_linkBanner);
    connect(m_createLink, &QPushButton::clicked, this, [this] {
        const int index = m_linkType->findText(m_linkType->currentText());
        const QString type = index >= 0 ? m_linkType->itemData(index).toString() : m_linkType->currentText().trimmed();
        m_session->addLink({m_linkSource, currentId(), type, m_linkNote->text().trimmed()});
        m_linkSource.clear();
        m_linkNote->clear();
        updateLinkBanner();
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_linkSource.clear();
        updateLinkBanner();
    });
    bannerButtons->addStretch();
    bannerButtons->addWidget(cancel);
    bannerButtons->addWidget(m_createLink);
    banner->addRow(bannerButtons);
    layout->addWidget(m_linkBanner);
    m_linkBanner->hide();
    return section;
}

bool AnnotationEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        m_session->finishNoteEditing();
    return QWidget::eventFilter(watched, event);
}

QString AnnotationEditor::currentId() const
{
    if (!m_key)
        return {};
    const EventRow row = m_session->store().rowOfKey(*m_key);
    return row == noRow ? QString() : m_session->store().id(row);
}

QString AnnotationEditor::titleOf(const QString &eventId) const
{
    const auto key = m_session->store().keyOfId(eventId);
    return key ? m_session->store().title(m_session->store().rowOfKey(*key)) : eventId;
}

void AnnotationEditor::displayEvent(std::optional<EventKey> key)
{
    m_session->finishNoteEditing();
    m_key = key;
    setEnabled(!currentId().isEmpty());
    showAnnotation();
    showLinks();
    updateLinkBanner();
}

void AnnotationEditor::showAnnotation()
{
    m_showing = true;
    const EventAnnotation annotation = m_session->annotations().annotation(currentId());
    m_star->setChecked(annotation.starred);
    const int colorIndex = m_highlight->findData(annotation.highlight);
    m_highlight->setCurrentIndex(std::max(colorIndex, 0));
    if (!m_tags->hasFocus())
        m_tags->setText(annotation.tags.isEmpty() ? QString() : u'#' + annotation.tags.join(QStringLiteral(" #")));
    if (m_note->toPlainText() != annotation.note)
        m_note->setPlainText(annotation.note);
    m_showing = false;
}

void AnnotationEditor::showLinks()
{
    m_links->clear();
    const QString id = currentId();
    const QList<EventLink> &links = m_session->annotations().links();
    for (int i = 0; i < links.size(); ++i) {
        const EventLink &link = links.at(i);
        QString text;
        if (link.fromEventId == id)
            text = tr("→ %1: %2").arg(linkTypeDisplayName(link.type), titleOf(link.toEventId));
        else if (link.toEventId == id)
            text = tr("← %1 %2 this").arg(titleOf(link.fromEventId), linkTypeDisplayName(link.type));
        else
            continue;
        auto *item = new QListWidgetItem(text, m_links);
        item->setData(Qt::UserRole, i);
        item->setToolTip(link.note.isEmpty() ? text : text + u"\n" + link.note);
    }
    m_removeLink->setEnabled(m_links->count() > 0);
}

void AnnotationEditor::updateLinkBanner()
{
    const bool linking = !m_linkSource.isEmpty();
    m_linkBanner->setVisible(linking);
    m_linkButton->setEnabled(!linking);
    if (!linking)
        return;
    const bool targetChosen = !currentId().isEmpty() && currentId() != m_linkSource;
    m_linkText->setText(targetChosen ? tr("Link “%1” to “%2”").arg(titleOf(m_linkSource), titleOf(currentId()))
                                     : tr("Now select the event that “%1” links to, in the timeline or the table.").arg(titleOf(m_linkSource)));
    m_createLink->setEnabled(targetChosen);
}

} // namespace dyad
