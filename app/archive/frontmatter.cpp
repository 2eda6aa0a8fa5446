// FrontMatter: finds and parses the YAML block at the top of a Jekyll file, tolerant of scraper mistakes.
#include "frontmatter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Gazette::Archive {

namespace {

constexpr int MaxDepth = 64;

struct Budget
{
    int nodes = 0;
    bool exceeded = false;
};

QJsonValue scalarValue(const YAML::Node &node)
{
    const std::string &s = node.Scalar();
    const QString text = QString::fromStdString(s);
    if (node.Tag() != "?") // quoted or explicitly tagged: a string as written
        return text;
    static const QRegularExpression intRe(QStringLiteral(R"(^-?\d{1,15}$)"));
    static const QRegularExpression floatRe(QStringLiteral(R"(^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$)"));
    const QString lower = text.toLower();
    if (lower == u"true" || lower == u"yes" || lower == u"on")
        return true;
    if (lower == u"false" || lower == u"no" || lower == u"off")
        return false;
    if (text.isEmpty() || text == u"~" || lower == u"null")
        return QJsonValue::Null;
    if (intRe.match(text).hasMatch())
        return text.toLongLong();
    if (floatRe.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue toJson(const YAML::Node &node, Budget &budget, int depth)
{
    if (++budget.nodes > FrontMatter::MaxNodes || depth > MaxDepth) {
        budget.exceeded = true;
        return QJsonValue::Null;
    }
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return scalarValue(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node) {
            array.append(toJson(item, budget, depth + 1));
            if (budget.exceeded)
                break;
        }
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &item : node) {
            const QString key = item.first.IsScalar() ? QString::fromStdString(item.first.Scalar())
                                                      : QStringLiteral("(complex key)");
            object.insert(key, toJson(item.second, budget, depth + 1));
            if (budget.exceeded)
                break;
        }
        return object;
    }
    default:
        return QJsonValue::Null;
    }
}

// yaml-cpp's message names the line within the YAML; report it as a line of the file.
QString describe(const YAML::Exception &e, int firstLine)
{
    QString message = QString::fromStdString(e.msg);
    if (e.mark.is_null())
        return message;
    return QStringLiteral("line %1, column %2: %3").arg(e.mark.line + firstLine).arg(e.mark.column + 1).arg(message);
}

// The finews scraper writes `title: "..."` without escaping quotes inside the value. A line whose
// double-quoted value does not parse on its own is rewritten as a single-quoted YAML string holding
// everything between the first and the last quote.
QString repairQuotes(const QString &yaml, QStringList *repairedKeys)
{
    static const QRegularExpression lineRe(QStringLiteral(R"re(^([A-Za-z_][\w-]*)([ \t]*:[ \t]+)"(.*)$)re"));
    QStringList lines = yaml.split(u'\n');
    for (QString &line : lines) {
        const auto m = lineRe.match(line);
        if (!m.hasMatch())
            continue;
        try {
            YAML::Load(line.toStdString());
            continue;
        } catch (const YAML::Exception &) {
        }
        QString value = m.captured(3).trimmed();
        if (value.endsWith(u'"'))
            value.chop(1);
        value.replace(u'\'', QStringLiteral("''"));
        line = m.captured(1) + m.captured(2) + u'\'' + value + u'\'';
        *repairedKeys << m.captured(1);
    }
    return lines.join(u'\n');
}

} // namespace

std::optional<FrontMatter::Split> FrontMatter::split(const QString &text)
{
    // Skip blank lines before the opening fence (a quirk of real archives).
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        if (!QStringView(text).mid(pos, end - pos).trimmed().isEmpty())
            break;
        pos = end + 1;
        ++line;
    }
    const auto isFence = [](QStringView l, bool closing) {
        l = l.trimmed();
        return l == u"---" || (closing && l == u"...");
    };
    qsizetype end = text.indexOf(u'\n', pos);
    if (pos >= text.size() || end < 0 || !isFence(QStringView(text).mid(pos, end - pos), false))
        return std::nullopt;

    Split out;
    out.yamlFirstLine = line + 1;
    const qsizetype yamlStart = end + 1;
    qsizetype cursor = yamlStart;
    while (cursor <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', cursor);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (isFence(QStringView(text).mid(cursor, lineEnd - cursor), true)) {
            out.yaml = text.mid(yamlStart, cursor - yamlStart);
            out.body = lineEnd < text.size() ? text.mid(lineEnd + 1) : QString();
            return out;
        }
        if (lineEnd >= text.size())
            break;
        cursor = lineEnd + 1;
    }
    return std::nullopt;
}

Result<FrontMatter> FrontMatter::parse(const QString &yaml, int firstLine)
{
    if (yaml.size() > MaxSize)
        return Result<FrontMatter>::failure(
                QStringLiteral("front matter is %1 KiB, over the %2 KiB limit").arg(yaml.size() / 1024).arg(MaxSize / 1024));

    FrontMatter out;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &strictError) {
        QStringList repaired;
        const QString fixed = repairQuotes(yaml, &repaired);
        if (repaired.isEmpty())
            return Result<FrontMatter>::failure(QStringLiteral("front matter is not valid YAML: ")
                                                + describe(strictError, firstLine));
        try {
            root = YAML::Load(fixed.toStdString());
        } catch (const YAML::Exception &) {
            return Result<FrontMatter>::failure(QStringLiteral("front matter is not valid YAML: ")
                                                + describe(strictError, firstLine));
        }
        for (const QString &key : repaired)
            out.warnings << QStringLiteral("front matter is not valid YAML (%1); %2 recovered from its line")
                                    .arg(describe(strictError, firstLine), key);
    }

    if (root.IsNull())
        return out; // "---\n---": an empty front matter is valid in Jekyll
    if (!root.IsMap())
        return Result<FrontMatter>::failure(QStringLiteral("front matter is not a YAML mapping of keys to values"));

    Budget budget;
    const QJsonValue fields = toJson(root, budget, 0);
    if (budget.exceeded)
        return Result<FrontMatter>::failure(
                QStringLiteral("front matter is too large once expanded (over %1 values or %2 levels deep; "
                               "alias bomb?)")
                        .arg(MaxNodes)
                        .arg(MaxDepth));
    out.fields = fields.toObject();
    return out;
}

} // namespace Gazette::Archive
