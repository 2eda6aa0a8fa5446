// CommandLine: the `gazette` commands (import, list, show, search, offline, export-pdf, ...).
#pragma once

#include <QStringList>

namespace Gazette::Cli {

class CommandLine
{
public:
    // True when the arguments name a command (or ask for help or the version) rather than the window.
    static bool handles(const QStringList &arguments);
    // True for the commands that print with the web engine (export-pdf): they need a QGuiApplication,
    // made offscreen when there is no display, and the gazette:// scheme registered before it.
    static bool needsWebEngine(const QStringList &arguments);
    // Runs the command; returns the process exit status: 0 done, 1 the library could not be read or
    // written, 2 bad usage (unknown option, missing folder, unknown article).
    static int run(const QStringList &arguments);
};

} // namespace Gazette::Cli
