// PostReader: reads one archive file into a Post, or says precisely why it is not one.
#pragma once

#include "archivescanner.h"
#include "post.h"

namespace Gazette::Archive {

struct ReadOutcome
{
    enum class Kind {
        Article,
        SitePage, // a page of the site with front matter (home page, 404, category page): not an article
        NotAPost, // a file without front matter where posts need none to be skipped silently
        Failed, // a file that should have been an article and could not be read; `reason` says why
    };
    Kind kind = Kind::Failed;
    Post post; // filled for articles; path, size and hash for the rest
    QString reason;
};

class PostReader
{
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    static ReadOutcome read(const SourceFile &file, const Site &site);
    // The same, on bytes already in memory (tests, and files read elsewhere).
    static ReadOutcome parse(const QByteArray &bytes, const SourceFile &file, const Site &site);
};

} // namespace Gazette::Archive
