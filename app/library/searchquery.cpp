// SearchQuery: the search language (words, "phrases", OR, NOT/-word, word*, tag:, category:, before:, after:)
// turned into an FTS5 expression and filters.
#include "searchquery.h"

#include "searchtokenizer.h"

namespace Gazette::Library {

namespace {

struct Word
{
    QString text;
    bool quoted = false;
    bool negated = false;
    bool prefix = false;
    bool orBefore = false; // joined to the word before it with OR
};

// A word or phrase as the index holds it. A trailing one-character Chinese word is a prefix, because the
// index holds that character as the start of the bigrams it begins (see SearchTokenizer).
SearchQuery::Phrase phraseOf(const Word &word)
{
    SearchQuery::Phrase phrase;
    for (const auto &token : SearchTokenizer::tokenize(word.text, SearchTokenizer::Mode::Query))
        phrase.tokens << token.text;
    if (phrase.tokens.isEmpty())
        return phrase;
    const QList<uint> last = QString::fromUtf8(phrase.tokens.last()).toUcs4();
    phrase.prefix = word.prefix || (last.size() == 1 && SearchTokenizer::isCjk(last.first()));
    return phrase;
}

// One word or phrase as an FTS5 string.
QString ftsTerm(const Word &word, const SearchQuery::Phrase &phrase)
{
    if (phrase.tokens.isEmpty())
        return {};
    QString term = u'"' + QString(word.text).replace(u'"', QStringLiteral("\"\"")) + u'"';
    if (phrase.prefix)
        term += QStringLiteral(" *");
    return term;
}

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    QList<Word> words;
    bool nextNegated = false;
    bool nextOr = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        // Read one item: [-]word, [-]"phrase", key:value, key:"value".
        Word word;
        word.negated = nextNegated;
        word.orBefore = nextOr;
        if (text.at(i) == u'-' && i + 1 < n && !text.at(i + 1).isSpace()) {
            word.negated = true;
            ++i;
        }
        QString raw;
        QString key;
        bool quoted = false;
        while (i < n && !text.at(i).isSpace()) {
            if (text.at(i) == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0)
                    return Result<SearchQuery>::failure(QStringLiteral("a quote is not closed: %1").arg(text.mid(i)));
                raw += text.mid(i + 1, close - i - 1);
                quoted = true;
                i = close + 1;
                continue;
            }
            if (text.at(i) == u':' && key.isEmpty() && !quoted && !raw.isEmpty()) {
                const QString candidate = raw.toLower();
                if (candidate == u"tag" || candidate == u"category" || candidate == u"before" || candidate == u"after") {
                    key = candidate;
                    raw.clear();
                    ++i;
                    continue;
                }
            }
            raw += text.at(i);
            ++i;
        }
        if (!key.isEmpty()) {
            if (raw.isEmpty())
                return Result<SearchQuery>::failure(QStringLiteral("%1: needs a value, as in %1:VALUE").arg(key));
            if (key == u"tag") {
                query.tags << raw;
            } else if (key == u"category") {
                query.categoryPath = raw;
            } else {
                const QDate date = QDate::fromString(raw, Qt::ISODate);
                if (!date.isValid())
                    return Result<SearchQuery>::failure(
                            QStringLiteral("%1:%2 is not a date; write it as YYYY-MM-DD").arg(key, raw));
                (key == u"before" ? query.before : query.after) = date;
            }
            nextNegated = nextOr = false;
            continue;
        }
        if (!quoted && !word.negated) {
            if (raw == u"OR") {
                nextOr = !words.isEmpty();
                continue;
            }
            if (raw == u"AND")
                continue;
            if (raw == u"NOT") {
                nextNegated = true;
                continue;
            }
        }
        if (!quoted && raw.endsWith(u'*')) {
            word.prefix = true;
            while (raw.endsWith(u'*'))
                raw.chop(1);
        }
        word.text = raw;
        word.quoted = quoted;
        nextNegated = nextOr = false;
        if (!raw.isEmpty())
            words.append(word);
    }

    // Positive words: AND between groups, OR within a group; negative words are taken away from the whole.
    QStringList groups;
    QStringList negatives;
    QStringList group;
    const auto closeGroup = [&] {
        if (!group.isEmpty())
            groups << (group.size() == 1 ? group.first() : u'(' + group.join(QStringLiteral(" OR ")) + u')');
        group.clear();
    };
    for (const Word &word : std::as_const(words)) {
        const Phrase phrase = phraseOf(word);
        const QString term = ftsTerm(word, phrase);
        if (term.isEmpty())
            continue;
        if (word.negated) {
            negatives << term;
            continue;
        }
        if (!word.orBefore)
            closeGroup();
        group << term;
        query.highlights << word.text;
        query.phrases << phrase;
    }
    closeGroup();
    if (groups.isEmpty() && !negatives.isEmpty())
        return Result<SearchQuery>::failure(QStringLiteral("a search needs a word to look for, not only words to leave out"));
    query.match = groups.join(QStringLiteral(" AND "));
    for (const QString &negative : std::as_const(negatives))
        query.match = u'(' + query.match + QStringLiteral(") NOT ") + negative;
    return query;
}

} // namespace Gazette::Library
