<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Gazette::Export::PdfExporter</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n 篇文章</numerusform></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>没有编号为 %1 的文章</translation>
    </message>
    <message>
        <source>no articles to export</source>
        <translation>没有可导出的文章</translation>
    </message>
    <message>
        <source>could not print article %1 (%2)</source>
        <translation>无法打印文章 %1（%2）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>could not print the contents</source>
        <translation>无法打印目录</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::ArticleListModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>The file of this article is gone; the library keeps it.</source>
        <translation>这篇文章的文件已不在，文库仍保留它。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::ArticleView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Link in Browser</source>
        <translation>在浏览器中打开链接(&amp;O)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save Image As...</source>
        <translation>图片另存为(&amp;S)...</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Print to PDF...</source>
        <translation>打印为 PDF(&amp;P)...</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::CategoryTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已存搜索</translation>
    </message>
    <message>
        <source>Saved search: %1 (%2 articles)</source>
        <translation>已存搜索：%1（%2 篇）</translation>
    </message>
    <message>
        <source>%1: %2 articles</source>
        <translation>%1：%2 篇</translation>
    </message>
    <message>
        <source>%1: %2 articles, %3 unread</source>
        <translation>%1：%2 篇，%3 篇未读</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::ChipBar</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show the category without tag filters</source>
        <translation>取消标签筛选，显示整个分类</translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation>任一：</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>全部：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::ExportDialog</name>
    <message>
        <source>Include images</source>
        <translation>包含图片</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>完成后打开 PDF</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>The article shown</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <source>The article shown: %1</source>
        <translation>当前文章：%1</translation>
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation><numerusform>选中的文章（%n 篇）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Everything in this view: %1 (%n article(s))</source>
        <translation><numerusform>当前视图的全部文章：%1（%n 篇）</numerusform></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>选中的文章</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>请选择一个已存在文件夹中的文件。</translation>
    </message>
    <message>
        <source>Gazette cannot write in %1.</source>
        <translation>Gazette 无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::MainWindow</name>
    <message>
        <source>Gazette</source>
        <translation>Gazette</translation>
    </message>
    <message>
        <source>Filter titles (Ctrl+F)</source>
        <translation>筛选标题 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Images %v of %m</source>
        <translation>图片 %v / %m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop downloading images</source>
        <translation>停止下载图片</translation>
    </message>
    <message>
        <source>Make Available Offline</source>
        <translation>离线可读</translation>
    </message>
    <message>
        <source>Search (Ctrl+K): words, "a phrase", -word, tag:NAME, after:2024-01-01</source>
        <translation>搜索 (Ctrl+K)：词语、"短语"、-排除词、tag:标签、after:2024-01-01</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>请选择一篇文章</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation>导入文件夹(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Open Library...</source>
        <translation>打开文库(&amp;O)...</translation>
    </message>
    <message>
        <source>Make Available &amp;Offline</source>
        <translation>离线可读(&amp;O)</translation>
    </message>
    <message>
        <source>The &amp;Current Category</source>
        <translation>当前分类(&amp;C)</translation>
    </message>
    <message>
        <source>The &amp;Selected Articles</source>
        <translation>选中的文章(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>全部(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export to PDF...</source>
        <translation>导出为 PDF(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Download Images After Each Import</source>
        <translation>每次导入后下载图片(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Save Search...</source>
        <translation>保存搜索(&amp;S)...</translation>
    </message>
    <message>
        <source>Keep this search in the category tree; it follows new imports</source>
        <translation>把这个搜索保存在分类树中，新导入的文章也会计入</translation>
    </message>
    <message>
        <source>&amp;Remove Saved Search</source>
        <translation>删除已存搜索(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Gazette</source>
        <translation>关于 Gazette(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>下一篇未读(&amp;U)</translation>
    </message>
    <message>
        <source>Scroll, then Next</source>
        <translation>向下滚动，然后下一篇</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>星标(&amp;S)</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>切换已读(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;All in View as Read</source>
        <translation>将视图中全部标为已读(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hide (the File Stays)</source>
        <translation>隐藏（文件保留）(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Original in Browser</source>
        <translation>在浏览器中打开原文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>护眼(&amp;E)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>No unread article below this one</source>
        <translation>下面没有未读文章了</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked read</source>
        <translation><numerusform>%n 篇文章已标为已读</numerusform></translation>
    </message>
    <message>
        <source>Hidden: %1 (the file stays; gazette list --all shows it)</source>
        <translation>已隐藏：%1（文件保留；gazette list --all 可见）</translation>
    </message>
    <message>
        <source>No articles here</source>
        <translation>这里没有文章</translation>
    </message>
    <message>
        <source>This article names no original</source>
        <translation>这篇文章没有原文链接</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>About Gazette</source>
        <translation>关于 Gazette</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;An offline reader for Jekyll news archives.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Library: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;Jekyll 新闻存档的离线阅读器。&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;文库：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <source>Gazette — %1</source>
        <translation>Gazette — %1</translation>
    </message>
    <message>
        <source>Every image of these articles is stored</source>
        <translation>这些文章的图片均已保存</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Images that failed are tried again later; they show as placeholders until then.</source>
        <translation>下载失败的图片稍后会重试，在此之前显示为占位框。</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s) to PDF...</source>
        <translation><numerusform>正在将 %n 篇文章导出为 PDF...</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>Putting the PDF together...</source>
        <translation>正在合成 PDF...</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2 pages)</source>
        <translation><numerusform>已将 %n 篇文章导出到 %1（%2 页）</numerusform></translation>
    </message>
    <message>
        <source>Exporting to PDF...</source>
        <translation>正在导出 PDF...</translation>
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation>没有找到 %1</translation>
    </message>
    <message>
        <source>the first 500 results for %1</source>
        <translation>%1 的前 500 条结果</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for %1</source>
        <translation><numerusform>%1：%n 条结果</numerusform></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>已存搜索的名称：</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n 篇文章</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation><numerusform>，%n 篇未读</numerusform></translation>
    </message>
    <message>
        <source>Import a Jekyll site or folder of posts</source>
        <translation>导入 Jekyll 站点或文章文件夹</translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation>打开或新建文库</translation>
    </message>
    <message>
        <source>Gazette libraries (*.sqlite);;All files (*)</source>
        <translation>Gazette 文库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>上次导入：%1</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>正在导入...</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; see the details.</source>
        <translation><numerusform>%n 个文件无法导入，详见详细信息。</numerusform></translation>
    </message>
    <message>
        <source>Show Only Tag</source>
        <translation>只看标签</translation>
    </message>
    <message>
        <source>Export to PDF...</source>
        <translation>导出为 PDF...</translation>
    </message>
    <message>
        <source>&amp;Update Library</source>
        <translation>更新文库(&amp;U)</translation>
    </message>
    <message>
        <source>Import every folder of the library again: new posts come in, changed ones are updated</source>
        <translation>重新导入文库的所有文件夹：新文章会加入，改动的会更新</translation>
    </message>
    <message>
        <source>Filter &amp;Titles</source>
        <translation>筛选标题(&amp;T)</translation>
    </message>
    <message>
        <source>Filter by T&amp;ags</source>
        <translation>按标签筛选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear Tag Filters</source>
        <translation>清除标签筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Updated: %1 new, %2 changed</source>
        <translation>已更新：新增 %1，变更 %2</translation>
    </message>
    <message>
        <source>Update Library</source>
        <translation>更新文库</translation>
    </message>
    <message>
        <source>%1 new and %2 changed articles.</source>
        <translation>新增 %1 篇，变更 %2 篇。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s), kept in the library)</source>
        <translation><numerusform>%1（%n 篇文章，仍保留在文库中）</numerusform></translation>
    </message>
    <message>
        <source>These folders are gone (moved, deleted or on a drive that is not mounted); their articles stay in the library:

%1</source>
        <translation>这些文件夹已不在（被移动、删除，或所在磁盘未挂载）；其中的文章仍保留在文库中：

%1</translation>
    </message>
    <message>
        <source>The library is damaged</source>
        <translation>文库已损坏</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Gazette can put it aside and start a new, empty library.</source>
        <translation>Gazette 可以把它移到一旁，新建一个空文库。</translation>
    </message>
    <message>
        <source>Gazette can put it aside and rebuild the library from its folders:
%1
Reading state (read, starred) of the damaged library is lost; the posts are not.</source>
        <translation>Gazette 可以把它移到一旁，并从这些文件夹重建文库：
%1
损坏文库中的阅读状态（已读、星标）会丢失，文章不会。</translation>
    </message>
    <message>
        <source>Start a New Library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <source>Rebuild from the Folders</source>
        <translation>从文件夹重建</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>无法移开 %1。</translation>
    </message>
    <message>
        <source>The damaged library is kept as %1</source>
        <translation>损坏的文库已保存为 %1</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <source>The reader's own (Noto Serif CJK)</source>
        <translation>阅读器默认（思源宋体）</translation>
    </message>
    <message>
        <source>The reader's own (17 px)</source>
        <translation>阅读器默认（17 像素）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Never by itself</source>
        <translation>从不自动</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long an article stays open before it counts as read; 0: at once</source>
        <translation>文章打开多久后算作已读；0 表示立即</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Gazette libraries (*.sqlite);;All files (*)</source>
        <translation>Gazette 文库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Mark read after:</source>
        <translation>标为已读：</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>文库：</translation>
    </message>
    <message>
        <source>A new library location is used from the next start (File &gt; Open Library switches now).</source>
        <translation>新的文库位置在下次启动时生效（“文件 &gt; 打开文库”可立即切换）。</translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::TagListModel</name>
    <message numerus="yes">
        <source>%n article(s) tagged %1</source>
        <translation><numerusform>%n 篇文章带有标签 %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::TagPane</name>
    <message>
        <source>Filter tags (Ctrl+L)</source>
        <translation>筛选标签 (Ctrl+L)</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation>满足任一</translation>
    </message>
    <message>
        <source>Show articles with all the ticked tags, or with any of them</source>
        <translation>显示带有全部或任一所选标签的文章</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
</TS>