// MainWindow: categories, the article list and the article on a splitter; import and library menus.
#include "mainwindow.h"

#include "articlelistmodel.h"
#include "articleview.h"
#include "categorytreemodel.h"
#include "chipbar.h"
#include "settingsdialog.h"
#include "tagpane.h"
#include "exportdialog.h"
#include "gazetteapplication.h"
#include "importer.h"
#include "searchrunner.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QMimeData>

#include <functional>
#include <QKeyEvent>
#include <QWebEnginePage>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QShortcut>
#include <QToolBar>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QThread>
#include <QToolButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWindow>
#include <QtConcurrent/QtConcurrentRun>

namespace Gazette::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_categories(new CategoryTreeModel(this)),
      m_articles(new ArticleListModel(this)),
      m_categoryView(new QTreeView),
      m_articleView(new QTreeView),
      m_reader(new ArticleView),
      m_statusCount(new QLabel),
      m_statusImport(new QLabel),
      m_searchField(new QLineEdit),
      m_searchDelay(new QTimer(this)),
      m_searchRunner(new SearchRunner(this)),
      m_offlineProgress(new QProgressBar),
      m_offlineCancel(new QToolButton),
      m_tagPane(new TagPane),
      m_chips(new ChipBar),
      m_markRead(new QTimer(this)),
      m_titleFilter(new QLineEdit)
{
    setWindowTitle(tr("Gazette"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("application-rss+xml")));

    m_categoryView->setObjectName(QStringLiteral("categoryView"));
    m_articleView->setObjectName(QStringLiteral("articleList"));
    m_categoryView->setModel(m_categories);
    m_categoryView->setHeaderHidden(false);
    m_categoryView->setUniformRowHeights(true);
    m_categoryView->header()->setStretchLastSection(false);
    m_categoryView->header()->setSectionResizeMode(CategoryTreeModel::NameColumn, QHeaderView::Stretch);
    m_categoryView->header()->setSectionResizeMode(CategoryTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_categoryView->header()->setSectionResizeMode(CategoryTreeModel::UnreadColumn, QHeaderView::ResizeToContents);

    m_articleView->setModel(m_articles);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true); // rows of one height keep 100,000 rows cheap to lay out
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articleView->header()->setStretchLastSection(false);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleView->header()->resizeSection(ArticleListModel::DateColumn, 130);
    m_articleView->header()->resizeSection(ArticleListModel::CategoryColumn, 120);

    auto *splitter = new QSplitter(Qt::Horizontal);
    auto *sidebar = new QSplitter(Qt::Vertical);
    sidebar->setObjectName(QStringLiteral("sidebarSplitter"));
    sidebar->addWidget(m_categoryView);
    sidebar->addWidget(m_tagPane);
    sidebar->setStretchFactor(0, 3);
    sidebar->setStretchFactor(1, 2);
    splitter->addWidget(sidebar);
    auto *right = new QSplitter(Qt::Vertical);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_titleFilter);
    listLayout->addWidget(m_chips);
    listLayout->addWidget(m_articleView);
    m_titleFilter->setObjectName(QStringLiteral("titleFilter"));
    m_titleFilter->setPlaceholderText(tr("Filter titles (Ctrl+F)"));
    m_titleFilter->setClearButtonEnabled(true);
    auto *titleDelay = new QTimer(this);
    titleDelay->setSingleShot(true);
    titleDelay->setInterval(150);
    connect(m_titleFilter, &QLineEdit::textChanged, titleDelay, qOverload<>(&QTimer::start));
    connect(titleDelay, &QTimer::timeout, this, [this] { showCategory(m_categoryView->currentIndex()); });

    m_articleView->header()->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_articleView->setSortingEnabled(true);
    right->addWidget(listPane);
    right->addWidget(m_reader);
    right->setStretchFactor(1, 3);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    right->setObjectName(QStringLiteral("readerSplitter"));
    setCentralWidget(splitter);

    statusBar()->addWidget(m_statusCount);
    statusBar()->addPermanentWidget(m_offlineProgress);
    statusBar()->addPermanentWidget(m_offlineCancel);
    statusBar()->addPermanentWidget(m_statusImport);
    m_offlineProgress->setObjectName(QStringLiteral("offlineProgress"));
    m_offlineProgress->setMaximumWidth(220);
    m_offlineProgress->setFormat(tr("Images %v of %m"));
    m_offlineProgress->hide();
    m_offlineCancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_offlineCancel->setText(tr("Stop"));
    m_offlineCancel->setToolTip(tr("Stop downloading images"));
    m_offlineCancel->setAutoRaise(true);
    m_offlineCancel->hide();
    connect(m_offlineCancel, &QToolButton::clicked, this, [this] {
        if (m_fetcher)
            QMetaObject::invokeMethod(m_fetcher, &Offline::ResourceFetcher::cancel, Qt::QueuedConnection);
    });
    connect(this, &MainWindow::importFinished, this, [this](const Library::ImportReport &report) {
        if (!m_fetchAfterImport || !m_fetchAfterImport->isChecked() || !report.error.isEmpty())
            return;
        QList<qint64> ids;
        for (const Library::FileOutcome &file : report.files) {
            if (file.articleId && (file.status == Library::FileOutcome::Status::Added
                                   || file.status == Library::FileOutcome::Status::Updated
                                   || file.status == Library::FileOutcome::Status::Moved))
                ids << file.articleId;
        }
        if (!ids.isEmpty())
            makeAvailableOffline({}, ids, false);
    });

    // "Make available offline" on a category or on the selected articles.
    m_categoryView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *offlineCategory = new QAction(QIcon::fromTheme(QStringLiteral("folder-download")), tr("Make Available Offline"), m_categoryView);
    connect(offlineCategory, &QAction::triggered, this, [this] { makeAvailableOffline(categoryFilter(), {}); });
    m_categoryView->addAction(offlineCategory);
    // The list's context menu: what the Article menu does, the row's tags as filters, offline and PDF.
    m_articleView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_articleView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_articleView->indexAt(pos);
        const Library::ArticleRow *article = m_articles->rowAt(index.row());
        if (!article)
            return;
        QMenu menu(this);
        for (QAction *action : findChild<QMenu *>(QStringLiteral("articleMenu"))->actions())
            if (!action->isSeparator() && action->shortcut() != QKeySequence(Qt::Key_Space))
                menu.addAction(action);
        if (!article->tags.isEmpty()) {
            QMenu *tags = menu.addMenu(tr("Show Only Tag"));
            for (const QString &tag : article->tags)
                tags->addAction(tag, this, [this, tag] {
                    if (!m_tags.contains(tag))
                        setTagFilter(m_tags + QStringList { tag }, m_anyTag);
                });
        }
        menu.addSeparator();
        menu.addAction(QIcon::fromTheme(QStringLiteral("folder-download")), tr("Make Available Offline"), this, [this] {
            if (const QList<qint64> ids = selectedArticleIds(); !ids.isEmpty())
                makeAvailableOffline({}, ids);
        });
        menu.addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export to PDF..."), this, &MainWindow::exportToPdf);
        menu.exec(m_articleView->viewport()->mapToGlobal(pos));
    });

    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCategory(current); });
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showArticle(current); });
    connect(m_tagPane, &TagPane::filterChanged, this, &MainWindow::setTagFilter);
    connect(m_chips, &ChipBar::removed, this, [this](const QString &tag) {
        QStringList tags = m_tags;
        tags.removeAll(tag);
        setTagFilter(tags, m_anyTag);
    });
    connect(m_chips, &ChipBar::cleared, this, [this] { setTagFilter({}, m_anyTag); });
    connect(m_reader, &ArticleView::tagActivated, this, [this](const QString &tag) {
        if (!m_tags.contains(tag))
            setTagFilter(m_tags + QStringList { tag }, m_anyTag);
    });
    connect(m_reader, &ArticleView::categoryActivated, this, &MainWindow::selectCategory);
    connect(m_reader, &ArticleView::exportRequested, this, &MainWindow::exportToPdf);

    connect(m_reader, &ArticleView::loadFinished, this, [this](bool) {
        if (!m_screenshotFile.isEmpty())
            QTimer::singleShot(800, this, &MainWindow::saveScreenshot);
    });

    // Search as you type, off the UI thread, a moment after the last key.
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search (Ctrl+K): words, \"a phrase\", -word, tag:NAME, after:2024-01-01"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(380);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchField, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_searchRunner, &SearchRunner::finished, this, &MainWindow::showSearchResults);
    auto *focusSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });

    m_markRead->setSingleShot(true);
    connect(m_markRead, &QTimer::timeout, this, [this] {
        const QModelIndex current = m_articleView->currentIndex();
        if (current.isValid() && current.data(ArticleListModel::IdRole).toLongLong() == m_markRead->property("article").toLongLong())
            m_articles->setRead(current.row(), true);
    });
    connect(m_articleView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ArticleListModel::StarColumn)
            toggleStar();
    });

    buildMenus();
    QToolBar *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    for (const char *name : { "&Import Folder...", "&Update Library", "&Export to PDF..." })
        for (QAction *action : menuBar()->findChildren<QAction *>())
            if (action->text() == tr(name) && !action->menu())
                toolbar->addAction(action);
    toolbar->addSeparator();
    toolbar->addWidget(m_searchField);
    toolbar->addAction(m_saveSearch);
    resize(1280, 800);
    const auto settings = GazetteApplication::settings();
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    if (!sidebar->restoreState(settings->value(QStringLiteral("window/sidebarSplitter")).toByteArray()))
        sidebar->setSizes({ 480, 320 });
    if (!splitter->restoreState(settings->value(QStringLiteral("window/mainSplitter")).toByteArray()))
        splitter->setSizes({ 260, 1020 });
    if (!right->restoreState(settings->value(QStringLiteral("window/readerSplitter")).toByteArray()))
        right->setSizes({ 280, 520 });
    m_articleView->header()->restoreState(settings->value(QStringLiteral("window/articleHeader")).toByteArray());
    applyAppearance();
    setAcceptDrops(true); // a folder dropped on the window is imported
    m_reader->showPlaceholder(tr("Choose an article"));
}

