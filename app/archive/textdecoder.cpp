// TextDecoder: turns a post file's bytes into text, detecting UTF-8, UTF-16 and GB18030.
#include "textdecoder.h"

#include <QStringDecoder>

namespace Gazette::Archive {

namespace {

// Returns the offset of the first byte that is not part of valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

QString normaliseLineEnds(QString text)
{
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    return text;
}

int countHan(const QString &text)
{
    int han = 0;
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            ++han;
    }
    return han;
}

} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText out;

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        out.text = normaliseLineEnds(decoder.decode(bytes.mid(2)));
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (decoder.hasError())
            out.warnings << QStringLiteral("invalid UTF-16 sequences were replaced");
        return out;
    }

    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return Result<DecodedText>::failure(
                QStringLiteral("binary file (NUL byte at offset %1), not a text post").arg(nul));

    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    const qsizetype bad = firstInvalidUtf8(data);
    if (bad < 0) {
        out.text = normaliseLineEnds(QString::fromUtf8(data));
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }

    // Not UTF-8: Chinese archives saved by Windows tools are GB18030 (a superset of GBK and GB2312).
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        const QString text = gb.decode(data);
        if (!gb.hasError() && countHan(text) > 0) {
            out.text = normaliseLineEnds(text);
            out.encoding = QStringLiteral("GB18030");
            out.warnings << QStringLiteral("not UTF-8: decoded as GB18030");
            return out;
        }
    }

    QStringDecoder utf8(QStringConverter::Utf8);
    out.text = normaliseLineEnds(utf8.decode(data));
    out.encoding = QStringLiteral("UTF-8");
    const auto replaced = out.text.count(QChar(QChar::ReplacementCharacter));
    out.warnings << QStringLiteral("invalid UTF-8 at byte %1: %2 invalid sequence(s) replaced with U+FFFD")
                            .arg(bad + (bytes.size() - data.size()))
                            .arg(replaced);
    return out;
}

} // namespace Gazette::Archive
