#include "cli/cli.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "parse/sectionkind.h"
#include "render/markdownhtml.h"
#include "render/monographpage.h"
#include "store/contentdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace formulary::cli {
namespace {

QString underline(const QString &text, QChar mark)
{
    return text + QLatin1Char('\n') + QString(text.size(), mark) + QLatin1Char('\n');
}

} // namespace

int runShow(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("show"),
                         QCoreApplication::translate("cli", "Print one drug's monograph as plain text."));
    parser.addArgument(QStringLiteral("NAME"), QCoreApplication::translate("cli", "The drug's name or slug."));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QCoreApplication::translate("cli", "Print only the sections of this kind (usage, side-effects, …)."),
        QStringLiteral("KIND"));
    parser.addOption(sectionOption);
    parser.addDatabaseOption();
    if (!parser.parse(arguments))
        return UsageError;

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList operands = parser.operands();
    if (operands.isEmpty()) {
        err << QCoreApplication::translate("cli", "formulary show: which drug? see 'formulary show --help'") << '\n';
        return UsageError;
    }
    const QString name = operands.join(QLatin1Char(' '));

    std::optional<SectionKind> kind;
    if (parser.isSet(sectionOption)) {
        kind = sectionKindFromName(parser.value(sectionOption));
        if (!kind) {
            err << QCoreApplication::translate("cli", "formulary show: unknown section kind '%1'; one of: %2")
                       .arg(
                           parser.value(sectionOption),
                           QStringLiteral("generic-name, usage, dosage, side-effects, how-it-works, precautions, faqs, "
                                          "disclaimer, introduction, other"))
                << '\n';
            return Failure;
        }
    }

    QString error;
    const QString path = parser.database(ContentDatabase::defaultPath());
    const auto database = ContentDatabase::open(path, ContentDatabase::Mode::ReadOnly, &error);
    if (!database) {
        err << "formulary show: " << error << '\n';
        err << contentDatabaseAdvice() << '\n';
        return Failure;
    }
    const QList<DrugRecord> drugs = database->findByName(name);
    if (drugs.isEmpty()) {
        err << QCoreApplication::translate("cli", "formulary show: no drug named '%1' in %2").arg(name, path) << '\n';
        return Failure;
    }

    bool printedAny = false;
    for (const DrugRecord &drug : drugs) {
        const QList<Section> sections = database->sections(drug.id);
        QString text;
        for (const Section &section : sections) {
            if (kind && section.kind != *kind)
                continue;
            text += QLatin1Char('\n') + underline(sectionDisplayTitle(section), QLatin1Char('-'));
            const QString body = markdown::toPlainText(section.markdown);
            if (!body.isEmpty())
                text += body + QLatin1Char('\n');
        }
        if (kind && text.isEmpty())
            continue;
        if (printedAny)
            out << '\n' << QString(72, QLatin1Char('=')) << "\n\n";
        out << printable(underline(drug.title, QLatin1Char('=')));
        out << printable(QCoreApplication::translate("cli", "Source: %1 (imported %2)\n")
                             .arg(QDir(drug.sourceFolder).filePath(drug.sourcePath),
                                  drug.importedAt.toLocalTime().toString(Qt::ISODate)));
        out << printable(text);
        printedAny = true;
    }
    if (!printedAny) {
        err << QCoreApplication::translate("cli", "formulary show: %1 has no %2 section")
                   .arg(drugs.first().title, sectionKindName(*kind))
            << '\n';
        return Failure;
    }
    return finishStandardOutput(out, QStringLiteral("show")) ? Success : Failure;
}

} // namespace formulary::cli
