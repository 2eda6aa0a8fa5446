// ArchiveScanner: walks a Jekyll site or a plain folder and lists the files that may be articles.
#include "archivescanner.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

Q_LOGGING_CATEGORY(lcArchive, "gazette.archive", QtWarningMsg)

namespace Gazette::Archive {

namespace {

bool isSkippedFolder(const QString &name)
{
    static const QSet<QString> skipped { QStringLiteral("_site"),      QStringLiteral("node_modules"),
                                         QStringLiteral("_layouts"),   QStringLiteral("_includes"),
                                         QStringLiteral("_sass"),      QStringLiteral("_data"),
                                         QStringLiteral("vendor"),     QStringLiteral("_plugins") };
    return name.startsWith(u'.') || skipped.contains(name);
}

bool isPostExtension(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
            || fileName.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive)
            || fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive);
}

// The Jekyll site a folder belongs to: itself, or the nearest ancestor with a _config.yml.
QString findSiteRoot(const QString &root)
{
    QDir dir(root);
    if (dir.exists(QStringLiteral("_config.yml")) || dir.exists(QStringLiteral("_posts")))
        return root;
    for (int level = 0; level < 4 && dir.cdUp(); ++level) {
        if (dir.exists(QStringLiteral("_config.yml")))
            return dir.absolutePath();
    }
    return {};
}

void readConfig(const QString &siteRoot, Site *site, QList<ScanProblem> *problems)
{
    site->timeZone = QTimeZone::systemTimeZone();
    const QString configPath = siteRoot + QStringLiteral("/_config.yml");
    QFile file(configPath);
    if (!file.exists())
        return;
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        problems->append({ QStringLiteral("_config.yml"), QStringLiteral("cannot read the site configuration") });
        return;
    }
    try {
        const YAML::Node config = YAML::Load(file.readAll().toStdString());
        if (!config.IsMap())
            return;
        if (const auto zone = config["timezone"]; zone && zone.IsScalar()) {
            const QTimeZone tz(QByteArray::fromStdString(zone.Scalar()));
            if (tz.isValid())
                site->timeZone = tz;
            else
                problems->append({ QStringLiteral("_config.yml"),
                                   QStringLiteral("unknown timezone \"%1\"; dates without an offset use the "
                                                  "system's zone")
                                           .arg(QString::fromStdString(zone.Scalar())) });
        }
        if (const auto url = config["url"]; url && url.IsScalar())
            site->url = QString::fromStdString(url.Scalar());
        if (const auto baseUrl = config["baseurl"]; baseUrl && baseUrl.IsScalar())
            site->baseUrl = QString::fromStdString(baseUrl.Scalar());
    } catch (const YAML::Exception &e) {
        problems->append({ QStringLiteral("_config.yml"),
                           QStringLiteral("site configuration is not valid YAML (%1); using defaults")
                                   .arg(QString::fromStdString(e.msg)) });
    }
}

SourceFile::Role roleFor(const QString &pathInSite, bool isJekyll)
{
    if (!isJekyll)
        return SourceFile::Role::Any;
    const QStringList parts = pathInSite.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] == u"_posts")
            return SourceFile::Role::Post;
        if (parts[i] == u"_drafts")
            return SourceFile::Role::Draft;
    }
    return SourceFile::Role::Page;
}

} // namespace

QUrl Site::linkBase() const
{
    QString path = baseUrl.trimmed();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.isEmpty() && !path.startsWith(u'/'))
        path.prepend(u'/');
    QString site = url.trimmed();
    while (site.endsWith(u'/'))
        site.chop(1);
    const QUrl web(site + path + u'/');
    if (!site.isEmpty() && web.isValid() && (web.scheme() == u"http" || web.scheme() == u"https") && !web.host().isEmpty())
        return web;
    return QUrl(QStringLiteral("archive:") + path + u'/');
}

QString Site::localFile(const QString &address) const
{
    const QUrl target(address);
    const QUrl base = linkBase();
    const auto web = [](const QString &scheme) { return scheme == u"http" || scheme == u"https"; };
    const bool sameScheme = target.scheme() == base.scheme() || (web(target.scheme()) && web(base.scheme()));
    if (!sameScheme || target.host().compare(base.host(), Qt::CaseInsensitive) != 0 || webRoot.isEmpty())
        return {};
    const QString basePath = base.path();
    const QString path = target.path(QUrl::FullyDecoded);
    if (!path.startsWith(basePath))
        return {};
    const QString file = QDir::cleanPath(webRoot + u'/' + path.mid(basePath.size()));
    if (!file.startsWith(webRoot + u'/'))
        return {};
    return file;
}

