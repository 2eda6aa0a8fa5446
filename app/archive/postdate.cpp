// PostDate: the dates Jekyll accepts in front matter and post file names.
#include "postdate.h"

#include <QRegularExpression>

namespace Gazette::Archive {

namespace {

std::optional<PostDate> make(QDate date, QTime time, std::optional<int> offset, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime local;
    if (offset)
        local = QDateTime(date, time, QTimeZone(*offset));
    else
        local = QDateTime(date, time, zone);
    if (!local.isValid())
        return std::nullopt;
    PostDate out;
    out.utc = local.toUTC();
    out.utcOffset = offset ? *offset : local.offsetFromUtc();
    return out;
}

} // namespace

std::optional<PostDate> PostDate::parse(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression re(QStringLiteral(
            R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[ \t]+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)"
            R"(\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QTime time(0, 0);
    if (m.capturedLength(4)) {
        int ms = 0;
        if (m.capturedLength(7))
            ms = QStringView(m.captured(7)).left(3).toString().leftJustified(3, u'0').toInt();
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    }
    std::optional<int> offset;
    const QString tz = m.captured(8);
    if (tz == u"Z" || tz == u"UTC" || tz == u"GMT") {
        offset = 0;
    } else if (!tz.isEmpty()) {
        QString digits = tz.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offset = (tz.startsWith(u'-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    return make(date, time, offset, zone);
}

std::optional<PostDate> PostDate::fromFileName(const QString &fileName, const QTimeZone &zone)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})-)"));
    const auto m = re.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    return make(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), QTime(0, 0),
                std::nullopt, zone);
}

} // namespace Gazette::Archive
