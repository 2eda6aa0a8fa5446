// ArchiveScanner: walks a Jekyll site or a plain folder and lists the files that may be articles.
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

namespace Gazette::Archive {

struct Site
{
    QString root; // the folder imported, absolute and canonical
    bool isJekyll = false; // root is a Jekyll site, or inside one
    QTimeZone timeZone; // from _config.yml's `timezone`, else the system's
    QString url; // from _config.yml's `url`
    QString baseUrl; // from _config.yml's `baseurl`: the path of the site under `url`
    QString webRoot; // the folder that the site's "/" is: the Jekyll site's root, else `root`

    // What relative links of its posts resolve against: url + baseurl, else archive:/ + baseurl.
    QUrl linkBase() const;
    // The file of the site an address points to (url + baseurl + path, or archive:/path), or empty.
    QString localFile(const QString &address) const;
};

struct SourceFile
{
    enum class Role {
        Post, // in _posts/: an article whenever it has front matter
        Draft, // in _drafts/: an unpublished article
        Page, // elsewhere in a Jekyll site: an article only if date-named or `layout: post`
        Any, // in a plain folder: an article whenever it has front matter
    };
    QString relativePath; // to Site::root, '/'-separated
    QString absolutePath;
    qint64 size = 0;
    qint64 mtime = 0; // ms since the epoch
    Role role = Role::Any;
};

struct ScanProblem
{
    QString relativePath;
    QString reason;
};

struct Scan
{
    Site site;
    QList<SourceFile> files;
    QList<ScanProblem> problems; // unreadable folders, broken links, loops, a bad _config.yml
};

class ArchiveScanner
{
public:
    static bool isPostFileName(const QString &fileName); // YYYY-MM-DD-title.ext
    static Result<Scan> scan(const QString &path);
    // One post file with the site it belongs to (found from its folder upwards), for `gazette clean`.
    static Result<std::pair<Site, SourceFile>> scanFile(const QString &path);
};

} // namespace Gazette::Archive
