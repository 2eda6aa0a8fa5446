// GazetteApplication: starts the window: application identity, the web view's scheme, one window per library.
#include "gazetteapplication.h"

#include "articleschemehandler.h"
#include "database.h"
#include "mainwindow.h"
#include "singleinstance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QPalette>
#include <QTranslator>
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

void GazetteApplication::installTranslations(QCoreApplication *app)
{
    // The system's language: Gazette's own strings (compiled in), and Qt's for its standard dialogs.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("gazette"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

void GazetteApplication::applyPalette()
{
    // The dark theme darkens the whole window, not only the article.
    static const QPalette original = QApplication::palette();
    if (settings()->value(QStringLiteral("reader/theme")).toString() != u"dark") {
        QApplication::setPalette(original);
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    dark.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x98));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x63));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x83));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x83));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x83));
    QApplication::setPalette(dark);
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
    installTranslations(&app);
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
    parser.addOption({ QStringLiteral("theme"), QStringLiteral("The reader's theme from now on: system, light, dark or sepia."),
                       QStringLiteral("THEME") });
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("A folder to import."), QStringLiteral("[FOLDER]"));
    QStringList arguments = app.arguments();
    if (arguments.value(1) == u"open") // the desktop entry's "Open with Gazette"
        arguments.removeAt(1);
    parser.process(arguments);

    // --db, else $GAZETTE_LIBRARY, else the location chosen in the settings, else the data location.
    const QString chosen = settings()->value(QStringLiteral("library/path")).toString();
    const QString library = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
            : qEnvironmentVariableIsEmpty("GAZETTE_LIBRARY") && !chosen.isEmpty() ? chosen
                                                                               : Library::Database::defaultPath();
    const QString folder = parser.positionalArguments().value(0);
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));

    SingleInstance instance(library);
    if (!screenshot && instance.handOver(folder))
        return 0; // the window already open took it

    if (parser.isSet(QStringLiteral("theme"))) {
        const QString theme = parser.value(QStringLiteral("theme"));
        if (!QStringList { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("sepia") }.contains(theme)) {
            qWarning("gazette: --theme takes system, light, dark or sepia");
            return 2;
        }
        settings()->setValue(QStringLiteral("reader/theme"), theme);
    }
    applyPalette();
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
