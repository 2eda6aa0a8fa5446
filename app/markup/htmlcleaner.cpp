// HtmlCleaner: parses with gumbo, walks the tree without recursion, and writes back only what is allowed.
#include "htmlcleaner.h"

#include <QHash>
#include <QRegularExpression>

#include <gumbo.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace Gazette::Markup {

namespace {

enum class Action { Drop, Unwrap, Keep, Center };

// What happens to each HTML element: kept (with its allowed attributes), unwrapped (its content stays),
// or dropped with everything in it.
Action actionFor(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_IMG: case GUMBO_TAG_A:
    case GUMBO_TAG_PRE: case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_VAR:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_Q: case GUMBO_TAG_CITE: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_SMALL: case GUMBO_TAG_MARK: case GUMBO_TAG_ABBR:
    case GUMBO_TAG_DFN: case GUMBO_TAG_TIME: case GUMBO_TAG_DIV: case GUMBO_TAG_RUBY: case GUMBO_TAG_RT:
    case GUMBO_TAG_RP: case GUMBO_TAG_RB: case GUMBO_TAG_BDI: case GUMBO_TAG_WBR: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_ADDRESS:
        return Action::Keep;
    case GUMBO_TAG_CENTER:
        return Action::Center;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_FONT: case GUMBO_TAG_BIG: case GUMBO_TAG_TT: case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_NOBR: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_BDO: case GUMBO_TAG_DATA: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LABEL: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_BLINK: case GUMBO_TAG_MULTICOL: case GUMBO_TAG_DIR: case GUMBO_TAG_MENU:
    case GUMBO_TAG_UNKNOWN:
        return Action::Unwrap;
    default: // script, style, iframe, object, embed, frames, form controls, media, svg, math, head, meta, nav, ...
        return Action::Drop;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_WBR
            || tag == GUMBO_TAG_COL;
}

// Kept elements that go when nothing is left in them.
bool goesWhenEmpty(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_A:
    case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_U:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_MARK:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_PRE: case GUMBO_TAG_CODE: case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE: case GUMBO_TAG_DEL: case GUMBO_TAG_INS: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_ADDRESS:
        return true;
    default:
        return false;
    }
}

// Elements whose text is not markup (the HTML tokenizer reads them to their end tag).
bool isRawText(QStringView name)
{
    static const QStringList names { QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("textarea"),
                                     QStringLiteral("title"), QStringLiteral("xmp"), QStringLiteral("iframe"),
                                     QStringLiteral("noembed"), QStringLiteral("noframes"), QStringLiteral("noscript") };
    return names.contains(name);
}

