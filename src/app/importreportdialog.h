#pragma once

#include "import/importreport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportReportDialog;
}

namespace formulary {

// What happened to each file of an import: imported, with warnings (and
// which, with their lines), unchanged or skipped (and why).
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);
    ~ImportReportDialog() override;

    int visibleRowCount() const;

private:
    void applyFilter();

    std::unique_ptr<Ui::ImportReportDialog> m_ui;
};

} // namespace formulary
