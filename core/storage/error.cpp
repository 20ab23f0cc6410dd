#include "error.h"

#include "enumnames.h"

namespace tenant {

QString nameOf(ErrorKind kind)
{
    return enumName(kind);
}

namespace {

/// The zero-width (non-)joiners shape Indic and Arabic text: a translated
/// message may hold them, so only a quoted value shows them escaped.
bool isJoiner(char32_t c)
{
    return c == 0x200c || c == 0x200d;
}

/// How a character that must not reach a terminal or a log line verbatim
/// is written instead; an empty result keeps it as it is. `allFormat`
/// escapes every invisible format character (a quoted value shows its
/// zero-width spaces); otherwise all but the joiners.
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
                           (category == QChar::Other_Format && (allFormat || !isJoiner(c))) ||
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
        // The limit is on what is written: escapes count at their length.
        if (written >= maxChars) {
            *truncated = true;
            return out;
        }
        const QString escape = escapeFor(c, allFormat);
        const QString piece = escape.isEmpty() ? QString::fromUcs4(&c, 1) : escape;
        out += piece;
        written += int(piece.size());
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

QString fieldInMessage(const QString &field)
{
    if (field.isEmpty() || field.size() > 64)
        return quoted(field, 40);
    for (const QChar c : field)
        if (!(c.isLower() && c.unicode() < 128) && !c.isDigit() && c != u'_' && c != u'.' &&
            c != u'-')
            return quoted(field, 40);
    return field;
}

QString oneLine(const QString &message, int maxChars)
{
    bool truncated = false;
    const QString body = escaped(message, maxChars, false, &truncated);
    return truncated ? body + QStringLiteral("…") : body;
}

} // namespace tenant
