#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
// This file's messages, translated in the context tenant::Csv.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Csv)
};
} // namespace

namespace tenant {

namespace {
Error lineError(int line, const QString &message)
{
    return Error::make(ErrorKind::Validation, Messages::tr("line %1: %2").arg(line).arg(message));
}
} // namespace

Result<QList<CsvRecord>> parseCsv(const QByteArray &bytes)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError())
        return Error::make(ErrorKind::Validation, Messages::tr("the file is not UTF-8 text"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    bool fieldTouched = false;
    int line = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        wasQuoted = false;
        fieldTouched = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records << record;
        record = CsvRecord{line + 1, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0))
            return lineError(line, Messages::tr("holds a NUL byte"));
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (fieldTouched)
                return lineError(line, Messages::tr("has a quote inside an unquoted field"));
            quoted = wasQuoted = fieldTouched = true;
        } else {
            if (wasQuoted)
                return lineError(line, Messages::tr("has text after a closing quote"));
            field += c;
            fieldTouched = true;
        }
    }
    if (quoted)
        return lineError(record.line, Messages::tr("has a quote that is never closed"));
    if (fieldTouched || !record.fields.isEmpty())
        endRecord();
    return records;
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArrayList encoded;
    encoded.reserve(fields.size());
    for (const QString &f : fields)
        encoded << csvField(f);
    return encoded.join(',') + "\r\n";
}

} // namespace tenant
