// CommandLine: the `gazette` commands (import, list, show, categories, tags, stats).
#pragma once

#include <QStringList>

namespace Gazette::Cli {

class CommandLine
{
public:
    // True when the arguments name a command (or ask for help or the version) rather than the window.
    static bool handles(const QStringList &arguments);
    // Runs the command; returns the process exit status: 0 done, 1 the library could not be read or
    // written, 2 bad usage (unknown option, missing folder, unknown article).
    static int run(const QStringList &arguments);
};

} // namespace Gazette::Cli
