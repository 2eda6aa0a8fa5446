// Tests PDF export in the window's process: no request leaves Gazette, cancelling leaves no file, the
// window's export makes the PDF it was asked for.
#include "articleschemehandler.h"
#include "webenginetestmain.h"
#include "importer.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "pdfexporter.h"
#include "requestinterceptor.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;

class TestPdfExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString library() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    QList<qint64> allIds()
    {
        Library::Database db;
        if (!db.open(library()))
            return {};
        QList<qint64> ids;
        for (const Library::ArticleRow &row : Library::LibraryStore(db).articles({}).value())
            ids << row.id;
        return ids;
    }

    Export::PdfReport exportAndWait(Export::PdfExporter &exporter, const QList<qint64> &ids, const QString &file,
                                    const Export::PdfOptions &options = {})
    {
        QSignalSpy finished(&exporter, &Export::PdfExporter::finished);
        exporter.start(ids, file, options);
        if (finished.isEmpty())
            finished.wait(120000);
        return finished.value(0).value(0).value<Export::PdfReport>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Library::Importer(library()).importFolder(QStringLiteral(GAZETTE_SAMPLE_DIR)).error.isEmpty());
        if (QDir(Tests::finewsDir()).exists())
            QVERIFY(Library::Importer(library()).importFolder(Tests::finewsDir()).error.isEmpty());
    }

    void noRequestLeavesGazette()
    {
        Export::PdfExporter exporter(library());
        QList<QUrl> requested;
        connect(exporter.interceptor(), &Browser::RequestInterceptor::requested, this,
                [&requested](const QUrl &url, bool) { requested << url; });
        const QString file = m_dir.filePath(QStringLiteral("all.pdf"));
        const Export::PdfReport report = exportAndWait(exporter, allIds(), file);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(QFileInfo(file).size() > 10000);
        QVERIFY(report.pages > report.articles);
        int images = 0;
        for (const QUrl &url : requested) {
            QCOMPARE(url.scheme(), QStringLiteral("gazette"));
            images += url.path().startsWith(QLatin1String("/resource/")) ? 1 : 0;
        }
        // Not vacuous: the articles (printed in chunks), the contents and the sample's stored images were asked for.
        QVERIFY(std::any_of(requested.cbegin(), requested.cend(), [](const QUrl &url) { return url.path() == u"/chunk"; }));
        QVERIFY(std::any_of(requested.cbegin(), requested.cend(), [](const QUrl &url) { return url.path() == u"/document/front"; }));
        QVERIFY(images >= 3);
    }

    void cancellingLeavesNoFile()
    {
        Export::PdfExporter exporter(library());
        const QString file = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QSignalSpy finished(&exporter, &Export::PdfExporter::finished);
        connect(&exporter, &Export::PdfExporter::progress, &exporter, [&exporter](int done, int) {
            if (done > 0 && done < Export::PdfExporter::ChunkSize * 2)
                exporter.cancel(); // after the first chunk, with more to come
        });
        exporter.start(allIds(), file, {});
        QVERIFY(finished.wait(120000));
        const auto report = finished.value(0).value(0).value<Export::PdfReport>();
        QVERIFY(report.cancelled);
        QVERIFY(!QFile::exists(file));
    }

    void theWindowExports()
    {
        Ui::MainWindow window;
        QVERIFY(window.openLibrary(library()));
        QSignalSpy finished(&window, &Ui::MainWindow::exportFinished);
        const QString file = m_dir.filePath(QStringLiteral("window.pdf"));
        Export::PdfOptions options;
        options.pageSize = QPageSize::Letter;
        options.orientation = QPageLayout::Landscape;
        window.exportArticles(allIds().mid(0, 3), file, options, false);
        QVERIFY(finished.wait(120000));
        const auto report = finished.value(0).value(0).value<Export::PdfReport>();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.articles, 3);
        QVERIFY(QFile::exists(file));
    }
};

GAZETTE_WEBENGINE_TEST_MAIN(TestPdfExport)

#include "tst_pdfexport.moc"
