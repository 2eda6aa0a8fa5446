// MarkdownRenderer: a post body (Markdown or HTML, with Liquid) to HTML, with md4c's GitHub dialect.
#include "markdownrenderer.h"

#include "liquidfilter.h"

#include <md4c-html.h>

namespace Gazette::Markup {

namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    output.reserve(input.size() + input.size() / 4);
    const unsigned parserFlags = MD_DIALECT_GITHUB;
    if (md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &output, parserFlags,
                MD_HTML_FLAG_SKIP_UTF8_BOM)
        != 0) {
        // md4c fails only on memory exhaustion; show the text rather than nothing.
        return QStringLiteral("<pre>") + markdown.toHtmlEscaped() + QStringLiteral("</pre>");
    }
    return QString::fromUtf8(output);
}

QString MarkdownRenderer::renderBody(const QString &body, bool isHtml)
{
    if (isHtml)
        return LiquidFilter::apply(body, LiquidFilter::Target::Html);
    return toHtml(LiquidFilter::apply(body, LiquidFilter::Target::Markdown));
}

} // namespace Gazette::Markup
