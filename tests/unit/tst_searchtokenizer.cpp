// Tests SearchTokenizer: Chinese bigrams and run ends, Latin folding, offsets, query mode.
#include "searchtokenizer.h"

#include <QTest>

using Gazette::Library::SearchTokenizer;

namespace {

QStringList texts(const QString &input, SearchTokenizer::Mode mode)
{
    QStringList out;
    for (const auto &t : SearchTokenizer::tokenize(input, mode))
        out << (t.colocated ? QStringLiteral("+") : QString()) + QString::fromUtf8(t.text);
    return out;
}

} // namespace

class TestSearchTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void documents_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("bigrams and run end") << "中国电信" << QStringList { "中国", "国电", "电信", "+信" };
        QTest::newRow("single character run") << "A股" << QStringList { "a", "股" };
        QTest::newRow("mixed") << "中国电信5G网络" << QStringList { "中国", "国电", "电信", "+信", "5g", "网络", "+络" };
        QTest::newRow("punctuation splits runs") << "冬奥，通信" << QStringList { "冬奥", "+奥", "通信", "+信" };
        QTest::newRow("case and diacritics") << "Café RÉSUMÉ naïve" << QStringList { "cafe", "resume", "naive" };
        QTest::newRow("full width") << "ＡＢＣ１２３" << QStringList { "abc123" };
        QTest::newRow("kana and hangul") << "カタカナ 한국" << QStringList { "カタ", "タカ", "カナ", "+ナ", "한국", "+국" };
        QTest::newRow("numbers with dots") << "6.3512" << QStringList { "6", "3512" };
        QTest::newRow("empty") << "" << QStringList {};
    }
    void documents()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tokens);
        QCOMPARE(texts(input, SearchTokenizer::Mode::Document), tokens);
    }

    void queriesHaveNoRunEnds()
    {
        QCOMPARE(texts("电信", SearchTokenizer::Mode::Query), (QStringList { "电信" }));
        QCOMPARE(texts("中国电信5G", SearchTokenizer::Mode::Query), (QStringList { "中国", "国电", "电信", "5g" }));
        QCOMPARE(texts("电", SearchTokenizer::Mode::Query), (QStringList { "电" }));
    }

    void offsetsAreUtf8Bytes()
    {
        const auto tokens = SearchTokenizer::tokenize(QStringLiteral("ab 中国"), SearchTokenizer::Mode::Document);
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens[0].start, 0);
        QCOMPARE(tokens[0].end, 2);
        QCOMPARE(tokens[1].start, 3);
        QCOMPARE(tokens[1].end, 9);
        QCOMPARE(tokens[2].start, 6);
        QCOMPARE(tokens[2].end, 9);
    }

    void invalidUtf8DoesNotCrash()
    {
        int count = 0;
        SearchTokenizer::tokenize(QByteArray("\xE4\xB8 abc \xFF\xFE\xE4"), SearchTokenizer::Mode::Document,
                                  [&count](const SearchTokenizer::Token &) {
                                      ++count;
                                      return true;
                                  });
        QVERIFY(count >= 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