MainWindow::~MainWindow()
{
    rememberTree();
    // The same file the constructor reads (gazette.conf in the config location).
    const auto settings = GazetteApplication::settings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (auto *splitter : findChildren<QSplitter *>())
        settings->setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
    if (!m_articles->showsSearch()) // the column layout of the list, its sort order included
        settings->setValue(QStringLiteral("window/articleHeader"), m_articleView->header()->saveState());
    m_articles->setStore(nullptr);
    if (m_offlineThread) {
        if (m_fetcher)
            QMetaObject::invokeMethod(m_fetcher, &Offline::ResourceFetcher::cancel, Qt::BlockingQueuedConnection);
        m_offlineThread->quit();
        m_offlineThread->wait();
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("&Import Folder..."), this,
                                      &MainWindow::chooseFolderToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *update = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Update Library"), this,
                                      &MainWindow::updateLibrary);
    update->setShortcut(QKeySequence::Refresh);
    update->setToolTip(tr("Import every folder of the library again: new posts come in, changed ones are updated"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Library..."), this,
                                    &MainWindow::chooseLibrary);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QMenu *offline = file->addMenu(QIcon::fromTheme(QStringLiteral("folder-download")), tr("Make Available &Offline"));
    offline->addAction(tr("The &Current Category"), this, [this] { makeAvailableOffline(categoryFilter(), {}); });
    offline->addAction(tr("The &Selected Articles"), this, [this] {
        if (const QList<qint64> ids = selectedArticleIds(); !ids.isEmpty())
            makeAvailableOffline({}, ids);
    });
    offline->addAction(tr("&Everything"), this, [this] { makeAvailableOffline({}, {}); });
    QAction *exportPdf = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export to PDF..."), this,
                                         &MainWindow::exportToPdf);
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fetchAfterImport = file->addAction(tr("&Download Images After Each Import"));
    m_fetchAfterImport->setCheckable(true);
    m_fetchAfterImport->setChecked(GazetteApplication::settings()->value(QStringLiteral("offline/afterImport"), false).toBool());
    connect(m_fetchAfterImport, &QAction::toggled, this, [](bool on) {
        GazetteApplication::settings()->setValue(QStringLiteral("offline/afterImport"), on);
    });
    QAction *preferences = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings..."), this,
                                           &MainWindow::showSettings);
    preferences->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), qApp,
                                    &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *searchMenu = menuBar()->addMenu(tr("&Search"));
    QAction *find = searchMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find..."), this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setShortcutVisibleInContextMenu(true);
    find->setShortcutContext(Qt::WidgetShortcut); // the window-wide Ctrl+K is the QShortcut
    m_saveSearch = searchMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Search..."), this,
                                         &MainWindow::saveSearch);
    m_saveSearch->setToolTip(tr("Keep this search in the category tree; it follows new imports"));
    m_saveSearch->setEnabled(false);
    m_removeSavedSearch = searchMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Remove Saved Search"),
                                                this, &MainWindow::removeSavedSearch);
    m_removeSavedSearch->setEnabled(false);
    searchMenu->addSeparator();
    QAction *filterTitles = searchMenu->addAction(tr("Filter &Titles"), this, [this] {
        m_titleFilter->setFocus(Qt::ShortcutFocusReason);
        m_titleFilter->selectAll();
    });
    filterTitles->setShortcut(QKeySequence::Find);
    QAction *filterTags = searchMenu->addAction(tr("Filter by T&ags"), m_tagPane, &TagPane::focusFilter);
    filterTags->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *clearTags = searchMenu->addAction(tr("&Clear Tag Filters"), this, [this] { setTagFilter({}, m_anyTag); });
    clearTags->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    buildArticleMenu();
    buildViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Gazette"), this, &MainWindow::showAbout);
}

