#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace formulary::cli {

// The command line of one command. What every command has is set up here:
// its description, --help, its own name as the first argument, --db FILE, and
// a usage error reported as "formulary COMMAND: ..." with status 2. The
// command adds only its own arguments and options.
class CommandParser
{
public:
    CommandParser(const QString &command, const QString &description);

    // An argument after the command's name, as --help lists it.
    void addArgument(const QString &name, const QString &description);
    void addOption(const QCommandLineOption &option);
    void addOptions(const QList<QCommandLineOption> &options);
    // --db FILE, the content database; without a description, the one the
    // command reads. --help lists the options in the order they were added.
    void addDatabaseOption(const QString &description = QString());

    // False, the error printed, for a usage error; ends the program, with
    // status 0, after printing the help for --help or --help-all.
    bool parse(const QStringList &arguments);

    // The arguments after the command's name.
    QStringList operands() const;
    bool isSet(const QCommandLineOption &option) const;
    QString value(const QCommandLineOption &option) const;
    // The file given with --db, else fallback.
    QString database(const QString &fallback) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace formulary::cli
