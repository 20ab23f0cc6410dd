#include "interruptedrunsdialog.h"

#include "background.h"
#include "provisioningrequestmodel.h"
#include "provisioningrundialog.h"
#include "provisioningrunview.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tenant::ui {

InterruptedRunsDialog::InterruptedRunsDialog(Workspace &workspace,
                                             const QList<ProvisioningRequest> &interrupted,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Interrupted provisioning"));
    m_model = new ProvisioningRequestModel(workspace.provisioning(), workspace.pool(), this);
    m_model->setRequests(interrupted);
    auto *intro = new QLabel(
        tr("These provisioning runs stopped before they finished. Their tenants are half made "
           "until each is resumed (every step is safe to repeat) or rolled back (everything "
           "created is removed and checked gone)."),
        this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("interruptedTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column :
         {ProvisioningRequestModel::EstimateColumn, ProvisioningRequestModel::BudgetColumn,
          ProvisioningRequestModel::RequestedByColumn})
        m_view->hideColumn(column);
    m_view->resizeColumnsToContents();
    m_reason = new QLineEdit(tr("run interrupted; rolled back when the console started"), this);
    m_reason->setObjectName(QStringLiteral("rollbackReason"));

    auto *buttons = new QDialogButtonBox(this);
    m_resume = buttons->addButton(tr("&Resume"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("resume"));
    m_rollback = buttons->addButton(tr("Roll &back"), QDialogButtonBox::ActionRole);
    m_rollback->setObjectName(QStringLiteral("rollBack"));
    QPushButton *later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("They stay listed under Requests, and are offered again next start."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, [this] { act(true); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { act(false); });
    connect(m_reason, &QLineEdit::textChanged, this, &InterruptedRunsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->selectRow(0);
        updateButtons();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Rollback r&eason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 360);
    m_view->selectRow(0);
    updateButtons();
}

void InterruptedRunsDialog::updateButtons()
{
    const bool chosen = m_view->selectionModel()->hasSelection();
    m_resume->setEnabled(chosen);
    m_rollback->setEnabled(chosen && !m_reason->text().trimmed().isEmpty());
}

void InterruptedRunsDialog::act(bool resume)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ProvisioningRequest request = m_model->requestAt(rows.first().row());
    ProvisioningRunDialog run(m_workspace, this);
    if (resume)
        run.startRun(request.requestId);
    else
        run.startRollback(request.requestId, m_reason->text().trimmed());
    run.exec();
    emit handled(request.requestId, run.runView()->summary());

    // What is still interrupted now; the dialog closes once nothing is.
    ProvisioningWorkflow *workflow = &m_workspace.workflow();
    runInBackground<Result<QList<ProvisioningRequest>>>(
        m_workspace.pool(), this, [workflow] { return workflow->interrupted(); },
        [this](Result<QList<ProvisioningRequest>> left) {
            if (left && left->isEmpty()) {
                accept();
                return;
            }
            if (left)
                m_model->setRequests(left.value());
        });
}

} // namespace tenant::ui
