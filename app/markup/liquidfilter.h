// LiquidFilter: what a reader should see of a Jekyll page's Liquid markup.
#pragma once

#include <QString>

namespace Gazette::Markup {

class LiquidFilter
{
public:
    enum class Target { Markdown, Html };
    // `{% raw %}` content is kept literally, `{% highlight lang %}` becomes a code block, `{% comment %}`
    // blocks and every other `{% %}` tag and `{{ }}` output are removed. Unclosed markup is kept as text.
    static QString apply(const QString &text, Target target);
};

} // namespace Gazette::Markup
