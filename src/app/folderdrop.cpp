#include "app/folderdrop.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QSet>
#include <QUrl>
#include <QWidget>

namespace formulary {

FolderDrop::FolderDrop(QWidget *window, std::function<bool()> accepting)
    : QObject(window)
    , m_window(window)
    , m_accepting(std::move(accepting))
{
    window->setAcceptDrops(true);
    // Seen first by the application, so that a folder dropped on a widget
    // that takes drops of its own (the search field) is imported too.
    qApp->installEventFilter(this);
}

FolderDrop::~FolderDrop()
{
    qApp->removeEventFilter(this);
}

QString FolderDrop::folderToImport(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return QString();
    QSet<QString> folders;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isDir()) {
            folders.insert(info.canonicalFilePath());
        } else if (info.isFile()) {
            const QString suffix = info.suffix().toLower();
            if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
                folders.insert(info.dir().canonicalPath());
        }
    }
    folders.remove(QString());
    return folders.size() == 1 ? *folders.cbegin() : QString();
}

bool FolderDrop::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    if (!(drop->possibleActions() & Qt::CopyAction) || (m_accepting && !m_accepting()))
        return false;
    const QString folder = folderToImport(drop->mimeData());
    if (folder.isEmpty())
        return false;
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop) {
        // After the drop has completed: the import opens a dialog.
        QMetaObject::invokeMethod(
            this, [this, folder] { emit folderDropped(folder); }, Qt::QueuedConnection);
    }
    return true;
}

} // namespace formulary
