// Tests LibraryStore: category subtrees, tag filters (all and any), paging, counts, reading state.
#include "database.h"
#include "importer.h"
#include "librarystore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Gazette::Library;
using Gazette::Tests::writeFile;

class TestLibraryStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;

    QStringList titles(const ArticleFilter &filter)
    {
        QStringList out;
        for (const ArticleRow &row : LibraryStore(m_db).articles(filter).value())
            out << row.title;
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString site = m_dir.path() + "/site";
        const auto write = [&](const QString &name, const QString &title, const QString &date, const QString &cats,
                               const QString &tags) {
            writeFile(site + "/_posts/" + name,
                      QStringLiteral("---\ntitle: \"%1\"\ndate: %2\ncategories: %3\ntags: %4\n---\ntext\n")
                              .arg(title, date, cats, tags)
                              .toUtf8());
        };
        write("2021-01-01-a.md", "A", "2021-01-01 10:00:00 +0000", "tech linux", "[x, y]");
        write("2021-01-02-b.md", "B", "2021-01-02 10:00:00 +0000", "tech", "[x]");
        write("2021-01-03-c.md", "C", "2021-01-03 10:00:00 +0000", "techno", "[y]");
        write("2021-01-04-d.md", "D", "2021-01-04 10:00:00 +0000", "news", "[z]");
        write("2021-01-04-e.md", "E", "2021-01-04 10:00:00 +0000", "news", "[z, x]");
        const ImportReport report = Importer(m_dir.path() + "/lib.sqlite").importFolder(site);
        QCOMPARE(report.added, 5);
        QVERIFY(m_db.open(m_dir.path() + "/lib.sqlite"));
    }

    void newestFirst()
    {
        QCOMPARE(titles({}), (QStringList { "E", "D", "C", "B", "A" }));
    }

    void categorySubtree()
    {
        ArticleFilter filter;
        filter.categoryPath = "tech";
        QCOMPARE(titles(filter), (QStringList { "B", "A" })); // not "techno"
        filter.categoryPath = "tech/linux";
        QCOMPARE(titles(filter), QStringList { "A" });
    }

    void tagsAllAndAny()
    {
        ArticleFilter filter;
        filter.tags = { "x", "y" };
        QCOMPARE(titles(filter), QStringList { "A" });
        filter.anyTag = true;
        QCOMPARE(titles(filter), (QStringList { "E", "C", "B", "A" }));
        filter.tags = { "x", "x" };
        filter.anyTag = false;
        QCOMPARE(titles(filter), (QStringList { "E", "B", "A" }));
        filter.tags = { "nope" };
        QCOMPARE(titles(filter), QStringList {});
        filter.categoryPath = "news";
        filter.tags = { "x" };
        QCOMPARE(titles(filter), QStringList { "E" });
    }

    void keysetPaging()
    {
        ArticleFilter filter;
        filter.limit = 2;
        QStringList all;
        for (int page = 0; page < 5; ++page) {
            const auto rows = LibraryStore(m_db).articles(filter).value();
            for (const ArticleRow &row : rows)
                all << row.title;
            if (rows.size() < 2)
                break;
            filter.after = ArticleFilter::Cursor { rows.last().sortDate, rows.last().id };
        }
        QCOMPARE(all, (QStringList { "E", "D", "C", "B", "A" }));
    }

    void sortsAndOffsetPaging()
    {
        ArticleFilter filter;
        filter.sort = ArticleFilter::Sort::TitleDescending;
        QCOMPARE(titles(filter), (QStringList { "E", "D", "C", "B", "A" }));
        filter.sort = ArticleFilter::Sort::Oldest;
        QCOMPARE(titles(filter), (QStringList { "A", "B", "C", "D", "E" }));
        filter.sort = ArticleFilter::Sort::CategoryAscending; // news, tech, tech/linux, techno
        QCOMPARE(titles(filter), (QStringList { "E", "D", "B", "A", "C" }));
        // Pages by offset follow the same order, whatever the page size.
        filter.limit = 2;
        QStringList paged;
        for (filter.offset = 0; filter.offset < 6; filter.offset += 2)
            paged << titles(filter);
        QCOMPARE(paged, (QStringList { "E", "D", "B", "A", "C" }));
    }

    void titleFilter()
    {
        ArticleFilter filter;
        filter.titleContains = "c";
        QCOMPARE(titles(filter), QStringList { "C" }); // case-insensitive
        filter.titleContains = "%";
        QCOMPARE(titles(filter), QStringList {}); // a literal %, not a wildcard
        filter.titleContains = "_";
        QCOMPARE(titles(filter), QStringList {});
    }

    void countsAndState()
    {
        LibraryStore store(m_db);
        ArticleFilter filter;
        filter.categoryPath = "tech";
        QCOMPARE(store.countArticles(filter).value(), 2);
        const qint64 id = store.articles(filter).value().first().id;
        QVERIFY(store.setRead(id, true).ok());
        QVERIFY(store.setStarred(id, true).ok());
        filter.unreadOnly = true;
        QCOMPARE(titles(filter), QStringList { "A" });
        ArticleFilter starred;
        starred.starredOnly = true;
        QCOMPARE(titles(starred), QStringList { "B" });
        QCOMPARE(store.stats()->unread, 4);

        const auto categories = store.categories().value();
        QCOMPARE(categories.size(), 4); // tech, tech/linux, techno, news
        const auto tags = store.tags().value();
        QCOMPARE(tags.first().name, QStringLiteral("x"));
        QCOMPARE(tags.first().articles, 3);
        QCOMPARE(store.tags("news").value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
