#include "app/importreportdialog.h"

#include "app/plaintext.h"

#include "ui_importreportdialog.h"

#include <QHeaderView>

namespace formulary {
namespace {

enum Column { FileColumn, OutcomeColumn, LineColumn, MessageColumn };

QString outcomeText(FileOutcome::Kind kind)
{
    switch (kind) {
    case FileOutcome::Kind::Imported:
        return ImportReportDialog::tr("Imported");
    case FileOutcome::Kind::ImportedWithWarnings:
        return ImportReportDialog::tr("Imported with warnings");
    case FileOutcome::Kind::Unchanged:
        return ImportReportDialog::tr("Unchanged");
    case FileOutcome::Kind::Skipped:
        return ImportReportDialog::tr("Skipped");
    }
    return QString();
}

bool isProblem(FileOutcome::Kind kind)
{
    return kind == FileOutcome::Kind::ImportedWithWarnings || kind == FileOutcome::Kind::Skipped;
}

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportReportDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(report.summary().section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n')
                                + tr("Folder: %1\nDatabase: %2").arg(report.sourceDir, report.databasePath));

    QList<QTreeWidgetItem *> items;
    for (const FileOutcome &file : report.files) {
        // One row per message, so that each warning's line can be read and sorted.
        const QList<ParseMessage> messages = file.messages.isEmpty() ? QList<ParseMessage>{ParseMessage()}
                                                                     : file.messages;
        for (const ParseMessage &message : messages) {
            auto *item = new QTreeWidgetItem;
            item->setText(FileColumn, file.path);
            item->setText(OutcomeColumn, outcomeText(file.kind));
            if (message.line > 0)
                item->setData(LineColumn, Qt::DisplayRole, message.line);
            item->setText(MessageColumn, message.text);
            item->setToolTip(MessageColumn, plainToolTip(message.text));
            item->setData(OutcomeColumn, Qt::UserRole, isProblem(file.kind));
            items.append(item);
        }
    }
    m_ui->filesView->addTopLevelItems(items);
    m_ui->filesView->sortByColumn(FileColumn, Qt::AscendingOrder);
    m_ui->filesView->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_ui->filesView->setColumnWidth(FileColumn, 280);
    m_ui->filesView->resizeColumnToContents(OutcomeColumn);
    m_ui->filesView->resizeColumnToContents(LineColumn);

    const bool anyProblem = report.count(FileOutcome::Kind::ImportedWithWarnings)
                                + report.count(FileOutcome::Kind::Skipped)
                            > 0;
    m_ui->problemsOnly->setEnabled(anyProblem);
    m_ui->problemsOnly->setChecked(anyProblem);
    connect(m_ui->problemsOnly, &QCheckBox::toggled, this, &ImportReportDialog::applyFilter);
    applyFilter();
}

ImportReportDialog::~ImportReportDialog() = default;

void ImportReportDialog::applyFilter()
{
    const bool problemsOnly = m_ui->problemsOnly->isChecked();
    for (int i = 0; i < m_ui->filesView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->filesView->topLevelItem(i);
        item->setHidden(problemsOnly && !item->data(OutcomeColumn, Qt::UserRole).toBool());
    }
}

int ImportReportDialog::visibleRowCount() const
{
    int count = 0;
    for (int i = 0; i < m_ui->filesView->topLevelItemCount(); ++i)
        count += m_ui->filesView->topLevelItem(i)->isHidden() ? 0 : 1;
    return count;
}

} // namespace formulary
