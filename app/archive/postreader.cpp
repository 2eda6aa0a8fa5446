// PostReader: reads one archive file into a Post, or says precisely why it is not one.
#include "postreader.h"

#include "frontmatter.h"
#include "postdate.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace Gazette::Archive {

namespace {

// Files whose failures the user must hear about: anything that looks like a post.
bool mustBeArticle(const SourceFile &file)
{
    return file.role != SourceFile::Role::Page || ArchiveScanner::isPostFileName(QFileInfo(file.relativePath).fileName());
}

ReadOutcome failed(const SourceFile &file, QString reason)
{
    ReadOutcome out;
    out.kind = mustBeArticle(file) ? ReadOutcome::Kind::Failed : ReadOutcome::Kind::NotAPost;
    out.reason = std::move(reason);
    return out;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    if (value.isArray()) {
        QStringList parts;
        for (const auto &item : value.toArray())
            parts << scalarText(item);
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

// Jekyll's rule: the singular key is taken as it is (one name, or a list); the plural key's string is
// split on white space.
QStringList namesFrom(const QJsonObject &fields, const QString &singular, const QString &plural)
{
    static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
    QStringList names;
    const auto addList = [&names](const QJsonArray &array) {
        for (const auto &item : array) {
            const QString name = scalarText(item);
            if (!name.isEmpty())
                names << name;
        }
    };
    if (fields.contains(singular) && !fields.value(singular).isNull()) {
        const QJsonValue v = fields.value(singular);
        if (v.isArray())
            addList(v.toArray());
        else if (const QString name = scalarText(v); !name.isEmpty())
            names << name;
    } else if (fields.contains(plural)) {
        const QJsonValue v = fields.value(plural);
        if (v.isArray())
            addList(v.toArray());
        else
            names = scalarText(v).split(whiteSpace, Qt::SkipEmptyParts);
    }
    return names;
}

QStringList deduplicated(const QStringList &names)
{
    QStringList out;
    for (QString name : names) {
        name.replace(u'/', u'\uFF0F'); // '/' separates levels of the category tree
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

// Jekyll adds the folders above _posts/ to a post's categories.
QStringList folderCategories(const QString &relativePath)
{
    QStringList parts = relativePath.split(u'/');
    const qsizetype posts = parts.indexOf(QStringLiteral("_posts"));
    return posts > 0 ? parts.mid(0, posts) : QStringList();
}

QString findSourceUrl(const QString &body)
{
    static const QRegularExpression re(QStringLiteral(R"(^[ \t]*<(https?://[^\s<>]+)>[ \t]*$)"),
                                       QRegularExpression::MultilineOption);
    QString found;
    auto it = re.globalMatch(body);
    while (it.hasNext())
        found = it.next().captured(1);
    return found;
}

} // namespace

ReadOutcome PostReader::read(const SourceFile &file, const Site &site)
{
    if (file.size > MaxFileSize)
        return failed(file, QStringLiteral("file is %1, over the %2 limit for a post")
                                    .arg(QLocale::c().formattedDataSize(file.size, 1),
                                         QLocale::c().formattedDataSize(MaxFileSize, 0)));
    QFile f(file.absolutePath);
    if (!f.open(QIODevice::ReadOnly))
        return failed(file, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    const QByteArray bytes = f.read(MaxFileSize + 1);
    if (f.error() != QFileDevice::NoError)
        return failed(file, QStringLiteral("cannot read the file: %1").arg(f.errorString()));
    if (bytes.size() > MaxFileSize)
        return failed(file, QStringLiteral("file is over the %1 limit for a post")
                                    .arg(QLocale::c().formattedDataSize(MaxFileSize, 0)));
    return parse(bytes, file, site);
}

ReadOutcome PostReader::parse(const QByteArray &bytes, const SourceFile &file, const Site &site)
{
    if (bytes.trimmed().isEmpty())
        return failed(file, bytes.isEmpty() ? QStringLiteral("empty file") : QStringLiteral("file holds only white space"));

    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return failed(file, decoded.error());

    const auto split = FrontMatter::split(decoded->text);
    if (!split) {
        ReadOutcome out = failed(file, QStringLiteral("no front matter: a post starts with a line \"---\", its YAML, "
                                                      "and another \"---\""));
        if (file.role == SourceFile::Role::Any || file.role == SourceFile::Role::Page)
            out.kind = ReadOutcome::Kind::NotAPost; // an ordinary file in a plain folder or a site
        return out;
    }
    auto front = FrontMatter::parse(split->yaml, split->yamlFirstLine);
    if (!front)
        return failed(file, front.error());
    const QJsonObject &fields = front->fields;

    ReadOutcome out;
    Post &post = out.post;
    post.relativePath = file.relativePath;
    post.fileSize = bytes.size();
    post.fileMtime = file.mtime;
    post.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    post.encoding = decoded->encoding;
    post.warnings = decoded->warnings + front->warnings;
    post.layout = scalarText(fields.value(QStringLiteral("layout")));

    const QString fileName = QFileInfo(file.relativePath).fileName();
    if (file.role == SourceFile::Role::Page && !ArchiveScanner::isPostFileName(fileName)
        && post.layout != u"post") {
        out.kind = ReadOutcome::Kind::SitePage;
        out.reason = QStringLiteral("site page (layout: %1), not an article")
                             .arg(post.layout.isEmpty() ? QStringLiteral("none") : post.layout);
        return out;
    }
    out.kind = ReadOutcome::Kind::Article;

    post.rawText = decoded->text;
    post.body = split->body;
    post.isHtml = fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive);
    post.title = scalarText(fields.value(QStringLiteral("title"))).simplified();

    const QJsonValue dateValue = fields.value(QStringLiteral("date"));
    const QString dateText = scalarText(dateValue);
    std::optional<PostDate> date;
    if (!dateText.isEmpty()) {
        date = PostDate::parse(dateText, site.timeZone);
        if (!date)
            post.warnings << QStringLiteral("date \"%1\" is not a date").arg(dateText);
    }
    if (!date)
        date = PostDate::fromFileName(fileName, site.timeZone);
    if (date) {
        post.date = date->utc;
        post.utcOffset = date->utcOffset;
    } else {
        post.warnings << QStringLiteral("no date: neither the front matter nor the file name gives one");
    }

    post.categories = deduplicated(folderCategories(file.relativePath)
                                   + namesFrom(fields, QStringLiteral("category"), QStringLiteral("categories")));
    post.tags = deduplicated(namesFrom(fields, QStringLiteral("tag"), QStringLiteral("tags")));
    post.draft = file.role == SourceFile::Role::Draft;
    post.published = fields.value(QStringLiteral("published")) != QJsonValue(false);
    post.permalink = scalarText(fields.value(QStringLiteral("permalink")));
    post.author = scalarText(fields.value(QStringLiteral("author")));
    post.excerpt = scalarText(fields.value(QStringLiteral("excerpt")));
    post.sourceUrl = findSourceUrl(post.body);

    static const QStringList known { QStringLiteral("title"),     QStringLiteral("date"),
                                     QStringLiteral("category"),  QStringLiteral("categories"),
                                     QStringLiteral("tag"),       QStringLiteral("tags"),
                                     QStringLiteral("published"), QStringLiteral("permalink"),
                                     QStringLiteral("author"),    QStringLiteral("excerpt"),
                                     QStringLiteral("layout") };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!known.contains(it.key()))
            post.metadata.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Gazette::Archive
