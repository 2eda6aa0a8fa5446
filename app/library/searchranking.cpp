// SearchRanking: the best matches of a search by bm25 (as FTS5 computes it, titles weighing most), found
// without SQLite's per-row work where possible: rows outside the filter are skipped, a row's score is worked
// out only when it can still be among the best, and row lengths come from memory.
#include "searchranking.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <sqlite3.h>

namespace Gazette::Library {

namespace {

// FTS5's own bm25 constants (fts5_aux.c).
constexpr double K1 = 1.2;
constexpr double B = 0.75;

// What scoreRow() gives rows that are filtered out or cannot be among the best.
constexpr double Unranked = std::numeric_limits<double>::max();

using Row = std::pair<double, sqlite3_int64>; // (score, higher is better; rowid)

// Orders a heap with the worst row on top: the lower score, then the lower rowid.
bool better(const Row &a, const Row &b)
{
    return a.first > b.first || (a.first == b.first && a.second > b.second);
}

// One ranked query's state, kept by FTS5 with the cursor (xSetAuxdata) and gone with it.
struct QueryState
{
    SearchRanking *ranking = nullptr;
    double averageLength = 1;
    sqlite3_int64 rowCount = 0;
    std::vector<double> idf; // per phrase; negative until needed
    std::vector<double> frequency;
    std::vector<Row> best; // a heap of the best rows so far, when the scope has a limit
    std::vector<Row> all; // every ranked row, when it has none
    bool collects = false; // gazette_collect(): hand the best rows over when the query ends

    // The ranked rows to SearchRanking::found(), best first.
    void handOver()
    {
        std::vector<Row> &rows = ranking->scope().best > 0 ? best : all;
        std::sort(rows.begin(), rows.end(), better);
        for (const auto &[score, rowid] : rows)
            ranking->found().append({ rowid, -score });
        rows.clear();
    }

    ~QueryState()
    {
        if (collects)
            handOver();
    }
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// The IDF of a phrase as bm25 takes it; 1 for the only phrase of a query (see rank()).
int phraseIdf(const Fts5ExtensionApi *api, Fts5Context *fts, QueryState &state, int phrase, double &idf)
{
    if (state.idf[size_t(phrase)] < 0) {
        if (state.idf.size() == 1) {
            state.idf[0] = 1.0;
        } else {
            sqlite3_int64 hits = 0;
            if (const int rc = api->xQueryPhrase(fts, phrase, &hits, countRow); rc != SQLITE_OK)
                return rc;
            const double value
                = std::log((double(state.rowCount) - double(hits) + 0.5) / (double(hits) + 0.5));
            state.idf[size_t(phrase)] = value <= 0.0 ? 1e-6 : value;
        }
    }
    idf = state.idf[size_t(phrase)];
    return SQLITE_OK;
}

int stateFor(const Fts5ExtensionApi *api, Fts5Context *fts, QueryState *&out)
{
    out = static_cast<QueryState *>(api->xGetAuxdata(fts, 0));
    if (out)
        return SQLITE_OK;
    auto *state = new QueryState;
    state->ranking = static_cast<SearchRanking *>(api->xUserData(fts));
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &state->rowCount);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK) {
        delete state;
        return rc;
    }
    state->averageLength = state->rowCount > 0 ? double(tokens) / double(state->rowCount) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    state->idf.assign(size_t(phrases), -1.0);
    state->frequency.assign(size_t(phrases), 0.0);
    rc = api->xSetAuxdata(fts, state, [](void *p) { delete static_cast<QueryState *>(p); });
    out = rc == SQLITE_OK ? state : nullptr; // on failure SQLite has deleted it
    return rc;
}

// Scores the cursor's row: `result` is bm25's (negative) score, or Unranked.
int scoreRow(const Fts5ExtensionApi *api, Fts5Context *fts, QueryState &state, double &result)
{
    const SearchRanking::Scope &scope = state.ranking->scope();
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (!scope.rows.accepts(rowid)) {
        result = Unranked;
        return SQLITE_OK;
    }
    // Frequencies weighted by column, from each phrase's instances in this row.
    std::fill(state.frequency.begin(), state.frequency.end(), 0.0);
    for (int phrase = 0; phrase < int(state.frequency.size()); ++phrase) {
        Fts5PhraseIter it;
        int column = 0;
        int offset = 0;
        if (const int rc = api->xPhraseFirst(fts, phrase, &it, &column, &offset); rc != SQLITE_OK)
            return rc;
        double &f = state.frequency[size_t(phrase)];
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset))
            f += column < int(std::size(SearchRanking::Weights)) ? SearchRanking::Weights[column] : 1.0;
    }
    // The most this row could score is bm25 for the shortest row: below the worst of a full set of best
    // rows, it is out.
    const bool full = scope.best > 0 && state.best.size() >= size_t(scope.best);
    if (full) {
        double bound = 0;
        for (int phrase = 0; phrase < int(state.frequency.size()); ++phrase) {
            const double f = state.frequency[size_t(phrase)];
            double idf = 0;
            if (f <= 0)
                continue;
            if (const int rc = phraseIdf(api, fts, state, phrase, idf); rc != SQLITE_OK)
                return rc;
            bound += idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B)));
        }
        if (bound < state.best.front().first) {
            result = Unranked;
            return SQLITE_OK;
        }
    }
    int length = state.ranking->rowLength(rowid);
    if (length < 0) {
        if (const int rc = api->xColumnSize(fts, -1, &length); rc != SQLITE_OK)
            return rc;
    }
    const double d = double(length);
    double total = 0;
    for (int phrase = 0; phrase < int(state.frequency.size()); ++phrase) {
        const double f = state.frequency[size_t(phrase)];
        double idf = 0;
        if (f > 0) {
            if (const int rc = phraseIdf(api, fts, state, phrase, idf); rc != SQLITE_OK)
                return rc;
        }
        total += idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * d / state.averageLength)));
    }
    const Row row { total, rowid };
    if (scope.best > 0) {
        if (!full) {
            state.best.push_back(row);
            std::push_heap(state.best.begin(), state.best.end(), better);
        } else if (better(row, state.best.front())) {
            std::pop_heap(state.best.begin(), state.best.end(), better);
            state.best.back() = row;
            std::push_heap(state.best.begin(), state.best.end(), better);
        } else {
            result = Unranked;
            return SQLITE_OK;
        }
    }
    result = -total;
    return SQLITE_OK;
}

int collectRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *p)
{
    auto *state = static_cast<QueryState *>(p);
    double result = 0;
    const int rc = scoreRow(api, fts, *state, result);
    if (rc == SQLITE_OK && result != Unranked && state->ranking->scope().best <= 0)
        state->all.push_back({ -result, api->xRowid(fts) });
    return rc;
}

// gazette_rank_all(article_search), called on the first match only: with a single phrase, ranks every row
// matching it in one pass (no SQL per row) into SearchRanking::found() and returns 1; otherwise 0.
void rankAllFunction(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int, sqlite3_value **)
{
    if (api->xPhraseCount(fts) != 1) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    QueryState *state = nullptr;
    int rc = stateFor(api, fts, state);
    if (rc == SQLITE_OK)
        rc = api->xQueryPhrase(fts, 0, state, collectRow);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    state->handOver();
    sqlite3_result_int(ctx, 1);
}

// gazette_collect(article_search): scores every row SQLite walks, keeping the best for SearchRanking::found()
// when the statement ends (FTS5 deletes the state with the cursor).
void collectFunction(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int, sqlite3_value **)
{
    QueryState *state = nullptr;
    int rc = stateFor(api, fts, state);
    if (rc == SQLITE_OK) {
        state->collects = true;
        rc = collectRow(api, fts, state);
    }
    if (rc != SQLITE_OK)
        sqlite3_result_error_code(ctx, rc);
    else
        sqlite3_result_int(ctx, 1);
}

// SQLite's varint, as FTS5 writes the column sizes.
qint64 readVarint(const unsigned char *&p, const unsigned char *end)
{
    quint64 value = 0;
    for (int i = 0; i < 9 && p < end; ++i) {
        const unsigned char byte = *p++;
        if (i == 8)
            return qint64((value << 8) | byte);
        value = (value << 7) | (byte & 0x7F);
        if (!(byte & 0x80))
            break;
    }
    return qint64(value);
}

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

} // namespace

