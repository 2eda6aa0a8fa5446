// Tests MainWindow offscreen: first start imports the sample, the category tree filters the list, reading marks read.
#include "articleschemehandler.h"
#include "webenginetestmain.h"
#include "database.h"
#include "librarystore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QLineEdit>
#include <QTreeView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QProcess>
#include <QToolButton>

#include "articlelistmodel.h"
#include "categorytreemodel.h"
#include "tagpane.h"
#include "testsupport.h"

#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTranslator>

using namespace Gazette;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Shows the window on `library` and imports the sample archive into it.
    static bool openWithSample(Ui::MainWindow &window, const QString &library)
    {
        QSignalSpy imported(&window, &Ui::MainWindow::importFinished);
        window.show();
        if (!window.openLibrary(library))
            return false;
        window.importFolder(QStringLiteral(GAZETTE_SAMPLE_DIR), false);
        return imported.wait(60000);
    }

private slots:
    void firstStartImportsTheSampleAndBrowses()
    {
        const QString library = m_dir.filePath("library.sqlite");
        Ui::MainWindow window;
        QSignalSpy imported(&window, &Ui::MainWindow::importFinished);
        window.show();
        QVERIFY(window.openLibrary(library, QStringLiteral(GAZETTE_SAMPLE_DIR)));
        QVERIFY(imported.wait(60000));
        const auto report = imported.first().first().value<Library::ImportReport>();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.added >= 30);

        Library::Database db;
        QVERIFY(db.open(library));
        Library::LibraryStore store(db);

        auto *categories = window.findChild<QTreeView *>(QStringLiteral("categoryView"));
        auto *articles = window.findChild<QTreeView *>(QStringLiteral("articleList"));
        QVERIFY(categories && articles);
        const QModelIndex all = categories->model()->index(0, 0);
        QCOMPARE(all.data().toString(), QStringLiteral("All articles"));
        QCOMPARE(categories->model()->index(0, 1).data().toInt(), store.stats()->articles);

        // Choosing a category shows exactly its articles (and those below it), newest first.
        QModelIndex technology;
        for (int row = 0; row < categories->model()->rowCount(all); ++row) {
            if (categories->model()->index(row, 0, all).data().toString() == u"technology")
                technology = categories->model()->index(row, 0, all);
        }
        QVERIFY(technology.isValid());
        categories->setCurrentIndex(technology);
        Library::ArticleFilter filter;
        filter.categoryPath = QStringLiteral("technology");
        const auto expected = store.articles(filter).value();
        QCOMPARE(articles->model()->rowCount(), int(expected.size()));
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(articles->model()->index(row, 0).data().toString(), expected[row].title);

        // The article shown first is marked read, in the list and in the library.
        QCOMPARE(articles->currentIndex().row(), 0);
        QTRY_VERIFY(store.article(expected.first().id)->row.read); // after a short delay
        QVERIFY(!articles->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(articles->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());

        // Search as you type: the results replace the list, and equal the library's own search.
        categories->setCurrentIndex(all);
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(field);
        field->setFocus();
        field->insert(QStringLiteral("资金")); // as typed (QTest::keyClicks takes ASCII only)
        const auto expectedHits = store.search(Library::SearchQuery::parse(QStringLiteral("资金")).value(), {}).value();
        QVERIFY(!expectedHits.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(articles->model()->rowCount(), int(expectedHits.size()), 10000);
        QCOMPARE(articles->model()->columnCount(), 6); // the snippet column
        for (int row = 0; row < expectedHits.size(); ++row)
            QCOMPARE(articles->model()->index(row, 0).data().toString(), expectedHits[row].row.title);

        // Within a category, the same search narrows to it.
        categories->setCurrentIndex(technology);
        QTRY_VERIFY_WITH_TIMEOUT(articles->model()->rowCount() < int(expectedHits.size()), 10000);

        // Clearing the field brings the category back.
        field->clear();
        QTRY_COMPARE_WITH_TIMEOUT(articles->model()->rowCount(), int(expected.size()), 10000);
        QCOMPARE(articles->model()->columnCount(), 5);
    }

    // Tags combine with the category, all or any of them; the rows are those `gazette list` prints.
    void tagFiltersMatchTheCommandLine()
    {
        const QString library = m_dir.filePath("tags.sqlite");
        Ui::MainWindow window;
        QVERIFY(openWithSample(window, library));
        auto *articles = window.findChild<QTreeView *>(QStringLiteral("articleList"));
        auto *tagList = window.findChild<QListView *>(QStringLiteral("tagList"));
        auto *chips = window.findChild<QWidget *>(QStringLiteral("chipBar"));
        QVERIFY(articles && tagList && chips);
        window.selectCategory(QStringLiteral("finance"));
        QVERIFY(!chips->isVisible());

        const auto cliTitles = [&](const QStringList &tags, bool any) {
            QStringList arguments { "list", "--db", library, "--category", "finance", "--json" };
            for (const QString &tag : tags)
                arguments << "--tag" << tag;
            if (any)
                arguments << "--any";
            QProcess cli;
            cli.start(QStringLiteral(GAZETTE_BINARY), arguments);
            cli.waitForFinished(30000);
            QStringList titles;
            for (const QJsonValue &row : QJsonDocument::fromJson(cli.readAllStandardOutput()).array())
                titles << row[QLatin1String("title")].toString();
            return titles;
        };
        const auto windowTitles = [&] {
            QStringList titles;
            for (int row = 0; row < articles->model()->rowCount(); ++row)
                titles << articles->model()->index(row, 0).data().toString();
            return titles;
        };
        const auto tick = [&](const QString &tag) {
            for (int row = 0; row < tagList->model()->rowCount(); ++row) {
                const QModelIndex index = tagList->model()->index(row, 0);
                if (index.data(Ui::TagListModel::NameRole).toString() == tag) {
                    tagList->scrollTo(index);
                    QTest::mouseClick(tagList->viewport(), Qt::LeftButton, {}, tagList->visualRect(index).center());
                    return true;
                }
            }
            return false;
        };

        // The pane counts the category's tags; ticking one narrows the list to it.
        const int before = articles->model()->rowCount();
        QVERIFY(tick(QStringLiteral("宏观")));
        QCOMPARE(windowTitles(), cliTitles({ "宏观" }, false));
        QVERIFY(articles->model()->rowCount() < before);
        QVERIFY(chips->isVisible());
        QCOMPARE(chips->findChildren<QToolButton *>(QStringLiteral("chip")).size(), 1);

        // A second tag: all of them narrows further, any of them widens.
        QVERIFY(tick(QStringLiteral("利率")) || tick(QStringLiteral("A股")));
        const QStringList both = window.findChild<Ui::TagPane *>()->selected();
        QCOMPARE(both.size(), 2);
        QCOMPARE(windowTitles(), cliTitles(both, false));
        window.setTagFilter(both, true);
        QCOMPARE(windowTitles(), cliTitles(both, true));
        QVERIFY(windowTitles().size() >= cliTitles(both, false).size());
        QCOMPARE(chips->findChildren<QToolButton *>(QStringLiteral("chip")).size(), 2);

        // One click on a chip takes its filter away.
        QTest::mouseClick(chips->findChildren<QToolButton *>(QStringLiteral("chip")).first(), Qt::LeftButton);
        QCOMPARE(window.findChild<Ui::TagPane *>()->selected().size(), 1);
        QCOMPARE(windowTitles(), cliTitles(window.findChild<Ui::TagPane *>()->selected(), true));
        window.setTagFilter({}, false);
        QCOMPARE(articles->model()->rowCount(), before);
        QVERIFY(!chips->isVisible());
    }

    // j/k and n move through the list in its order, s stars, m toggles read, Delete hides; all of it is in
    // the library at once and still there in a new window.
    void keyboardAndReadingState()
    {
        const QString library = m_dir.filePath("keys.sqlite");
        qint64 starredId = 0, hiddenId = 0, unreadAgainId = 0;
        {
            Ui::MainWindow window;
            QVERIFY(openWithSample(window, library));
            window.activateWindow();
            auto *articles = window.findChild<QTreeView *>(QStringLiteral("articleList"));
            auto *categories = window.findChild<QTreeView *>(QStringLiteral("categoryView"));
            window.selectCategory(QStringLiteral("technology"));
            QCOMPARE(articles->currentIndex().row(), 0);
            const auto id = [&] { return articles->currentIndex().data(Ui::ArticleListModel::IdRole).toLongLong(); };
            const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
                QTest::keyClick(articles, key, modifiers);
            };
            press(Qt::Key_J);
            QCOMPARE(articles->currentIndex().row(), 1);
            press(Qt::Key_J);
            press(Qt::Key_K);
            QCOMPARE(articles->currentIndex().row(), 1);
            press(Qt::Key_S);
            starredId = id();
            QCOMPARE(articles->model()->index(1, Ui::ArticleListModel::StarColumn).data().toString(), QStringLiteral("★"));
            // The Starred entry counts it.
            const QModelIndex starred = categories->model()->index(2, 0);
            QCOMPARE(starred.data().toString(), QStringLiteral("Starred"));
            QCOMPARE(categories->model()->index(2, 1).data().toInt(), 1);
            press(Qt::Key_M); // read now
            press(Qt::Key_M); // unread again
            unreadAgainId = id();
            // n skips what is read: row 0 was read on open; row 2 is the next unread one.
            articles->setCurrentIndex(articles->model()->index(0, 0));
            QTRY_VERIFY(articles->model()->index(0, 0).data(Ui::ArticleListModel::ReadRole).toBool());
            press(Qt::Key_N);
            QCOMPARE(articles->currentIndex().row(), 1);
            QCOMPARE(id(), unreadAgainId);
            press(Qt::Key_J);
            hiddenId = id();
            const int count = articles->model()->rowCount();
            press(Qt::Key_Delete);
            QCOMPARE(articles->model()->rowCount(), count - 1);
            press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
            for (int row = 0; row < articles->model()->rowCount(); ++row)
                QVERIFY(articles->model()->index(row, 0).data(Ui::ArticleListModel::ReadRole).toBool());
        }
        Library::Database db;
        QVERIFY(db.open(library));
        Library::LibraryStore store(db);
        QVERIFY(store.article(starredId)->row.starred);
        QVERIFY(store.article(hiddenId)->row.hidden);
        Library::ArticleFilter technology;
        technology.categoryPath = QStringLiteral("technology");
        for (const auto &row : store.articles(technology).value())
            QVERIFY(row.read);
        // A new window shows the same state.
        Ui::MainWindow again;
        again.show();
        QVERIFY(again.openLibrary(library));
        auto *categories = again.findChild<QTreeView *>(QStringLiteral("categoryView"));
        categories->setCurrentIndex(categories->model()->index(2, 0)); // Starred
        auto *articles = again.findChild<QTreeView *>(QStringLiteral("articleList"));
        QCOMPARE(articles->model()->rowCount(), 1);
        QCOMPARE(articles->model()->index(0, 0).data(Ui::ArticleListModel::IdRole).toLongLong(), starredId);
    }

    // A folder dropped on the window is imported; the tree opens where it was left.
    void dropAFolderAndRestart()
    {
        const QString library = m_dir.filePath("drop.sqlite");
        {
            Ui::MainWindow window;
            window.show();
            QVERIFY(window.openLibrary(library));
            QSignalSpy imported(&window, &Ui::MainWindow::importFinished);
            QMimeData data;
            data.setUrls({ QUrl::fromLocalFile(QStringLiteral(GAZETTE_SAMPLE_DIR)) });
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &drop);
            QVERIFY(imported.wait(60000));
            QVERIFY(imported.first().first().value<Library::ImportReport>().added >= 30);
            // A file is not a folder: refused.
            QMimeData file;
            file.setUrls({ QUrl::fromLocalFile(QStringLiteral(GAZETTE_SAMPLE_DIR "/_config.yml")) });
            QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
            refused.setAccepted(false);
            QCoreApplication::sendEvent(&window, &refused);
            QVERIFY(!refused.isAccepted());
            window.selectCategory(QStringLiteral("finance/markets"));
        }
        Ui::MainWindow again;
        again.show();
        QVERIFY(again.openLibrary(library));
        auto *categories = again.findChild<QTreeView *>(QStringLiteral("categoryView"));
        QCOMPARE(categories->currentIndex().data(Ui::CategoryTreeModel::PathRole).toString(), QStringLiteral("finance/markets"));
        QVERIFY(categories->isExpanded(categories->currentIndex().parent()));
    }

    // File > Update Library imports every folder again: the new post of a growing archive comes in.
    void updateTakesNewPosts()
    {
        QTemporaryDir archive;
        Gazette::Tests::writeFile(archive.filePath("_posts/2024-05-01-first.md"), "---\ntitle: First\n---\none\n");
        const QString library = m_dir.filePath("update.sqlite");
        Ui::MainWindow window;
        window.show();
        QVERIFY(window.openLibrary(library));
        QSignalSpy imported(&window, &Ui::MainWindow::importFinished);
        window.importFolder(archive.path(), false);
        QVERIFY(imported.wait(60000));
        Gazette::Tests::writeFile(archive.filePath("_posts/2024-05-02-second.md"), "---\ntitle: Second\n---\ntwo\n");
        window.updateLibrary();
        QVERIFY(imported.wait(60000));
        QCOMPARE(imported.last().first().value<Library::ImportReport>().added, 1);
        auto *articles = window.findChild<QTreeView *>(QStringLiteral("articleList"));
        QCOMPARE(articles->model()->rowCount(), 2);
        for (auto *box : window.findChildren<QMessageBox *>())
            box->close();
    }

    void translations()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("gazette"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(chinese.translate("Gazette::Ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(chinese.translate("Gazette::Ui::TagPane", "Any of them"), QStringLiteral("满足任一"));
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("gazette"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(english.translate("Gazette::Ui::MainWindow", "%n article(s)", nullptr, 1), QStringLiteral("%n article"));
        QCOMPARE(english.translate("Gazette::Ui::MainWindow", "%n article(s)", nullptr, 3), QStringLiteral("%n articles"));
        // The window in Chinese.
        QCoreApplication::installTranslator(&chinese);
        {
            Ui::MainWindow window;
            QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        }
        QCoreApplication::removeTranslator(&chinese);
    }

    void savedSearchesAreSmartFolders()
    {
        const QString library = m_dir.filePath("saved.sqlite");
        {
            Library::Database db;
            QVERIFY(db.open(library));
            QVERIFY(Library::LibraryStore(db).saveSearch(QStringLiteral("市场"), QStringLiteral("A股 OR 指数")).ok());
        }
        Ui::MainWindow window;
        QVERIFY(openWithSample(window, library));
        auto *categories = window.findChild<QTreeView *>(QStringLiteral("categoryView"));
        auto *articles = window.findChild<QTreeView *>(QStringLiteral("articleList"));
        const QModelIndex group = categories->model()->index(3, 0); // after All articles, Unread, Starred
        QCOMPARE(group.data().toString(), QStringLiteral("Saved searches"));
        const QModelIndex saved = categories->model()->index(0, 0, group);
        QCOMPARE(saved.data().toString(), QStringLiteral("市场"));
        const int count = categories->model()->index(0, 1, group).data().toInt();
        QVERIFY(count > 0); // counted after the import: it follows new articles
        categories->setCurrentIndex(saved);
        QTRY_COMPARE_WITH_TIMEOUT(articles->model()->rowCount(), count, 10000);
    }
};

GAZETTE_WEBENGINE_TEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
