#include "provisioningrundialog.h"

#include "provisioningrunview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenant::ui {

ProvisioningRunDialog::ProvisioningRunDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
{
    m_run = new ProvisioningRunView(workspace, this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_cancel = m_buttons->addButton(tr("&Cancel provisioning…"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_run, 1);
    layout->addWidget(m_buttons);
    resize(820, 520);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProvisioningRunDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_run->confirmCancel(this); });
    connect(m_run, &ProvisioningRunView::started, this,
            [this] { m_buttons->button(QDialogButtonBox::Close)->setEnabled(false); });
    connect(m_run, &ProvisioningRunView::finished, this, [this] {
        m_cancel->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Close)->setFocus();
    });
}

void ProvisioningRunDialog::startRun(const QString &requestId)
{
    setWindowTitle(tr("Provisioning %1").arg(requestId));
    m_cancel->setEnabled(true);
    m_run->startRun(requestId);
}

void ProvisioningRunDialog::startRollback(const QString &requestId, const QString &reason)
{
    setWindowTitle(tr("Rolling back %1").arg(requestId));
    m_cancel->hide(); // a rollback is not undone halfway
    m_run->startRollback(requestId, reason);
}

void ProvisioningRunDialog::reject()
{
    if (m_run->isRunning())
        m_run->askHowToStop(this);
    else
        QDialog::reject();
}

} // namespace tenant::ui
