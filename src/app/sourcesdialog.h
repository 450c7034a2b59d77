#pragma once

#include "store/contentdatabase.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace Ui {
class SourcesDialog;
}

namespace formulary {

// File → Sources…: the folders the library holds pages of, each with its
// drugs, when it was imported and whether it can be read now. A folder is
// added or refreshed by an import (the window's); removing one is asked
// first, with the drugs it takes away, and runs off the UI thread.
class SourcesDialog : public QDialog
{
    Q_OBJECT

public:
    SourcesDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~SourcesDialog() override;

    // The library's sources, as it holds them now.
    void setSources(const QList<SourceRecord> &sources, int libraryDrugs);
    // Whether the library may change now (no import running).
    void setLibraryBusy(bool busy);
    bool isRemoving() const { return m_removal.isRunning(); }

signals:
    void addRequested();
    void refreshRequested(const QString &folder);
    // A source was removed: `message` says what was taken away.
    void libraryChanged(const QString &message);

private:
    std::optional<SourceRecord> chosenSource() const;
    void askToRemove();
    void remove(const SourceRecord &source);
    void onRemoved();
    void updateButtons();

    std::unique_ptr<Ui::SourcesDialog> m_ui;
    QString m_databasePath;
    QList<SourceRecord> m_sources;
    int m_libraryDrugs = 0;
    bool m_busy = false;
    QString m_removing;
    struct Removal
    {
        std::optional<int> drugs;
        QString error;
    };
    QFutureWatcher<Removal> m_removal;
};

} // namespace formulary
