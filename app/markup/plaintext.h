// PlainText: the visible text of an HTML fragment, for search and previews.
#pragma once

#include <QString>

namespace Gazette::Markup {

class PlainText
{
public:
    // Skips markup, comments, scripts, styles and elements hidden with display:none or `hidden`;
    // decodes entities;
    // one line per block element; runs of white space folded.
    static QString fromHtml(const QString &html);
    // The first sentence or line of a text, at most `maxLength` characters, for a missing title.
    static QString firstLine(const QString &text, int maxLength = 60);
};

} // namespace Gazette::Markup
