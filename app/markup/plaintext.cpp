// PlainText: the visible text of an HTML fragment, for search and previews.
#include "plaintext.h"

#include <QList>

#include <gumbo.h>

namespace Gazette::Markup {

namespace {

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HR:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        return true;
    default:
        return false;
    }
}

bool isInvisible(const GumboElement &element)
{
    switch (element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        return true;
    default:
        break;
    }
    if (const GumboAttribute *style = gumbo_get_attribute(&element.attributes, "style")) {
        QByteArray value(style->value);
        value = value.toLower();
        value.replace(' ', "");
        if (value.contains("display:none") || value.contains("visibility:hidden"))
            return true;
    }
    return gumbo_get_attribute(&element.attributes, "hidden") != nullptr;
}

} // namespace

QString PlainText::fromHtml(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));

    // Iterative walk: nesting depth is the document's, and documents come from scrapers.
    QByteArray text;
    text.reserve(utf8.size() / 2);
    QList<const GumboNode *> stack { output->root };
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node == nullptr) { // the end of a block element: a newline is due
            if (!text.endsWith('\n'))
                text += '\n';
            continue;
        }
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            text += node->v.text.text;
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &element = node->v.element;
            if (isInvisible(element))
                break;
            const bool block = isBlock(element.tag);
            if (block) {
                if (!text.isEmpty() && !text.endsWith('\n'))
                    text += '\n';
                stack.append(nullptr);
            }
            for (unsigned i = element.children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(element.children.data[i - 1]));
            break;
        }
        case GUMBO_NODE_DOCUMENT: {
            const GumboVector &children = node->v.document.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
            break;
        }
        default:
            break;
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    // Fold white space within lines, drop blank lines.
    QStringList lines;
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        const QString folded = line.simplified();
        if (!folded.isEmpty())
            lines << folded;
    }
    return lines.join(u'\n');
}

QString PlainText::firstLine(const QString &text, int maxLength)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    // Stop at the end of the first sentence when there is one.
    static const QString enders = QStringLiteral("。！？!?");
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (enders.contains(line.at(i)) || (line.at(i) == u'.' && (i + 1 == line.size() || line.at(i + 1) == u' '))) {
            line.truncate(i + 1);
            break;
        }
    }
    if (line.size() > maxLength)
        line = line.left(maxLength - 1).trimmed() + u'…';
    return line;
}

} // namespace Gazette::Markup
