#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMimeData;
class QWidget;

namespace formulary {

// Dropping a folder of drug pages, or Markdown files (for their folder),
// anywhere on a window asks for it to be imported. Other drops are left to
// the widgets under them (text into the search field, for one).
class FolderDrop : public QObject
{
    Q_OBJECT

public:
    // `accepting` says whether a drop is welcome now (not during an import).
    FolderDrop(QWidget *window, std::function<bool()> accepting);
    ~FolderDrop() override;

    // The folder a drag would import: the one local folder it carries, or
    // the folder of the local .md and .markdown files it carries, ignoring
    // anything else; empty when there is none or more than one.
    static QString folderToImport(const QMimeData *data);

signals:
    void folderDropped(const QString &folder);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::function<bool()> m_accepting;
};

} // namespace formulary
