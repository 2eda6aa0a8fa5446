// Tests search over the real corpus: results equal a brute-force scan; ranking; the index follows imports.
#include "database.h"
#include "importer.h"
#include "librarystore.h"
#include "searchtokenizer.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette::Library;
using Gazette::Tests::writeFile;

namespace {

struct Doc
{
    qint64 id;
    QStringList columns; // title, text, tags
};

bool hasCjk(const QString &s)
{
    for (const char32_t c : s.toUcs4()) {
        if (SearchTokenizer::isCjk(c))
            return true;
    }
    return false;
}

// What a reader means by "contains": Chinese as a substring, Latin words as whole words, ignoring case.
bool columnContains(const QString &column, const QString &term)
{
    if (hasCjk(term))
        return column.contains(term, Qt::CaseInsensitive);
    const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])").arg(QRegularExpression::escape(term)),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(column).hasMatch();
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    QList<Doc> m_docs;

    QSet<qint64> found(const QString &text, const ArticleFilter &filter = {})
    {
        const auto query = SearchQuery::parse(text);
        if (!query)
            return { -1 };
        ArticleFilter f = filter;
        f.includeHidden = true;
        QSet<qint64> ids;
        for (const SearchHit &hit : LibraryStore(m_db).search(query.value(), f).value())
            ids.insert(hit.row.id);
        return ids;
    }

    // Every term in some one column of the article (terms are ANDed; each may sit in a different column).
    QSet<qint64> bruteForce(const QStringList &terms, const QSet<qint64> &within = {})
    {
        QSet<qint64> ids;
        for (const Doc &doc : std::as_const(m_docs)) {
            if (!within.isEmpty() && !within.contains(doc.id))
                continue;
            bool all = true;
            for (const QString &term : terms) {
                bool any = false;
                for (const QString &column : doc.columns)
                    any = any || columnContains(column, term);
                all = all && any;
            }
            if (all)
                ids.insert(doc.id);
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        GAZETTE_REQUIRE_CORPUS();
        const QString library = m_dir.filePath("search.sqlite");
        QCOMPARE(Importer(library).importFolder(Gazette::Tests::finewsDir()).added, 17);
        QVERIFY(m_db.open(library));
        ArticleFilter all;
        all.includeHidden = true;
        LibraryStore store(m_db);
        for (const ArticleRow &row : store.articles(all).value()) {
            const auto detail = store.article(row.id);
            m_docs.append({ row.id, { row.title, detail->text, row.tags.join(u' ') } });
        }
    }

    void equalsBruteForce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms");
        const QStringList words { "冬奥会", "中国电信", "李正茂", "电信", "资金", "北向资金", "净流入", "人民币", "苹果",
                                  "茅台", "制冷剂", "蒙特利尔", "港股", "半导体板块", "一线员工", "股", "涨", "亿",
                                  "东财滚动新闻", "霍尼韦尔", "元宇宙", "站长消息", "不存在的词" };
        for (const QString &w : words)
            QTest::newRow(qPrintable(w)) << w << QStringList { w };
        for (const char *w : { "Apple", "apple", "FF", "HFO", "CFO", "McBride", "eastmoney", "GWP", "Faraday" })
            QTest::newRow(w) << QString::fromLatin1(w) << QStringList { QString::fromLatin1(w) };
        QTest::newRow("two words") << "资金 净流入" << QStringList { "资金", "净流入" };
        QTest::newRow("mixed scripts") << "苹果 Apple" << QStringList { "苹果", "Apple" };
        QTest::newRow("mixed in one word") << "ET7新能源" << QStringList { "ET7新能源" };
        QTest::newRow("phrase") << "\"北向资金净流入\"" << QStringList { "北向资金净流入" };
    }
    void equalsBruteForce()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        const QSet<qint64> expected = bruteForce(terms);
        QCOMPARE(found(query), expected);
    }

    void everyTitleFindsItself()
    {
        // Any stretch of any title is found, and finds no article that lacks it.
        for (const Doc &doc : std::as_const(m_docs)) {
            const QString title = doc.columns.first();
            for (int length : { 2, 3, 4 }) {
                for (int at = 0; at + length <= title.size(); at += 5) {
                    const QString piece = title.mid(at, length);
                    bool cjkOnly = true;
                    for (const QChar c : piece)
                        cjkOnly = cjkOnly && SearchTokenizer::isCjk(c.unicode());
                    if (!cjkOnly)
                        continue;
                    const QSet<qint64> ids = found(piece);
                    QVERIFY2(ids.contains(doc.id), qPrintable(piece));
                    QCOMPARE(ids, bruteForce({ piece }));
                }
            }
        }
    }

    void operators()
    {
        const QSet<qint64> withFunds = bruteForce({ "资金" });
        const QSet<qint64> north = bruteForce({ "北向" });
        QCOMPARE(found("资金 -北向"), withFunds - north);
        QCOMPARE(found("资金 NOT 北向"), withFunds - north);
        QCOMPARE(found("茅台 OR 苹果"), bruteForce({ "茅台" }) | bruteForce({ "苹果" }));
        QVERIFY(!found("HFO*").isEmpty());
        QCOMPARE(found("HFO*"), bruteForce({ "HFO" }));
    }

    void filters()
    {
        QCOMPARE(found("资金 category:emnews"), bruteForce({ "资金" })); // every 资金 article is in emnews
        QCOMPARE(found("电信 category:emnews"), QSet<qint64> {});
        QCOMPARE(found("电信 tag:人民邮电报新闻"), bruteForce({ "电信" }));
        QCOMPARE(found("资金 before:2021-12-08").size(), 0);
        QCOMPARE(found("资金 after:2021-12-08"), bruteForce({ "资金" }));
        ArticleFilter inCategory;
        inCategory.categoryPath = QStringLiteral("renminyoudianbao");
        QCOMPARE(found("员工", inCategory), bruteForce({ "员工" }));
        QCOMPARE(found("tag:站长消息").size(), 1);
    }

    void snippetsMarkTheMatch()
    {
        const auto hits = LibraryStore(m_db).search(SearchQuery::parse("冬奥会").value(), {}).value();
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("\x02冬奥会\x03")), qPrintable(hits.first().snippet));
    }

    void titleHitsRankFirst()
    {
        QTemporaryDir dir;
        const QString body = QStringLiteral("新闻正文。").repeated(40);
        writeFile(dir.filePath("site/_posts/2021-01-01-a.md"),
                  QStringLiteral("---\ntitle: \"市场综述\"\n---\n%1光伏板块走强，光伏龙头上涨。\n").arg(body).toUtf8());
        writeFile(dir.filePath("site/_posts/2021-01-02-b.md"),
                  QStringLiteral("---\ntitle: \"光伏板块午后拉升\"\n---\n%1\n").arg(body).toUtf8());
        Importer(dir.filePath("lib.sqlite")).importFolder(dir.filePath("site"));
        Database db;
        QVERIFY(db.open(dir.filePath("lib.sqlite")));
        const auto hits = LibraryStore(db).search(SearchQuery::parse("光伏").value(), {}).value();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().row.title, QStringLiteral("光伏板块午后拉升"));
        const auto newest = LibraryStore(db).search(SearchQuery::parse("光伏").value(), {}, SearchOrder::Newest).value();
        QCOMPARE(newest.first().row.title, QStringLiteral("光伏板块午后拉升"));
    }

    void indexFollowsImports()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath("site");
        const QString library = dir.filePath("lib.sqlite");
        writeFile(site + "/_posts/2021-01-01-a.md", "---\ntitle: \"甲\"\n---\n旧的说法：风电装机\n");
        writeFile(site + "/_posts/2021-01-02-b.md", "---\ntitle: \"乙\"\ntags: [能源]\n---\n水电站\n");
        Importer importer(library);
        importer.importFolder(site);
        Database db;
        QVERIFY(db.open(library));
        LibraryStore store(db);
        const auto count = [&store](const QString &q) {
            return store.search(SearchQuery::parse(q).value(), {}).value().size();
        };
        QCOMPARE(count("风电"), 1);
        writeFile(site + "/_posts/2021-01-01-a.md", "---\ntitle: \"甲\"\n---\n新的说法：光伏装机\n");
        QCOMPARE(importer.importFolder(site).updated, 1);
        QCOMPARE(count("风电"), 0);
        QCOMPARE(count("光伏"), 1);
        QDir().mkpath(site + "/old_post");
        QVERIFY(QFile::rename(site + "/_posts/2021-01-02-b.md", site + "/old_post/2021-01-02-b.md"));
        QCOMPARE(importer.importFolder(site).moved, 1);
        QCOMPARE(count("水电站"), 1);
        QCOMPARE(count("tag:能源"), 1);
        QCOMPARE(count("能源"), 1); // tags are searched too
        QVERIFY(store.reindex().ok());
        QCOMPARE(count("光伏"), 1);
        QCOMPARE(count("水电站"), 1);
        QSqlQuery check(db.connection());
        QVERIFY(check.exec("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)"));
    }

    void savedSearches()
    {
        LibraryStore store(m_db);
        QVERIFY(store.saveSearch("冬奥", "冬奥会 OR 冬奥").ok());
        QVERIFY(store.saveSearch("冬奥", "冬奥会").ok()); // same name: replaced
        const auto saved = store.savedSearches().value();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().query, QStringLiteral("冬奥会"));
        QVERIFY(store.removeSavedSearch(saved.first().id).ok());
        QVERIFY(store.savedSearches().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
