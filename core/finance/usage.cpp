#include "usage.h"

#include "csv.h"
#include "inputlimits.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {
// This file's messages, translated in the context tenant::Usage.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Usage)
};
} // namespace

namespace tenant {

std::optional<QDate> parseUsageMonth(const QString &text, const QDate &today)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-(0[1-9]|1[0-2])$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate month(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (month.year() < 2000 || month > QDate(today.year(), today.month(), 1))
        return std::nullopt;
    return month;
}

QString usageMonthText(const QDate &anyDayOfMonth)
{
    return anyDayOfMonth.toString(QStringLiteral("yyyy-MM"));
}

QStringList usageMonthsEndingAt(const QString &last, int count)
{
    const QDate end = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
    QStringList months;
    for (int i = count - 1; i >= 0; --i)
        months << usageMonthText(end.addMonths(-i));
    return months;
}

QStringList UsageColumn::billed()
{
    return {apiCalls, storageGb, computeHours};
}

QStringList UsageColumn::quota()
{
    return {peakQueriesPerDay, documents, activeUsers};
}

Status UsageRecord::validate() const
{
    if (Status s = checkRange(UsageColumn::apiCalls, apiCalls, 0, limits::exactJsonIntegerMax); !s)
        return s;
    if (Status s = checkRange(UsageColumn::storageGb, storageGb, 0, usageQuantityMax); !s)
        return s;
    if (Status s = checkRange(UsageColumn::computeHours, computeHours, 0, usageQuantityMax); !s)
        return s;
    const std::pair<const QString &, const std::optional<qint64> &> counts[] = {
        {UsageColumn::peakQueriesPerDay, peakQueriesPerDay},
        {UsageColumn::documents, documents},
        {UsageColumn::activeUsers, activeUsers}};
    for (const auto &[name, value] : counts)
        if (value)
            if (Status s = checkRange(name, *value, 0, limits::exactJsonIntegerMax); !s)
                return s;
    return success();
}

QJsonObject UsageRecord::figures() const
{
    QJsonObject o{{UsageColumn::month, month},
                  {UsageColumn::apiCalls, apiCalls},
                  {UsageColumn::storageGb, storageGb},
                  {UsageColumn::computeHours, computeHours}};
    if (peakQueriesPerDay)
        o.insert(UsageColumn::peakQueriesPerDay, *peakQueriesPerDay);
    if (documents)
        o.insert(UsageColumn::documents, *documents);
    if (activeUsers)
        o.insert(UsageColumn::activeUsers, *activeUsers);
    return o;
}

bool UsageRecord::operator==(const UsageRecord &o) const
{
    return tenantId == o.tenantId && month == o.month && apiCalls == o.apiCalls &&
           storageGb == o.storageGb && computeHours == o.computeHours &&
           peakQueriesPerDay == o.peakQueriesPerDay && documents == o.documents &&
           activeUsers == o.activeUsers;
}

namespace {

Error cellError(int line, const QString &column, const QString &message)
{
    // Not Error::validation(): the "field" is a place in the file, not a name.
    return Error::make(ErrorKind::Validation,
                       Messages::tr("line %1, column %2: %3").arg(line).arg(column, message),
                       column);
}

/// A count: decimal digits only (no sign, point or exponent).
Result<qint64> countCell(const QString &text, int line, const QString &column)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return cellError(line, column, Messages::tr("is empty"));
    if (t.startsWith(QLatin1Char('-')))
        return cellError(line, column, Messages::tr("%1 is negative").arg(quoted(t, 40)));
    if (!digits.match(t).hasMatch())
        return cellError(line, column, Messages::tr("%1 is not a whole number").arg(quoted(t, 40)));
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok || value > limits::exactJsonIntegerMax)
        return cellError(line, column,
                         Messages::tr("%1 is larger than %2")
                             .arg(quoted(t, 40))
                             .arg(limits::exactJsonIntegerMax));
    return value;
}