bool SearchRanking::registerWith(sqlite3 *db, fts5_api *api)
{
    m_db = db;
    m_lengths.clear();
    m_lengthsVersion = m_lengthsChanges = -1;
    return api->xCreateFunction(api, "gazette_rank_all", this, rankAllFunction, nullptr) == SQLITE_OK
        && api->xCreateFunction(api, "gazette_collect", this, collectFunction, nullptr) == SQLITE_OK;
}

// The lengths of all rows, read again when the library has changed (by this connection or another).
bool SearchRanking::refreshLengths()
{
    Statement version;
    if (sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &version.stmt, nullptr) != SQLITE_OK
        || sqlite3_step(version.stmt) != SQLITE_ROW)
        return false;
    const qint64 dataVersion = sqlite3_column_int64(version.stmt, 0);
    const qint64 changes = sqlite3_total_changes64(m_db);
    if (dataVersion == m_lengthsVersion && changes == m_lengthsChanges)
        return true;
    m_lengths.clear();
    m_lengthsVersion = m_lengthsChanges = -1;
    Statement sizes;
    if (sqlite3_prepare_v2(m_db, "SELECT id, sz FROM article_search_docsize", -1, &sizes.stmt, nullptr)
        != SQLITE_OK)
        return false;
    while (sqlite3_step(sizes.stmt) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(sizes.stmt, 0);
        if (id < 0 || id > std::numeric_limits<qint32>::max())
            continue;
        const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(sizes.stmt, 1));
        const auto *end = p + sqlite3_column_bytes(sizes.stmt, 1);
        qint64 length = 0;
        while (p && p < end)
            length += readVarint(p, end);
        if (size_t(id) >= m_lengths.size())
            m_lengths.resize(std::max(size_t(id) + 1, m_lengths.size() * 2), -1);
        m_lengths[size_t(id)] = qint32(qMin<qint64>(length, std::numeric_limits<qint32>::max()));
    }
    m_lengthsVersion = dataVersion;
    m_lengthsChanges = changes;
    return true;
}

Result<QList<SearchRanking::Ranked>> SearchRanking::rank(const QString &match, bool onePass, Scope scope)
{
    struct Reset
    {
        SearchRanking &ranking;
        ~Reset()
        {
            ranking.m_scope = {};
            ranking.m_found.clear();
        }
    } reset { *this };
    m_scope = std::move(scope);
    m_found.clear();
    if (m_scope.best == 0)
        return QList<Ranked> {};
    if (!refreshLengths())
        m_lengths.clear(); // lengths from the index, row by row

    const QByteArray expression = match.toUtf8();
    const auto failed
        = [this] { return Result<QList<Ranked>>::failure(QString::fromUtf8(sqlite3_errmsg(m_db))); };
    // One phrase without a prefix: one pass over its matches, no SQL per row. (A prefix would be set up
    // twice, for the query and again for the pass: its doclists merged each time.)
    if (onePass) {
        Statement first;
        if (sqlite3_prepare_v2(m_db,
                "SELECT gazette_rank_all(article_search) FROM article_search WHERE article_search MATCH ?1 "
                "LIMIT 1",
                -1, &first.stmt, nullptr)
            != SQLITE_OK)
            return failed();
        sqlite3_bind_text(first.stmt, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(first.stmt);
        if (rc == SQLITE_DONE)
            return QList<Ranked> {};
        if (rc != SQLITE_ROW)
            return failed();
        if (sqlite3_column_int(first.stmt, 0) == 1)
            return QList<Ranked>(m_found);
    }
    // Otherwise SQLite walks the matches and gazette_collect() scores each; the best are handed over when
    // the statement ends.
    Statement all;
    if (sqlite3_prepare_v2(m_db,
            "SELECT gazette_collect(article_search) FROM article_search WHERE article_search MATCH ?1", -1,
            &all.stmt, nullptr)
        != SQLITE_OK)
        return failed();
    sqlite3_bind_text(all.stmt, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(all.stmt)) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE)
        return failed();
    sqlite3_finalize(all.stmt);
    all.stmt = nullptr;
    return QList<Ranked>(m_found);
}

} // namespace Gazette::Library