void MainWindow::buildArticleMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Article"));
    menu->setObjectName(QStringLiteral("articleMenu"));
    const auto add = [this, menu](const QString &icon, const QString &text, const QKeySequence &key, auto slot) {
        QAction *action = menu->addAction(QIcon::fromTheme(icon), text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    add(QStringLiteral("go-down"), tr("&Next Article"), QKeySequence(Qt::Key_J), [this] { moveBy(1); });
    add(QStringLiteral("go-up"), tr("&Previous Article"), QKeySequence(Qt::Key_K), [this] { moveBy(-1); });
    add(QStringLiteral("go-next"), tr("Next &Unread Article"), QKeySequence(Qt::Key_N), &MainWindow::nextUnread);
    add(QStringLiteral("go-jump"), tr("Scroll, then Next"), QKeySequence(Qt::Key_Space), &MainWindow::spaceThrough);
    menu->addSeparator();
    add(QStringLiteral("starred"), tr("&Star"), QKeySequence(Qt::Key_S), &MainWindow::toggleStar);
    add(QStringLiteral("mail-mark-read"), tr("Toggle &Read"), QKeySequence(Qt::Key_M), &MainWindow::toggleRead);
    add(QStringLiteral("mail-mark-read"), tr("Mark &All in View as Read"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        &MainWindow::markAllRead);
    add(QStringLiteral("edit-delete"), tr("&Hide (the File Stays)"), QKeySequence(Qt::Key_Delete), &MainWindow::hideCurrent);
    menu->addSeparator();
    add(QStringLiteral("internet-web-browser"), tr("Open &Original in Browser"), QKeySequence(Qt::CTRL | Qt::Key_B),
        &MainWindow::openOriginal);
}

void MainWindow::buildViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    QMenu *themes = menu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const QString current = SettingsDialog::theme();
    for (const auto &[id, label] : { std::pair { QStringLiteral("system"), tr("Follow the &System") },
                                     std::pair { QStringLiteral("light"), tr("&Light") },
                                     std::pair { QStringLiteral("dark"), tr("&Dark") },
                                     std::pair { QStringLiteral("sepia"), tr("S&epia") } }) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setChecked(id == current);
        action->setData(id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = id] {
            GazetteApplication::settings()->setValue(QStringLiteral("reader/theme"), id);
            applyAppearance();
        });
    }
    const auto zoom = [this](qreal factor) {
        const qreal z = factor == 0 ? 1.0 : std::clamp(m_reader->zoomFactor() * factor, 0.5, 3.0);
        m_reader->setZoomFactor(z);
        GazetteApplication::settings()->setValue(QStringLiteral("reader/zoom"), z);
    };
    QAction *in = menu->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this, [zoom] { zoom(1.1); });
    in->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    QAction *out = menu->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this, [zoom] { zoom(1 / 1.1); });
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *reset = menu->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Actual Size"), this, [zoom] { zoom(0); });
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
}

