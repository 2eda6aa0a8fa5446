// Tests the passage shown under a search result: the matches marked as the index matches them, the window.
#include "searchsnippet.h"

#include <QTest>

using namespace Gazette::Library;

namespace {

QString snippet(const QString &text, const QString &query, int length = 20)
{
    return SearchSnippet::make(text, SearchQuery::parse(query).value().phrases, length);
}

QString marked(const QString &s)
{
    return QString(s).replace(SearchSnippet::Open, u'[').replace(SearchSnippet::Close, u']');
}

} // namespace

class TestSearchSnippet : public QObject
{
    Q_OBJECT
private slots:
    void marksMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two characters") << "北向资金净流入"
                                        << "资金"
                                        << "北向[资金]净流入";
        QTest::newRow("three characters, one mark") << "工信部李正茂表示"
                                                    << "李正茂"
                                                    << "工信部[李正茂]表示";
        QTest::newRow("at the end of a run") << "公司出资金"
                                             << "资金"
                                             << "公司出[资金]";
        QTest::newRow("one character marks that character") << "股市与港股"
                                                            << "股"
                                                            << "[股]市与港[股]";
        QTest::newRow("case folded") << "Shares of APPLE rose"
                                     << "apple"
                                     << "Shares of [APPLE] rose";
        QTest::newRow("full width folded") << "ＡＰＰＬＥ发布"
                                           << "apple"
                                           << "[ＡＰＰＬＥ]发布";
        QTest::newRow("prefix marks the word") << "HFO1234 refrigerant"
                                               << "HFO*"
                                               << "[HFO1234] refrigerant";
        QTest::newRow("quoted phrase") << "北向资金净流入，资金"
                                       << "\"北向资金净流入\""
                                       << "[北向资金净流入]，资金";
        QTest::newRow("characters apart are no phrase") << "李正和正茂"
                                                        << "李正茂"
                                                        << "李正和正茂";
        QTest::newRow("latin phrase") << "Faraday Future and Future Faraday"
                                      << "\"Faraday Future\""
                                      << "[Faraday Future] and Future Faraday";
        QTest::newRow("two words") << "港股上涨，美股下跌"
                                   << "港股 OR 美股"
                                   << "[港股]上涨，[美股]下跌";
        QTest::newRow("negated word not marked") << "资金北向"
                                                 << "资金 -北向"
                                                 << "[资金]北向";
        QTest::newRow("no match: the beginning") << "标题里才有"
                                                 << "冬奥会"
                                                 << "标题里才有";
        QTest::newRow("empty text") << ""
                                    << "冬奥会"
                                    << "";
    }

    void marksMatches()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(marked(snippet(text, query)), expected);
    }

    void windowAroundTheMatch()
    {
        const QString before(200, u'前');
        const QString after(200, u'后');
        const QString s
            = marked(snippet(before + QStringLiteral("冬奥会") + after, QStringLiteral("冬奥会"), 20));
        QVERIFY2(s.startsWith(u'…') && s.endsWith(u'…'), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("[冬奥会]")), qPrintable(s));
        // About 20 characters, the match near the middle.
        QVERIFY2(s.size() >= 20 && s.size() <= 30, qPrintable(s));
        const qsizetype at = s.indexOf(u'[');
        QVERIFY2(at > 5 && at < 15, qPrintable(s));

        const QString start = marked(snippet(QStringLiteral("冬奥会") + after, QStringLiteral("冬奥会"), 20));
        QVERIFY2(start.startsWith(QStringLiteral("[冬奥会]")) && start.endsWith(u'…'), qPrintable(start));
        const QString end = marked(snippet(before + QStringLiteral("冬奥会"), QStringLiteral("冬奥会"), 20));
        QVERIFY2(end.startsWith(u'…') && end.endsWith(QStringLiteral("[冬奥会]")), qPrintable(end));
    }

    void windowWithTheMostWords()
    {
        // One word alone early; both words together later: the window shows both.
        const QString filler(100, u'文');
        const QString text = QStringLiteral("港股") + filler + QStringLiteral("港股和美股") + filler;
        const QString s = marked(snippet(text, QStringLiteral("港股 美股"), 20));
        QVERIFY2(s.contains(QStringLiteral("[港股]和[美股]")), qPrintable(s));
    }

    void longTextStaysQuick()
    {
        // A 4 MB article with a match in every sentence: linear, not quadratic.
        QString text;
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("股市今天上涨，");
        const QString s = snippet(text, QStringLiteral("股"));
        QVERIFY(s.contains(SearchSnippet::Open));
    }
};

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "tst_searchsnippet.moc"
