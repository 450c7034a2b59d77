#include "app/importcontroller.h"

#include "app/announcement.h"
#include "import/importer.h"
#include "store/contentdatabase.h"

#include <QLabel>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace formulary {

ImportController::ImportController(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ImportController::updateProgress);
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportController::start(const QString &folder, const QString &databasePath)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_done = 0;
    m_total = 0;

    m_dialog = new QProgressDialog(tr("Reading the pages in %1…").arg(folder), tr("Cancel"), 0, 0, m_dialogParent);
    m_dialog->setWindowTitle(tr("Import Folder"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        if (m_dialog) {
            // Keep the dialog up until the worker has stopped and cleaned up.
            m_dialog->setLabelText(tr("Cancelling; the current database is kept…"));
            m_dialog->show();
        }
    });
    m_dialog->show();
    m_tenthsAnnounced = 0;
    announce(progressLabel(), m_dialog->labelText());

    Importer::Options options;
    options.sourceDir = folder;
    options.databasePath = databasePath;
    options.ownTarget = databasePath == ContentDatabase::userDatabasePath();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, options] {
        return Importer::run(
            options,
            [this](int done, int total) {
                m_done = done;
                m_total = total;
            },
            &m_cancel);
    }));
    m_poll.start();
}

void ImportController::updateProgress()
{
    if (!m_dialog || m_cancel)
        return;
    const int total = m_total;
    if (total > 0) {
        m_dialog->setMaximum(total);
        m_dialog->setValue(m_done);
        const int done = m_done;
        m_dialog->setLabelText(tr("Importing page %1 of %2…").arg(done).arg(total));
        if (const int tenths = int(qint64(done) * 10 / total); tenths > m_tenthsAnnounced) {
            m_tenthsAnnounced = tenths;
            announce(progressLabel(), tr("Imported %1%: page %2 of %3").arg(tenths * 10).arg(done).arg(total));
        }
    }
}

QLabel *ImportController::progressLabel() const
{
    // The dialog's own label: what it says is read when it changes, unless
    // it has a name of its own, which then is read instead.
    return m_dialog ? m_dialog->findChild<QLabel *>() : nullptr;
}

void ImportController::onFinished()
{
    m_poll.stop();
    if (m_dialog)
        m_dialog->close();
    emit finished(m_watcher.result());
}

} // namespace formulary
