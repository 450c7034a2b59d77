#pragma once

#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace formulary::cli {

// Exit statuses of the command-line interface.
enum ExitStatus { Success = 0, Failure = 1, UsageError = 2 };

// Whether the arguments ask for a command-line command rather than the window.
bool isCommandLine(const QStringList &arguments);

// Runs a command-line command; a QCoreApplication exists.
int run(const QStringList &arguments);

// The window's arguments, after the application has taken out Qt's own:
// -1 and the text of --query (or none) when they are valid, else the exit
// status, the error having been printed.
int parseWindowArguments(const QStringList &arguments, QString *query);

// --query TEXT: the window's only option, listed by --help with the commands.
QCommandLineOption queryOption();

// Prints the help and ends the program, with status 0, when --help or
// --help-all was given.
void showHelpIfAsked(QCommandLineParser &parser, const QStringList &arguments);

// What to do about a content database that cannot be read, for people.
QString contentDatabaseAdvice();

int runImport(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runBookmarks(const QStringList &arguments);
int runSideEffects(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runSources(const QStringList &arguments);

} // namespace formulary::cli
