// ArticleFilter: which articles a list shows; the same filter serves the window and `gazette list`.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Gazette::Library {

struct ArticleFilter
{
    QString categoryPath; // this category and every one below it; empty for all
    QStringList tags; // articles carrying all of these (or any, with anyTag)
    bool anyTag = false;
    bool unreadOnly = false;
    bool starredOnly = false;
    bool includeHidden = false; // drafts, `published: false` and hidden articles
    std::optional<qint64> beforeUtc; // articles dated before this (seconds since the epoch)
    std::optional<qint64> afterUtc; // articles dated at or after this
    QString titleContains; // a case-insensitive part of the title
    int limit = -1; // no limit when negative

    // The list's order. Newest first pages by keyset (`after`); the others by `offset`.
    enum class Sort {
        Newest, Oldest, TitleAscending, TitleDescending, CategoryAscending, CategoryDescending, TagsAscending,
        TagsDescending, StarredFirst
    };
    Sort sort = Sort::Newest;
    int offset = 0;
    bool reversed = false; // the same order backwards: the end of a long list is near the start of this

    // Keyset paging: rows strictly after this one in newest-first order.
    struct Cursor
    {
        qint64 sortDate = 0;
        qint64 id = 0;
    };
    std::optional<Cursor> after;
};

} // namespace Gazette::Library
