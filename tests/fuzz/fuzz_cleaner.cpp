// libFuzzer target for HtmlCleaner: any bytes in; no crash, no hang, and nothing dangerous out.
#include "htmlcleaner.h"

#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstdio>

namespace {

void check(bool ok, const char *what, const QString &out)
{
    if (ok)
        return;
    std::fprintf(stderr, "unsafe output (%s): %s\n", what, out.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Gazette::Markup::HtmlCleaner cleaner;
    static const QRegularExpression script(QStringLiteral("<\\s*(script|style|iframe|object|embed|svg|math|form|base|meta|link)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression badUrl(QStringLiteral("(href|src|cite)=\"\\s*(javascript|vbscript|data:text|file):"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl base(QStringLiteral("https://news.example.org/"));
    const QString out = cleaner.clean(html, base).html;
    // Text escapes '<' and attribute values escape '>', so every "<...>" of the output is a real tag.
    static const QRegularExpression tagRe(QStringLiteral("<[^>]*>"));
    for (auto it = tagRe.globalMatch(out); it.hasNext();) {
        const QString tag = it.next().captured();
        static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
        const QString names = QString(tag).replace(quoted, QStringLiteral("\"\"")); // attribute values out of the way
        check(!script.match(names).hasMatch(), "forbidden element", out);
        check(!handler.match(names).hasMatch(), "event handler", out);
        check(!badUrl.match(tag).hasMatch(), "dangerous URL", out);
    }
    Gazette::Markup::HtmlCleaner::rewriteImages(out, [](const QString &) { return QString(); });
    return 0;
}
