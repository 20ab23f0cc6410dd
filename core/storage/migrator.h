#pragma once

#include "error.h"

#include <limits>

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

    /// Applies the pending migrations, each in its own transaction, up to
    /// and including `upToVersion` (tests of an upgrade stop early).
    Status migrate(int upToVersion = std::numeric_limits<int>::max());
    /// Versions recorded as applied, ascending.
    Result<QList<int>> appliedVersions();

    /// Splits a script into statements on `;`, respecting quotes, comments,
    /// dollar-quoted bodies and CREATE TRIGGER ... END blocks.
    static QStringList splitStatements(const QString &script);

private:
    Database &m_db;
};

} // namespace tenant
