// SearchSnippet: the passage of an article's text with the most of a search's words, the matches marked.
#include "searchsnippet.h"

#include "searchtokenizer.h"

#include <algorithm>
#include <vector>

namespace Gazette::Library {

namespace {

struct Span
{
    int start = 0; // bytes
    int end = 0;
};

struct Match
{
    int phrase = 0;
    int first = 0; // positions
    int last = 0;
    Span bytes;
};

// The length in bytes of the UTF-8 character starting at `lead`.
int charLength(unsigned char lead)
{
    return lead < 0x80          ? 1
        : (lead & 0xE0) == 0xC0 ? 2
        : (lead & 0xF0) == 0xE0 ? 3
        : (lead & 0xF8) == 0xF0 ? 4
                                : 1;
}

} // namespace

QString SearchSnippet::make(const QString &text, const QList<SearchQuery::Phrase> &phrases, int length)
{
    const QByteArray utf8 = text.toUtf8();
    length = qMax(1, length);

    // Every position's extent, and the tokens that some phrase looks for (few) with their positions.
    struct Found
    {
        int position;
        int phrase;
        int index; // of the token in the phrase
        Span bytes;
    };
    // A phrase ending in one Chinese character as a prefix marks just that character (股 in 股市).
    std::vector<bool> charPrefix;
    for (const auto &phrase : phrases) {
        const QList<uint> last
            = phrase.tokens.isEmpty() ? QList<uint>() : QString::fromUtf8(phrase.tokens.last()).toUcs4();
        charPrefix.push_back(phrase.prefix && last.size() == 1 && SearchTokenizer::isCjk(last.first()));
    }
    std::vector<Span> positions;
    std::vector<Found> found;
    SearchTokenizer::scan(utf8, SearchTokenizer::Mode::Document, [&](const SearchTokenizer::TokenView &t) {
        if (t.colocated && !positions.empty()) {
            positions.back().end = qMax(positions.back().end, t.end);
        } else {
            positions.push_back({ t.start, t.end });
        }
        const int position = int(positions.size()) - 1;
        for (int p = 0; p < phrases.size(); ++p) {
            const auto &tokens = phrases.at(p).tokens;
            for (int i = 0; i < tokens.size(); ++i) {
                const bool prefix = phrases.at(p).prefix && i == tokens.size() - 1;
                if (prefix ? t.text.startsWith(tokens.at(i)) : t.text == tokens.at(i)) {
                    Span bytes { t.start, t.end };
                    if (prefix && charPrefix[size_t(p)])
                        bytes.end = t.start + charLength(uchar(utf8.at(t.start)));
                    found.push_back({ position, p, i, bytes });
                }
            }
        }
        return true;
    });

    // Phrases: their tokens at consecutive positions.
    std::vector<Match> matches;
    for (auto head = found.cbegin(); head != found.cend(); ++head) {
        if (head->index != 0)
            continue;
        const int size = int(phrases.at(head->phrase).tokens.size());
        Span bytes = head->bytes;
        bool whole = true;
        for (int i = 1; i < size && whole; ++i) { // `found` is in position order
            const auto next = std::find_if(head, found.cend(), [&](const Found &f) {
                return f.position > head->position + i
                    || (f.phrase == head->phrase && f.index == i && f.position == head->position + i);
            });
            whole = next != found.cend() && next->position == head->position + i;
            if (whole)
                bytes.end = qMax(bytes.end, next->bytes.end);
        }
        if (whole)
            matches.push_back({ head->phrase, head->position, head->position + size - 1, bytes });
    }
    std::sort(matches.begin(), matches.end(),
        [](const Match &a, const Match &b) { return a.bytes.start < b.bytes.start; });

    // The window with the most different phrases, then the most matches; the matches centred in it.
    const int count = int(positions.size());
    int start = 0;
    if (!matches.empty()) {
        int bestScore = -1;
        for (size_t a = 0; a < matches.size(); ++a) {
            const Match &anchor = matches[a];
            std::vector<bool> seen(size_t(phrases.size()), false);
            int score = 0;
            int last = anchor.last;
            for (size_t j = a; j < matches.size() && matches[j].first < anchor.first + length; ++j) {
                const Match &m = matches[j];
                if (m.last >= anchor.first + length)
                    continue;
                score += seen[size_t(m.phrase)] ? 1 : 1000;
                seen[size_t(m.phrase)] = true;
                last = qMax(last, m.last);
            }
            if (score > bestScore) {
                bestScore = score;
                start = anchor.first - (length - (last - anchor.first + 1)) / 2;
            }
        }
        start = qBound(0, start, qMax(0, count - length));
    }
    const int end = qMin(count, start + length); // positions [start, end)

    const int from = start == 0 || count == 0 ? 0 : positions[size_t(start)].start;
    const int to = end >= count ? int(utf8.size()) : positions[size_t(end - 1)].end;
    QString out;
    if (from > 0)
        out += u'…';
    int at = from;
    for (const Match &m : matches) {
        if (m.bytes.start < at || m.bytes.end > to)
            continue; // outside the window, or overlapping a match already marked
        out += QString::fromUtf8(utf8.constData() + at, m.bytes.start - at);
        out += Open;
        out += QString::fromUtf8(utf8.constData() + m.bytes.start, m.bytes.end - m.bytes.start);
        out += Close;
        at = m.bytes.end;
    }
    out += QString::fromUtf8(utf8.constData() + at, to - at);
    if (to < utf8.size())
        out += u'…';
    return out;
}

} // namespace Gazette::Library
