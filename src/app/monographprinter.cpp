#include "app/monographprinter.h"

#include "app/appstyle.h"
#include "app/monographview.h"
#include "app/pagebrowser.h"
#include "app/plaintext.h"

#include <QFileInfo>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace formulary::monographprinter {
namespace {

QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xb0));
    palette.setColor(QPalette::Link, QColor(0x20, 0x40, 0xa0));
    return palette;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

std::unique_ptr<QTextDocument> document(const MonographView &view, Scope scope)
{
    const MonographPage &page = view.page();
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(page.drug.title));
    if (!page.drug.genericName.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>").arg(escaped(MonographView::tr("Generic name: %1").arg(page.drug.genericName)));
    html += QStringLiteral("<p class=\"source\">%1</p>")
                .arg(escaped(MonographView::tr("Source: %1 · Imported %2")
                                 .arg(page.drug.sourcePath,
                                      QLocale().toString(page.drug.importedAt.toLocalTime(), QLocale::LongFormat))));
    const int current = view.currentTab();
    for (int tab = 0; tab < page.tabs.size(); ++tab) {
        if (scope == Scope::Section && tab != current)
            continue;
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(page.tabs.at(tab).title));
        html += view.sectionHtml(tab);
    }
    if (!view.disclaimerHtml().isEmpty())
        html += QStringLiteral("<hr/>") + view.disclaimerHtml();

    return paperDocument(html, page.drug.title);
}

std::unique_ptr<QTextDocument> paperDocument(const QString &html, const QString &title)
{
    auto doc = std::make_unique<PageDocument>();
    doc->setDefaultStyleSheet(appstyle::pageStyleSheet(paperPalette()));
    QFont font = doc->defaultFont();
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    return doc;
}

QDialog *preview(const MonographView &view, Scope scope, QWidget *parent)
{
    if (!view.hasPage())
        return nullptr;
    // Laid out once: the preview draws it again at every zoom and page turn.
    std::shared_ptr<QTextDocument> pages = document(view, scope);
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(MonographView::tr("Print Preview: %1").arg(view.page().drug.title));
    dialog->printer()->setDocName(view.page().drug.title);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [pages](QPrinter *printer) { pages->print(printer); });
    return dialog;
}

void print(const MonographView &view, Scope scope, QWidget *parent)
{
    if (!view.hasPage())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(view.page().drug.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(scope == Scope::Section ? MonographView::tr("Print Section")
                                                  : MonographView::tr("Print Monograph"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    document(view, scope)->print(&printer);
}

bool exportPdf(const MonographView &view, Scope scope, const QString &path, QString *error)
{
    if (!view.hasPage()) {
        if (error)
            *error = MonographView::tr("No monograph is open.");
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(view.page().drug.title);
    printer.setCreator(QStringLiteral("Formulary"));
    document(view, scope)->print(&printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = MonographView::tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

QString suggestedFileName(const MonographView &view, Scope scope)
{
    // Named after the drug as its page names it, not after its file.
    const MonographPage &page = view.page();
    QString name = page.drug.title;
    const int tab = view.currentTab();
    if (scope == Scope::Section && tab >= 0 && tab < page.tabs.size())
        name += QStringLiteral(" - ") + page.tabs.at(tab).title;
    return fileNameFrom(name, page.drug.slug) + QStringLiteral(".pdf");
}

} // namespace formulary::monographprinter
