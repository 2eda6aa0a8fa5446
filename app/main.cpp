// gazette: the command line when a command is given, else the window.
#include "commandline.h"
#include "gazetteapplication.h"

#include <QCoreApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Gazette::Cli::CommandLine::handles(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("gazette"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GAZETTE_VERSION));
        return Gazette::Cli::CommandLine::run(arguments);
    }
    return Gazette::Ui::GazetteApplication::run(argc, argv, QStringLiteral(GAZETTE_SOURCE_DIR "/data/sample"));
}