// Elements that do not nest: void elements, and those whose end tag is implied by the next one.
bool nests(QStringView name)
{
    static const QStringList flat {
        QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"), QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("input"),
        QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"), QStringLiteral("keygen"), QStringLiteral("image"),
        QStringLiteral("basefont"), QStringLiteral("bgsound"), QStringLiteral("frame"), QStringLiteral("p"),
        QStringLiteral("li"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("option"),
        QStringLiteral("optgroup"), QStringLiteral("rb"), QStringLiteral("rt"), QStringLiteral("rtc"),
        QStringLiteral("rp"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("tbody"), QStringLiteral("thead"), QStringLiteral("tfoot"), QStringLiteral("colgroup"),
        QStringLiteral("caption"), QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("body")
    };
    return !flat.contains(name);
}

// Drops the start and end tags of elements nested deeper than `maxDepth` (their text stays), so that the
// parser, whose scope checks walk the stack of open elements, and the tree stay shallow: 100,000 nested
// <div>s would otherwise cost quadratic time. A light tokenizer: comments, raw text and quoted attribute
// values are skipped; the result is cleaned like any other input.
QString limitNesting(const QString &html, int maxDepth)
{
    if (html.count(u'<') <= maxDepth)
        return html;
    QString out;
    out.reserve(html.size());
    std::vector<QString> open;
    QHash<QString, int> dropped;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0) {
            out += QStringView(html).mid(i);
            break;
        }
        out += QStringView(html).mid(i, lt - i);
        if (QStringView(html).mid(lt, 4) == u"<!--") {
            const qsizetype end = html.indexOf(QLatin1String("-->"), lt + 4);
            i = end < 0 ? n : end + 3;
            out += QStringView(html).mid(lt, i - lt);
            continue;
        }
        const bool closing = lt + 1 < n && html[lt + 1] == u'/';
        const qsizetype nameStart = lt + 1 + (closing ? 1 : 0);
        if (nameStart >= n || !html[nameStart].isLetter()) {
            out += u'<';
            i = lt + 1;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && !html[nameEnd].isSpace() && html[nameEnd] != u'/' && html[nameEnd] != u'>')
            ++nameEnd;
        const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
        qsizetype j = nameEnd;
        while (j < n && html[j] != u'>') {
            if (html[j] == u'=') {
                ++j;
                while (j < n && html[j].isSpace())
                    ++j;
                if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                    const qsizetype q = html.indexOf(html[j], j + 1);
                    j = q < 0 ? n : q + 1;
                }
                continue;
            }
            ++j;
        }
        const qsizetype tagEnd = j < n ? j + 1 : n;
        const QStringView tag = QStringView(html).mid(lt, tagEnd - lt);
        i = tagEnd;

        if (!closing && isRawText(name)) {
            const qsizetype endTag = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            const qsizetype rawEnd = endTag < 0 ? n : endTag;
            out += tag;
            out += QStringView(html).mid(i, rawEnd - i);
            i = rawEnd;
            continue;
        }
        if (!closing && name == u"plaintext") {
            out += QStringView(html).mid(lt);
            break;
        }
        if (!nests(name)) {
            out += tag;
            continue;
        }
        if (!closing) {
            if (int(open.size()) >= maxDepth) {
                ++dropped[name];
                continue;
            }
            open.push_back(name);
            out += tag;
            continue;
        }
        if (auto it = dropped.find(name); it != dropped.end() && *it > 0) {
            --*it;
            continue;
        }
        for (auto k = open.size(); k > 0; --k) {
            if (open[k - 1] == name) {
                open.resize(k - 1);
                break;
            }
        }
        out += tag;
    }
    return out;
}

// Gumbo's allocations for one parse, from a few large blocks freed at once: cheaper than malloc and free for
// every token, and the tree needs no (recursive) destruction. Used for inputs below ArenaLimit.
class Arena
{
public:
    static constexpr qsizetype ArenaLimit = 4 * 1024 * 1024;

    static void *allocate(void *self, size_t size) { return static_cast<Arena *>(self)->take(size); }
    static void release(void *, void *) { }

private:
    void *take(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > m_left) {
            const size_t block = std::max<size_t>(size, 256 * 1024);
            m_blocks.emplace_back(new char[block]);
            m_next = m_blocks.back().get();
            m_left = block;
        }
        void *p = m_next;
        m_next += size;
        m_left -= size;
        return p;
    }

    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

// Decodes one UTF-8 sequence (the parser's output is valid UTF-8).
char32_t nextCodePoint(const unsigned char *&p, const unsigned char *end)
{
    const unsigned char c = *p++;
    if (c < 0x80)
        return c;
    const int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    char32_t cp = c & (0x3f >> extra);
    for (int i = 0; i < extra && p < end; ++i)
        cp = (cp << 6) | (*p++ & 0x3f);
    return cp;
}

bool isSpaceCodePoint(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xa0 || c == 0x3000 || c == 0xfeff
            || c == 0x200b || (c >= 0x2000 && c <= 0x200a);
}

bool isSeparatorCodePoint(char32_t c)
{
    static const std::u32string separators = U"|｜·•/-—–>»›,，、:：";
    return separators.find(c) != std::u32string::npos;
}

