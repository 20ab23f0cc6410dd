#include "textrules.h"

#include "inputlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>
#include <vector>

namespace {
// This file's messages, translated in the context tenant::TextRules.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::TextRules)
};
} // namespace

namespace tenant {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/// Calls `visit(codePoint)` for each code point; a lone surrogate is
/// passed as itself so the caller can refuse it.
template<typename Visit> void forEachCodePoint(const QString &value, Visit visit)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t c = value.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        }
        if (!visit(c))
            return;
    }
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

QString withGroups(qint64 value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // C omits group separators
    return locale.toString(value);
}

QString numberText(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < 1e18)
        return withGroups(static_cast<qint64>(value));
    return QString::number(value, 'g', 10);
}

} // namespace

qsizetype codePointCount(const QString &value)
{
    qsizetype count = 0;
    forEachCodePoint(value, [&count](char32_t) {
        ++count;
        return true;
    });
    return count;
}

namespace {
/// Letters and symbols that draw nothing: the Hangul fillers, the blank
/// Braille pattern, the Khmer inherent vowels.
bool isBlankGlyph(char32_t c)
{
    return c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0 || c == 0x2800 || c == 0x17b4 ||
           c == 0x17b5 || c == 0x180e;
}
} // namespace

bool hasVisibleCharacter(const QString &value)
{
    bool visible = false;
    forEachCodePoint(value, [&visible](char32_t c) {
        // Combining marks show only on a base character; format characters
        // (zero-width spaces, joiners) never do.
        const QChar::Category category = QChar::category(c);
        visible = QChar::isPrint(c) && !QChar::isSpace(c) && category != QChar::Mark_NonSpacing &&
                  category != QChar::Mark_Enclosing && category != QChar::Other_Format &&
                  !isBlankGlyph(c);
        return !visible;
    });
    return visible;
}

Status checkText(const QString &field, const QString &value, const TextRule &rule)
{
    QString problem;
    forEachCodePoint(value, [&](char32_t c) {
        const QChar::Category category = QChar::category(c);
        const bool lineBreakOrTab = c == U'\n' || c == U'\r' || c == U'\t';
        if (QChar::isSurrogate(c))
            problem = Messages::tr("is not valid Unicode (a lone surrogate)");
        else if (QChar::isNonCharacter(c) || c == 0xfffd)
            problem = Messages::tr("is not valid Unicode (%1 where text was expected)")
                          .arg(codePointName(c));
        else if (lineBreakOrTab && !rule.multiLine)
            problem = Messages::tr("must be one line (no line breaks or tabs)");
        else if (category == QChar::Other_Control && !lineBreakOrTab)
            problem =
                Messages::tr("must not contain control characters (%1)").arg(codePointName(c));
        else if (category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            problem =
                rule.multiLine
                    ? Messages::tr("must use plain line breaks (not %1)").arg(codePointName(c))
                    : Messages::tr("must be one line (no line breaks or tabs)");
        else if (isBidiControl(c))
            problem =
                Messages::tr("must not contain bidirectional overrides (%1)").arg(codePointName(c));
        return problem.isEmpty();
    });
    if (!problem.isEmpty())
        return Error::validation(field, problem);
    if (rule.maxLength > 0) {
        const qsizetype length = codePointCount(value);
        if (length > rule.maxLength)
            return Error::validation(field,
                                     Messages::tr("must be at most %1 characters, got %2")
                                         .arg(withGroups(rule.maxLength), withGroups(length)));
    }
    // Optional text may be empty, but not only invisible (zero-width spaces).
    if ((rule.required || !value.isEmpty()) && !hasVisibleCharacter(value))
        return Error::validation(field, value.isEmpty()
                                            ? Messages::tr("is required")
                                            : Messages::tr("must contain a visible character"));
    return success();
}

Status checkReason(const QString &field, const QString &text, bool required)
{
    return checkText(field, text, {limits::reason, true, required});
}

namespace {
Status checkJsonValue(const QString &field, const QJsonValue &value)
{
    const TextRule text{0, true, false};
    if (value.isString())
        return checkText(field, value.toString(), text);
    if (value.isDouble()) {
        // PostgreSQL's jsonb writes numbers out in full (1e300 is 301
        // digits), so magnitudes stay where a number prints short.
        const double d = std::fabs(value.toDouble());
        if (d > 1e15 || (d != 0 && d < 1e-6))
            return Error::validation(field, Messages::tr("holds %1; numbers in it must be 0 or "
                                                         "between 0.000001 and 10^15 in size")
                                                .arg(QString::number(value.toDouble(), 'g', 6)));
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            if (Status s = checkJsonValue(field, item); !s)
                return s;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Status s = checkText(field, it.key(), text); !s)
                return s;
            if (Status s = checkJsonValue(field, it.value()); !s)
                return s;
        }
    }
    return success();
}
} // namespace

