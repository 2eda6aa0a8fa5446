// gazette: the command line when a command is given, else the window.
#include "articleschemehandler.h"
#include "commandline.h"
#include "gazetteapplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Gazette::Cli::CommandLine::needsWebEngine(arguments)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: a terminal, CI, cron
        if (geteuid() == 0)
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium refuses its sandbox to root
        Gazette::Browser::ArticleSchemeHandler::registerScheme();
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QGuiApplication app(argc, argv);
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) // the web engine's start-up report, on every run
            QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.debug=false\nqt.webenginecontext.info=false"));
        QCoreApplication::setApplicationName(QStringLiteral("gazette"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GAZETTE_VERSION));
        return Gazette::Cli::CommandLine::run(arguments);
    }
    if (Gazette::Cli::CommandLine::handles(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("gazette"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GAZETTE_VERSION));
        return Gazette::Cli::CommandLine::run(arguments);
    }
    return Gazette::Ui::GazetteApplication::run(argc, argv, QStringLiteral(GAZETTE_SOURCE_DIR "/data/sample"));
}
