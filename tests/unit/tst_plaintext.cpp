// Tests PlainText: visible text only, entities decoded, hidden and script content gone, bounded on bad markup.
#include "plaintext.h"

#include <QElapsedTimer>
#include <QTest>

using Gazette::Markup::PlainText;

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void fromHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << "<p>一</p><p>二 <b>三</b></p>" << "一\n二 三";
        QTest::newRow("entities") << "<p>&lt;蒙特利尔议定书&gt; &amp; &#20013;&#x6587; &nbsp;x &bogus;</p>"
                                  << "<蒙特利尔议定书> & 中文 x &bogus;";
        QTest::newRow("script and style") << "<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>b</p>" << "a\nb";
        QTest::newRow("finews hidden paragraph") << "<p style=\"display:none;height:1px;overflow:hidden;\"><br /></p><p>可见</p>" << "可见";
        QTest::newRow("hidden nested") << "<div hidden><div>x</div>y</div><p>z</p>" << "z";
        QTest::newRow("hidden unclosed paragraph") << "<p style=\"display: none\">gone<p>kept" << "kept";
        QTest::newRow("hidden never closed keeps text") << "<div style=\"display:none\">a<div>b</div>" << "a\nb";
        QTest::newRow("comments") << "a<!-- EM_StockImg_Start -->b<!-- x" << "ab";
        QTest::newRow("lone angle") << "1 < 2 and <> stays" << "1 < 2 and <> stays";
        QTest::newRow("attributes with >") << "<a title=\"a>b\">link</a>" << "link";
        QTest::newRow("line breaks") << "a<br>b<br/>c" << "a\nb\nc";
        QTest::newRow("doctype") << "<!DOCTYPE html><html><head><title>T</title></head><body>x</body></html>" << "x";
    }
    void fromHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(PlainText::fromHtml(html), text);
    }

    void deepNestingAndHugeInput()
    {
        QString html;
        for (int i = 0; i < 100000; ++i)
            html += QStringLiteral("<div>");
        html += QStringLiteral("深");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(PlainText::fromHtml(html), QStringLiteral("深"));
        const QString big = QStringLiteral("<p>新闻正文</p>").repeated(500000); // 5.5 M characters
        QCOMPARE(PlainText::fromHtml(big).size(), qsizetype(500000 * 5 - 1));
        QVERIFY2(timer.elapsed() < 5000, "linear time");
    }

    void firstLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("line");
        QTest::newRow("sentence") << "据霍尼韦尔官网消息，5月24日，霍尼韦尔宣布。据悉，这也标志着\n二" << "据霍尼韦尔官网消息，5月24日，霍尼韦尔宣布。";
        QTest::newRow("english") << "First one. Second." << "First one.";
        QTest::newRow("long") << QString(100, u'字') << QString(59, u'字') + u'…';
        QTest::newRow("empty") << "" << "";
    }
    void firstLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, line);
        QCOMPARE(PlainText::firstLine(text), line);
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
