#pragma once

#include "import/importreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

class QLabel;
class QWidget;

namespace formulary {

// Runs the importer on a worker thread behind a progress dialog. Cancel asks
// the importer to stop; it then discards the new database and the previous
// one stays as it was. Screen readers hear the start and each tenth of the
// way, not every page the dialog counts.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget *dialogParent);
    ~ImportController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    void start(const QString &folder, const QString &databasePath);
    QProgressDialog *progressDialog() const { return m_dialog; }

signals:
    void finished(const formulary::ImportReport &report);

private:
    void updateProgress();
    void onFinished();
    QLabel *progressLabel() const;

    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_poll;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_done{0};
    std::atomic_int m_total{0};
    int m_tenthsAnnounced = 0;
    QFutureWatcher<ImportReport> m_watcher;
    // Last, so that it is destroyed first: it waits for the worker, which
    // uses the members above.
    QThreadPool m_pool;
};

} // namespace formulary
