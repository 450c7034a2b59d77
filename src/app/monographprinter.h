#pragma once

#include <QString>

#include <memory>

class QDialog;
class QPrinter;
class QTextDocument;
class QWidget;

namespace formulary {

class MonographView;

// Printing and PDF export of the section in view or the whole monograph, with
// its header and disclaimer, in dark text on white whatever the screen's theme.
namespace monographprinter {

enum class Scope { Section, Monograph };

std::unique_ptr<QTextDocument> document(const MonographView &view, Scope scope);

// Page HTML as a document for paper: the page style sheet in dark text on
// white, and nothing loaded that the HTML names. Also for other views' prints.
std::unique_ptr<QTextDocument> paperDocument(const QString &html, const QString &title);

// A print preview of the monograph or section, pages as print() would
// print them, with its own Print button; deleted when closed.
QDialog *preview(const MonographView &view, Scope scope, QWidget *parent);
// Asks for a printer, then prints.
void print(const MonographView &view, Scope scope, QWidget *parent);
// Writes a PDF to `path`; returns false and sets `error` when it cannot.
bool exportPdf(const MonographView &view, Scope scope, const QString &path, QString *error = nullptr);
// A file name for the PDF, from the drug's slug and the section.
QString suggestedFileName(const MonographView &view, Scope scope);

} // namespace monographprinter
} // namespace formulary
