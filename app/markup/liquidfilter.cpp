// LiquidFilter: what a reader should see of a Jekyll page's Liquid markup.
#include "liquidfilter.h"

#include <QRegularExpression>

namespace Gazette::Markup {

namespace {

// Finds `{% name %}` (with optional `-` whitespace control) from `from`; returns its start and end.
bool findTag(const QString &text, qsizetype from, const QString &name, qsizetype *start, qsizetype *end)
{
    const QRegularExpression re(QStringLiteral(R"(\{%-?\s*%1\s*-?%\})").arg(name));
    const auto m = re.match(text, from);
    if (!m.hasMatch())
        return false;
    *start = m.capturedStart();
    *end = m.capturedEnd();
    return true;
}

QString trimNewlines(QString s)
{
    while (s.startsWith(u'\n'))
        s.remove(0, 1);
    while (s.endsWith(u'\n') || s.endsWith(u' '))
        s.chop(1);
    return s;
}

} // namespace

QString LiquidFilter::apply(const QString &text, Target target)
{
    if (!text.contains(QLatin1String("{%")) && !text.contains(QLatin1String("{{")))
        return text;

    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'{', pos);
        if (open < 0 || open + 1 >= text.size()) {
            out += QStringView(text).mid(pos);
            break;
        }
        const QChar next = text.at(open + 1);
        if (next != u'%' && next != u'{') {
            out += QStringView(text).mid(pos, open + 1 - pos);
            pos = open + 1;
            continue;
        }
        const QString closer = next == u'%' ? QStringLiteral("%}") : QStringLiteral("}}");
        const qsizetype close = text.indexOf(closer, open + 2);
        if (close < 0) { // unclosed: not Liquid, keep as text
            out += QStringView(text).mid(pos);
            break;
        }
        out += QStringView(text).mid(pos, open - pos);
        pos = close + 2;
        if (next == u'{')
            continue; // output markup: nothing to show without the site's data

        QString inner = text.mid(open + 2, close - open - 2).trimmed();
        if (inner.startsWith(u'-'))
            inner.remove(0, 1);
        if (inner.endsWith(u'-'))
            inner.chop(1);
        const QStringList words = inner.simplified().split(u' ', Qt::SkipEmptyParts);
        const QString tag = words.value(0);
        if (tag == u"raw" || tag == u"highlight" || tag == u"comment") {
            qsizetype endStart = 0, endEnd = 0;
            if (!findTag(text, pos, QStringLiteral("end") + tag, &endStart, &endEnd)) {
                continue; // an unclosed block: drop the tag, keep what follows
            }
            const QString content = text.mid(pos, endStart - pos);
            pos = endEnd;
            if (tag == u"raw") {
                out += content;
            } else if (tag == u"highlight") {
                const QString lang = words.value(1);
                if (target == Target::Markdown) {
                    // A fence longer than any backtick run inside the code.
                    QString fence = QStringLiteral("```");
                    while (content.contains(fence))
                        fence += u'`';
                    out += u'\n' + fence + lang + u'\n' + trimNewlines(content) + u'\n' + fence + u'\n';
                } else {
                    out += QStringLiteral("<pre><code%1>%2</code></pre>")
                                   .arg(lang.isEmpty() ? QString()
                                                       : QStringLiteral(" class=\"language-%1\"").arg(lang.toHtmlEscaped()),
                                        trimNewlines(content).toHtmlEscaped());
                }
            }
        }
    }
    return out;
}

} // namespace Gazette::Markup
