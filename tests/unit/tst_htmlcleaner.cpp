// Tests of HtmlCleaner: each rule, public XSS vectors, the real corpus (nothing lost, idempotent), hostile sizes.
#include "archivescanner.h"
#include "htmlcleaner.h"
#include "markdownrenderer.h"
#include "plaintext.h"
#include "postreader.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <gumbo.h>

using namespace Gazette::Markup;

namespace {

const QUrl Site(QStringLiteral("https://news.example.org/"));

QString clean(const QString &html)
{
    static const HtmlCleaner cleaner;
    return cleaner.clean(html, Site).html;
}

// The safety properties of ../shared/security/README.md, checked on the HTML5 parse of the output.
QStringList unsafeParts(const QString &html)
{
    static const QSet<QString> allowed {
        QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("body"), QStringLiteral("p"), QStringLiteral("br"),
        QStringLiteral("hr"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"),
        QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("table"), QStringLiteral("caption"),
        QStringLiteral("colgroup"), QStringLiteral("col"), QStringLiteral("thead"), QStringLiteral("tbody"),
        QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("img"), QStringLiteral("a"), QStringLiteral("pre"), QStringLiteral("code"),
        QStringLiteral("kbd"), QStringLiteral("samp"), QStringLiteral("var"), QStringLiteral("blockquote"), QStringLiteral("q"),
        QStringLiteral("cite"), QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("b"), QStringLiteral("i"),
        QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"), QStringLiteral("ins"), QStringLiteral("sub"),
        QStringLiteral("sup"), QStringLiteral("small"), QStringLiteral("mark"), QStringLiteral("abbr"), QStringLiteral("dfn"),
        QStringLiteral("time"), QStringLiteral("div"), QStringLiteral("ruby"), QStringLiteral("rt"), QStringLiteral("rp"),
        QStringLiteral("rb"), QStringLiteral("bdi"), QStringLiteral("wbr"), QStringLiteral("details"), QStringLiteral("summary"),
        QStringLiteral("address")
    };
    QStringList problems;
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    QList<const GumboNode *> pending { output->root };
    while (!pending.isEmpty()) {
        const GumboNode *node = pending.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT) {
            if (node->type == GUMBO_NODE_TEMPLATE || node->type == GUMBO_NODE_CDATA)
                problems << QStringLiteral("template or CDATA node");
            continue;
        }
        const GumboElement &e = node->v.element;
        QString name = QString::fromUtf8(gumbo_normalized_tagname(e.tag));
        if (e.tag == GUMBO_TAG_UNKNOWN) {
            GumboStringPiece piece = e.original_tag;
            gumbo_tag_from_original_text(&piece);
            name = QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
        }
        if (e.tag_namespace != GUMBO_NAMESPACE_HTML || !allowed.contains(name))
            problems << QStringLiteral("element <%1>").arg(name);
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            const QString attr = QString::fromUtf8(a->name).toLower();
            QString value = QString::fromUtf8(a->value);
            if (attr.startsWith(u"on") || attr == u"srcdoc" || attr == u"formaction" || attr.contains(u"xlink"))
                problems << QStringLiteral("attribute %1").arg(attr);
            if (attr == u"style" && !QRegularExpression(QStringLiteral("^text-align:[a-z]+$")).match(value).hasMatch())
                problems << QStringLiteral("style \"%1\"").arg(value);
            if (attr == u"href" || attr == u"src" || attr == u"cite" || attr == u"action" || attr == u"background"
                || attr == u"poster") {
                value.remove(QRegularExpression(QStringLiteral("[\\x00-\\x20\\x7f-\\x9f]")));
                const QString scheme = value.section(u':', 0, 0).toLower();
                const bool ok = value.contains(u':')
                        && (scheme == u"http" || scheme == u"https" || scheme == u"mailto" || scheme == u"archive"
                            || (attr == u"src" && value.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive)
                                && !value.startsWith(QLatin1String("data:image/svg"), Qt::CaseInsensitive)));
                if (!ok)
                    problems << QStringLiteral("%1=\"%2\"").arg(attr, value.left(60));
            }
        }
        for (unsigned i = 0; i < e.children.length; ++i)
            pending << static_cast<const GumboNode *>(e.children.data[i]);
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return problems;
}

QString visibleText(const QString &html)
{
    return PlainText::fromHtml(html);
}

} // namespace

