#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tenant {

/// One record of a CSV file and the line it starts on (1 is the header).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// RFC 4180 CSV: comma-separated, fields optionally in double quotes (""
/// inside is a quote, quoted fields may span lines), CRLF or LF line ends,
/// a UTF-8 byte-order mark ignored. Blank lines are skipped. Refuses
/// malformed UTF-8, a NUL byte, a quote inside an unquoted field and an
/// unterminated quote, naming the line.
Result<QList<CsvRecord>> parseCsv(const QByteArray &bytes);

/// `value` as one CSV field, unchanged but quoted when it holds a comma, a
/// quote or a line break (the audit export's hashes cover the exact text).
QByteArray csvField(const QString &value);
/// Fields joined by commas, ended by CRLF.
QByteArray csvLine(const QStringList &fields);

} // namespace tenant
