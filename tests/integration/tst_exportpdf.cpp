// Tests `gazette export-pdf` as a user meets it: the PDF's text read back with pdftotext, its fonts with
// pdffonts, its pages in the order of its contents; and the refusals.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless, as in CI or cron
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run r;
    if (!process.waitForFinished(300000)) {
        process.kill();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

Run gazette(const QStringList &arguments)
{
    return run(QStringLiteral(GAZETTE_BINARY), arguments);
}

QString squeeze(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The text of each page of a PDF (pdftotext separates pages with a form feed).
QStringList pagesOf(const QString &pdf, bool layout = false)
{
    QStringList arguments { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") };
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    const Run text = run(QStringLiteral("pdftotext"), arguments);
    QStringList pages = QString::fromUtf8(text.out).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    qint64 idOf(const QString &title)
    {
        const Run list = gazette({ QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("--all") });
        for (const QJsonValue &row : QJsonDocument::fromJson(list.out).array())
            if (row[QLatin1String("title")].toString() == title)
                return row[QLatin1String("id")].toInteger();
        return 0;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; packaging/install-deps.sh installs it");
        QCOMPARE(gazette({ QStringLiteral("import"), QStringLiteral(GAZETTE_SAMPLE_DIR), QStringLiteral("--db"), db(), QStringLiteral("--quiet") }).exitCode, 0);
        if (QDir(Gazette::Tests::finewsDir()).exists())
            QCOMPARE(gazette({ QStringLiteral("import"), Gazette::Tests::finewsDir(), QStringLiteral("--db"), db(), QStringLiteral("--quiet") }).exitCode, 0);
    }

    void chineseArticleReadsBackAsTheSameText()
    {
        GAZETTE_REQUIRE_CORPUS();
        const QString title = QStringLiteral("中国电信总经理李正茂大年初一调研北京冬奥会通信保障工作并慰问一线员工");
        const qint64 id = idOf(title);
        QVERIFY(id > 0);
        const QString pdf = m_dir.filePath(QStringLiteral("one.pdf"));
        const Run exported = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--id"), QString::number(id), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db() });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.out.contains("1 article(s)"));

        const QString text = squeeze(pagesOf(pdf).join(QString()));
        QVERIFY2(text.contains(squeeze(title)), qPrintable(text.left(300)));
        const Run show = gazette({ QStringLiteral("show"), QString::number(id), QStringLiteral("--text"), QStringLiteral("--db"), db() });
        int paragraphs = 0;
        for (const QString &paragraph : QString::fromUtf8(show.out).split(u'\n', Qt::SkipEmptyParts)) {
            QVERIFY2(text.contains(squeeze(paragraph)), qPrintable(paragraph));
            ++paragraphs;
        }
        QVERIFY(paragraphs >= 4);
        QVERIFY(text.contains(QStringLiteral("NewsShare.html"))); // the original link under the article

        const Run fonts = run(QStringLiteral("pdffonts"), { pdf });
        bool cjkEmbedded = false;
        for (const QString &line : QString::fromUtf8(fonts.out).split(u'\n')) {
            if (line.contains(QRegularExpression(QStringLiteral("UMing|WenQuanYi|CJK|Hei|Song|Ming"))))
                cjkEmbedded = cjkEmbedded || line.contains(QRegularExpression(QStringLiteral("\\byes\\s+yes\\s+yes\\b")));
        }
        QVERIFY2(cjkEmbedded, fonts.out.constData());
    }

    void categoryHasCoverContentsAndPagesInOrder()
    {
        const QString small = m_dir.filePath(QStringLiteral("markets.pdf"));
        const QString large = m_dir.filePath(QStringLiteral("finance.pdf"));
        QCOMPARE(gazette({ QStringLiteral("export-pdf"), QStringLiteral("--category"), QStringLiteral("finance/markets"), QStringLiteral("-o"), small, QStringLiteral("--db"), db(), QStringLiteral("--page-size"), QStringLiteral("A4") }).exitCode, 0);
        const Run exported = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--category"), QStringLiteral("finance"), QStringLiteral("-o"), large, QStringLiteral("--db"), db(), QStringLiteral("--json") });
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(exported.out).object();
        const int articles = report[QLatin1String("articles")].toInt();
        QVERIFY(articles >= 10);

        const QStringList smallPages = pagesOf(small);
        const QStringList pages = pagesOf(large);
        QCOMPARE(pages.size(), report[QLatin1String("pages")].toInt());
        QVERIFY(pages.size() > smallPages.size()); // more articles, more pages
        QVERIFY(pages.size() >= articles + 2); // a cover, the contents, a page or more per article
        QVERIFY(pages[0].contains(QStringLiteral("Category: finance")));

        // The contents list every article with its page; each title starts that page, in that order.
        const Run list = gazette({ QStringLiteral("list"), QStringLiteral("--category"), QStringLiteral("finance"), QStringLiteral("--db"), db(), QStringLiteral("--json") });
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), articles);
        static const QRegularExpression entry(QStringLiteral("^(.*\\S)\\s+(\\d+)\\s*$"));
        int lastPage = 0;
        const QString contents = pagesOf(large, true).value(1);
        for (const QJsonValue &row : rows) {
            const QString title = row[QLatin1String("title")].toString();
            int page = 0;
            for (const QString &line : contents.split(u'\n')) {
                const auto m = entry.match(line);
                if (m.hasMatch() && squeeze(m.captured(1)).endsWith(squeeze(title)))
                    page = m.captured(2).toInt();
            }
            QVERIFY2(page > lastPage, qPrintable(QStringLiteral("%1: page %2 after %3").arg(title).arg(page).arg(lastPage)));
            static const QRegularExpression pageNumber(QStringLiteral("^\\s*\\d+ / \\d+\\s"));
            QVERIFY2(squeeze(QString(pages[page - 1]).remove(pageNumber)).startsWith(squeeze(title)), qPrintable(title));
            lastPage = page;
        }
        // Page numbers in the footer, from the contents on.
        QVERIFY(pages[1].contains(QStringLiteral("2 / %1").arg(pages.size())));
        QVERIFY(pages.last().contains(QStringLiteral("%1 / %1").arg(pages.size())));
        QVERIFY(!pages[0].contains(QStringLiteral("1 / ")));
    }

    void badInputIsRefused()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
        Run r = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--tag"), QStringLiteral("no-such-tag"), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no articles match"));
        QVERIFY(!QFile::exists(pdf));
        r = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--category"), QStringLiteral("finance"), QStringLiteral("--db"), db() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("-o FILE.pdf"));
        r = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--category"), QStringLiteral("finance"), QStringLiteral("-o"), QStringLiteral("/proc/no-such-folder/x.pdf"), QStringLiteral("--db"), db() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no such folder"));
        Gazette::Tests::writeFile(pdf, "keep me");
        r = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--category"), QStringLiteral("finance"), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--force"));
        QFile kept(pdf);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        kept.close();
        r = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--id"), QStringLiteral("999999"), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db(), QStringLiteral("--force") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no article with id 999999"));
        r = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--query"), QStringLiteral("新能源"), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db(), QStringLiteral("--force"), QStringLiteral("--page-size"), QStringLiteral("B5") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("A4 or Letter"));
        r = gazette({ QStringLiteral("export-pdf"), QStringLiteral("--query"), QStringLiteral("新能源"), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db(), QStringLiteral("--force"), QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--no-images") });
        QCOMPARE(r.exitCode, 0);
        const Run info = run(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.out.contains("612 x 792 pts (letter)"), info.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
