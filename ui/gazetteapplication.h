// GazetteApplication: starts the window: application identity, the web view's scheme, the library.
#pragma once

#include <QString>

namespace Gazette::Ui {

class GazetteApplication
{
public:
    // `gazette [--db FILE] [--screenshot FILE.png] [FOLDER]`. `fallbackSample` is the bundled sample
    // archive in a build tree; an installed Gazette finds its copy under share/gazette/sample.
    static int run(int argc, char *argv[], const QString &fallbackSample);
    static QString sampleArchive(const QString &fallbackSample);
};

} // namespace Gazette::Ui
