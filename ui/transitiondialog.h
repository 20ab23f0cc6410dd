#pragma once

#include "tenantrepository.h"

#include <QDialog>
#include <QIcon>

class QDialogButtonBox;
class QLineEdit;

namespace tenant::ui {

/// Asks for the reason of a lifecycle transition. For a deletion the admin
/// must also type the tenant id before OK is enabled.
class TransitionDialog final : public QDialog
{
    Q_OBJECT
public:
    TransitionDialog(const TenantSummary &tenant, TenantStatus target, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    /// Null unless the transition deletes the tenant.
    QLineEdit *confirmEdit() const { return m_confirm; }
    bool isConfirmed() const;

private:
    void updateOk();

    QString m_tenantId;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// The action text for moving a tenant to `target` ("Suspend", "Archive"...).
QString transitionVerb(TenantStatus target);
/// Its icon (bundled Breeze names).
QIcon transitionIcon(TenantStatus target);

} // namespace tenant::ui
