#pragma once

#include "error.h"

#include <QStringList>

namespace tenant {

class Database;

/// Applies the numbered SQL migrations shipped as resources under
/// `:/migrations/<backend>/NNN_name.sql`, each in its own transaction, and
/// records them in `schema_migrations`. Already applied versions are skipped.
class Migrator final
{
public:
    explicit Migrator(Database &db)
        : m_db(db)
    {}

    Status migrate();
    /// Versions recorded as applied, ascending.
    Result<QList<int>> appliedVersions();

    /// Splits a script into statements on `;`, respecting quotes, comments,
    /// dollar-quoted bodies and CREATE TRIGGER ... END blocks.
    static QStringList splitStatements(const QString &script);

private:
    Database &m_db;
};

} // namespace tenant
