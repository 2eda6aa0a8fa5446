// MainWindow: categories, the article list and the article on a splitter; import and library menus.
#pragma once

#include "database.h"
#include "importreport.h"
#include "librarystore.h"
#include "pdfexporter.h"
#include "resourcefetcher.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Gazette::Ui {

class ArticleListModel;
class ChipBar;
class TagPane;
class ArticleView;
class SearchRunner;
class CategoryTreeModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the library; an empty one gets `sampleArchive` imported (when it is not empty).
    bool openLibrary(const QString &path, const QString &sampleArchive = {});
    // Imports in a worker thread with a progress dialog; `announce` shows the result in a dialog too.
    void importFolder(const QString &path, bool announce = true);
    // Imports every folder of the library again (new posts of a growing archive), one after another.
    void updateLibrary();
    // Saves a picture of the window once the first article has loaded, then quits (for docs and tests).
    void takeScreenshotAndQuit(const QString &file);
    void selectCategory(const QString &path);
    // Filters the list by tags (all of them, or any), within the category.
    void setTagFilter(const QStringList &tags, bool any);
    // Searches the current category; an empty query shows the category again.
    void search(const QString &query);
    // Downloads the images of a filter's articles (or of `ids`) in a worker thread, with progress in the
    // status bar and a summary at the end (in a dialog when `announce`).
    void makeAvailableOffline(const Library::ArticleFilter &filter, const QList<qint64> &ids, bool announce = true);
    // Exports to PDF in the background with a progress dialog; `open` opens the file when done.
    void exportArticles(const QList<qint64> &ids, const QString &file, const Export::PdfOptions &options, bool open);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

signals:
    void importFinished(const Gazette::Library::ImportReport &report);
    void offlineFinished(const Gazette::Offline::OfflineReport &report);
    void exportFinished(const Gazette::Export::PdfReport &report);

private:
    void buildMenus();
    void reloadModels();
    void showCategory(const QModelIndex &index);
    void showArticle(const QModelIndex &index);
    void updateStatus();
    void chooseFolderToImport();
    void chooseLibrary();
    void showImportResult(const Library::ImportReport &report);
    void saveScreenshot();
    void showAbout();
    void runSearch();
    void showSearchResults(const QString &query, const QList<Library::SearchHit> &hits, const QString &error);
    void saveSearch();
    void removeSavedSearch();
    Library::ArticleFilter categoryFilter() const;
    QList<qint64> selectedArticleIds() const;
    void showOfflineResult(const Offline::OfflineReport &report);
    void exportToPdf();
    QList<qint64> idsInView() const;
    void refreshTags();
    void buildArticleMenu();
    void buildViewMenu();
    void rememberTree();
    void restoreTree();
    void applyAppearance();
    void showSettings();
    bool rebuildDamagedLibrary(const QString &path, const QString &error);
    void rememberSource(const QString &root);
    void moveBy(int step);
    void nextUnread();
    void spaceThrough();
    void toggleStar();
    void toggleRead();
    void markAllRead();
    void hideCurrent();
    void openOriginal();

    std::unique_ptr<Library::Database> m_db;
    std::unique_ptr<Library::LibraryStore> m_store;
    CategoryTreeModel *m_categories;
    ArticleListModel *m_articles;
    QTreeView *m_categoryView;
    QTreeView *m_articleView;
    ArticleView *m_reader;
    QLabel *m_statusCount;
    QLabel *m_statusImport;
    bool m_importing = false;
    QString m_screenshotFile;
    QLineEdit *m_searchField;
    QTimer *m_searchDelay;
    SearchRunner *m_searchRunner;
    QStringList m_highlights; // the words of the search whose results the list shows
    QAction *m_saveSearch = nullptr;
    QAction *m_removeSavedSearch = nullptr;
    QString m_wantedCategory; // asked for before the library had it (first-start import)
    QProgressBar *m_offlineProgress;
    QToolButton *m_offlineCancel;
    QAction *m_fetchAfterImport = nullptr;
    QThread *m_offlineThread = nullptr;
    Offline::ResourceFetcher *m_fetcher = nullptr;
    Export::PdfExporter *m_exporter = nullptr;
    TagPane *m_tagPane;
    ChipBar *m_chips;
    QTimer *m_markRead; // marks the open article read after a moment
    QLineEdit *m_titleFilter;
    QStringList m_tags; // the tag filter
    bool m_anyTag = false;
    QStringList m_updateQueue; // folders still to import in an update
    QList<Library::ImportReport> m_updateReports;
    bool m_updating = false;
};

} // namespace Gazette::Ui
