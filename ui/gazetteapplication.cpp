// GazetteApplication: starts the window: application identity, the web view's scheme, the library.
#include "gazetteapplication.h"

#include "articleschemehandler.h"
#include "database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace Gazette::Ui {

QString GazetteApplication::sampleArchive(const QString &fallbackSample)
{
    const QString fromEnv = qEnvironmentVariable("GAZETTE_SAMPLE_ARCHIVE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gazette/sample");
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return fallbackSample;
}

int GazetteApplication::run(int argc, char *argv[], const QString &fallbackSample)
{
    // Chromium refuses its sandbox to root (containers, CI); articles run no script in any case.
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    ArticleSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it before the app exists
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gazette"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gazette"));
    QApplication::setApplicationVersion(QStringLiteral(GAZETTE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gazette"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gazette: an offline reader for Jekyll news archives."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The library file."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("screenshot"),
                       QStringLiteral("Save a picture of the window once an article shows, then quit."),
                       QStringLiteral("PNG") });
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("A folder to import on start."), QStringLiteral("[FOLDER]"));
    parser.process(app);

    MainWindow window;
    const QString library = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                               : Library::Database::defaultPath();
    if (parser.isSet(QStringLiteral("screenshot")))
        window.takeScreenshotAndQuit(parser.value(QStringLiteral("screenshot")));
    window.show();
    if (!window.openLibrary(library, sampleArchive(fallbackSample)))
        return 1;
    if (const QString folder = parser.positionalArguments().value(0); !folder.isEmpty())
        window.importFolder(folder);
    return app.exec();
}

} // namespace Gazette::Ui
