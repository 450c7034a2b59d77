#pragma once

#include <QStringList>

namespace formulary::cli {

// Exit statuses of the command-line interface.
enum ExitStatus { Success = 0, Failure = 1, UsageError = 2 };

// Whether the arguments ask for a command-line command rather than the window.
bool isCommandLine(const QStringList &arguments);

// Runs a command-line command; a QCoreApplication exists.
int run(const QStringList &arguments);

int runImport(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runBookmarks(const QStringList &arguments);

} // namespace formulary::cli
