// GazetteApplication: starts the window: application identity, the web view's scheme, one window per library.
#include "gazetteapplication.h"

#include "articleschemehandler.h"
#include "database.h"
#include "mainwindow.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>

namespace Gazette::Ui {

QString GazetteApplication::sampleArchive(const QString &fallbackSample)
{
    if (qEnvironmentVariableIsSet("GAZETTE_SAMPLE_ARCHIVE"))
        return qEnvironmentVariable("GAZETTE_SAMPLE_ARCHIVE");
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gazette/sample");
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return fallbackSample;
}

std::unique_ptr<QSettings> GazetteApplication::settings()
{
    return std::make_unique<QSettings>(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                                               + QStringLiteral("/gazette.conf"),
                                       QSettings::IniFormat);
}

int GazetteApplication::run(int argc, char *argv[], const QString &fallbackSample)
{
    // Chromium refuses its sandbox to root (containers, CI); articles run no script in any case.
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    Browser::ArticleSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine asks for it before the app exists
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gazette"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gazette"));
    QApplication::setApplicationVersion(QStringLiteral(GAZETTE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gazettereader.Gazette"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("gazette"), QIcon(QStringLiteral(":/icons/gazette.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gazette: an offline reader for Jekyll news archives.\n"
                                                    "`gazette open FOLDER` raises the open window and imports FOLDER."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The library file."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("category"), QStringLiteral("The category to show first (a path: a/b)."),
                       QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("search"), QStringLiteral("Search for QUERY on start."), QStringLiteral("QUERY") });
    parser.addOption({ QStringLiteral("screenshot"),
                       QStringLiteral("Save a picture of the window once an article shows, then quit."),
                       QStringLiteral("PNG") });
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("A folder to import."), QStringLiteral("[FOLDER]"));
    QStringList arguments = app.arguments();
    if (arguments.value(1) == u"open") // the desktop entry's "Open with Gazette"
        arguments.removeAt(1);
    parser.process(arguments);

    const QString library = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                               : Library::Database::defaultPath();
    const QString folder = parser.positionalArguments().value(0);
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));

    SingleInstance instance(library);
    if (!screenshot && instance.handOver(folder))
        return 0; // the window already open took it

    MainWindow window;
    if (screenshot)
        window.takeScreenshotAndQuit(parser.value(QStringLiteral("screenshot")));
    else
        instance.listen();
    QObject::connect(&instance, &SingleInstance::activated, &window, [&window](const QString &handed) {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
        if (!handed.isEmpty())
            window.importFolder(handed);
    });
    window.show();
    if (!window.openLibrary(library, sampleArchive(fallbackSample)))
        return 1;
    if (parser.isSet(QStringLiteral("category")))
        window.selectCategory(parser.value(QStringLiteral("category")));
    if (parser.isSet(QStringLiteral("search")))
        window.search(parser.value(QStringLiteral("search")));
    if (!folder.isEmpty())
        window.importFolder(folder);
    return app.exec();
}

} // namespace Gazette::Ui
