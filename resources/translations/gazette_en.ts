<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Gazette::Export::PdfExporter</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no articles to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not print article %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not print the contents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::ArticleListModel</name>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file of this article is gone; the library keeps it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::ArticleView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Link in Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Image As...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print to PDF...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::CategoryTreeModel</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved search: %1 (%2 articles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 articles, %3 unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::ChipBar</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the category without tag filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::ExportDialog</name>
    <message>
        <source>Include images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation><numerusform>The selected articles (%n)</numerusform><numerusform>The selected articles (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Everything in this view: %1 (%n article(s))</source>
        <translation><numerusform>Everything in this view: %1 (%n article)</numerusform><numerusform>Everything in this view: %1 (%n articles)</numerusform></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gazette cannot write in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::MainWindow</name>
    <message>
        <source>Gazette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter titles (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop downloading images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make Available Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search (Ctrl+K): words, "a phrase", -word, tag:NAME, after:2024-01-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Library...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make Available &amp;Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The &amp;Current Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The &amp;Selected Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Download Images After Each Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Search...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this search in the category tree; it follows new imports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Saved Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Gazette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scroll, then Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Star</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;All in View as Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hide (the File Stays)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Original in Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unread article below this one</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s) marked read</source>
        <translation><numerusform>%n article marked read</numerusform><numerusform>%n articles marked read</numerusform></translation>
    </message>
    <message>
        <source>Hidden: %1 (the file stays; gazette list --all shows it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No articles here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article names no original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Gazette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;An offline reader for Jekyll news archives.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Library: %4&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gazette — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every image of these articles is stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images that failed are tried again later; they show as placeholders until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s) to PDF...</source>
        <translation><numerusform>Exporting %n article to PDF...</numerusform><numerusform>Exporting %n articles to PDF...</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Putting the PDF together...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2 pages)</source>
        <translation><numerusform>Exported %n article to %1 (%2 pages)</numerusform><numerusform>Exported %n articles to %1 (%2 pages)</numerusform></translation>
    </message>
    <message>
        <source>Exporting to PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first 500 results for %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s) for %1</source>
        <translation><numerusform>%n result for %1</numerusform><numerusform>%n results for %1</numerusform></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation><numerusform>, %n unread</numerusform><numerusform>, %n unread</numerusform></translation>
    </message>
    <message>
        <source>Import a Jekyll site or folder of posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or create a library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gazette libraries (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; see the details.</source>
        <translation><numerusform>%n file could not be imported; see the details.</numerusform><numerusform>%n files could not be imported; see the details.</numerusform></translation>
    </message>
    <message>
        <source>Show Only Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to PDF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Update Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import every folder of the library again: new posts come in, changed ones are updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter &amp;Titles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by T&amp;ags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear Tag Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated: %1 new, %2 changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 new and %2 changed articles.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s), kept in the library)</source>
        <translation><numerusform>%1 (%n article, kept in the library)</numerusform><numerusform>%1 (%n articles, kept in the library)</numerusform></translation>
    </message>
    <message>
        <source>These folders are gone (moved, deleted or on a drive that is not mounted); their articles stay in the library:

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gazette can put it aside and start a new, empty library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gazette can put it aside and rebuild the library from its folders:
%1
Reading state (read, starred) of the damaged library is lost; the posts are not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a New Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuild from the Folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged library is kept as %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reader's own (Noto Serif CJK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reader's own (17 px)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never by itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long an article stays open before it counts as read; 0: at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gazette libraries (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark read after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new library location is used from the next start (File &gt; Open Library switches now).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Gazette::Ui::TagListModel</name>
    <message numerus="yes">
        <source>%n article(s) tagged %1</source>
        <translation><numerusform>%n article tagged %1</numerusform><numerusform>%n articles tagged %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Gazette::Ui::TagPane</name>
    <message>
        <source>Filter tags (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show articles with all the ticked tags, or with any of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>