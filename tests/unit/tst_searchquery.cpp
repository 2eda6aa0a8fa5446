// Tests SearchQuery: the search language to FTS5 expressions and filters, and its error messages.
#include "searchquery.h"

#include <QTest>

using Gazette::Library::SearchQuery;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void expressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("match");
        QTest::newRow("one word") << "冬奥会" << "\"冬奥会\"";
        QTest::newRow("and by default") << "中国 电信" << "\"中国\" AND \"电信\"";
        QTest::newRow("phrase") << "\"北向 资金\"" << "\"北向 资金\"";
        QTest::newRow("or") << "茅台 OR 苹果 涨" << "(\"茅台\" OR \"苹果\") AND \"涨\" *";
        QTest::newRow("minus") << "资金 -北向" << "(\"资金\") NOT \"北向\"";
        QTest::newRow("not") << "资金 NOT 北向" << "(\"资金\") NOT \"北向\"";
        QTest::newRow("prefix") << "HFO*" << "\"HFO\" *";
        QTest::newRow("one character is a prefix") << "电" << "\"电\" *";
        QTest::newRow("quotes escaped") << "\"say \"\"hi\"\"\"" << "\"say hi\"";
        QTest::newRow("punctuation only dropped") << "… 冬奥" << "\"冬奥\"";
        QTest::newRow("only filters") << "tag:东财滚动新闻" << "";
    }
    void expressions()
    {
        QFETCH(QString, text);
        QFETCH(QString, match);
        const auto query = SearchQuery::parse(text);
        QVERIFY2(query.ok(), qPrintable(query.error()));
        QCOMPARE(query->match, match);
    }

    void filters()
    {
        const auto query = SearchQuery::parse(
                QStringLiteral("冬奥 tag:人民邮电报新闻 tag:\"two words\" category:renminyoudianbao after:2022-01-01 before:2022-03-01"));
        QVERIFY(query.ok());
        QCOMPARE(query->match, QStringLiteral("\"冬奥\""));
        QCOMPARE(query->tags, (QStringList { "人民邮电报新闻", "two words" }));
        QCOMPARE(query->categoryPath, QStringLiteral("renminyoudianbao"));
        QCOMPARE(*query->after, QDate(2022, 1, 1));
        QCOMPARE(*query->before, QDate(2022, 3, 1));
        QCOMPARE(query->highlights, QStringList { "冬奥" });
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote") << "\"冬奥" << "quote is not closed";
        QTest::newRow("bad date") << "before:yesterday" << "is not a date";
        QTest::newRow("only negative") << "-北向" << "not only words to leave out";
        QTest::newRow("empty filter") << "tag:" << "needs a value";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto query = SearchQuery::parse(text);
        QVERIFY(!query.ok());
        QVERIFY2(query.error().contains(message), qPrintable(query.error()));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
