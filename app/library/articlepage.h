// ArticlePage: an article as the reader shows and prints it: the reader template, its stored images.
#pragma once

#include "librarystore.h"
#include "resourcestore.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Gazette::Library {

struct PageOptions
{
    QStringList highlights; // words to mark; the first mark is the anchor #gazette-match
    QString resourceBase; // stored images are shown as resourceBase + hash, e.g. "gazette://s1/resource/"
    bool images = true; // false: every image is a placeholder
    QString extraCss; // appended to the reader's style sheet (print styles)
    QString linkBase; // when set, tags and the category are links: linkBase + "tag/NAME", "category/PATH"
    QString theme; // "light", "dark" or "sepia"; empty: the reader's default (light, or dark where asked)
    QString fontFamily; // the body's font, before the CJK fallbacks
    int fontSize = 0; // px; 0 for the default
    QString anchor; // when set, the title is a link to itself with this id (the PDF export finds pages by it)
};

class ArticlePage
{
public:
    static QString render(const ArticleDetail &article, const ResourceStore &resources, const PageOptions &options);
    // Several articles in one page, each from a new printed page, each title anchored as
    // "gazette-article-<id>"; images of each from resourceBase(sourceId).
    static QString renderMany(const QList<ArticleDetail> &articles, const ResourceStore &resources, PageOptions options,
                              const std::function<QString(qint64 sourceId)> &resourceBase);
};

} // namespace Gazette::Library
