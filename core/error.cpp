#include "error.h"

namespace tenant {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/// How a character that must not reach a terminal or a log line verbatim
/// is written instead; an empty result keeps it as it is. `allFormat`
/// escapes every invisible format character (a quoted value shows its
/// zero-width spaces); otherwise only those that reorder text.
QString escapeFor(char32_t c, bool allFormat)
{
    switch (c) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    const QChar::Category category = QChar::category(c);
    const bool invisible = category == QChar::Other_Control ||
                           (category == QChar::Other_Format && (allFormat || isBidiControl(c))) ||
                           category == QChar::Separator_Line ||
                           category == QChar::Separator_Paragraph ||
                           category == QChar::Other_Surrogate || QChar::isNonCharacter(c);
    if (!invisible)
        return {};
    return QStringLiteral("\\u%1").arg(uint(c), c > 0xffff ? 6 : 4, 16, QLatin1Char('0'));
}

/// Escapes `text` code point by code point, stopping once `maxChars` have
/// been written; `truncated` tells whether anything was left out.
QString escaped(const QString &text, int maxChars, bool allFormat, bool *truncated)
{
    QString out;
    int written = 0;
    *truncated = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        // A lone surrogate stays itself (and is escaped); a pair is one code point.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (written >= maxChars) {
            *truncated = true;
            return out;
        }
        const QString escape = escapeFor(c, allFormat);
        if (escape.isEmpty())
            out += QString::fromUcs4(&c, 1);
        else
            out += escape;
        ++written;
    }
    return out;
}

} // namespace

QString quoted(const QString &value, int maxChars)
{
    bool truncated = false;
    const QString body = escaped(value, maxChars, true, &truncated);
    return QLatin1Char('\'') + body +
           (truncated ? QStringLiteral("…' (%1 characters)").arg(value.size())
                      : QStringLiteral("'"));
}

QString oneLine(const QString &message, int maxChars)
{
    bool truncated = false;
    const QString body = escaped(message, maxChars, false, &truncated);
    return truncated ? body + QStringLiteral("…") : body;
}

} // namespace tenant