void MainWindow::applyAppearance()
{
    GazetteApplication::applyPalette();
    m_reader->setAppearance(SettingsDialog::theme(), SettingsDialog::fontFamily(), SettingsDialog::fontSize());
    m_reader->setZoomFactor(GazetteApplication::settings()->value(QStringLiteral("reader/zoom"), 1.0).toReal());
    for (QAction *action : menuBar()->findChildren<QAction *>())
        if (action->isCheckable() && action->data().toString() == SettingsDialog::theme())
            action->setChecked(true);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db ? m_db->path() : Library::Database::defaultPath(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyAppearance();
}

void MainWindow::moveBy(int step)
{
    const int row = m_articleView->currentIndex().row() + step;
    if (row >= m_articles->rowCount() && m_articles->canFetchMore({}))
        m_articles->fetchMore({});
    if (row >= 0 && row < m_articles->rowCount())
        m_articleView->setCurrentIndex(m_articles->index(row, 0));
}

void MainWindow::nextUnread()
{
    for (int row = m_articleView->currentIndex().row() + 1;; ++row) {
        if (row >= m_articles->rowCount()) {
            if (!m_articles->canFetchMore({}))
                break;
            m_articles->fetchMore({});
            if (row >= m_articles->rowCount())
                break;
        }
        if (!m_articles->index(row, 0).data(ArticleListModel::ReadRole).toBool()) {
            m_articleView->setCurrentIndex(m_articles->index(row, 0));
            return;
        }
    }
    statusBar()->showMessage(tr("No unread article below this one"), 3000);
}

void MainWindow::spaceThrough()
{
    QWebEnginePage *page = m_reader->page();
    const qreal bottom = page->scrollPosition().y() + m_reader->height() / page->zoomFactor();
    if (bottom + 4 >= page->contentsSize().height()) {
        moveBy(1);
        return;
    }
    // The page runs no script: scroll it as the keyboard would.
    QWidget *target = m_reader->focusProxy() ? m_reader->focusProxy() : m_reader;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    QCoreApplication::sendEvent(target, &release);
}

void MainWindow::toggleStar()
{
    const int row = m_articleView->currentIndex().row();
    if (const Library::ArticleRow *article = m_articles->rowAt(row)) {
        m_articles->setStarred(row, !article->starred);
        m_categories->reload(*m_store);
        const QSignalBlocker blocker(m_categoryView->selectionModel());
        m_categoryView->expandToDepth(0);
    }
}

void MainWindow::toggleRead()
{
    const int row = m_articleView->currentIndex().row();
    if (const Library::ArticleRow *article = m_articles->rowAt(row)) {
        m_markRead->stop();
        m_articles->setRead(row, !article->read);
    }
}

void MainWindow::markAllRead()
{
    if (!m_store)
        return;
    QList<qint64> ids;
    if (m_articles->showsSearch())
        ids = idsInView();
    int marked = 0;
    if (!ids.isEmpty()) {
        for (qint64 id : ids)
            marked += m_store->setRead(id, true) ? 1 : 0;
    } else if (const auto done = m_store->markRead(categoryFilter())) {
        marked = done.value();
    }
    m_articles->refreshState();
    statusBar()->showMessage(tr("%n article(s) marked read", nullptr, marked), 4000);
}

void MainWindow::hideCurrent()
{
    const int row = m_articleView->currentIndex().row();
    const Library::ArticleRow *article = m_articles->rowAt(row);
    if (!article)
        return;
    const QString title = article->title;
    m_articles->hideRow(row);
    statusBar()->showMessage(tr("Hidden: %1 (the file stays; gazette list --all shows it)").arg(title), 5000);
    if (m_articles->rowCount() > 0)
        m_articleView->setCurrentIndex(m_articles->index(std::min(row, m_articles->rowCount() - 1), 0));
    else
        m_reader->showPlaceholder(tr("No articles here"));
    updateStatus();
}

void MainWindow::openOriginal()
{
    const Library::ArticleRow *article = m_articles->rowAt(m_articleView->currentIndex().row());
    if (article && !article->sourceUrl.isEmpty())
        QDesktopServices::openUrl(QUrl(article->sourceUrl));
    else
        statusBar()->showMessage(tr("This article names no original"), 3000);
}

void MainWindow::showAbout()
{
    QString library = tr("none open");
    if (m_db) {
        const qint64 bytes = QFileInfo(m_db->path()).size() + QFileInfo(m_db->path() + QStringLiteral("-wal")).size();
        library = QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(m_db->path()).toHtmlEscaped(),
                                               QLocale().formattedDataSize(bytes));
    }
    QMessageBox::about(this, tr("About Gazette"),
                       tr("<h3>Gazette %1</h3><p>An offline reader for Jekyll news archives.</p>"
                          "<p>Qt %2 · SQLite %3</p><p>Library: %4</p>")
                               .arg(QStringLiteral(GAZETTE_VERSION), QString::fromLatin1(qVersion()),
                                    Library::Database::sqliteVersion(), library));
}

