// SearchRanking: the best matches of a search by bm25 (as FTS5 computes it, titles weighing most), found
// without SQLite's per-row work where possible: rows outside the filter are skipped, a row's score is worked
// out only when it can still be among the best, and row lengths come from memory.
#pragma once

#include "result.h"

#include <QBitArray>
#include <QList>

#include <vector>

struct sqlite3;
struct fts5_api;

namespace Gazette::Library {

class SearchRanking
{
public:
    // bm25's weights of the index's columns: title, text, tags.
    static constexpr double Weights[] = { 10.0, 1.0, 4.0 };

    // The rows a search may return, as a bit per article id.
    struct RowSet
    {
        QBitArray bits;
        bool listsAllowed = false; // the bits name the allowed rows; otherwise the rows left out

        bool accepts(qint64 id) const
        {
            const bool listed = id >= 0 && id < bits.size() && bits.testBit(qsizetype(id));
            return listed == listsAllowed;
        }
    };

    // What a search wants: its best `best` rows (all when negative) among `rows`.
    struct Scope
    {
        int best = -1;
        RowSet rows;
    };

    struct Ranked
    {
        qint64 id = 0;
        double score = 0; // bm25's sign: lower is better
    };

    // Registers the FTS5 functions behind rank() with a connection. One SearchRanking per connection.
    bool registerWith(sqlite3 *db, fts5_api *api);

    // The best rows of article_search for the FTS5 expression `match` within `scope`: best first, equal
    // scores the higher id first. Exact bm25 order; with a single phrase the scores are bm25's divided by
    // the phrase's IDF, a constant that cannot change the order and costs a pass over the matches.
    // `onePass`: the expression is one phrase without a prefix, ranked in one pass with no SQL per row.
    Result<QList<Ranked>> rank(const QString &match, bool onePass, Scope scope);

    // The length (in tokens, all columns) of an indexed row, from memory; -1 when unknown.
    int rowLength(qint64 id) const
    {
        return id >= 0 && id < qint64(m_lengths.size()) ? int(m_lengths[size_t(id)]) : -1;
    }

    const Scope &scope() const { return m_scope; }
    QList<Ranked> &found() { return m_found; }

private:
    bool refreshLengths();

    sqlite3 *m_db = nullptr;
    Scope m_scope;
    QList<Ranked> m_found;
    std::vector<qint32> m_lengths; // by rowid; -1 where there is no row
    qint64 m_lengthsVersion = -1;
    qint64 m_lengthsChanges = -1;
};

} // namespace Gazette::Library
