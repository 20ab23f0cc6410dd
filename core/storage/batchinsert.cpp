#include "batchinsert.h"

#include "database.h"

namespace tenant {

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns,
                         int rowsPerStatement, QString what)
    : m_db(&db)
    , m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                 .arg(table, columns.join(QStringLiteral(", "))))
    , m_tuple(QStringLiteral("(") +
              QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
              QStringLiteral(")"))
    , m_columns(columns.size())
    , m_rowsPerStatement(rowsPerStatement)
    , m_what(std::move(what))
{}

QString BatchInsert::statement(int rows) const
{
    return m_head + QStringList(rows, m_tuple).join(QLatin1Char(','));
}

Status BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_pending += row;
    return m_pending.size() >= m_columns * m_rowsPerStatement ? flush() : success();
}

Status BatchInsert::finish()
{
    return flush();
}

Status BatchInsert::flush()
{
    const int rows = static_cast<int>(m_pending.size() / m_columns);
    if (rows == 0)
        return success();
    std::optional<QSqlQuery> last;
    std::optional<QSqlQuery> &insert = rows == m_rowsPerStatement ? m_full : last;
    if (!insert) {
        Result<QSqlQuery> prepared = m_db->prepare(statement(rows));
        if (!prepared)
            return prepared.error();
        insert.emplace(std::move(prepared).value());
    }
    for (int i = 0; i < m_pending.size(); ++i) {
        // '' for a null string, as Database::exec would send it; done here so
        // exec finds nothing to rebind (a rebind copies every bound value).
        const QVariant &value = m_pending.at(i);
        const bool nullText =
            value.metaType().id() == QMetaType::QString && value.toString().isNull();
        insert->bindValue(i, nullText ? QVariant(QString::fromLatin1("")) : value);
    }
    m_pending.clear();
    return Database::exec(*insert, m_what);
}

} // namespace tenant
