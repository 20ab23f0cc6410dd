#pragma once

#include "error.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tenant {

class Database;

/// Writes rows into one table through multi-row INSERTs inside the caller's
/// transaction. SQLite pays per statement for its CHECK lists and statement
/// journal, so `rowsPerStatement` rows share one execution; the full-size
/// statement is prepared once, the shorter last one when finish() writes it.
/// Still parameterised: every value is bound.
class BatchInsert
{
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns,
                int rowsPerStatement, QString what);

    /// Buffers one row (a value per column, in order); writes a full batch.
    Status add(const QVariantList &row);
    /// Writes what is buffered.
    Status finish();

private:
    Status flush();
    QString statement(int rows) const;

    Database *m_db;
    QString m_head;  ///< "INSERT INTO table (columns) VALUES "
    QString m_tuple; ///< "(?,?,...)"
    qsizetype m_columns;
    int m_rowsPerStatement;
    QString m_what;
    QVariantList m_pending;
    std::optional<QSqlQuery> m_full;
};

} // namespace tenant
