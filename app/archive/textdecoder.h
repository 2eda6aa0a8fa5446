// TextDecoder: turns a post file's bytes into text, detecting UTF-8, UTF-16 and GB18030.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Gazette::Archive {

struct DecodedText
{
    QString text; // BOM removed, line ends normalised to '\n'
    QString encoding;
    QStringList warnings;
};

class TextDecoder
{
public:
    // Fails on binary data (NUL bytes outside UTF-16); never fails on bad bytes, which are
    // replaced and reported in the warnings.
    static Result<DecodedText> decode(const QByteArray &bytes);
};

} // namespace Gazette::Archive
