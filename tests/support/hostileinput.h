#pragma once

// The hostile inputs every entry point is walked through: the CLI's
// options, the JSON files, the core API, the console's editor and the
// wizard use these same tables, so one rule set is tested the same way
// everywhere (see core/input/).
#include "inputlimits.h"

#include <QList>
#include <QMap>
#include <QString>

namespace tenant::test {

/// One bad value for a text field and the class of rule it breaks.
struct HostileText
{
    QString inputClass; ///< "length", "control", "unicode", "visible"
    QString name;
    QString value;
};

/// Values no single-line text field of at most `maxLength` characters
/// accepts. `required`: the field must also hold a visible character.
inline QList<HostileText> hostileTexts(int maxLength, bool required)
{
    const auto chars = [](std::initializer_list<char16_t> units) -> QString {
        QString s = QStringLiteral("ab");
        for (char16_t u : units)
            s += QChar(u);
        return s + QStringLiteral("cd");
    };
    QList<HostileText> list = {
        {QStringLiteral("length"), QStringLiteral("one over the limit"),
         QString(maxLength + 1, QLatin1Char('x'))},
        {QStringLiteral("length"), QStringLiteral("a megabyte"),
         QString(1 << 20, QLatin1Char('y'))},
        {QStringLiteral("length"), QStringLiteral("limit in astral code points, plus one"),
         QString::fromUcs4(std::u32string(size_t(maxLength) + 1, U'😀').c_str())},
        {QStringLiteral("control"), QStringLiteral("NUL"), chars({0x0000})},
        {QStringLiteral("control"), QStringLiteral("newline"), chars({u'\n'})},
        {QStringLiteral("control"), QStringLiteral("carriage return"), chars({u'\r'})},
        {QStringLiteral("control"), QStringLiteral("tab"), chars({u'\t'})},
        {QStringLiteral("control"), QStringLiteral("escape sequence"),
         chars({0x001b, u'[', u'2', u'J'})},
        {QStringLiteral("control"), QStringLiteral("DEL"), chars({0x007f})},
        {QStringLiteral("control"), QStringLiteral("C1 next line"), chars({0x0085})},
        {QStringLiteral("control"), QStringLiteral("line separator"), chars({0x2028})},
        {QStringLiteral("control"), QStringLiteral("right-to-left override"), chars({0x202e})},
        {QStringLiteral("unicode"), QStringLiteral("lone high surrogate"), chars({0xd800})},
        {QStringLiteral("unicode"), QStringLiteral("lone low surrogate"), chars({0xdc00})},
        {QStringLiteral("unicode"), QStringLiteral("non-character"), chars({0xfffe})},
        {QStringLiteral("unicode"), QStringLiteral("replacement character"), chars({0xfffd})},
        // Not empty, yet nothing shows: no field takes that.
        {QStringLiteral("visible"), QStringLiteral("zero-width spaces"), QString(3, QChar(0x200b))},
        {QStringLiteral("visible"), QStringLiteral("Hangul filler"), QString(QChar(0x3164))},
        {QStringLiteral("visible"), QStringLiteral("blank Braille"), QString(QChar(0x2800))},
        {QStringLiteral("visible"), QStringLiteral("combining marks only"),
         QString(QChar(0x034f)) + QChar(0x0300)},
        {QStringLiteral("visible"), QStringLiteral("joiner and selector"),
         QString(QChar(0x200d)) + QChar(0xfe0f)},
    };
    if (required) {
        list << HostileText{QStringLiteral("visible"), QStringLiteral("empty"), QString()}
             << HostileText{QStringLiteral("visible"), QStringLiteral("spaces"),
                            QStringLiteral("   ")};
    }
    return list;
}

/// The single-line text attributes of a tenant and their maxima; `true`
/// when the field must hold a visible character.
struct TextField
{
    QString key;
    int maxLength;
    bool required;
};
inline QList<TextField> tenantTextFields()
{
    return {{QStringLiteral("tenant_name"), limits::tenantName, true},
            {QStringLiteral("technical_contact"), limits::email, false},
            {QStringLiteral("billing_email"), limits::email, false},
            {QStringLiteral("crm_id"), limits::externalId, false},
            {QStringLiteral("billing_account_id"), limits::externalId, false},
            {QStringLiteral("cost_center"), limits::costCenter, false},
            {QStringLiteral("region"), limits::region, false}};
}

/// Whole numbers out of a field's range, as JSON or option text.
struct HostileNumber
{
    QString key;
    QString name;
    QString text; ///< as typed on the command line
    double json;  ///< as a JSON number
};
inline QList<HostileNumber> hostileNumbers()
{
    return {
        {QStringLiteral("max_users"), QStringLiteral("over INTEGER"), QStringLiteral("3000000000"),
         3000000000.0},
        {QStringLiteral("max_users"), QStringLiteral("zero"), QStringLiteral("0"), 0},
        {QStringLiteral("max_users"), QStringLiteral("negative"), QStringLiteral("-5"), -5},
        {QStringLiteral("max_documents"), QStringLiteral("over 2^53"),
         QStringLiteral("9007199254740992"), 9007199254740992.0},
        {QStringLiteral("max_queries_per_day"), QStringLiteral("over 64 bits"),
         QStringLiteral("99999999999999999999999"), 1e23},
        {QStringLiteral("monthly_budget"), QStringLiteral("negative"), QStringLiteral("-1"), -1},
        {QStringLiteral("retention_days"), QStringLiteral("over ten years"), QStringLiteral("3651"),
         3651}};
}

/// Option values that are not numbers, for options that need one.
inline QStringList notNumbers()
{
    return {QStringLiteral("lots"), QStringLiteral("1.5.2"), QStringLiteral("0x10"),
            QStringLiteral("1e"),   QStringLiteral("nan"),   QStringLiteral("inf"),
            QStringLiteral(""),     QStringLiteral("12abc"), QStringLiteral("- 3")};
}

} // namespace tenant::test
