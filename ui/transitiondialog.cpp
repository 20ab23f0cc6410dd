#include "transitiondialog.h"

#include "tenanttablemodel.h"

#include "palette.h"
#include "textrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tenant::ui {

QString transitionVerb(TenantStatus target)
{
    switch (target) {
    case TenantStatus::Active:
        return QObject::tr("Activate");
    case TenantStatus::Suspended:
        return QObject::tr("Suspend");
    case TenantStatus::Migrating:
        return QObject::tr("Start migration");
    case TenantStatus::Archived:
        return QObject::tr("Archive");
    case TenantStatus::Deleted:
        return QObject::tr("Delete");
    case TenantStatus::Draft:
        return QObject::tr("Back to draft");
    }
    return {};
}

QIcon transitionIcon(TenantStatus target)
{
    switch (target) {
    case TenantStatus::Active:
        return QIcon::fromTheme(QStringLiteral("media-playback-start"));
    case TenantStatus::Suspended:
        return QIcon::fromTheme(QStringLiteral("media-playback-pause"));
    case TenantStatus::Migrating:
        return QIcon::fromTheme(QStringLiteral("go-next"));
    case TenantStatus::Archived:
        return QIcon::fromTheme(QStringLiteral("archive-insert"));
    case TenantStatus::Deleted:
        return QIcon::fromTheme(QStringLiteral("edit-delete"));
    case TenantStatus::Draft:
        return QIcon::fromTheme(QStringLiteral("edit-undo"));
    }
    return {};
}

TransitionDialog::TransitionDialog(const TenantSummary &tenant, TenantStatus target,
                                   QWidget *parent)
    : QDialog(parent)
    , m_tenantId(tenant.tenantId)
{
    setWindowTitle(tr("%1 %2").arg(transitionVerb(target), tenant.tenantId));
    auto *layout = new QFormLayout(this);
    auto *summary =
        new QLabel(tr("Move <b>%1</b> (%2) from <b>%3</b> to <b>%4</b>.")
                       .arg(tenant.tenantId.toHtmlEscaped(), tenant.tenantName.toHtmlEscaped(),
                            TenantTableModel::displayName(tenant.status),
                            TenantTableModel::displayName(target)));
    summary->setWordWrap(true);
    layout->addRow(summary);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why? Recorded in the audit log"));
    layout->addRow(tr("Reason:"), m_reason);
    if (target == TenantStatus::Deleted) {
        auto *warning = new QLabel(tr("Deleting is permanent. Type <b>%1</b> to confirm.")
                                       .arg(tenant.tenantId.toHtmlEscaped()));
        warning->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColor().name()));
        layout->addRow(warning);
        m_confirm = new QLineEdit;
        m_confirm->setObjectName(QStringLiteral("confirm"));
        layout->addRow(tr("Tenant id:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &TransitionDialog::updateOk);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(transitionVerb(target));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &TransitionDialog::updateOk);
    layout->addRow(m_buttons);
    updateOk();
}

QString TransitionDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool TransitionDialog::isConfirmed() const
{
    return !m_confirm || m_confirm->text() == m_tenantId;
}

void TransitionDialog::updateOk()
{
    // Core's rule for a reason, so a blank or zero-width one is not offered.
    const Status valid = checkReason(QStringLiteral("reason"), reason(), true);
    m_reason->setToolTip(valid ? QString() : valid.error().message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok() && isConfirmed());
}

} // namespace tenant::ui