bool MainWindow::openLibrary(const QString &path, const QString &sampleArchive)
{
    auto db = std::make_unique<Library::Database>();
    if (auto opened = db->open(path); !opened) {
        if (opened.error().contains(QLatin1String("not a database")) || opened.error().contains(QLatin1String("malformed")))
            return rebuildDamagedLibrary(path, opened.error());
        QMessageBox::critical(this, tr("Cannot open the library"), opened.error());
        return false;
    }
    m_articles->setStore(nullptr);
    m_db = std::move(db);
    m_store = std::make_unique<Library::LibraryStore>(*m_db);
    m_reader->setLibrary(path);
    m_searchRunner->setLibrary(path);
    m_articles->setStore(m_store.get());
    reloadModels();
    restoreTree();
    setWindowTitle(tr("Gazette — %1").arg(QFileInfo(path).fileName()));

    const auto stats = m_store->stats();
    if (stats && stats->sources.isEmpty() && !sampleArchive.isEmpty() && QFileInfo(sampleArchive).isDir())
        importFolder(sampleArchive, false); // first start: the sample, without a dialog to dismiss
    return true;
}

void MainWindow::reloadModels()
{
    if (!m_store)
        return;
    const QString path = m_wantedCategory.isEmpty()
            ? m_categoryView->currentIndex().data(CategoryTreeModel::PathRole).toString()
            : std::exchange(m_wantedCategory, QString());
    m_categories->reload(*m_store);
    m_categoryView->expandToDepth(0);
    QModelIndex current = m_categories->indexForPath(path);
    if (!current.isValid())
        current = m_categories->indexForPath({});
    m_categoryView->setCurrentIndex(current);
    showCategory(current);
}

Library::ArticleFilter MainWindow::categoryFilter() const
{
    Library::ArticleFilter filter;
    const QModelIndex current = m_categoryView->currentIndex();
    filter.categoryPath = current.data(CategoryTreeModel::PathRole).toString();
    const int special = current.data(CategoryTreeModel::SpecialRole).toInt();
    filter.unreadOnly = special == CategoryTreeModel::UnreadEntry;
    filter.starredOnly = special == CategoryTreeModel::StarredEntry;
    filter.tags = m_tags;
    filter.anyTag = m_anyTag;
    filter.titleContains = m_titleFilter->text();
    return filter;
}

void MainWindow::setTagFilter(const QStringList &tags, bool any)
{
    m_tags = tags;
    m_anyTag = any;
    m_tagPane->setSelected(tags);
    m_tagPane->setMatchAny(any);
    m_chips->setTags(tags, any);
    showCategory(m_categoryView->currentIndex());
}

void MainWindow::refreshTags()
{
    if (!m_store)
        return;
    // With "all", the counts say how many of the articles shown carry each tag (ticking one narrows to
    // that many); with "any", they count the whole category (ticking one widens).
    Library::ArticleFilter filter = categoryFilter();
    if (m_anyTag)
        filter.tags.clear();
    if (const auto tags = m_store->tags(filter))
        m_tagPane->setTags(tags.value());
}

QList<qint64> MainWindow::selectedArticleIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_articleView->selectionModel()->selectedRows()) {
        if (const Library::ArticleRow *row = m_articles->rowAt(index.row()))
            ids << row->id;
    }
    return ids;
}

void MainWindow::makeAvailableOffline(const Library::ArticleFilter &filter, const QList<qint64> &ids, bool announce)
{
    if (!m_store || m_fetcher)
        return;
    Library::ArticleFilter all = filter;
    all.includeHidden = true;
    const auto missing = m_store->missingResources(all, ids, announce); // asked by the user: failed ones too
    if (!missing) {
        QMessageBox::warning(this, tr("Make Available Offline"), missing.error());
        return;
    }
    if (missing->isEmpty()) {
        m_statusImport->setText(tr("Every image of these articles is stored"));
        Offline::OfflineReport nothing;
        emit offlineFinished(nothing);
        return;
    }
    m_offlineThread = new QThread(this);
    m_fetcher = new Offline::ResourceFetcher(m_db->path());
    m_fetcher->moveToThread(m_offlineThread);
    connect(m_offlineThread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &Offline::ResourceFetcher::progress, this, [this](int done, int total) {
        m_offlineProgress->setMaximum(total);
        m_offlineProgress->setValue(done);
    });
    connect(m_fetcher, &Offline::ResourceFetcher::finished, this, [this, announce](const Offline::OfflineReport &report) {
        m_offlineThread->quit();
        m_offlineThread->wait();
        m_offlineThread->deleteLater();
        m_offlineThread = nullptr;
        m_fetcher = nullptr;
        m_offlineProgress->hide();
        m_offlineCancel->hide();
        m_statusImport->setText(tr("Offline: %1").arg(report.summary()));
        if (const QModelIndex current = m_articleView->currentIndex(); current.isValid())
            showArticle(current); // shows the images that just arrived
        emit offlineFinished(report);
        if (announce || !report.error.isEmpty())
            showOfflineResult(report);
    });
    m_offlineProgress->setRange(0, int(missing->size()));
    m_offlineProgress->setValue(0);
    m_offlineProgress->show();
    m_offlineCancel->show();
    m_offlineThread->start();
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, urls = missing.value()] { fetcher->fetch(urls); },
                              Qt::QueuedConnection);
}

