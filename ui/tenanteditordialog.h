#pragma once

#include "tenant.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QThreadPool;

namespace tenant {
class TenantRepository;
}

namespace tenant::ui {

/// Edits every attribute of a tenant (or a new one) with validators and an
/// inline error under each field. Save is refused while any field is
/// invalid; nothing is written then. A version conflict offers to reload the
/// stored version or to overwrite it with these edits.
class TenantEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    /// A new tenant from `draft` (its tier defaults), or an edit of a stored one.
    /// The registry is read and written on `pool`'s threads.
    TenantEditorDialog(TenantRepository &repository, QThreadPool &pool, const Tenant &tenant,
                       bool isNew, const QString &actor, QWidget *parent = nullptr);

    /// What was saved last (valid after accept()).
    const Tenant &savedTenant() const { return m_saved; }
    /// The inline error shown for `key`, empty when the field is fine.
    QString fieldError(const QString &key) const;
    /// The editor widget of `key` (for tests and focus handling).
    QWidget *fieldWidget(const QString &key) const { return m_editors.value(key); }
    /// "Changed by NAME …" once another client changed this tenant while
    /// it is open here; empty until then.
    QString changedByText() const;

public slots:
    /// Validates, writes and closes; stays open with inline errors otherwise.
    bool save();

private:
    struct Field;
    void buildForm();
    void load(const Tenant &tenant);
    /// The form's values as a tenant JSON document.
    Result<QJsonObject> collect() const;
    void showErrors(const QList<Error> &errors);
    bool resolveConflict(const Tenant &mine);
    /// Another client committed `action` on a tenant: say so at once when
    /// it is this one (the save's version check still decides).
    void noteRemoteChange(const QString &tenantId, const QString &action, const QString &actor);

    TenantRepository &m_repository;
    QThreadPool &m_pool;
    Tenant m_original;
    Tenant m_saved;
    bool m_isNew;
    QString m_actor;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QLabel *m_summary = nullptr;
    QLabel *m_changedBy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tenant::ui
