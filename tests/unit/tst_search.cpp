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

    // The ranking is FTS5's bm25(10, 1, 4) over the articles the filters let through, whatever the limit:
    // the best rows found without scoring every one are the same as the best of all scored.
    void rankingIsBm25_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : { "资金", "公司", "中国", "股", "涨", "A*", "公司 OR 资金", "公司 OR 市场", "资金 -北向", "公司 中国",
                               "股 category:emnews", "公司 tag:东财滚动新闻", "公司 after:2021-12-08" })
            QTest::newRow(q) << QString::fromUtf8(q);
    }

    void rankingIsBm25()
    {
        QFETCH(QString, query);
        const SearchQuery parsed = SearchQuery::parse(query).value();
        LibraryStore store(m_db);
        const auto all = store.search(parsed, {}).value();
        QVERIFY2(all.size() >= 3, "the query should find several articles");

        // bm25 itself over the same rows (the filters as the search applies them).
        QSet<qint64> within;
        for (const SearchHit &hit : all)
            within.insert(hit.row.id);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.prepare("SELECT rowid, bm25(article_search, 10.0, 1.0, 4.0) FROM article_search WHERE article_search MATCH ? "
                          "ORDER BY 2, rowid DESC"));
        q.addBindValue(parsed.match);
        QVERIFY(q.exec());
        QList<qint64> expected;
        QList<double> scores;
        while (q.next()) {
            if (within.contains(q.value(0).toLongLong())) {
                expected << q.value(0).toLongLong();
                scores << q.value(1).toDouble();
            }
        }
        QCOMPARE(expected.size(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            // Equal bm25 scores may come in either order; a different score may not.
            const qsizetype at = expected.indexOf(all.at(i).row.id);
            QVERIFY(at >= 0);
            QVERIFY2(qFuzzyCompare(scores.at(at), scores.at(i)),
                     qPrintable(QStringLiteral("result %1 scores %2 in bm25, the bm25's result there %3").arg(i).arg(scores.at(at)).arg(scores.at(i))));
            // Several phrases: the same score; one phrase: bm25's divided by the phrase's IDF (a constant).
            QVERIFY(qFuzzyCompare(all.at(i).score / scores.at(at), all.first().score / scores.first()));
        }
        for (const int limit : { 1, 2, 3, 5 }) {
            ArticleFilter filter;
            filter.limit = limit;
            const auto best = store.search(parsed, filter).value();
            QCOMPARE(best.size(), qMin(limit, int(all.size())));
            for (int i = 0; i < best.size(); ++i)
                QVERIFY2(qFuzzyCompare(best.at(i).score, all.at(i).score), qPrintable(QStringLiteral("limit %1, result %2").arg(limit).arg(i)));
        }
    }

    // Hidden articles are left out before ranking: they do not take places among the best.
    void hiddenArticlesLeaveNoGap()
    {
        LibraryStore store(m_db);
        const SearchQuery query = SearchQuery::parse("公司").value();
        const auto before = store.search(query, {}).value();
        QVERIFY(before.size() >= 4);
        QVERIFY(store.setHidden(before.at(0).row.id, true).ok());
        QVERIFY(store.setHidden(before.at(1).row.id, true).ok());
        ArticleFilter two;
        two.limit = 2;
        const auto after = store.search(query, two).value();
        QVERIFY(store.setHidden(before.at(0).row.id, false).ok());
        QVERIFY(store.setHidden(before.at(1).row.id, false).ok());
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).row.id, before.at(2).row.id);
        QCOMPARE(after.at(1).row.id, before.at(3).row.id);
        two.includeHidden = true;
        QCOMPARE(store.search(query, two).value().first().row.id, before.at(0).row.id);
    }

    // Row lengths are kept in memory by each connection; an import through another one is seen at once.
    void rankingFollowsImports()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath("site");
        const auto write = [&](const QString &name, int padding) {
            writeFile(site + "/_posts/" + name,
                      QStringLiteral("---\ntitle: \"%1\"\n---\n光伏上涨。%2\n").arg(name, QStringLiteral("其他新闻。").repeated(padding)).toUtf8());
        };
        write("2021-01-01-a.md", 1);
        write("2021-01-02-b.md", 50);
        Importer importer(dir.filePath("lib.sqlite"));
        QCOMPARE(importer.importFolder(site).added, 2);
        Database db;
        QVERIFY(db.open(dir.filePath("lib.sqlite")));
        const auto first = LibraryStore(db).search(SearchQuery::parse("光伏").value(), {}).value();
        QCOMPARE(first.first().row.title, QStringLiteral("2021-01-01-a.md")); // the shorter article
        write("2021-01-01-a.md", 80);
        write("2021-01-02-b.md", 2);
        QCOMPARE(importer.importFolder(site).updated, 2);
        const auto second = LibraryStore(db).search(SearchQuery::parse("光伏").value(), {}).value();
        QCOMPARE(second.first().row.title, QStringLiteral("2021-01-02-b.md"));
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
