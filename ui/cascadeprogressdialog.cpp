#include "cascadeprogressdialog.h"

#include "background.h"
#include "cascadeprogressmodel.h"
#include "palette.h"
#include "tenanttablemodel.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tenant::ui {

CascadeProgressDialog::CascadeProgressDialog(Workspace &workspace, const QString &tenantId,
                                             TenantStatus target, const QString &reason,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tenantId(tenantId)
    , m_target(target)
    , m_reason(reason)
{
    const bool suspending = target == TenantStatus::Suspended;
    setWindowTitle(suspending ? tr("Suspending %1").arg(tenantId)
                              : tr("Activating %1").arg(tenantId));
    m_model = new CascadeProgressModel(workspace.cascade().systems(), this);

    auto *intro = new QLabel(suspending ? tr("Cutting %1 off in every downstream system, in "
                                             "order. If one fails, the others are put back.")
                                              .arg(tenantId)
                                        : tr("Restoring %1 in every downstream system, in "
                                             "order. If one fails, the others are put back.")
                                              .arg(tenantId),
                             this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, m_model->rowCount());
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cascadeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CascadeProgressDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(620, 340);

    // The coordinator reports from the worker thread; these queue onto ours.
    connect(&workspace.cascade(), &CascadeCoordinator::stepStarted, m_model,
            &CascadeProgressModel::stepStarted);
    connect(&workspace.cascade(), &CascadeCoordinator::stepFinished, m_model,
            &CascadeProgressModel::stepFinished);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { m_progress->setValue(m_model->finishedSteps()); });
}

void CascadeProgressDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_summary->setText(tr("Running…"));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    Workspace &ws = m_workspace;
    const QString id = m_tenantId;
    const TenantStatus target = m_target;
    const QString reason = m_reason;
    const QString actor = ws.actor();
    runInBackground<Result<Tenant>>(
        ws.pool(), this,
        [&ws, id, target, reason, actor] {
            return ws.lifecycle().transition(id, target, reason, actor);
        },
        [this, clock](Result<Tenant> result) { finish(result, clock->elapsed()); });
}

void CascadeProgressDialog::finish(const Result<Tenant> &result, qint64 elapsedMs)
{
    m_running = false;
    m_succeeded = result.ok();
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setFocus();
    QString message;
    if (m_succeeded) {
        message = tr("%1 is now %2 (%3 ms in all).")
                      .arg(m_tenantId, TenantTableModel::displayName(result->status))
                      .arg(elapsedMs);
    } else {
        const int rolledBack = m_model->rolledBackSteps();
        message = tr("Nothing changed: %1").arg(result.error().message);
        if (rolledBack > 0)
            message += QLatin1Char(' ') + tr("%n applied step(s) rolled back.", "", rolledBack);
        m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColor().name()));
    }
    m_summary->setText(message);
    emit cascadeFinished(m_succeeded, message);
}

void CascadeProgressDialog::reject()
{
    if (m_running)
        return; // closing mid-cascade would hide a half-done operation
    QDialog::reject();
}

} // namespace tenant::ui