class TestHtmlCleaner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rules_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *in, const char *out) {
            QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("script", "<p>a<script>alert(1)</script>b</p>", "<p>ab</p>");
        row("style element", "<style>p{color:red}</style><p>x</p>", "<p>x</p>");
        row("iframe, object, embed", "<p>x<iframe src=https://e.com></iframe><object data=a></object><embed src=b></p>", "<p>x</p>");
        row("event handlers", "<p onclick=\"x()\" onmouseover=y>t</p>", "<p>t</p>");
        row("javascript link keeps its text", "<p><a href=\"javascript:alert(1)\">t</a></p>", "<p>t</p>");
        row("obfuscated javascript link", "<p><a href=\" j&#x61;va&#9;script&colon;alert(1)\">t</a></p>", "<p>t</p>");
        row("vbscript link", "<p><a href=\"vbscript:msgbox\">t</a></p>", "<p>t</p>");
        row("data link", "<p><a href=\"data:text/html,<script>alert(1)</script>\">t</a></p>", "<p>t</p>");
        row("small data image", "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>", "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>");
        row("svg data image", "<p>x<img src=\"data:image/svg+xml;base64,PHN2Zz4=\"></p>", "<p>x</p>");
        row("base and meta", "<base href=\"https://evil.example/\"><meta http-equiv=refresh content=0><p>x</p>", "<p>x</p>");
        row("inline style: text-align only", "<p style=\"color:red; TEXT-ALIGN: Center;background:url(x)\">x</p>", "<p style=\"text-align:center\">x</p>");
        row("class and id dropped", "<p class=\"a\" id=\"b\">x</p>", "<p>x</p>");
        row("protocol-relative link", "<p><a href=\"//cdn.example.com/a\">t</a></p>", "<p><a href=\"https://cdn.example.com/a\">t</a></p>");
        row("relative link resolved", "<p><a href=\"../emnews/\">t</a></p>", "<p><a href=\"https://news.example.org/emnews/\">t</a></p>");
        row("relative image resolved", "<p><img src=\"/assets/a.png\" alt=\"A\"></p>", "<p><img src=\"https://news.example.org/assets/a.png\" alt=\"A\"></p>");
        row("lazy image", "<p><img src=\"\" data-src=\"https://e.com/a.jpg\"></p>", "<p><img src=\"https://e.com/a.jpg\"></p>");
        row("mailto link", "<p><a href=\"mailto:a@b.c\">mail</a></p>", "<p><a href=\"mailto:a@b.c\">mail</a></p>");
        row("anchor link unwrapped", "<p><a href=\"#top\">top</a> x</p>", "<p>top x</p>");
        row("display:none", "<p>a</p><p style=\"display: none\">hidden</p><div style=\"DISPLAY:NONE !important\">h</div>", "<p>a</p>");
        row("visibility:hidden", "<p>a<span style=\"visibility:hidden\">h</span></p>", "<p>a</p>");
        row("hidden attribute", "<p>a</p><div hidden>h</div>", "<p>a</p>");
        row("tracking pixel", "<p>a<img src=\"https://e.com/p.gif\" width=\"1\" height=\"1\"></p>", "<p>a</p>");
        row("tracker host", "<p>a<img src=\"https://hm.baidu.com/hm.gif?x\"></p>", "<p>a</p>");
        row("tracker subdomain", "<p>a<img src=\"https://www.google-analytics.com/collect\"></p>", "<p>a</p>");
        row("empty paragraphs", "<p> </p><p>&nbsp;</p><p><br></p><p>x</p><p>\u3000</p>", "<p>x</p>");
        row("stock chart block", "<p>a</p><!-- EM_StockImg_Start --><p><a href=\"http://q.e.com\" class=\"EmImageRemark\"><img src=\"https://e.com/k.png\"></a></p><!-- EM_StockImg_End --><p>b</p>",
            "<p>a</p><p>b</p>");
        row("unclosed chart block keeps the rest", "<p>a</p><!-- EM_StockImg_Start --><p>b</p>", "<p>a</p><p>b</p>");
        row("chart remark outside a block", "<p>a<a class=\"EmImageRemark\" href=\"http://q.e.com\"><img src=\"https://e.com/k.png\"></a></p>", "<p>a</p>");
        row("quote links become text", "<p>为<span id=\"s\"><a href=\"http://quote.eastmoney.com/unify/r/106.NIO\" class=\"keytip\">蔚来</a></span>提供</p>", "<p>为蔚来提供</p>");
        row("navigation line", "<p>a</p>\n<p><a href=\"//finews.withounder.com/category/x.html\">返回人民邮电报新闻</a>｜<a href=\"//finews.withounder.com/\">返回首页</a></p>", "<p>a</p>");
        row("navigation on two lines", "<p>a</p>\n<p><a href=\"../emnews/\">返回东财滚动新闻</a>\n<a href=\"../\">返回首页</a></p>", "<p>a</p>");
        row("back to homepage", "<p>a</p><p><a href=\"/\">Back to homepage</a></p>", "<p>a</p>");
        row("navigation word inside a sentence stays", "<p>他说<a href=\"https://e.com/\">返回</a>了公司。</p>", "<p>他说了公司。</p>");
        row("center", "<center><img src=\"https://e.com/a.jpg\"></center>", "<div style=\"text-align:center\"><img src=\"https://e.com/a.jpg\"></div>");
        row("form unwrapped, controls dropped", "<form action=\"https://e.com\"><p>text</p><input name=a><button>b</button><textarea>t</textarea></form>", "<p>text</p>");
        row("svg and math dropped", "<p>a<svg><script>alert(1)</script><text>x</text></svg><math><mi>y</mi></math></p>", "<p>a</p>");
        row("unknown element unwrapped", "<p>a<o:p>b</o:p><custom-x>c</custom-x></p>", "<p>abc</p>");
        row("entities stay escaped", "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</p>", "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"q\"</p>");
        row("table kept", "<table><tr><td colspan=2 onclick=x>a</td></tr></table>", "<table><tbody><tr><td colspan=\"2\">a</td></tr></tbody></table>");
        row("pre keeps a leading newline", "<pre>\n\nx</pre>", "<pre>\n\nx</pre>");
        row("ruby for CJK", "<p><ruby>漢<rt>kan</rt></ruby></p>", "<p><ruby>漢<rt>kan</rt></ruby></p>");
        row("nav element dropped", "<nav><a href=\"/\">Home</a></nav><p>x</p>", "<p>x</p>");
    }

    void rules()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = clean(input);
        QCOMPARE(out, expected);
        QCOMPARE(clean(out), out);
    }

    void originalLinkMovesOut()
    {
        const HtmlCleaner cleaner;
        const QString html = MarkdownRenderer::toHtml(QStringLiteral(
                "离岸人民币兑美元升至6.3512。\n\n<http://finance.eastmoney.com/news/11060,202112082206672930.html>\n\n"
                "[返回东财滚动新闻](//finews.withounder.com/emnews/)｜[返回首页](//finews.withounder.com/)\n"));
        const CleanedHtml cleaned = cleaner.clean(html, Site);
        QCOMPARE(cleaned.originalUrl, QStringLiteral("http://finance.eastmoney.com/news/11060,202112082206672930.html"));
        QCOMPARE(cleaned.html, QStringLiteral("<p>离岸人民币兑美元升至6.3512。</p>"));
    }

    void aBareLinkInsideTheTextStays()
    {
        const HtmlCleaner cleaner;
        const CleanedHtml cleaned = cleaner.clean(
                QStringLiteral("<p><a href=\"https://e.com/a\">https://e.com/a</a></p><p>more text</p>"), Site);
        QVERIFY(cleaned.originalUrl.isEmpty());
        QVERIFY(cleaned.html.contains(QStringLiteral("https://e.com/a")));
    }

    void imagesAreListedOnce()
    {
        const HtmlCleaner cleaner;
        const CleanedHtml cleaned = cleaner.clean(
                QStringLiteral("<img src=\"/a.png\"><img src=\"https://news.example.org/a.png\"><img src=\"//x.org/b.jpg\">"), Site);
        QCOMPARE(cleaned.images, QStringList({ QStringLiteral("https://news.example.org/a.png"), QStringLiteral("https://x.org/b.jpg") }));
    }

    void withoutSiteUrlImagesStayInTheArchive()
    {
        const HtmlCleaner cleaner;
        const CleanedHtml cleaned = cleaner.clean(
                QStringLiteral("<p><img src=\"/assets/a.png\"><a href=\"/about/\">about</a></p>"), QUrl(QStringLiteral("archive:/")));
        QCOMPARE(cleaned.images, QStringList { QStringLiteral("archive:/assets/a.png") });
        QCOMPARE(cleaned.html, QStringLiteral("<p><img src=\"archive:/assets/a.png\">about</p>"));
    }

    void userRulesOverride()
    {
        const QByteArray base = "{\"rules\":[{\"id\":\"hidden\",\"kind\":\"drop-hidden\"},{\"id\":\"empty\",\"kind\":\"drop-empty\"}]}";
        const auto off = CleaningRules::fromJson(base, "{\"rules\":[{\"id\":\"hidden\",\"enabled\":false},"
                                                       "{\"id\":\"mine\",\"kind\":\"drop-class\",\"classes\":[\"ad\"]}]}");
        QVERIFY2(off.ok(), qPrintable(off.error()));
        const HtmlCleaner cleaner(off.value());
        QCOMPARE(cleaner.clean(QStringLiteral("<p hidden>h</p><div class=\"ad\">buy</div><p> </p>"), Site).html,
                 QStringLiteral("<p>h</p>"));
        const auto on = CleaningRules::fromJson(base);
        QVERIFY(on.value().fingerprint != off.value().fingerprint);
    }

    void badRulesAreReported()
    {
        const QByteArray base = "{\"rules\":[]}";
        QVERIFY(CleaningRules::fromJson(base, "{not json").error().contains(QStringLiteral("not valid JSON")));
        QVERIFY(CleaningRules::fromJson(base, "{\"rules\":[{\"id\":\"x\",\"kind\":\"drop-everything\"}]}")
                        .error().contains(QStringLiteral("unknown kind \"drop-everything\"")));
        QVERIFY(CleaningRules::fromJson(base, "{\"rules\":[{\"id\":\"n\",\"kind\":\"drop-navigation-links\",\"patterns\":[\"(\"]}]}")
                        .error().contains(QStringLiteral("bad pattern")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rules.json"));
        Gazette::Tests::writeFile(file, "[1,2");
        QString warning;
        const CleaningRules rules = CleaningRules::load(file, &warning);
        QVERIFY(warning.contains(file));
        QVERIFY(warning.contains(QStringLiteral("built-in rules")));
        QCOMPARE(rules.fingerprint, CleaningRules::builtIn().fingerprint);
    }

    void publicXssVectors()
    {
        const QString path = QStringLiteral(GAZETTE_SECURITY_DIR "/dompurify-payloads.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QStringLiteral("the XSS payloads are not at %1").arg(path)));
        const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(vectors.size() > 200);
        // The checker itself sees what it must refuse.
        QCOMPARE(unsafeParts(QStringLiteral("<p onclick=x style=\"color:red\"><a href=\" java\tscript:x\">a</a><svg></svg></p>")).size(), 4);
        const HtmlCleaner cleaner;
        int checked = 0;
        for (const QJsonValue &v : vectors) {
            const QString payload = v[QLatin1String("payload")].toString();
            const QString title = v[QLatin1String("title")].toString();
            const QString out = cleaner.clean(payload, Site).html;
            const QStringList problems = unsafeParts(out);
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1: %2 in %3").arg(title, problems.join(u", "), out)));
            QVERIFY2(cleaner.clean(out, Site).html == out, qPrintable(QStringLiteral("%1: cleaning again changes %2").arg(title, out)));
            ++checked;
        }
        QCOMPARE(checked, vectors.size());
    }

    // Every sentence of every corpus post survives, but for the junk; cleaning twice changes nothing.
    void corpusKeepsEverySentence()
    {
        GAZETTE_REQUIRE_CORPUS();
        const HtmlCleaner cleaner;
        static const QRegularExpression sentenceEnd(QStringLiteral("[。！？!?；;\\n]"));
        int posts = 0;
        QDirIterator it(Gazette::Tests::finewsDir(), { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QLatin1String("/_posts/")) && !path.contains(QLatin1String("/old_post/")))
                continue;
            const auto found = Gazette::Archive::ArchiveScanner::scanFile(path);
            QVERIFY(found.ok());
            const auto read = Gazette::Archive::PostReader::read(found->second, found->first);
            if (read.kind != Gazette::Archive::ReadOutcome::Kind::Article)
                continue;
            const QString rendered = MarkdownRenderer::renderBody(read.post.body, read.post.isHtml);
            const CleanedHtml cleaned = cleaner.clean(rendered, found->first.linkBase());
            const QString after = visibleText(cleaned.html).simplified();
            for (const QString &line : visibleText(rendered).split(u'\n')) {
                const QString trimmed = line.trimmed();
                if (trimmed.startsWith(u"返回") || trimmed == cleaned.originalUrl)
                    continue; // the navigation line and the original link: junk by the rules
                for (const QString &sentence : trimmed.split(sentenceEnd, Qt::SkipEmptyParts)) {
                    const QString s = sentence.simplified();
                    QVERIFY2(s.isEmpty() || after.contains(s),
                             qPrintable(QStringLiteral("%1 lost \"%2\"").arg(path, s)));
                }
            }
            QCOMPARE(cleaner.clean(cleaned.html, found->first.linkBase()).html, cleaned.html);
            QVERIFY(unsafeParts(cleaned.html).isEmpty());
            ++posts;
        }
        QVERIFY(posts >= 17);
    }

    void corpusJunkIsGone()
    {
        GAZETTE_REQUIRE_CORPUS();
        const auto found = Gazette::Archive::ArchiveScanner::scanFile(
                Gazette::Tests::finewsDir() + QStringLiteral("/_posts/2022-02-02-NW202202022267126488.md"));
        const auto read = Gazette::Archive::PostReader::read(found->second, found->first);
        const CleanedHtml cleaned = HtmlCleaner().clean(MarkdownRenderer::renderBody(read.post.body, false),
                                                        found->first.linkBase());
        QVERIFY(!cleaned.html.contains(QStringLiteral("EmImageRemark")));
        QVERIFY(!cleaned.html.contains(QStringLiteral("webquoteklinepic")));
        QVERIFY(!cleaned.html.contains(QStringLiteral("返回")));
        QVERIFY(!cleaned.html.contains(QStringLiteral("display")));
        QVERIFY(!cleaned.html.contains(QStringLiteral("NewsShare")));
        QVERIFY(cleaned.html.startsWith(QStringLiteral("<p>2月1日，农历大年初一")));
        QCOMPARE(cleaned.originalUrl, QStringLiteral("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202202022267126488"));
    }

    void deepNestingIsFlattened()
    {
        QString html;
        const int depth = 100000;
        html.reserve(depth * 12 + 100);
        for (int i = 0; i < depth; ++i)
            html += i % 2 ? QStringLiteral("<div>") : QStringLiteral("<span>");
        html += QStringLiteral("deep text");
        for (int i = depth - 1; i >= 0; --i)
            html += i % 2 ? QStringLiteral("</div>") : QStringLiteral("</span>");
        html += QStringLiteral("<p>after</p>");
        const QString out = clean(html);
        QVERIFY(out.contains(QStringLiteral("deep text")));
        QVERIFY(out.endsWith(QStringLiteral("<p>after</p>")));
        QVERIFY(out.count(QStringLiteral("<div>")) <= HtmlCleaner::MaxDepth);
        QCOMPARE(clean(out), out);
    }

    void deepUnclosedFormattingIsFlattened()
    {
        QString html = QStringLiteral("<p>");
        for (int i = 0; i < 100000; ++i)
            html += QStringLiteral("<b a=%1>").arg(i);
        html += QStringLiteral("x");
        const QString out = clean(html);
        QVERIFY(out.contains(u'x'));
        QVERIFY(unsafeParts(out).isEmpty());
    }

    void tenMegabytes()
    {
        QString html;
        const QString paragraph = QStringLiteral("<p>第%1段：据霍尼韦尔官网消息，<b>HFO-1234yf</b>制冷剂 <a href=\"/x\">link</a>。</p>\n");
        for (int i = 0; html.size() * 3 < 10 * 1024 * 1024; ++i)
            html += paragraph.arg(i);
        const QString out = clean(html);
        QVERIFY(out.size() > html.size() / 2);
        QVERIFY(out.contains(QStringLiteral("第0段")));
    }

    void malformedMarkup()
    {
        const QStringList inputs {
            QStringLiteral("<p>a<b>b<i>c</b>d</i>e"), QStringLiteral("<table><p>x<td>y</table>z"),
            QStringLiteral("</p></div>text<"), QStringLiteral("<a href=\"x><img src=y>"), QStringLiteral("<!-- unclosed"),
            QStringLiteral("<p title='it\"s'>t</p>"), QString(QChar(0)) + QStringLiteral("<p>\u0001x</p>"),
        };
        for (const QString &input : inputs) {
            const QString out = clean(input);
            QVERIFY2(unsafeParts(out).isEmpty(), qPrintable(input));
            QCOMPARE(clean(out), out);
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlCleaner)
#include "tst_htmlcleaner.moc"
