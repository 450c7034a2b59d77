#include "app/importquestion.h"

#include "app/plaintext.h"
#include "import/importer.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace formulary {
namespace {

QString count(int n)
{
    return QLocale().toString(n);
}

} // namespace

ImportQuestion ImportQuestion::about(const ImportPreview &preview, const QString &folder, QWidget *parent)
{
    const QString shownFolder = QDir::toNativeSeparators(folder);
    const QString undo = tr("The library as it is now is kept: File → Restore Previous Library brings "
                            "it back.");
    ImportQuestion question;
    if (!preview.error.isEmpty()) {
        question.box = plainMessageBox(QMessageBox::Warning, tr("Cannot Import the Folder"),
                                       tr("%1.\n\nNothing was changed.").arg(preview.error), parent);
        question.box->setObjectName(QStringLiteral("importRefused"));
        return question;
    }
    if (preview.newSource) {
        question.box = plainMessageBox(
            QMessageBox::Question, tr("Add a Source?"),
            tr("Add %1 to the library? %2 pages are read from it. The %3 drugs already in the "
               "library stay as they are.\n\nFile → Sources… lists the folders of the library and "
               "removes one. %4")
                .arg(shownFolder, count(preview.pagesFound), count(preview.stored), undo),
            parent);
        question.box->setObjectName(QStringLiteral("addSourceQuestion"));
        question.proceed = question.box->addButton(tr("Add to Library"), QMessageBox::AcceptRole);
    } else if (preview.takesAwayMany()) {
        question.box = plainMessageBox(
            QMessageBox::Warning, tr("Take Drugs Away?"),
            tr("Importing %1 again takes away %2 of the %3 drugs imported from it: their pages are no "
               "longer in the folder. %4 pages are read from it; the drugs of other folders stay.\n\n%5")
                .arg(shownFolder, count(preview.takenAway), count(preview.storedFromSource), count(preview.pagesFound),
                     undo),
            parent);
        question.box->setObjectName(QStringLiteral("takeAwayQuestion"));
        question.proceed = question.box->addButton(tr("Import and Take Away"), QMessageBox::AcceptRole);
    } else {
        return question;
    }
    // The question's answers are its action and Cancel, not Close.
    question.box->setStandardButtons(QMessageBox::Cancel);
    question.box->setDefaultButton(QMessageBox::Cancel);
    return question;
}

} // namespace formulary
