// MarkdownRenderer: a post body (Markdown or HTML, with Liquid) to HTML, with md4c's GitHub dialect.
#pragma once

#include <QString>

namespace Gazette::Markup {

class MarkdownRenderer
{
public:
    // Bumped whenever the output for the same input changes, so stored articles can be re-rendered.
    static constexpr int Version = 1;

    // Markdown with GitHub tables, strikethrough, task lists and autolinks; raw HTML passes through.
    static QString toHtml(const QString &markdown);
    // A post body as Jekyll would render it: Liquid first, then Markdown unless the post is HTML.
    static QString renderBody(const QString &body, bool isHtml);
};

} // namespace Gazette::Markup
