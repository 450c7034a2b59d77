#include "cli/commandparser.h"

#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

namespace formulary::cli {
namespace {

const QString kDatabase = QStringLiteral("db");

} // namespace

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    // The command's name is the first positional argument; --help shows it
    // in the usage line, before the command's own arguments.
    m_parser.addPositionalArgument(command, QCoreApplication::translate("cli", "The command."));
}

void CommandParser::addArgument(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
}

void CommandParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandParser::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

void CommandParser::addDatabaseOption(const QString &description)
{
    m_parser.addOption(
        QCommandLineOption(kDatabase,
                           description.isEmpty() ? QCoreApplication::translate(
                               "cli", "Content database to read (default: your own import, else the shipped one).")
                                                 : description,
                           QStringLiteral("FILE")));
}

bool CommandParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        QTextStream(stderr) << "formulary " << m_command << ": " << m_parser.errorText() << '\n';
        return false;
    }
    showHelpIfAsked(m_parser, arguments);
    return true;
}

QStringList CommandParser::operands() const
{
    return m_parser.positionalArguments().mid(1);
}

bool CommandParser::isSet(const QCommandLineOption &option) const
{
    return m_parser.isSet(option);
}

QString CommandParser::value(const QCommandLineOption &option) const
{
    return m_parser.value(option);
}

QString CommandParser::database(const QString &fallback) const
{
    return m_parser.isSet(kDatabase) ? m_parser.value(kDatabase) : fallback;
}

} // namespace formulary::cli