void MainWindow::showOfflineResult(const Offline::OfflineReport &report)
{
    if (!m_screenshotFile.isEmpty())
        return; // unattended
    if (!report.error.isEmpty()) {
        QMessageBox::warning(this, tr("Make Available Offline"), report.error);
        return;
    }
    auto *box = new QMessageBox(report.failed ? QMessageBox::Warning : QMessageBox::Information, tr("Make Available Offline"),
                                report.summary(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (report.failed) {
        QStringList lines;
        for (const Offline::FetchFailure &f : report.failures)
            lines << tr("%1: %2").arg(f.url, f.reason);
        box->setInformativeText(tr("Images that failed are tried again later; they show as placeholders until then."));
        box->setDetailedText(lines.join(u'\n'));
    }
    box->open();
}

QList<qint64> MainWindow::idsInView() const
{
    QList<qint64> ids;
    if (m_articles->showsSearch()) {
        for (int row = 0; row < m_articles->rowCount(); ++row)
            if (const Library::ArticleRow *article = m_articles->rowAt(row))
                ids << article->id;
        return ids;
    }
    Library::ArticleFilter filter = m_articles->filter();
    filter.after.reset();
    filter.limit = -1;
    filter.offset = 0;
    filter.reversed = false;
    if (const auto rows = m_store->articles(filter))
        for (const Library::ArticleRow &row : rows.value())
            ids << row.id;
    return ids;
}

void MainWindow::exportToPdf()
{
    if (!m_store || m_exporter)
        return;
    const Library::ArticleRow *current = m_articles->rowAt(m_articleView->currentIndex().row());
    const QList<qint64> selected = selectedArticleIds();
    const QList<qint64> inView = idsInView();
    QString viewName = m_articles->showsSearch() ? tr("Search: %1").arg(m_searchField->text().trimmed())
                                                 : m_categoryView->currentIndex().data(CategoryTreeModel::PathRole).toString();
    if (viewName.isEmpty())
        viewName = tr("All articles");
    ExportDialog dialog(current ? current->title : QString(), int(selected.size()), int(inView.size()), viewName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> ids = dialog.scope() == ExportDialog::Scope::Article ? QList<qint64> { current ? current->id : 0 }
            : dialog.scope() == ExportDialog::Scope::Selection               ? selected
                                                                             : inView;
    exportArticles(ids, dialog.outputFile(), dialog.options(), dialog.openWhenDone());
}

void MainWindow::exportArticles(const QList<qint64> &ids, const QString &file, const Export::PdfOptions &options, bool open)
{
    if (!m_db || m_exporter || ids.isEmpty())
        return;
    m_exporter = new Export::PdfExporter(m_db->path(), this);
    auto *progress = new QProgressDialog(tr("Exporting %n article(s) to PDF...", nullptr, int(ids.size())), tr("Cancel"), 0,
                                         int(ids.size()), this);
    progress->setWindowTitle(tr("Export to PDF"));
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(m_exporter, &Export::PdfExporter::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
        if (done == total)
            progress->setLabelText(tr("Putting the PDF together..."));
    });
    connect(progress, &QProgressDialog::canceled, m_exporter, &Export::PdfExporter::cancel);
    connect(m_exporter, &Export::PdfExporter::finished, this, [this, progress, open](const Export::PdfReport &report) {
        progress->deleteLater();
        m_exporter->deleteLater();
        m_exporter = nullptr;
        emit exportFinished(report);
        if (report.cancelled) {
            m_statusImport->setText(tr("Export cancelled"));
            return;
        }
        if (!report.error.isEmpty()) {
            m_statusImport->setText(tr("Export failed"));
            if (m_screenshotFile.isEmpty())
                QMessageBox::warning(this, tr("Export to PDF"), report.error);
            return;
        }
        m_statusImport->setText(tr("Exported %n article(s) to %1 (%2 pages)", nullptr, report.articles)
                                        .arg(QFileInfo(report.output).fileName())
                                        .arg(report.pages));
        if (open && m_screenshotFile.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(report.output));
    });
    m_statusImport->setText(tr("Exporting to PDF..."));
    m_exporter->start(ids, file, options);
}

void MainWindow::showCategory(const QModelIndex &index)
{
    if (!m_store)
        return;
    const QString savedQuery = index.data(CategoryTreeModel::QueryRole).toString();
    m_removeSavedSearch->setEnabled(!savedQuery.isEmpty());
    refreshTags();
    if (!savedQuery.isEmpty()) { // a smart folder: its search, over the whole library
        m_searchField->setText(savedQuery);
        runSearch();
        return;
    }
    if (!m_searchField->text().trimmed().isEmpty()) {
        runSearch(); // the same search, in this category
        return;
    }
    m_highlights.clear();
    m_articles->setFilter(categoryFilter());
    if (m_articles->rowCount() > 0)
        m_articleView->setCurrentIndex(m_articles->index(0, 0));
    updateStatus();
}

void MainWindow::search(const QString &query)
{
    m_searchField->setText(query);
    runSearch();
}

void MainWindow::runSearch()
{
    m_searchDelay->stop();
    const QString text = m_searchField->text().trimmed();
    m_saveSearch->setEnabled(!text.isEmpty());
    if (text.isEmpty()) {
        if (m_articles->showsSearch())
            showCategory(m_categoryView->currentIndex());
        return;
    }
    Library::ArticleFilter filter = categoryFilter();
    filter.limit = 500;
    m_searchRunner->search(text, filter);
}

void MainWindow::showSearchResults(const QString &query, const QList<Library::SearchHit> &hits, const QString &error)
{
    if (query != m_searchField->text().trimmed())
        return; // the field has changed since
    if (!error.isEmpty()) {
        m_statusCount->setText(tr("Search: %1").arg(error));
        return;
    }
    const auto parsed = Library::SearchQuery::parse(query);
    m_highlights = parsed ? parsed->highlights : QStringList();
    m_articles->setSearchResults(hits);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::SnippetColumn, QHeaderView::Interactive);
    m_articleView->header()->resizeSection(ArticleListModel::SnippetColumn, 420);
    if (!hits.isEmpty())
        m_articleView->setCurrentIndex(m_articles->index(0, 0));
    else
        m_reader->showPlaceholder(tr("Nothing found for %1").arg(query));
    m_statusCount->setText(hits.size() >= 500 ? tr("the first 500 results for %1").arg(query)
                                              : tr("%n result(s) for %1", nullptr, int(hits.size())).arg(query));
}

void MainWindow::saveSearch()
{
    const QString query = m_searchField->text().trimmed();
    if (query.isEmpty() || !m_store)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name of the saved search:"), QLineEdit::Normal,
                                               query, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (auto saved = m_store->saveSearch(name, query); !saved) {
        QMessageBox::warning(this, tr("Save Search"), saved.error());
        return;
    }
    const QString path = m_categoryView->currentIndex().data(CategoryTreeModel::PathRole).toString();
    m_categories->reload(*m_store);
    m_categoryView->expandToDepth(0);
    const QSignalBlocker blocker(m_categoryView->selectionModel());
    m_categoryView->setCurrentIndex(m_categories->indexForPath(path));
}

void MainWindow::removeSavedSearch()
{
    const qint64 id = m_categoryView->currentIndex().data(CategoryTreeModel::SavedSearchIdRole).toLongLong();
    if (!id || !m_store)
        return;
    m_store->removeSavedSearch(id);
    m_searchField->clear();
    m_categoryView->setCurrentIndex(m_categories->indexForPath({}));
    reloadModels();
}

void MainWindow::showArticle(const QModelIndex &index)
{
    const Library::ArticleRow *row = m_articles->rowAt(index.row());
    if (!row) {
        m_reader->showPlaceholder(tr("Choose an article"));
        return;
    }
    m_reader->showArticle(row->sourceId, row->id, m_articles->showsSearch() ? m_highlights : QStringList());
    // Read after a moment on it (a setting: reader/markReadDelayMs; negative: never by itself).
    const int delay = SettingsDialog::markReadDelayMs();
    m_markRead->stop();
    if (delay == 0) {
        m_articles->setRead(index.row(), true);
    } else if (delay > 0 && !row->read) {
        m_markRead->setProperty("article", row->id);
        m_markRead->start(delay);
    }
}

void MainWindow::updateStatus()
{
    Library::ArticleFilter unread = categoryFilter();
    unread.unreadOnly = true;
    const auto count = m_store ? m_store->countArticles(unread) : Result<int>(0);
    m_statusCount->setText(tr("%n article(s)", nullptr, m_articles->totalCount())
                           + (count ? tr(", %n unread", nullptr, count.value()) : QString()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    importFolder(urls.first().toLocalFile());
}

// The category tree's open branches and current entry, kept in the settings across restarts.
void MainWindow::rememberTree()
{
    QStringList expanded;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_categories->rowCount(parent); ++row) {
            const QModelIndex index = m_categories->index(row, 0, parent);
            if (m_categoryView->isExpanded(index)) {
                expanded << index.data(CategoryTreeModel::PathRole).toString();
                walk(index);
            }
        }
    };
    walk({});
    const auto settings = GazetteApplication::settings();
    settings->setValue(QStringLiteral("tree/expanded"), expanded);
    settings->setValue(QStringLiteral("tree/current"), m_categoryView->currentIndex().data(CategoryTreeModel::PathRole));
}

void MainWindow::restoreTree()
{
    const auto settings = GazetteApplication::settings();
    if (!settings->contains(QStringLiteral("tree/expanded")))
        return;
    for (const QString &path : settings->value(QStringLiteral("tree/expanded")).toStringList())
        if (const QModelIndex index = m_categories->indexForPath(path); index.isValid())
            m_categoryView->expand(index);
    if (m_wantedCategory.isEmpty()) {
        const QModelIndex current = m_categories->indexForPath(settings->value(QStringLiteral("tree/current")).toString());
        if (current.isValid())
            m_categoryView->setCurrentIndex(current);
    }
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Jekyll site or folder of posts"));
    if (!folder.isEmpty())
        importFolder(folder);
}

void MainWindow::chooseLibrary()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Open or create a library"), QFileInfo(m_db ? m_db->path() : QString()).absolutePath(),
                                                      tr("Gazette libraries (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        openLibrary(file);
}

void MainWindow::importFolder(const QString &path, bool announce)
{
    if (!m_db || m_importing)
        return;
    m_importing = true;
    auto *importer = new Library::Importer(m_db->path());
    auto *progress = new QProgressDialog(tr("Importing %1...").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(importer, &Library::Importer::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, progress, [importer] { importer->cancel(); });

    auto *watcher = new QFutureWatcher<Library::ImportReport>(this);
    connect(watcher, &QFutureWatcher<Library::ImportReport>::finished, this, [=, this] {
        const Library::ImportReport report = watcher->result();
        progress->deleteLater();
        watcher->deleteLater();
        importer->deleteLater();
        m_importing = false;
        reloadModels();
        m_statusImport->setText(tr("Last import: %1").arg(report.summary()));
        if (report.error.isEmpty())
            rememberSource(report.root);
        emit importFinished(report);
        if (m_updating) { // one folder of an update
            m_updateReports << report;
            if (!m_updateQueue.isEmpty()) {
                importFolder(m_updateQueue.takeFirst(), false);
                return;
            }
            QStringList lines;
            int added = 0, updated = 0;
            for (const Library::ImportReport &part : std::as_const(m_updateReports)) {
                added += part.added;
                updated += part.updated;
                lines << (part.error.isEmpty() ? QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(part.root), part.summary())
                                               : QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(part.root), part.error));
            }
            m_updateReports.clear();
            m_updating = false;
            m_statusImport->setText(tr("Updated: %1 new, %2 changed").arg(added).arg(updated));
            if (m_screenshotFile.isEmpty()) {
                auto *box = new QMessageBox(QMessageBox::Information, tr("Update Library"),
                                            tr("%1 new and %2 changed articles.").arg(added).arg(updated), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setDetailedText(lines.join(u'\n'));
                box->open();
            }
            return;
        }
        if (announce || !report.error.isEmpty())
            showImportResult(report);
    });
    watcher->setFuture(QtConcurrent::run([importer, path] { return importer->importFolder(path); }));
    m_statusImport->setText(tr("Importing..."));
}

void MainWindow::updateLibrary()
{
    if (!m_store || m_importing)
        return;
    const auto stats = m_store->stats();
    if (!stats || stats->sources.isEmpty()) {
        chooseFolderToImport();
        return;
    }
    m_updateQueue.clear();
    m_updateReports.clear();
    QStringList gone;
    for (const auto &source : stats->sources) {
        if (QFileInfo(source.root).isDir())
            m_updateQueue << source.root;
        else
            gone << tr("%1 (%n article(s), kept in the library)", nullptr, source.articles).arg(QDir::toNativeSeparators(source.root));
    }
    if (!gone.isEmpty() && m_screenshotFile.isEmpty())
        QMessageBox::warning(this, tr("Update Library"),
                             tr("These folders are gone (moved, deleted or on a drive that is not mounted); their "
                                "articles stay in the library:\n\n%1").arg(gone.join(u'\n')));
    if (m_updateQueue.isEmpty())
        return;
    m_updating = true;
    importFolder(m_updateQueue.takeFirst(), true);
}

// The folders imported into a library, kept in the settings: what a damaged library is rebuilt from.
void MainWindow::rememberSource(const QString &root)
{
    if (!m_db)
        return;
    const auto settings = GazetteApplication::settings();
    const QString key = QStringLiteral("sources/") + QString::fromLatin1(m_db->path().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    QStringList roots = settings->value(key).toStringList();
    if (!roots.contains(root)) {
        roots << root;
        settings->setValue(key, roots);
    }
}

bool MainWindow::rebuildDamagedLibrary(const QString &path, const QString &error)
{
    const auto settings = GazetteApplication::settings();
    const QStringList roots = settings->value(QStringLiteral("sources/") + QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding)))
                                      .toStringList();
    QMessageBox box(QMessageBox::Critical, tr("The library is damaged"),
                    tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error), QMessageBox::NoButton, this);
    box.setInformativeText(roots.isEmpty()
                                   ? tr("Gazette can put it aside and start a new, empty library.")
                                   : tr("Gazette can put it aside and rebuild the library from its folders:\n%1\n"
                                        "Reading state (read, starred) of the damaged library is lost; the posts are not.")
                                             .arg(roots.join(u'\n')));
    QPushButton *rebuild = box.addButton(roots.isEmpty() ? tr("Start a New Library") : tr("Rebuild from the Folders"),
                                         QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    if (m_screenshotFile.isEmpty())
        box.exec();
    if (box.clickedButton() != rebuild)
        return false;
    const QString aside = QStringLiteral("%1.damaged-%2").arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            QMessageBox::critical(this, tr("The library is damaged"), tr("Cannot move %1 aside.").arg(path + suffix));
            return false;
        }
    if (!openLibrary(path))
        return false;
    m_updateQueue = roots;
    if (!m_updateQueue.isEmpty()) {
        m_updating = true;
        importFolder(m_updateQueue.takeFirst(), true);
    }
    statusBar()->showMessage(tr("The damaged library is kept as %1").arg(QDir::toNativeSeparators(aside)), 10000);
    return true;
}

