// PlainText: the visible text of an HTML fragment, for search and previews.
#include "plaintext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace Gazette::Markup {

namespace {

// A single streaming pass: import extracts the text of every post, and a full HTML5 tree (gumbo) costs
// about ten times as much for the same words. Markup is only skipped here, never interpreted, so the
// worst a malformed document can do is show a little more text.

bool isBlock(QStringView name)
{
    static const QStringList blocks { QStringLiteral("p"),       QStringLiteral("div"),   QStringLiteral("br"),
                                      QStringLiteral("li"),      QStringLiteral("ul"),    QStringLiteral("ol"),
                                      QStringLiteral("h1"),      QStringLiteral("h2"),    QStringLiteral("h3"),
                                      QStringLiteral("h4"),      QStringLiteral("h5"),    QStringLiteral("h6"),
                                      QStringLiteral("tr"),      QStringLiteral("table"), QStringLiteral("pre"),
                                      QStringLiteral("blockquote"), QStringLiteral("section"), QStringLiteral("article"),
                                      QStringLiteral("hr"),      QStringLiteral("figure"), QStringLiteral("figcaption"),
                                      QStringLiteral("dt"),      QStringLiteral("dd"),    QStringLiteral("header"),
                                      QStringLiteral("footer"),  QStringLiteral("aside"), QStringLiteral("nav"),
                                      QStringLiteral("td"),      QStringLiteral("th"),    QStringLiteral("dl") };
    return blocks.contains(name);
}

// Elements whose content is never text a reader sees.
bool isRawText(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"template" || name == u"noscript" || name == u"head"
            || name == u"iframe" || name == u"object" || name == u"textarea" || name == u"title" || name == u"svg"
            || name == u"math";
}

bool isVoid(QStringView name)
{
    return name == u"br" || name == u"img" || name == u"hr" || name == u"input" || name == u"meta" || name == u"link"
            || name == u"wbr" || name == u"area" || name == u"base" || name == u"col" || name == u"embed"
            || name == u"source" || name == u"track" || name == u"param";
}

bool isHidden(QStringView attributes)
{
    if (attributes.isEmpty())
        return false;
    QString folded = attributes.toString().toLower();
    folded.remove(u' ');
    if (folded.contains(QLatin1String("display:none")) || folded.contains(QLatin1String("visibility:hidden")))
        return true;
    static const QRegularExpression hiddenAttribute(QStringLiteral(R"((^|\s)hidden(\s|=|/|$))"),
                                                    QRegularExpression::CaseInsensitiveOption);
    return hiddenAttribute.match(attributes).hasMatch();
}

// Decodes the entity at `p` (pointing at '&'); returns the characters and advances `p`, or returns
// nothing when it is not an entity.
QString decodeEntity(const QChar *&p, const QChar *end)
{
    static const QHash<QString, QString> named {
        { QStringLiteral("amp"), QStringLiteral("&") },     { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },      { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },    { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("mdash"), QStringLiteral("—") },   { QStringLiteral("ndash"), QStringLiteral("–") },
        { QStringLiteral("hellip"), QStringLiteral("…") },  { QStringLiteral("ldquo"), QStringLiteral("“") },
        { QStringLiteral("rdquo"), QStringLiteral("”") },   { QStringLiteral("lsquo"), QStringLiteral("‘") },
        { QStringLiteral("rsquo"), QStringLiteral("’") },   { QStringLiteral("middot"), QStringLiteral("·") },
        { QStringLiteral("copy"), QStringLiteral("©") },    { QStringLiteral("reg"), QStringLiteral("®") },
        { QStringLiteral("times"), QStringLiteral("×") },   { QStringLiteral("divide"), QStringLiteral("÷") },
        { QStringLiteral("yen"), QStringLiteral("¥") },     { QStringLiteral("euro"), QStringLiteral("€") },
        { QStringLiteral("pound"), QStringLiteral("£") },   { QStringLiteral("deg"), QStringLiteral("°") },
        { QStringLiteral("plusmn"), QStringLiteral("±") },  { QStringLiteral("laquo"), QStringLiteral("«") },
        { QStringLiteral("raquo"), QStringLiteral("»") },   { QStringLiteral("bull"), QStringLiteral("•") },
        { QStringLiteral("ensp"), QStringLiteral(" ") },    { QStringLiteral("emsp"), QStringLiteral(" ") },
        { QStringLiteral("thinsp"), QStringLiteral(" ") },  { QStringLiteral("zwsp"), QString() },
        { QStringLiteral("shy"), QString() },
    };
    const QChar *q = p + 1;
    const QChar *semicolon = nullptr;
    for (const QChar *s = q; s < end && s - q <= 10; ++s) {
        if (*s == u';') {
            semicolon = s;
            break;
        }
        if (!s->isLetterOrNumber() && *s != u'#')
            break;
    }
    if (!semicolon || semicolon == q)
        return {};
    const QStringView body(q, semicolon);
    QString out;
    if (body.startsWith(u'#')) {
        bool ok = false;
        const uint code = body.size() > 1 && (body[1] == u'x' || body[1] == u'X') ? body.mid(2).toUInt(&ok, 16)
                                                                                : body.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            out = QString(QChar(QChar::ReplacementCharacter));
        else
            out = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
    } else {
        const auto it = named.constFind(body.toString());
        if (it == named.constEnd())
            return {};
        out = it->isNull() ? QStringLiteral("") : *it;
    }
    p = semicolon + 1;
    return out;
}

const QChar *findCaseInsensitive(const QChar *from, const QChar *end, QStringView needle)
{
    const QStringView hay(from, end);
    const qsizetype at = hay.indexOf(needle, 0, Qt::CaseInsensitive);
    return at < 0 ? end : from + at;
}

} // namespace

