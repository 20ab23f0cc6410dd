#pragma once

#include "error.h"

#include <QDeadlineTimer>
#include <QString>

namespace tenant {

/// What a cascade does to every downstream system.
enum class CascadeAction { Suspend, Activate };
QString nameOf(CascadeAction action);
CascadeAction opposite(CascadeAction action);

/// Everything a step needs to know about the operation it is part of.
struct CascadeContext
{
    QString tenantId;
    CascadeAction action = CascadeAction::Suspend;
    QString correlationId;
    QDeadlineTimer deadline; ///< the step's timeout; adapters bound their I/O by it
    QString reason = {};     ///< why the operator asked; the step's audit entry carries it
};

/// One downstream system in a cascade. apply() puts the system into the
/// state `context.action` asks for, compensate() undoes that, and
/// isApplied() reads the system back to tell whether the state holds.
/// Every call must be safe to repeat.
class CascadeAdapter
{
public:
    virtual ~CascadeAdapter() = default;

    /// A short, stable name ("postgresql-rls", "redis", ...), used in audit entries.
    virtual QString system() const = 0;
    virtual Status apply(const CascadeContext &context) = 0;
    virtual Status compensate(const CascadeContext &context) = 0;
    virtual Result<bool> isApplied(const CascadeContext &context) = 0;
};

} // namespace tenant