// Cuts the comment-delimited blocks of the rules out of the text before parsing (the parser's time grows with
// its input, and eastmoney's chart widgets are a fifth of it). A start without its end stays; blocks that
// do not line up with the tree are also handled on the tree, so this is only a shortcut.
QString cutCommentBlocks(const QString &html, const CleaningRules &rules)
{
    QString out;
    for (const auto &[start, end] : rules.commentBlocks) {
        const QString &in = out.isNull() ? html : out;
        const QString open = QStringLiteral("<!--"), close = QStringLiteral("-->");
        qsizetype from = in.indexOf(start);
        if (from < 0)
            continue;
        QString cut;
        cut.reserve(in.size());
        qsizetype done = 0;
        while (from >= 0) {
            const qsizetype commentStart = in.lastIndexOf(open, from);
            const qsizetype startEnd = in.indexOf(close, from);
            const qsizetype endAt = startEnd < 0 ? -1 : in.indexOf(end, startEnd);
            const qsizetype endClose = endAt < 0 ? -1 : in.indexOf(close, endAt);
            const qsizetype endOpen = endAt < 0 ? -1 : in.lastIndexOf(open, endAt);
            // Both markers must be whole comments of their own, with no other comment between them.
            const bool whole = commentStart >= done && startEnd >= 0 && endClose >= 0 && endOpen > startEnd
                    && QStringView(in).mid(commentStart + 4, from - commentStart - 4).trimmed().isEmpty()
                    && QStringView(in).mid(endOpen + 4, endAt - endOpen - 4).trimmed().isEmpty()
                    && in.indexOf(open, startEnd) == endOpen;
            if (!whole) {
                from = in.indexOf(start, from + start.size());
                continue;
            }
            cut += QStringView(in).mid(done, commentStart - done);
            done = endClose + close.size();
            from = in.indexOf(start, done);
        }
        cut += QStringView(in).mid(done);
        out = std::move(cut);
    }
    return out.isNull() ? html : out;
}

const GumboAttribute *attribute(const GumboNode *node, const char *name)
{
    return gumbo_get_attribute(&node->v.element.attributes, name);
}

QString attributeValue(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = attribute(node, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

// style="a: b; c: d" as lower-case pairs without spaces.
QList<std::pair<QString, QString>> styleDeclarations(const GumboNode *node)
{
    QList<std::pair<QString, QString>> out;
    const GumboAttribute *style = attribute(node, "style");
    if (!style)
        return out;
    const QString text = QString::fromUtf8(style->value).toLower();
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0)
            continue;
        QString value = part.mid(colon + 1).trimmed();
        value.remove(QLatin1String("!important"));
        out.append({ part.left(colon).trimmed(), value.simplified() });
    }
    return out;
}

bool isHidden(const GumboNode *node)
{
    if (attribute(node, "hidden"))
        return true;
    for (const auto &[property, value] : styleDeclarations(node)) {
        if ((property == u"display" && value == u"none") || (property == u"visibility" && value == u"hidden"))
            return true;
    }
    return false;
}

QString textAlign(const GumboNode *node)
{
    static const QStringList allowed { QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("center"),
                                       QStringLiteral("justify"), QStringLiteral("start"), QStringLiteral("end") };
    for (const auto &[property, value] : styleDeclarations(node)) {
        if (property == u"text-align" && allowed.contains(value))
            return value;
    }
    return {};
}

bool hasClass(const GumboNode *node, const QStringList &classes)
{
    if (classes.isEmpty())
        return false;
    const GumboAttribute *a = attribute(node, "class");
    if (!a)
        return false;
    const QStringList own = QString::fromUtf8(a->value).split(u' ', Qt::SkipEmptyParts);
    for (const QString &c : own)
        if (classes.contains(c))
            return true;
    return false;
}

