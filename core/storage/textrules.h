#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonObject>

namespace tenant {

/// The shape a text field must have (see input/limits.h for the numbers).
struct TextRule
{
    int maxLength = 0;      ///< in code points; 0: no length rule
    bool multiLine = false; ///< line breaks and tabs allowed (reasons, comments)
    bool required = false;  ///< must contain at least one visible character
};

/// Success, or a Validation error naming `field`: `value` must be
/// well-formed Unicode (no lone surrogate, no non-character, no U+FFFD left
/// by undecodable input), hold no control character (line breaks and tabs
/// only in multi-line text), no bidirectional override or line separator,
/// at most `rule.maxLength` code points, and a visible character unless it
/// is empty and not required (zero-width spaces alone are not a value).
Status checkText(const QString &field, const QString &value, const TextRule &rule);

/// A reason or a comment (multi-line, at most limits::reason characters);
/// `required`: it must say something, blank is refused.
Status checkReason(const QString &field, const QString &text, bool required);

/// Code points in `value`: a surrogate pair counts once.
qsizetype codePointCount(const QString &value);
/// True when `value` has a character that shows: not a space, not a
/// control or format character.
bool hasVisibleCharacter(const QString &value);

/// Every string (keys included) inside `object` checked as multi-line text,
/// and its compact UTF-8 form at most `maxBytes`.
Status checkJsonText(const QString &field, const QJsonObject &object, int maxBytes);

/// `value` within [min, max], or a Validation error naming `field` with
/// the range written out.
Status checkRange(const QString &field, qint64 value, qint64 min, qint64 max);
/// checkRange() for a value typed as `given` (quoted in the message, so a
/// number too large to hold is shown as it was typed).
Status checkRange(const QString &field, qint64 value, qint64 min, qint64 max, const QString &given);
Status checkRange(const QString &field, double value, double min, double max);

/// Command-line numbers, strictly: a whole number is optional sign and
/// decimal digits; a number is a finite decimal (exponent allowed). Text of
/// another shape is a Usage error naming `--option`. A number too large to
/// hold saturates, so the range check that follows names the field.
Result<qint64> parseIntegerOption(const QString &option, const QString &text);
Result<double> parseNumberOption(const QString &option, const QString &text);

/// Parses a JSON document that must be one object, strictly: malformed
/// JSON names the offset, a key given twice in one object is refused with
/// its path (today's parsers keep the last one silently), and more than
/// `maxBytes` is refused before parsing. Errors name `field`.
Result<QJsonObject> parseJsonObject(const QString &field, const QByteArray &bytes, int maxBytes);

} // namespace tenant
