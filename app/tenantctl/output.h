#pragma once

#include "error.h"

#include <QJsonValue>
#include <QTextStream>

namespace tenant {

/// tenantctl's exit codes (the design's contract).
enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitRule = 3, ExitNotFound = 4, ExitStorage = 5 };

int exitCodeFor(const Error &error);

/// Where a command prints: its result on `out` (text, or one JSON document
/// with --json), progress and errors on `err`, each error one line.
class Output final
{
public:
    Output(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /// Prints `value` (an object or an array) as one indented JSON document.
    void printJson(const QJsonValue &value);

    /// Prints the error and returns its exit code.
    int fail(const Error &error);
    /// Prints a usage error and returns ExitUsage.
    int usage(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
};

/// A stored value as a text cell: escaped, so a control character in an
/// old row cannot reach the terminal.
QString cell(const QString &text);
/// cell(), padded with spaces to `width`.
QString padded(const QString &text, int width);

} // namespace tenant