// The text of an element, up to `limit` characters, without recursion.
QString textOf(const GumboNode *root, int limit)
{
    QString text;
    std::vector<std::pair<const GumboNode *, unsigned>> stack { { root, 0 } };
    while (!stack.empty() && text.size() < limit) {
        auto &[node, next] = stack.back();
        if (next >= node->v.element.children.length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(node->v.element.children.data[next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            text += QString::fromUtf8(child->v.text.text);
        else if (child->type == GUMBO_NODE_ELEMENT)
            stack.push_back({ child, 0 });
    }
    return text.trimmed();
}

bool isNumber(const QString &s)
{
    if (s.isEmpty() || s.size() > 6)
        return false;
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

bool hostMatches(const QUrl &url, const QStringList &hosts)
{
    const QString host = url.host().toLower();
    const QString hostPath = host + url.path();
    for (const QString &h : hosts) {
        if (h.contains(u'/')) {
            if (hostPath.startsWith(h))
                return true;
        } else if (host == h || host.endsWith(u'.' + h)) {
            return true;
        }
    }
    return false;
}

bool isBlank(QStringView text)
{
    for (QChar c : text)
        if (!c.isSpace() && c != QChar(0x3000) && c != QChar(0xfeff) && c != QChar(0x200b))
            return false;
    return true;
}

void appendEscaped(QByteArray &out, const char *text, size_t length, bool attribute)
{
    const char *end = text + length;
    const char *run = text;
    for (const char *p = text; p < end; ++p) {
        const char *entity = nullptr;
        switch (*p) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = attribute ? "&quot;" : nullptr; break;
        default: break;
        }
        if (!entity)
            continue;
        out.append(run, p - run);
        out.append(entity);
        run = p + 1;
    }
    out.append(run, end - run);
}

void appendAttribute(QByteArray &out, const char *name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out += ' ';
    out += name;
    out += "=\"";
    appendEscaped(out, utf8.constData(), size_t(utf8.size()), true);
    out += '"';
}

struct Frame
{
    const GumboNode *node = nullptr;
    unsigned next = 0;
    Action action = Action::Unwrap;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    qsizetype outStart = 0; // where its start tag begins in the output
    bool hasContent = false; // text or an image inside
    bool hasSubstance = false; // more than navigation separators inside
    bool droppedNavigation = false;
    bool pre = false;
    bool firstText = true;
    int skippingBlock = -1; // index of the comment block whose end it waits for
};

struct Walk
{
    const CleaningRules &rules;
    const QUrl &base;
    QByteArray out;
    QStringList images;
    qsizetype candidateStart = -1, candidateEnd = -1;
    QString candidateUrl;

    void text(Frame &parent, const GumboNode *node)
    {
        const char *text = node->v.text.text;
        size_t length = std::strlen(text);
        if (parent.pre && parent.firstText && length && text[0] == '\n')
            out += '\n'; // the parser drops a newline right after <pre>
        parent.firstText = false;
        appendEscaped(out, text, length, false);
        if (node->type == GUMBO_NODE_WHITESPACE || parent.hasSubstance)
            return;
        const auto *p = reinterpret_cast<const unsigned char *>(text);
        const auto *end = p + length;
        while (p < end) {
            const char32_t c = nextCodePoint(p, end);
            if (isSpaceCodePoint(c))
                continue;
            parent.hasContent = true;
            if (!isSeparatorCodePoint(c)) {
                parent.hasSubstance = true;
                return;
            }
        }
    }

    // Whether a comment among the children of `parent` opens a block to drop (with its end in sight).
    void comment(Frame &parent, const GumboNode *node)
    {
        const QString text = QString::fromUtf8(node->v.text.text).trimmed();
        if (parent.skippingBlock >= 0) {
            if (text == rules.commentBlocks[parent.skippingBlock].second)
                parent.skippingBlock = -1;
            return;
        }
        for (int b = 0; b < rules.commentBlocks.size(); ++b) {
            if (text != rules.commentBlocks[b].first)
                continue;
            const GumboVector &siblings = parent.node->v.element.children;
            const QByteArray end = rules.commentBlocks[b].second.toUtf8();
            for (unsigned k = parent.next, seen = 0; k < siblings.length && seen < 4096; ++k, ++seen) {
                const auto *s = static_cast<const GumboNode *>(siblings.data[k]);
                if (s->type == GUMBO_NODE_COMMENT && QByteArray(s->v.text.text).trimmed() == end) {
                    parent.skippingBlock = b;
                    return;
                }
            }
        }
    }

    // Opens an element: returns whether to descend into it.
    bool open(Frame &parent, const GumboNode *node, Frame *frame)
    {
        const GumboElement &e = node->v.element;
        if (e.tag_namespace != GUMBO_NAMESPACE_HTML)
            return false;
        Action action = actionFor(e.tag);
        if (action == Action::Drop)
            return false;
        if (rules.dropHidden && isHidden(node))
            return false;
        if (hasClass(node, rules.dropClasses))
            return false;
        if (hasClass(node, rules.unwrapClasses))
            action = Action::Unwrap;

        frame->node = node;
        frame->tag = e.tag;
        frame->action = action;
        frame->outStart = out.size();
        frame->pre = e.tag == GUMBO_TAG_PRE;
        if (action == Action::Unwrap)
            return true;
        if (action == Action::Center) {
            out += "<div style=\"text-align:center\">";
            return true;
        }

        QByteArray attrs;
        switch (e.tag) {
        case GUMBO_TAG_A: {
            if (!rules.navigationLinks.isEmpty()) {
                const QString label = textOf(node, 200);
                for (const QRegularExpression &re : rules.navigationLinks) {
                    if (re.match(label).hasMatch()) {
                        parent.droppedNavigation = true;
                        return false;
                    }
                }
            }
            const QString href = HtmlCleaner::safeUrl(attributeValue(node, "href"), base, HtmlCleaner::UrlUse::Link);
            if (href.isEmpty()) {
                frame->action = Action::Unwrap;
                return true;
            }
            appendAttribute(attrs, "href", href);
            break;
        }
        case GUMBO_TAG_IMG: {
            QString src;
            for (const char *name : { "src", "data-src", "data-original", "data-actualsrc" }) {
                src = HtmlCleaner::safeUrl(attributeValue(node, name), base, HtmlCleaner::UrlUse::Image);
                if (!src.isEmpty())
                    break;
            }
            if (src.isEmpty())
                return false;
            const QString width = attributeValue(node, "width"), height = attributeValue(node, "height");
            if (rules.tinyImageSize >= 0
                && ((isNumber(width) && width.toInt() <= rules.tinyImageSize)
                    || (isNumber(height) && height.toInt() <= rules.tinyImageSize)))
                return false;
            if (!rules.trackerHosts.isEmpty() && hostMatches(QUrl(src), rules.trackerHosts))
                return false;
            appendAttribute(attrs, "src", src);
            if (const GumboAttribute *alt = attribute(node, "alt"))
                appendAttribute(attrs, "alt", QString::fromUtf8(alt->value).simplified());
            if (isNumber(width))
                appendAttribute(attrs, "width", width);
            if (isNumber(height))
                appendAttribute(attrs, "height", height);
            if (!images.contains(src))
                images << src;
            parent.hasContent = parent.hasSubstance = true;
            break;
        }
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            for (const char *name : { "colspan", "rowspan" })
                if (const QString v = attributeValue(node, name); isNumber(v))
                    appendAttribute(attrs, name, v);
            break;
        case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP:
            if (const QString v = attributeValue(node, "span"); isNumber(v))
                appendAttribute(attrs, "span", v);
            break;
        case GUMBO_TAG_OL:
            if (const QString v = attributeValue(node, "start"); isNumber(v))
                appendAttribute(attrs, "start", v);
            if (attribute(node, "reversed"))
                attrs += " reversed";
            break;
        case GUMBO_TAG_LI:
            if (const QString v = attributeValue(node, "value"); isNumber(v))
                appendAttribute(attrs, "value", v);
            break;
        case GUMBO_TAG_TIME:
            if (const GumboAttribute *a = attribute(node, "datetime"))
                appendAttribute(attrs, "datetime", QString::fromUtf8(a->value));
            break;
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_Q: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
            if (const QString cite = HtmlCleaner::safeUrl(attributeValue(node, "cite"), base, HtmlCleaner::UrlUse::Link);
                !cite.isEmpty())
                appendAttribute(attrs, "cite", cite);
            break;
        default:
            break;
        }
        if (const GumboAttribute *a = attribute(node, "title"))
            appendAttribute(attrs, "title", QString::fromUtf8(a->value));
        for (const char *name : { "lang", "dir" }) {
            const QString v = attributeValue(node, name);
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9-]{1,35}$"));
            if (plain.match(v).hasMatch())
                appendAttribute(attrs, name, v);
        }
        if (const QString align = textAlign(node); !align.isEmpty())
            appendAttribute(attrs, "style", QStringLiteral("text-align:") + align);

        out += '<';
        out += gumbo_normalized_tagname(e.tag);
        out += attrs;
        out += '>';
        if (isVoid(e.tag)) {
            if (e.tag == GUMBO_TAG_HR)
                parent.hasContent = parent.hasSubstance = true;
            return false;
        }
        return true;
    }

    void close(Frame &frame, Frame *parent)
    {
        bool removed = false;
        if (frame.action == Action::Keep || frame.action == Action::Center) {
            const bool empty = rules.dropEmpty && !frame.hasContent && goesWhenEmpty(frame.tag);
            const bool onlyNavigation = frame.droppedNavigation && !frame.hasSubstance
                    && (goesWhenEmpty(frame.tag) || frame.tag == GUMBO_TAG_LI);
            if (empty || onlyNavigation || (frame.action == Action::Center && !frame.hasContent && rules.dropEmpty)) {
                out.truncate(frame.outStart);
                removed = true;
            } else if (frame.action == Action::Center) {
                out += "</div>";
            } else {
                out += "</";
                out += gumbo_normalized_tagname(frame.tag);
                out += '>';
                if (frame.tag == GUMBO_TAG_P)
                    checkOriginalLink(frame.outStart);
            }
        }
        if (parent && !removed) {
            parent->hasContent |= frame.hasContent;
            parent->hasSubstance |= frame.hasSubstance;
        }
        if (parent && frame.action == Action::Unwrap)
            parent->droppedNavigation |= frame.droppedNavigation;
    }

    // A paragraph made of one bare link (<p><a href="X">X</a></p>) is a candidate for the original link.
    void checkOriginalLink(qsizetype start)
    {
        if (!rules.originalLink.isValid() || rules.originalLink.pattern().isEmpty() || out.size() - start > 4096)
            return;
        static const QRegularExpression bare(QStringLiteral("^<p>\\s*<a href=\"([^\"]+)\">([^<]+)</a>\\s*</p>$"));
        const QString p = QString::fromUtf8(out.constData() + start, out.size() - start);
        const auto m = bare.match(p);
        if (!m.hasMatch())
            return;
        const QString href = m.captured(1), label = m.captured(2).trimmed();
        const QString url = QString(href).replace(QLatin1String("&amp;"), QLatin1String("&"))
                                     .replace(QLatin1String("&quot;"), QLatin1String("\""));
        const QString shown = QString(label).replace(QLatin1String("&amp;"), QLatin1String("&"));
        if (QUrl(url) != QUrl(shown) && url != shown)
            return;
        if (!rules.originalLink.match(url).hasMatch())
            return;
        candidateStart = start;
        candidateEnd = out.size();
        candidateUrl = url;
    }
};

} // namespace

HtmlCleaner::HtmlCleaner(CleaningRules rules) : m_rules(std::move(rules)) { }

QString HtmlCleaner::version() const
{
    return QStringLiteral("%1:%2").arg(Version).arg(m_rules.fingerprint);
}

QString HtmlCleaner::safeUrl(const QString &raw, const QUrl &base, UrlUse use)
{
    QString s;
    s.reserve(raw.size());
    for (QChar c : raw) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return {};
        s += c;
    }
    s = s.trimmed();
    if (s.isEmpty() || s.startsWith(u'#'))
        return {};
    if (s.startsWith(QLatin1String("//")))
        s.prepend(base.scheme() == u"http" ? QStringLiteral("http:") : QStringLiteral("https:"));

    static const QRegularExpression schemeRe(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto m = schemeRe.match(s);
    QString scheme = m.hasMatch() ? m.captured(1).toLower() : QString();
    if (scheme == u"data") {
        static const QRegularExpression image(QStringLiteral("^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]+$"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (use == UrlUse::Image && s.size() <= MaxDataImageBytes * 4 / 3 + 64 && image.match(s).hasMatch())
            return s;
        return {};
    }
    QUrl url;
    if (m.hasMatch()) {
        url = QUrl(s, QUrl::TolerantMode);
    } else {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(QUrl(s, QUrl::TolerantMode));
        scheme = url.scheme();
    }
    if (!url.isValid())
        return {};
    const bool web = scheme == u"http" || scheme == u"https";
    const bool allowed = web || (use == UrlUse::Link && scheme == u"mailto")
            || (use == UrlUse::Image && scheme == QLatin1String(ArchiveScheme));
    if (!allowed || (web && url.host().isEmpty()))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QString HtmlCleaner::rewriteImages(const QString &html, const std::function<QString(const QString &)> &stored)
{
    // The cleaner writes every image as <img src="..." alt="..." ...>, with quotes escaped in values.
    static const QLatin1String imgStart("<img src=\"");
    QString out;
    out.reserve(html.size() + 256);
    qsizetype done = 0;
    for (qsizetype at = html.indexOf(imgStart); at >= 0; at = html.indexOf(imgStart, done)) {
        const qsizetype srcStart = at + imgStart.size();
        const qsizetype srcEnd = html.indexOf(u'"', srcStart);
        const qsizetype tagEnd = srcEnd < 0 ? -1 : html.indexOf(u'>', srcEnd);
        if (tagEnd < 0)
            break;
        out += QStringView(html).mid(done, at - done);
        const QString escapedSrc = html.mid(srcStart, srcEnd - srcStart);
        const QString src = QString(escapedSrc).replace(QLatin1String("&quot;"), QLatin1String("\""))
                                    .replace(QLatin1String("&lt;"), QLatin1String("<"))
                                    .replace(QLatin1String("&gt;"), QLatin1String(">"))
                                    .replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QString rest = html.mid(srcEnd + 1, tagEnd - srcEnd - 1);
        const QString local = src.startsWith(QLatin1String("data:")) ? src : stored(src);
        if (!local.isEmpty()) {
            out += QStringLiteral("<img src=\"") + local.toHtmlEscaped() + u'"' + rest + u'>';
        } else {
            static const QRegularExpression altRe(QStringLiteral(" alt=\"([^\"]*)\""));
            const QString alt = altRe.match(rest).captured(1);
            out += QStringLiteral("<span class=\"image-missing\" title=\"%1\">%2</span>")
                           .arg(escapedSrc, alt.isEmpty() ? QStringLiteral("&#x1F5BC;") : QStringLiteral("&#x1F5BC; ") + alt);
        }
        done = tagEnd + 1;
    }
    out += QStringView(html).mid(done);
    return out;
}

CleanedHtml HtmlCleaner::clean(const QString &html, const QUrl &base) const
{
    const QByteArray input = limitNesting(cutCommentBlocks(html, m_rules), MaxDepth).toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    options.fragment_context = GUMBO_TAG_BODY;
    Arena arena;
    const bool useArena = input.size() < Arena::ArenaLimit;
    if (useArena) {
        options.allocator = &Arena::allocate;
        options.deallocator = &Arena::release;
        options.userdata = &arena;
    }
    GumboOutput *parsed = gumbo_parse_with_options(&options, input.constData(), size_t(input.size()));

    Walk walk { m_rules, base, {}, {}, -1, -1, {} };
    walk.out.reserve(input.size());
    std::vector<Frame> stack;
    Frame root;
    root.node = parsed->root;
    root.action = Action::Unwrap;
    stack.push_back(root);
    while (!stack.empty()) {
        Frame &top = stack.back();
        const GumboVector &children = top.node->v.element.children;
        if (top.next >= children.length) {
            Frame done = top;
            stack.pop_back();
            walk.close(done, stack.empty() ? nullptr : &stack.back());
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
        if (child->type == GUMBO_NODE_COMMENT) {
            walk.comment(top, child);
            continue;
        }
        if (top.skippingBlock >= 0)
            continue;
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
            walk.text(top, child);
            break;
        case GUMBO_NODE_ELEMENT: {
            Frame frame;
            if (walk.open(top, child, &frame))
                stack.push_back(frame);
            break;
        }
        default: // templates, CDATA (foreign content only)
            break;
        }
    }
    if (!useArena)
        gumbo_destroy_output(&options, parsed);

    CleanedHtml result;
    if (walk.candidateStart >= 0 && isBlank(QString::fromUtf8(walk.out.mid(walk.candidateEnd)))) {
        result.originalUrl = walk.candidateUrl;
        walk.out.remove(walk.candidateStart, walk.candidateEnd - walk.candidateStart);
    }
    result.html = QString::fromUtf8(walk.out).trimmed();
    result.images = std::move(walk.images);
    return result;
}

} // namespace Gazette::Markup
