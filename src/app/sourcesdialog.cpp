#include "app/sourcesdialog.h"

#include "app/plaintext.h"
#include "import/importer.h"

#include "ui_sourcesdialog.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent>

namespace formulary {

SourcesDialog::SourcesDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SourcesDialog>())
    , m_databasePath(databasePath)
{
    m_ui->setupUi(this);
    m_ui->sourceList->header()->setStretchLastSection(true);
    connect(m_ui->sourceList, &QTreeWidget::currentItemChanged, this, &SourcesDialog::updateButtons);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SourcesDialog::addRequested);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        if (const auto source = chosenSource())
            emit refreshRequested(source->folder);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SourcesDialog::askToRemove);
    connect(&m_removal, &QFutureWatcher<Removal>::finished, this, &SourcesDialog::onRemoved);
    updateButtons();
}

SourcesDialog::~SourcesDialog()
{
    // The removal renames the library's file: it is let finish.
    m_removal.waitForFinished();
}

void SourcesDialog::setSources(const QList<SourceRecord> &sources, int libraryDrugs)
{
    const std::optional<SourceRecord> chosen = chosenSource();
    m_sources = sources;
    m_libraryDrugs = libraryDrugs;
    m_ui->sourceList->clear();
    const QLocale locale;
    for (const SourceRecord &source : sources) {
        const SourceFolderState state = sourceFolderState(source.folder);
        auto *item = new QTreeWidgetItem(
            m_ui->sourceList,
            {QDir::toNativeSeparators(source.folder), locale.toString(source.drugs),
             locale.toString(source.importedAt.toLocalTime(), QLocale::ShortFormat),
             state == SourceFolderState::Readable ? tr("Can be read") : sourceFolderStateText(state)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, source.folder);
        if (chosen && chosen->folder == source.folder)
            m_ui->sourceList->setCurrentItem(item);
    }
    if (!m_ui->sourceList->currentItem() && m_ui->sourceList->topLevelItemCount() > 0)
        m_ui->sourceList->setCurrentItem(m_ui->sourceList->topLevelItem(0));
    for (int column = 0; column < m_ui->sourceList->columnCount() - 1; ++column)
        m_ui->sourceList->resizeColumnToContents(column);
    updateButtons();
}

void SourcesDialog::setLibraryBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

std::optional<SourceRecord> SourcesDialog::chosenSource() const
{
    const int row = m_ui->sourceList->indexOfTopLevelItem(m_ui->sourceList->currentItem());
    if (row < 0 || row >= m_sources.size())
        return std::nullopt;
    return m_sources.at(row);
}

void SourcesDialog::updateButtons()
{
    const bool idle = !m_busy && !m_removal.isRunning();
    const std::optional<SourceRecord> source = chosenSource();
    m_ui->addButton->setEnabled(idle);
    m_ui->refreshButton->setEnabled(idle && source && sourceFolderState(source->folder) == SourceFolderState::Readable);
    m_ui->removeButton->setEnabled(idle && source.has_value());
}

void SourcesDialog::askToRemove()
{
    const std::optional<SourceRecord> source = chosenSource();
    if (!source)
        return;
    const QLocale locale;
    QMessageBox *question = plainMessageBox(
        QMessageBox::Warning, tr("Remove the Source?"),
        tr("Remove %1 from the library? It takes away the %2 drugs imported from it; the %3 drugs of other folders "
           "stay.\n\nThe library as it is now is kept: File → Restore Previous Library brings it back.")
            .arg(QDir::toNativeSeparators(source->folder), locale.toString(source->drugs),
                 locale.toString(m_libraryDrugs - source->drugs)),
        this);
    question->setObjectName(QStringLiteral("removeSourceQuestion"));
    QPushButton *remove = question->addButton(tr("Remove Source"), QMessageBox::DestructiveRole);
    question->setStandardButtons(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this, question, remove, source] {
        if (question->clickedButton() == remove)
            this->remove(*source);
    });
    question->open();
}

void SourcesDialog::remove(const SourceRecord &source)
{
    if (m_busy || m_removal.isRunning())
        return;
    m_removing = source.folder;
    setCursor(Qt::BusyCursor);
    m_removal.setFuture(QtConcurrent::run([path = m_databasePath, folder = source.folder] {
        Removal removal;
        removal.drugs = Importer::removeSource(path, folder, &removal.error);
        return removal;
    }));
    updateButtons();
}

void SourcesDialog::onRemoved()
{
    unsetCursor();
    const Removal removal = m_removal.result();
    updateButtons();
    if (!removal.drugs) {
        plainMessageBox(QMessageBox::Warning, tr("Remove the Source"),
                        tr("%1\n\nNothing was changed.").arg(removal.error), this)
            ->open();
        return;
    }
    emit libraryChanged(tr("Removed %1 from the library: %2 drugs taken away. File → Restore Previous Library "
                           "brings them back.")
                            .arg(QDir::toNativeSeparators(m_removing), QLocale().toString(*removal.drugs)));
}

} // namespace formulary
