#include "app/comparedialog.h"

#include "app/monographprinter.h"
#include "app/pagebrowser.h"
#include "app/plaintext.h"

#include "ui_comparedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace formulary {
namespace {

// A printer for the comparison: across the page, as the drugs are columns.
void setUpPrinter(QPrinter &printer, const QString &title)
{
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Formulary"));
    printer.setPageOrientation(QPageLayout::Landscape);
}

} // namespace

CompareDialog::CompareDialog(const DrugComparison &comparison, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CompareDialog>())
    , m_comparison(comparison)
    , m_html(drugcomparison::toHtml(comparison))
{
    m_ui->setupUi(this);
    // A window title is plain text whatever it holds.
    setWindowTitle(tr("Compare %1").arg(comparison.titles().join(QStringLiteral(", "))));
    m_ui->browser->setReadingColumn(false);
    m_ui->browser->showHtml(m_html);
    connect(m_ui->printButton, &QPushButton::clicked, this, &CompareDialog::print);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CompareDialog::chooseAndExportPdf);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

CompareDialog::~CompareDialog() = default;

PageBrowser *CompareDialog::browser() const
{
    return m_ui->browser;
}

void CompareDialog::print()
{
    const QString title = windowTitle();
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Comparison"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    monographprinter::paperDocument(m_html, title)->print(&printer);
}

void CompareDialog::chooseAndExportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Comparison to PDF"), QDir(folder).filePath(suggestedFileName()), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        plainMessageBox(QMessageBox::Warning, tr("Export to PDF"), error, this)->open();
}

bool CompareDialog::exportPdf(const QString &path, QString *error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUpPrinter(printer, windowTitle());
    monographprinter::paperDocument(m_html, windowTitle())->print(&printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString CompareDialog::suggestedFileName() const
{
    return fileNameFrom(m_comparison.titles().join(QStringLiteral(" vs ")), tr("comparison")) + QStringLiteral(".pdf");
}

} // namespace formulary
