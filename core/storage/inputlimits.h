#pragma once

#include <QtGlobal>

/// The documented maxima of every text field and the ranges of every
/// integer, in one place. Core enforces them at every entry point (CLI,
/// JSON files, editors, the wizard); migration 008 repeats them as CHECK
/// constraints on both backends. Lengths count Unicode code points, as
/// PostgreSQL's char_length() and SQLite's length() do. The README's
/// "Input rules" table lists the same numbers.
namespace tenant::limits {

constexpr int tenantId = 63;    ///< a slug, 2-63 characters
constexpr int tenantName = 200; ///< display names, business-unit names
constexpr int email = 254;      ///< contacts, billing and owner e-mail (RFC 5321)
constexpr int externalId = 64;  ///< CRM id, billing account id
constexpr int costCenter = 64;
constexpr int region = 32;         ///< also each allowed region
constexpr int allowedRegions = 32; ///< entries in allowed_regions
constexpr int flagName = 100;
constexpr int flagOwner = 200;
constexpr int flagDescription = 2000; ///< multi-line
constexpr int reason = 1000;          ///< multi-line: transitions, edits, rollbacks
constexpr int comment = 1000;         ///< multi-line: approval decisions
constexpr int actor = 128;
constexpr int metadataBytes = 65536;   ///< compact UTF-8 JSON of a tenant's metadata
constexpr int jsonFileBytes = 1048576; ///< a --from file (tenant or request document)

/// The largest value PostgreSQL's INTEGER holds (max_users, version).
constexpr qint64 int32Max = 2147483647;
/// The largest integer a JSON number carries exactly (2^53 - 1): BIGINT
/// columns (max_documents, max_queries_per_day, budgets) stop here so a
/// value survives every JSON round trip unchanged.
constexpr qint64 exactJsonIntegerMax = 9007199254740991;
constexpr qint64 retentionDaysMax = 3650;
constexpr double latencyMsMax = 3600000; ///< an hour: a p95 beyond it is a broken probe

} // namespace tenant::limits
