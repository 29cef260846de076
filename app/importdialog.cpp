#include "importdialog.h"

#include "import/importsupport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dyad {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_merge(new QRadioButton(tr("&Merge into the open session"), this))
    , m_newSession(new QRadioButton(tr("Open as a &new session"), this))
    , m_refuseAll(new QRadioButton(tr("&Refuse the whole import"), this))
    , m_skipInvalid(new QRadioButton(tr("Import the &valid rows and report the rest"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Event Data"));
    m_path->setObjectName(u"importPath"_qs);
    m_path->setMinimumWidth(380);
    m_format->setObjectName(u"importFormat"_qs);
    m_detected->setObjectName(u"importDetected"_qs);
    m_merge->setObjectName(u"importMerge"_qs);
    m_newSession->setObjectName(u"importNewSession"_qs);
    m_refuseAll->setObjectName(u"importRefuseAll"_qs);
    m_skipInvalid->setObjectName(u"importSkipInvalid"_qs);
    // Two questions, two groups: without them the four siblings would be one exclusive set.
    auto *targetGroup = new QButtonGroup(this);
    targetGroup->addButton(m_merge);
    targetGroup->addButton(m_newSession);
    auto *invalidGroup = new QButtonGroup(this);
    invalidGroup->addButton(m_refuseAll);
    invalidGroup->addButton(m_skipInvalid);
    m_merge->setChecked(true);
    m_refuseAll->setChecked(true);

    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    m_format->addItem(tr("Detect from the content"), QString());
    for (const QString &format : importFormatNames())
        m_format->addItem(formatDisplayName(format), format);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_detected);

    auto *target = new QGroupBox(tr("Import into"), this);
    auto *targetLayout = new QVBoxLayout(target);
    targetLayout->addWidget(m_merge);
    targetLayout->addWidget(m_newSession);
    auto *invalid = new QGroupBox(tr("If some rows are invalid"), this);
    auto *invalidLayout = new QVBoxLayout(invalid);
    invalidLayout->addWidget(m_refuseAll);
    invalidLayout->addWidget(m_skipInvalid);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(target);
    layout->addWidget(invalid);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateDetectedFormat);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDetectedFormat();
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest chosen;
    chosen.path = m_path->text().trimmed();
    chosen.format = m_format->currentData().toString();
    chosen.merge = m_merge->isChecked();
    chosen.options.mode = m_skipInvalid->isChecked() ? ImportOptions::SkipInvalidRows : ImportOptions::AllOrNothing;
    return chosen;
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Event Data"), QFileInfo(m_path->text()).absolutePath(),
        tr("Event data (*.json *.csv *.tsv *.txt *.CSV)") + u";;" + tr("All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::updateDetectedFormat()
{
    const QString path = m_path->text().trimmed();
    const bool isFile = !path.isEmpty() && QFileInfo(path).isFile();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isFile);
    if (!isFile) {
        m_detected->setText(path.isEmpty() ? tr("Choose a file to import.") : tr("No such file."));
        m_format->setItemText(0, tr("Detect from the content"));
        return;
    }
    const QString detected = detectFileFormat(path);
    const QString name = detected.isEmpty() ? tr("unknown") : formatDisplayName(detected);
    m_format->setItemText(0, tr("Detect from the content (%1)").arg(name));
    m_detected->setText(detected.isEmpty() ? tr("The format could not be told from the content: choose one.")
                                           : tr("Detected format: %1").arg(name));
}

// The report ------------------------------------------------------------------------------

QString ImportReportDialog::summary(const ImportRequest &request, const ImportOutcome &outcome)
{
    const QString file = QFileInfo(request.path).fileName();
    if (!outcome.error.isEmpty() && outcome.result.problems.isEmpty())
        return tr("%1 was not imported: %2").arg(file, outcome.error);
    if (outcome.result.refused)
        return tr("%1 was not imported; nothing was changed. Fix the rows below, or import again and choose to import the valid rows.")
            .arg(file);
    QStringList counts;
    counts.append(outcome.added == 1 ? tr("1 event added") : tr("%L1 events added").arg(outcome.added));
    counts.append(tr("%L1 already present").arg(outcome.alreadyPresent));
    if (outcome.updated > 0)
        counts.append(tr("%L1 updated").arg(outcome.updated));
    counts.append(outcome.skipped() == 1 ? tr("1 row skipped") : tr("%L1 rows skipped").arg(outcome.skipped()));
    return tr("%1 (%2): %3.").arg(file, formatDisplayName(outcome.format), counts.join(tr(", ")));
}

ImportReportDialog::ImportReportDialog(const ImportRequest &request, const ImportOutcome &outcome, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Report"));
    auto *layout = new QVBoxLayout(this);
    auto *summaryLabel = new QLabel(summary(request, outcome), this);
    summaryLabel->setObjectName(u"importSummary"_qs);
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summaryLabel);

    const QList<ParseError> &problems = outcome.result.problems;
    if (!problems.isEmpty()) {
        auto *list = new QTreeWidget(this);
        list->setObjectName(u"importProblems"_qs);
        list->setRootIsDecorated(false);
        list->setHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Reason")});
        for (const ParseError &problem : problems) {
            auto *item = new QTreeWidgetItem(list);
            item->setText(0, problem.file);
            item->setText(1, problem.line > 0 ? QString::number(problem.line) : QString());
            item->setText(2, problem.column > 0 ? QString::number(problem.column) : QString());
            item->setText(3, problem.message);
            item->setToolTip(3, problem.message);
        }
        list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
        for (int column = 0; column < 3; ++column)
            list->resizeColumnToContents(column);
        layout->addWidget(list, 1);
        const qsizetype more = outcome.result.problemCount - problems.size();
        if (more > 0) {
            auto *moreLabel = new QLabel(tr("… and %1.").arg(moreProblemsText(more)), this);
            moreLabel->setObjectName(u"importMore"_qs);
            layout->addWidget(moreLabel);
        }
        resize(760, 420);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

} // namespace dyad
