// GazetteApplication: starts the window: application identity, the web view's scheme, the library.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <memory>

namespace Gazette::Ui {

class GazetteApplication
{
public:
    // `gazette [open] [--db FILE] [--category PATH] [--screenshot FILE.png] [FOLDER]`. `fallbackSample` is the bundled sample
    // archive in a build tree; an installed Gazette finds its copy under share/gazette/sample.
    static int run(int argc, char *argv[], const QString &fallbackSample);
    static QString sampleArchive(const QString &fallbackSample);
    // The window's settings, in the config location ($XDG_CONFIG_HOME/gazette/gazette.conf).
    static std::unique_ptr<QSettings> settings();
    // A dark palette for the whole window when the reader's theme is dark; the system's otherwise.
    static void applyPalette();
    // Gazette's and Qt's translations for the system's language.
    static void installTranslations(QCoreApplication *app);
};

} // namespace Gazette::Ui
