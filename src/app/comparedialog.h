#pragma once

#include "render/drugcomparison.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CompareDialog;
}

namespace formulary {

class PageBrowser;

// A few drugs side by side in a window of their own, beside the browser:
// sections by kind, the side effects they share and those they don't, and
// every page's disclaimer. Printable and exported to PDF.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(const DrugComparison &comparison, QWidget *parent = nullptr);
    ~CompareDialog() override;

    const DrugComparison &comparison() const { return m_comparison; }
    PageBrowser *browser() const;

    void print();
    // Asks for a file, then writes the PDF; says in a message box when it cannot.
    void chooseAndExportPdf();
    // Writes a PDF to `path`; returns false and sets `error` when it cannot.
    bool exportPdf(const QString &path, QString *error = nullptr) const;
    // A file name for the PDF, from the drugs' titles.
    QString suggestedFileName() const;

private:
    std::unique_ptr<Ui::CompareDialog> m_ui;
    DrugComparison m_comparison;
    QString m_html;
};

} // namespace formulary
