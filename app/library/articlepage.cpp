// ArticlePage: fills resources/reader/article.html with an article.
#include "articlepage.h"

#include "htmlcleaner.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Gazette::Library {

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Marks the searched words in the article's text (never inside tags); the first mark is the anchor the
// view scrolls to, as the page runs no script.
QString markMatches(const QString &html, const QStringList &terms)
{
    QStringList escaped;
    for (const QString &term : terms) {
        if (!term.trimmed().isEmpty())
            escaped << QRegularExpression::escape(term.trimmed().toHtmlEscaped());
    }
    if (escaped.isEmpty())
        return html;
    const QRegularExpression words(escaped.join(u'|'), QRegularExpression::CaseInsensitiveOption);
    QString out;
    out.reserve(html.size() + 256);
    bool first = true;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype tag = html.indexOf(u'<', pos);
        const qsizetype textEnd = tag < 0 ? html.size() : tag;
        const QString text = html.mid(pos, textEnd - pos);
        qsizetype last = 0;
        auto it = words.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += first ? QStringLiteral("<mark id=\"gazette-match\">") : QStringLiteral("<mark>");
            out += m.captured();
            out += QStringLiteral("</mark>");
            first = false;
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        if (tag < 0)
            break;
        const qsizetype close = html.indexOf(u'>', tag);
        const qsizetype tagEnd = close < 0 ? html.size() : close + 1;
        out += QStringView(html).mid(tag, tagEnd - tag);
        pos = tagEnd;
    }
    return out;
}

QString renderPage(const ArticleDetail &article, const QString &body, const PageOptions &options)
{
    static const QString page = resourceText(QStringLiteral(":/reader/article.html"));
    static const QString css = resourceText(QStringLiteral(":/reader/reader.css"));
    const ArticleRow &row = article.row;

    QStringList meta;
    if (row.date.isValid())
        meta << QStringLiteral("<time>%1</time>").arg(QLocale().toString(row.date.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    const auto link = [&options](const QString &kind, const QString &value) {
        return (options.linkBase + kind + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(value))).toHtmlEscaped();
    };
    if (!row.categoryPath.isEmpty())
        meta << (options.linkBase.isEmpty()
                         ? QStringLiteral("<span class=\"category\">%1</span>").arg(row.categoryPath.toHtmlEscaped())
                         : QStringLiteral("<a class=\"category\" href=\"%1\">%2</a>")
                                   .arg(link(QStringLiteral("category"), row.categoryPath), row.categoryPath.toHtmlEscaped()));
    if (!article.author.isEmpty())
        meta << article.author.toHtmlEscaped();
    QString tags;
    for (const QString &tag : row.tags)
        tags += options.linkBase.isEmpty()
                ? QStringLiteral("<span class=\"tag\">%1</span>").arg(tag.toHtmlEscaped())
                : QStringLiteral("<a class=\"tag\" href=\"%1\" title=\"Show the articles tagged %2\">%2</a>")
                          .arg(link(QStringLiteral("tag"), tag), tag.toHtmlEscaped());
    if (!tags.isEmpty())
        meta << tags;

    QString footer;
    if (!row.sourceUrl.isEmpty())
        footer = QStringLiteral("原文 · Original: <a href=\"%1\">%2</a>").arg(row.sourceUrl.toHtmlEscaped(), row.sourceUrl.toHtmlEscaped());

    const bool chinese = row.title.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
    QString html = page;
    html.replace(QStringLiteral("{{lang}}"), chinese ? QStringLiteral("zh-CN") : QStringLiteral("en"));
    static const QStringList themes { QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("sepia") };
    html.replace(QStringLiteral("{{theme}}"), themes.contains(options.theme)
                         ? QStringLiteral(" data-theme=\"%1\"").arg(options.theme) : QString());
    QString fontCss;
    QString family = options.fontFamily;
    family.remove(QRegularExpression(QStringLiteral("[\"'\\\\;{}<>]")));
    if (!family.trimmed().isEmpty())
        fontCss += QStringLiteral("body { font-family: \"%1\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif; }\n").arg(family.trimmed());
    if (options.fontSize >= 8 && options.fontSize <= 48)
        fontCss += QStringLiteral("body { font-size: %1px; }\n").arg(options.fontSize);
    html.replace(QStringLiteral("{{css}}"), css + options.extraCss + fontCss);
    html.replace(QStringLiteral("<h1 class=\"title\">{{title}}</h1>"),
                 options.anchor.isEmpty()
                         ? QStringLiteral("<h1 class=\"title\">%1</h1>").arg(row.title.toHtmlEscaped())
                         : QStringLiteral("<h1 class=\"title\"><a class=\"anchor\" id=\"%1\" href=\"#%1\">%2</a></h1>")
                                   .arg(options.anchor, row.title.toHtmlEscaped()));
    html.replace(QStringLiteral("{{title}}"), row.title.toHtmlEscaped());
    html.replace(QStringLiteral("{{meta}}"), meta.join(QStringLiteral(" · ")));
    html.replace(QStringLiteral("{{footer}}"), footer);
    html.replace(QStringLiteral("{{body}}"), body); // last: the body may contain "{{"
    return html;
}

} // namespace

QString ArticlePage::render(const ArticleDetail &article, const ResourceStore &resources, const PageOptions &options)
{
    const QString body = Markup::HtmlCleaner::rewriteImages(article.html, [&](const QString &url) -> QString {
        if (!options.images)
            return {};
        const auto stored = resources.find(url);
        return stored ? options.resourceBase + QString::fromLatin1(stored->hash) : QString();
    });
    return renderPage(article, markMatches(body, options.highlights), options);
}

QString ArticlePage::renderMany(const QList<ArticleDetail> &articles, const ResourceStore &resources, PageOptions options,
                                const std::function<QString(qint64 sourceId)> &resourceBase)
{
    // Each article's page is made as usual; their <article> blocks go into the first one's page.
    static const QString open = QStringLiteral("<article>"), close = QStringLiteral("</article>");
    QString page, blocks;
    for (const ArticleDetail &article : articles) {
        options.anchor = QStringLiteral("gazette-article-%1").arg(article.row.id);
        options.resourceBase = resourceBase(article.row.sourceId);
        const QString html = render(article, resources, options);
        const qsizetype from = html.indexOf(open), to = html.lastIndexOf(close);
        if (from < 0 || to < from)
            continue;
        blocks += blocks.isEmpty() ? QStringLiteral("<article>") : QStringLiteral("<article style=\"break-before: page\">");
        blocks += QStringView(html).mid(from + open.size(), to - from - open.size());
        blocks += close + u'\n';
        if (page.isEmpty())
            page = html.left(from) + QStringLiteral("{{articles}}") + html.mid(to + close.size());
    }
    return page.replace(QStringLiteral("{{articles}}"), blocks);
}

} // namespace Gazette::Library