Status checkJsonText(const QString &field, const QJsonObject &object, int maxBytes)
{
    if (Status s = checkJsonValue(field, object); !s)
        return s;
    const qsizetype bytes = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    if (bytes > maxBytes)
        return Error::validation(field, Messages::tr("must be at most %1 bytes of JSON, got %2")
                                            .arg(withGroups(maxBytes), withGroups(bytes)));
    return success();
}

Status checkRange(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value >= min && value <= max)
        return success();
    return Error::validation(field, Messages::tr("must be between %1 and %2, got %3")
                                        .arg(withGroups(min), withGroups(max), withGroups(value)));
}

Status checkRange(const QString &field, qint64 value, qint64 min, qint64 max, const QString &given)
{
    if (value >= min && value <= max)
        return success();
    return Error::validation(field, Messages::tr("must be between %1 and %2, got %3")
                                        .arg(withGroups(min), withGroups(max), quoted(given, 40)));
}

Status checkRange(const QString &field, double value, double min, double max)
{
    if (std::isfinite(value) && value >= min && value <= max)
        return success();
    return Error::validation(field, Messages::tr("must be between %1 and %2, got %3")
                                        .arg(numberText(min), numberText(max), numberText(value)));
}

Result<qint64> parseIntegerOption(const QString &option, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[+-]?[0-9]+\\z"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return Error::usage(
            Messages::tr("--%1 needs a whole number, got %2").arg(option, quoted(text)));
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    if (ok)
        return value;
    // Digits beyond 64 bits: the field's range check reports it.
    return trimmed.startsWith(QLatin1Char('-')) ? std::numeric_limits<qint64>::min()
                                                : std::numeric_limits<qint64>::max();
}

Result<double> parseNumberOption(const QString &option, const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\z"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return Error::usage(Messages::tr("--%1 needs a number, got %2").arg(option, quoted(text)));
    const double value = trimmed.toDouble();
    if (std::isfinite(value))
        return value;
    return trimmed.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::max()
                                                : std::numeric_limits<double>::max();
}

namespace {

/// Finds a key given twice in one object of `bytes`, which QJsonDocument
/// has already accepted as well-formed (so the scan can be simple). Returns
/// the key's path ("metadata.team") or an empty string.
QString duplicateKeyPath(const QByteArray &bytes)
{
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        QString path;
        QSet<QString> keys;
        QString lastKey;
    };
    std::vector<Frame> stack;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (c == '"') {
            QString decoded;
            QByteArray run;
            qsizetype j = i + 1;
            for (; j < n && bytes.at(j) != '"'; ++j) {
                if (bytes.at(j) != '\\') {
                    run += bytes.at(j);
                    continue;
                }
                decoded += QString::fromUtf8(run);
                run.clear();
                const char e = j + 1 < n ? bytes.at(++j) : '\0';
                switch (e) {
                case 'n':
                    decoded += QLatin1Char('\n');
                    break;
                case 't':
                    decoded += QLatin1Char('\t');
                    break;
                case 'r':
                    decoded += QLatin1Char('\r');
                    break;
                case 'b':
                    decoded += QLatin1Char('\b');
                    break;
                case 'f':
                    decoded += QLatin1Char('\f');
                    break;
                case 'u':
                    decoded += QChar(char16_t(bytes.mid(j + 1, 4).toUShort(nullptr, 16)));
                    j += 4;
                    break;
                default: // \" \\ \/
                    decoded += QLatin1Char(e);
                }
            }
            decoded += QString::fromUtf8(run);
            i = j;
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                Frame &frame = stack.back();
                const QString path =
                    frame.path.isEmpty() ? decoded : frame.path + QLatin1Char('.') + decoded;
                if (frame.keys.contains(decoded))
                    return path;
                frame.keys.insert(decoded);
                frame.lastKey = path;
                frame.expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            QString path;
            if (!stack.empty())
                path = stack.back().isObject ? stack.back().lastKey : stack.back().path;
            stack.push_back({c == '{', c == '{', path, {}, {}});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',' && !stack.empty() && stack.back().isObject) {
            stack.back().expectKey = true;
        }
    }
    return {};
}

} // namespace

Result<QJsonObject> parseJsonObject(const QString &field, const QByteArray &bytes, int maxBytes)
{
    if (bytes.size() > maxBytes)
        return Error::validation(field, Messages::tr("must be at most %1 bytes of JSON, got %2")
                                            .arg(withGroups(maxBytes), withGroups(bytes.size())));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::validation(field, Messages::tr("malformed JSON at offset %1: %2")
                                            .arg(parseError.offset)
                                            .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::validation(field, Messages::tr("must be one JSON object"));
    if (const QString duplicate = duplicateKeyPath(bytes); !duplicate.isEmpty()) {
        const QString key = duplicate.section(QLatin1Char('.'), 0, 0);
        return Error::validation(
            key, duplicate == key
                     ? Messages::tr("is given twice in one object")
                     : Messages::tr("%1 is given twice in one object").arg(quoted(duplicate)));
    }
    return doc.object();
}

} // namespace tenant
