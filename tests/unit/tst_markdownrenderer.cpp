// Tests MarkdownRenderer and LiquidFilter: GitHub Markdown, raw HTML, Liquid as Jekyll shows it.
#include "liquidfilter.h"
#include "markdownrenderer.h"

#include <QTest>

using Gazette::Markup::LiquidFilter;
using Gazette::Markup::MarkdownRenderer;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT
private slots:
    void markdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("emphasis") << "**粗体** and *it*" << "<p><strong>粗体</strong> and <em>it</em></p>\n";
        QTest::newRow("table") << "| a | b |\n|---|---|\n| 1 | 2 |\n" << "<td>1</td>";
        QTest::newRow("strikethrough") << "~~gone~~" << "<del>gone</del>";
        QTest::newRow("autolink") << "see https://example.com now" << "<a href=\"https://example.com\">https://example.com</a>";
        QTest::newRow("angle autolink (finews)") << "<http://finance.eastmoney.com/news/1.html>"
                                                 << "<a href=\"http://finance.eastmoney.com/news/1.html\">";
        QTest::newRow("raw html passes") << "<p style=\"text-align:center;\">段落</p>\n\n[返回首页](../)"
                                         << "<p style=\"text-align:center;\">段落</p>\n<p><a href=\"../\">返回首页</a></p>";
        QTest::newRow("empty angle link (finews)") << "<>" << "<p>&lt;&gt;</p>";
        QTest::newRow("digest quote") << "> 据霍尼韦尔官网消息" << "<blockquote>\n<p>据霍尼韦尔官网消息</p>\n</blockquote>";
    }
    void markdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const QString html = MarkdownRenderer::renderBody(markdown, false);
        QVERIFY2(html.contains(expected), qPrintable(html));
    }

    void liquid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("output removed") << "a {{ site.title }} b" << "a  b";
        QTest::newRow("tag removed") << "{% if page.tags %}x{% endif %}" << "x";
        QTest::newRow("whitespace control") << "a{%- assign x = 1 -%}b" << "ab";
        QTest::newRow("raw kept") << "{% raw %}{{ page.title }}{% endraw %}" << "{{ page.title }}";
        QTest::newRow("raw with dashes") << "{%- raw -%}{% x %}{%- endraw -%}" << "{% x %}";
        QTest::newRow("comment removed") << "a{% comment %}secret{% endcomment %}b" << "ab";
        QTest::newRow("highlight") << "{% highlight rust %}\nfn main() {}\n{% endhighlight %}" << "\n```rust\nfn main() {}\n```\n";
        QTest::newRow("unclosed output kept") << "price {{ 5" << "price {{ 5";
        QTest::newRow("single brace kept") << "a { b } c" << "a { b } c";
        QTest::newRow("unclosed raw drops tag") << "{% raw %}text" << "text";
    }
    void liquid()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(LiquidFilter::apply(text, LiquidFilter::Target::Markdown), expected);
    }

    void highlightBecomesCodeBlock()
    {
        const QString html = MarkdownRenderer::renderBody(
                QStringLiteral("{% highlight cpp %}\nint a = b < c;\n{% endhighlight %}"), false);
        QVERIFY2(html.contains(QStringLiteral("<pre><code class=\"language-cpp\">int a = b &lt; c;\n</code></pre>")),
                 qPrintable(html));
    }

    void highlightInHtmlPost()
    {
        const QString html = MarkdownRenderer::renderBody(
                QStringLiteral("<p>x</p>{% highlight js %}a<b{% endhighlight %}"), true);
        QCOMPARE(html, QStringLiteral("<p>x</p><pre><code class=\"language-js\">a&lt;b</code></pre>"));
    }

    void noBracesShow()
    {
        const QString html = MarkdownRenderer::renderBody(QStringLiteral("{% for p in site.posts %}\n- {{ p.title }}\n{% endfor %}"), false);
        QVERIFY2(!html.contains(u'{') && !html.contains(u'}'), qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