Result<std::pair<Site, SourceFile>> ArchiveScanner::scanFile(const QString &path)
{
    using Found = Result<std::pair<Site, SourceFile>>;
    const QFileInfo info(path);
    if (!info.exists())
        return Found::failure(QStringLiteral("%1: no such file").arg(path));
    if (!info.isFile())
        return Found::failure(QStringLiteral("%1: not a file").arg(path));
    Site site;
    const QString folder = info.canonicalPath();
    const QString siteRoot = findSiteRoot(folder);
    site.isJekyll = !siteRoot.isEmpty();
    site.root = site.isJekyll ? siteRoot : folder;
    site.webRoot = site.root;
    QList<ScanProblem> problems;
    readConfig(site.root, &site, &problems);
    SourceFile file;
    file.absolutePath = info.canonicalFilePath();
    file.relativePath = QDir(site.root).relativeFilePath(file.absolutePath);
    file.size = info.size();
    file.mtime = info.lastModified().toMSecsSinceEpoch();
    file.role = roleFor(file.relativePath, site.isJekyll);
    return std::pair { site, file };
}

bool ArchiveScanner::isPostFileName(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}-.+\.(md|markdown|html)$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(fileName).hasMatch();
}

Result<Scan> ArchiveScanner::scan(const QString &path)
{
    const QFileInfo rootInfo(path);
    if (!rootInfo.exists())
        return Result<Scan>::failure(QStringLiteral("%1: no such folder").arg(path));
    if (!rootInfo.isDir())
        return Result<Scan>::failure(QStringLiteral("%1: not a folder").arg(path));
    if (!rootInfo.isReadable())
        return Result<Scan>::failure(QStringLiteral("%1: permission denied").arg(path));

    Scan scan;
    scan.site.root = rootInfo.canonicalFilePath();
    const QString siteRoot = findSiteRoot(scan.site.root);
    scan.site.isJekyll = !siteRoot.isEmpty();
    scan.site.webRoot = scan.site.isJekyll ? siteRoot : scan.site.root;
    readConfig(scan.site.webRoot, &scan.site, &scan.problems);
    // Paths relative to the site decide roles even when only a part of the site is imported.
    const QString rolePrefix = scan.site.isJekyll ? QDir(siteRoot).relativeFilePath(scan.site.root) : QString();

    QSet<QString> visited { scan.site.root };
    QStringList pending { QString() };
    while (!pending.isEmpty()) {
        const QString relDir = pending.takeLast();
        QDir dir(relDir.isEmpty() ? scan.site.root : scan.site.root + u'/' + relDir);
        if (!dir.isReadable()) {
            scan.problems.append({ relDir, QStringLiteral("cannot read this folder: permission denied") });
            continue;
        }
        const QFileInfoList entries = dir.entryInfoList(
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        QStringList subdirs;
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            const QString rel = relDir.isEmpty() ? name : relDir + u'/' + name;
            if (entry.isSymLink() && !entry.exists()) {
                if (isPostExtension(name))
                    scan.problems.append({ rel, QStringLiteral("broken symbolic link") });
                continue;
            }
            if (entry.isDir()) {
                if (isSkippedFolder(name))
                    continue;
                const QString canonical = entry.canonicalFilePath();
                if (visited.contains(canonical)) {
                    qCDebug(lcArchive) << "skipping" << rel << ": a link back to a folder already read";
                    continue;
                }
                visited.insert(canonical);
                subdirs << rel;
                continue;
            }
            if (!entry.isFile() || !isPostExtension(name))
                continue;
            SourceFile file;
            file.relativePath = rel;
            file.absolutePath = entry.absoluteFilePath();
            file.size = entry.size();
            file.mtime = entry.lastModified().toMSecsSinceEpoch();
            file.role = roleFor(rolePrefix.isEmpty() || rolePrefix == u"." ? rel : rolePrefix + u'/' + rel,
                                scan.site.isJekyll);
            scan.files.append(std::move(file));
        }
        // Depth-first in name order: a stable order from run to run.
        for (auto it = subdirs.crbegin(); it != subdirs.crend(); ++it)
            pending.append(*it);
    }
    return scan;
}

} // namespace Gazette::Archive