QString PlainText::fromHtml(const QString &html)
{
    QString text;
    text.reserve(html.size() / 2);
    const QChar *const begin = html.constData();
    const QChar *const end = begin + html.size();
    const QChar *p = begin;

    // A hidden element is skipped up to its matching end tag. If the document ends first (markup too broken
    // to tell where the element ends), the extraction goes back and keeps that element's text.
    QString hiddenTag;
    int hiddenDepth = 0;
    const QChar *hiddenStart = nullptr;
    qsizetype hiddenTextSize = 0;
    const QChar *keepFrom = nullptr;

    const auto newline = [&text] {
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
    };

    while (true) {
        if (p >= end) {
            if (hiddenDepth == 0)
                break;
            p = hiddenStart;
            keepFrom = hiddenStart;
            text.truncate(hiddenTextSize);
            hiddenDepth = 0;
            continue;
        }
        const QChar c = *p;
        if (c == u'<') {
            if (QStringView(p, end).startsWith(u"<!--")) {
                const QChar *close = findCaseInsensitive(p + 4, end, u"-->");
                p = close < end ? close + 3 : end;
                continue;
            }
            const QChar *q = p + 1;
            const bool closing = q < end && *q == u'/';
            if (closing)
                ++q;
            if (q >= end || !(q->isLetter() && q->unicode() < 128)) {
                if (*q == u'!' || *q == u'?') { // <!DOCTYPE>, <?xml?>: markup, not text
                    const QChar *close = std::find(q, end, u'>');
                    p = close < end ? close + 1 : end;
                    continue;
                }
                if (hiddenDepth == 0)
                    text += c;
                ++p;
                continue;
            }
            const QChar *nameEnd = q;
            while (nameEnd < end && (nameEnd->isLetterOrNumber() || *nameEnd == u'-' || *nameEnd == u':'))
                ++nameEnd;
            const QString name = QStringView(q, nameEnd).toString().toLower();
            const QChar *t = nameEnd;
            QChar quote;
            while (t < end) {
                if (!quote.isNull()) {
                    if (*t == quote)
                        quote = QChar();
                } else if (*t == u'"' || *t == u'\'') {
                    quote = *t;
                } else if (*t == u'>') {
                    break;
                }
                ++t;
            }
            const QStringView attributes(nameEnd, t);
            const bool selfClosing = attributes.endsWith(u'/');
            const QChar *tagStart = p;
            p = t < end ? t + 1 : end;

            if (hiddenDepth > 0) {
                if (hiddenTag == u"p" && !closing && isBlock(name) && name != u"br") {
                    hiddenDepth = 0; // a block start ends an open paragraph (paragraphs do not nest)
                    p = tagStart;
                } else if (name == hiddenTag) {
                    if (closing)
                        --hiddenDepth;
                    else if (!selfClosing)
                        ++hiddenDepth;
                }
                continue;
            }
            if (!closing && isRawText(name) && !selfClosing) {
                const QChar *close = findCaseInsensitive(p, end, QString(QStringLiteral("</") + name));
                p = close < end ? std::find(close, end, u'>') : end;
                if (p < end)
                    ++p;
                continue;
            }
            if (!closing && !isVoid(name) && !selfClosing && tagStart != keepFrom && isHidden(attributes)) {
                hiddenTag = name;
                hiddenDepth = 1;
                hiddenStart = tagStart;
                hiddenTextSize = text.size();
                continue;
            }
            if (isBlock(name))
                newline();
            else if (name == u"td" || name == u"th")
                text += u' ';
            continue;
        }
        if (hiddenDepth > 0) {
            ++p;
            continue;
        }
        if (c == u'&') {
            const QChar *before = p;
            const QString decoded = decodeEntity(p, end);
            if (p != before) {
                text += decoded;
                continue;
            }
        }
        text += c;
        ++p;
    }

    // Fold white space within lines, drop blank lines.
    QStringList lines;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QString folded = line.toString().simplified();
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