/// A quantity: a finite decimal, not negative.
Result<double> quantityCell(const QString &text, int line, const QString &column)
{
    static const QRegularExpression number(
        QStringLiteral("^-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return cellError(line, column, Messages::tr("is empty"));
    if (!number.match(t).hasMatch())
        return cellError(line, column, Messages::tr("%1 is not a number").arg(quoted(t, 40)));
    const double value = t.toDouble();
    if (value < 0 || t.startsWith(QLatin1Char('-')))
        return cellError(line, column, Messages::tr("%1 is negative").arg(quoted(t, 40)));
    if (!std::isfinite(value) || value > usageQuantityMax)
        return cellError(line, column,
                         Messages::tr("%1 is larger than %2")
                             .arg(quoted(t, 40))
                             .arg(usageQuantityMax, 0, 'g', 12));
    return value;
}

} // namespace

Result<QList<UsageRecord>> UsageCsv::parse(const QByteArray &bytes, const QDate &today)
{
    if (bytes.size() > maxBytes)
        return Error::make(ErrorKind::Validation,
                           Messages::tr("the file is larger than %1 MiB").arg(maxBytes >> 20));
    const Result<QList<CsvRecord>> rows = parseCsv(bytes);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorKind::Validation,
                           Messages::tr("line 1: the file is empty; it needs a header row"));

    // The header: every column known, none twice, the required ones there.
    const CsvRecord &header = rows->first();
    const QStringList known = QStringList{UsageColumn::tenantId, UsageColumn::month} +
                              UsageColumn::billed() + UsageColumn::quota();
    QHash<QString, int> at;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (!known.contains(name))
            return cellError(
                header.line, quoted(name, 40),
                Messages::tr("is not a usage column (%1)").arg(known.join(QStringLiteral(", "))));
        if (at.contains(name))
            return cellError(header.line, name, Messages::tr("is named twice"));
        at.insert(name, i);
    }
    for (const QString &required :
         QStringList{UsageColumn::tenantId, UsageColumn::month} + UsageColumn::billed())
        if (!at.contains(required))
            return cellError(header.line, required, Messages::tr("is missing from the header"));

    QList<UsageRecord> records;
    records.reserve(rows->size() - 1);
    const QStringList quotaColumns = UsageColumn::quota();
    QHash<QString, int> firstLine; // "tenant month" -> its line
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const CsvRecord &row = rows->at(r);
        if (row.fields.size() != header.fields.size()) {
            const QString column = row.fields.size() < header.fields.size()
                                       ? header.fields.at(row.fields.size()).trimmed()
                                       : QStringLiteral("%1").arg(header.fields.size() + 1);
            return cellError(row.line, column,
                             Messages::tr("the row has %1 fields, the header %2")
                                 .arg(row.fields.size())
                                 .arg(header.fields.size()));
        }
        const auto cell = [&](const QString &name) { return row.fields.at(at.value(name)); };
        UsageRecord u;
        u.line = row.line;
        u.tenantId = cell(UsageColumn::tenantId).trimmed();
        if (u.tenantId.isEmpty())
            return cellError(row.line, UsageColumn::tenantId, Messages::tr("is empty"));
        if (Status s = checkText(UsageColumn::tenantId, u.tenantId, {limits::tenantId}); !s)
            return cellError(row.line, UsageColumn::tenantId,
                             s.error().message.section(QStringLiteral(": "), 1));
        const QString monthText = cell(UsageColumn::month).trimmed();
        const std::optional<QDate> month = parseUsageMonth(monthText, today);
        if (!month)
            return cellError(row.line, UsageColumn::month,
                             Messages::tr("%1 is not a month from 2000-01 to %2 (YYYY-MM)")
                                 .arg(quoted(monthText, 40), usageMonthText(today)));
        u.month = usageMonthText(*month);
        const Result<qint64> api =
            countCell(cell(UsageColumn::apiCalls), row.line, UsageColumn::apiCalls);
        if (!api)
            return api.error();
        u.apiCalls = api.value();
        const Result<double> storage =
            quantityCell(cell(UsageColumn::storageGb), row.line, UsageColumn::storageGb);
        if (!storage)
            return storage.error();
        u.storageGb = storage.value();
        const Result<double> compute =
            quantityCell(cell(UsageColumn::computeHours), row.line, UsageColumn::computeHours);
        if (!compute)
            return compute.error();
        u.computeHours = compute.value();
        std::optional<qint64> *const quota[] = {&u.peakQueriesPerDay, &u.documents, &u.activeUsers};
        for (int q = 0; q < 3; ++q) {
            const QString &name = quotaColumns.at(q);
            if (!at.contains(name) || cell(name).trimmed().isEmpty())
                continue;
            const Result<qint64> value = countCell(cell(name), row.line, name);
            if (!value)
                return value.error();
            *quota[q] = value.value();
        }
        const QString key = u.tenantId + QLatin1Char(' ') + u.month;
        if (const auto earlier = firstLine.constFind(key); earlier != firstLine.cend())
            return cellError(row.line, UsageColumn::month,
                             Messages::tr("%1 %2 is given twice (first on line %3)")
                                 .arg(u.tenantId, u.month)
                                 .arg(earlier.value()));
        firstLine.insert(key, row.line);
        records << u;
    }
    return records;
}

} // namespace tenant