void MainWindow::showImportResult(const Library::ImportReport &report)
{
    if (!m_screenshotFile.isEmpty())
        return; // unattended
    if (!report.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import failed"), report.error);
        return;
    }
    QStringList problems;
    for (const Library::FileOutcome &file : report.files) {
        if (file.status == Library::FileOutcome::Status::Failed)
            problems << tr("%1: %2").arg(file.path, file.message);
    }
    auto *box = new QMessageBox(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Import finished"),
                                tr("%1\n\n%2").arg(QDir::toNativeSeparators(report.root), report.summary()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!problems.isEmpty()) {
        box->setInformativeText(tr("%n file(s) could not be imported; see the details.", nullptr, int(problems.size())));
        box->setDetailedText(problems.join(u'\n'));
    }
    box->open();
}

void MainWindow::selectCategory(const QString &path)
{
    const QModelIndex index = m_categories->indexForPath(path);
    m_wantedCategory = index.isValid() ? QString() : path;
    if (!index.isValid())
        return;
    m_categoryView->expand(index.parent());
    m_categoryView->setCurrentIndex(index);
}

void MainWindow::takeScreenshotAndQuit(const QString &file)
{
    m_screenshotFile = file;
    QTimer::singleShot(60000, qApp, [] { QCoreApplication::exit(3); }); // never hang a test
}

void MainWindow::saveScreenshot()
{
    if (m_screenshotFile.isEmpty() || m_importing)
        return;
    QPixmap shot = windowHandle() && windowHandle()->screen()
            ? windowHandle()->screen()->grabWindow(winId())
            : grab();
    const bool saved = shot.save(m_screenshotFile);
    QCoreApplication::exit(saved ? 0 : 4);
}

} // namespace Gazette::Ui
