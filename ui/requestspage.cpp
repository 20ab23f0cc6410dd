#include "requestspage.h"

#include "background.h"
#include "decisiondialog.h"
#include "permissions.h"
#include "provisioningrequestmodel.h"
#include "provisioningrundialog.h"
#include "provisioningrunview.h"
#include "provisioningstepmodel.h"
#include "provisioningwizard.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tenant::ui {

namespace {
/// The filter's choices: a label and the statuses it shows (empty: all).
struct FilterChoice
{
    QString label;
    QStringList statuses;
};

QList<FilterChoice> filterChoices()
{
    auto one = [](RequestStatus s) {
        return FilterChoice{ProvisioningRequestModel::displayName(s), {nameOf(s)}};
    };
    return {{RequestsPage::tr("Open (needs action)"),
             {nameOf(RequestStatus::Pending), nameOf(RequestStatus::Approved),
              nameOf(RequestStatus::Provisioning), nameOf(RequestStatus::RollingBack)}},
            one(RequestStatus::Pending),
            one(RequestStatus::Approved),
            one(RequestStatus::Provisioning),
            one(RequestStatus::Active),
            one(RequestStatus::Rejected),
            one(RequestStatus::RolledBack),
            {RequestsPage::tr("All requests"), {}}};
}

bool isUnfinished(const ProvisioningRequest &r)
{
    return r.status == RequestStatus::Provisioning || r.status == RequestStatus::RollingBack;
}
} // namespace

RequestsPage::RequestsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_model = new ProvisioningRequestModel(workspace.provisioning(), workspace.pool(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProvisioningRequestModel::RawValueRole);
    m_proxy->setFilterRole(ProvisioningRequestModel::StatusNameRole);
    m_proxy->setFilterKeyColumn(ProvisioningRequestModel::StatusColumn);
    m_steps = new ProvisioningStepModel(this);

    buildActions();
    auto *toolbar = new QToolBar(tr("Request actions"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_onboard});
    toolbar->addSeparator();
    toolbar->addActions({m_approve, m_reject});
    toolbar->addSeparator();
    toolbar->addActions({m_provision, m_rollback});
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("statusFilter"));
    for (const FilterChoice &choice : filterChoices())
        m_filter->addItem(choice.label, choice.statuses);
    m_count = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    bar->addStretch();
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requestTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProvisioningRequestModel::RequestedAtColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_approve, m_reject, m_provision, m_rollback});

    auto *stepsView = new QTableView(this);
    stepsView->setObjectName(QStringLiteral("requestSteps"));
    stepsView->setModel(m_steps);
    stepsView->verticalHeader()->hide();
    stepsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    stepsView->setWordWrap(false);
    stepsView->horizontalHeader()->setStretchLastSection(true);
    stepsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details);
    lowerLayout->addWidget(stepsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showSteps();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_approve->isEnabled())
            decide(true);
        else if (m_provision->isEnabled())
            provisionCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RequestsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        applyFilter();
        if (!m_pendingSelection.isEmpty())
            selectRequest(std::exchange(m_pendingSelection, {}));
    });
    // A failed load is reported, not a dialog: the registry may be away.
    connect(m_model, &ProvisioningRequestModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("Could not load the requests: %1").arg(message));
        emit statusMessage(tr("Could not load the requests: %1").arg(message));
    });
    const auto updateCount = [this] {
        m_count->setText(
            tr("%L1 of %Ln request(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    applyFilter();
    m_model->reload();
}

void RequestsPage::buildActions()
{
    auto action = [this](const QString &icon, const QString &text, const char *name) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_onboard = action(QStringLiteral("list-add"), tr("&Onboard business unit…"), "onboard");
    m_onboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_onboard->setShortcutContext(Qt::WindowShortcut);
    m_approve = action(QStringLiteral("dialog-ok-apply"), tr("&Approve…"), "approve");
    m_reject = action(QStringLiteral("dialog-cancel"), tr("Re&ject…"), "reject");
    m_provision = action(QStringLiteral("media-playback-start"), tr("&Provision"), "provision");
    m_rollback = action(QStringLiteral("edit-undo"), tr("Roll &back…"), "rollback");
    m_refresh = action(QStringLiteral("view-refresh"), tr("Refresh"), "refreshRequests");
    for (QAction *a : {m_approve, m_reject, m_provision, m_rollback})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_onboard, &QAction::triggered, this, &RequestsPage::onboard);
    connect(m_approve, &QAction::triggered, this, [this] { decide(true); });
    connect(m_reject, &QAction::triggered, this, [this] { decide(false); });
    connect(m_provision, &QAction::triggered, this, &RequestsPage::provisionCurrent);
    connect(m_rollback, &QAction::triggered, this, &RequestsPage::rollbackCurrent);
    connect(m_refresh, &QAction::triggered, this, &RequestsPage::reload);
}

void RequestsPage::reload()
{
    m_model->reload();
}

void RequestsPage::applyFilter()
{
    const QStringList statuses = m_filter->currentData().toStringList();
    m_proxy->setFilterRegularExpression(
        statuses.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QStringLiteral("^(%1)$").arg(statuses.join(QLatin1Char('|')))));
    updateActions();
    showSteps();
}

std::optional<ProvisioningRequest> RequestsPage::currentRequest() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->requestAt(m_proxy->mapToSource(current).row());
}

void RequestsPage::selectRequest(const QString &requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row < 0) {
        m_pendingSelection = requestId; // not loaded yet
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->setCurrentIndex(m_filter->count() - 1); // all requests
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RequestsPage::updateActions()
{
    const std::optional<ProvisioningRequest> r = currentRequest();
    const bool busy = m_workspace.workflow().isBusy();
    const RequestStatus status = r ? r->status : RequestStatus::Rejected;
    const Identity &me = m_workspace.identity();
    const QString tenantId = r ? r->tenantId : QString();
    applyPermission(m_onboard, me, Action::SubmitRequest, {}, true);
    applyPermission(m_approve, me, Action::DecideRequest, tenantId,
                    r && status == RequestStatus::Pending);
    applyPermission(m_reject, me, Action::DecideRequest, tenantId,
                    r && status == RequestStatus::Pending);
    m_provision->setEnabled(
        r && !busy && (status == RequestStatus::Approved || status == RequestStatus::Provisioning));
    m_provision->setText(r && status == RequestStatus::Provisioning ? tr("Res&ume")
                                                                    : tr("&Provision"));
    m_rollback->setEnabled(r && !busy && (status == RequestStatus::Approved || isUnfinished(*r)));
}

void RequestsPage::showSteps()
{
    const std::optional<ProvisioningRequest> r = currentRequest();
    if (!r) {
        m_steps->setSteps({});
        m_details->clear();
        return;
    }
    QStringList lines;
    if (r->decidedAt.isValid())
        lines << tr("%1 by %2: %3")
                     .arg(ProvisioningRequestModel::displayName(r->status == RequestStatus::Rejected
                                                                    ? RequestStatus::Rejected
                                                                    : RequestStatus::Approved),
                          r->decidedBy.toHtmlEscaped(), r->decisionComment.toHtmlEscaped());
    if (!r->outcome.isEmpty())
        lines << tr("Outcome: %1").arg(r->outcome.toHtmlEscaped());
    else if (!r->stage.isEmpty())
        lines << tr("Reached: %1").arg(r->stage.toHtmlEscaped());
    m_details->setText(
        tr("<b>%1</b> — %2").arg(r->requestId, ProvisioningRequestModel::displayName(r->status)) +
        (lines.isEmpty() ? QString()
                         : QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"))));
    ProvisioningWorkflow *workflow = &m_workspace.workflow();
    const QString requestId = r->requestId;
    runInBackground<Result<QList<StepRecord>>>(
        m_workspace.pool(), this, [workflow, requestId] { return workflow->steps(requestId); },
        [this, requestId](Result<QList<StepRecord>> steps) {
            const std::optional<ProvisioningRequest> still = currentRequest();
            if (steps && still && still->requestId == requestId)
                m_steps->setSteps(steps.value());
        });
}

void RequestsPage::decide(bool approve)
{
    const std::optional<ProvisioningRequest> r = currentRequest();
    if (!r || r->status != RequestStatus::Pending)
        return;
    DecisionDialog dialog(
        *r, approve ? DecisionDialog::Decision::Approve : DecisionDialog::Decision::Reject, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Workspace &ws = m_workspace;
    const QString id = r->requestId;
    const QString comment = dialog.comment();
    const QString actor = ws.actor();
    runInBackground<Result<ProvisioningRequest>>(
        ws.pool(), this,
        [&ws, id, comment, actor, approve] {
            return approve ? ws.provisioning().approve(id, comment, actor)
                           : ws.provisioning().reject(id, comment, actor);
        },
        [this, approve](Result<ProvisioningRequest> decided) {
            if (!decided) {
                QMessageBox::warning(this, approve ? tr("Approve") : tr("Reject"),
                                     decided.error().message);
                return;
            }
            emit statusMessage(
                approve ? tr("Approved %1").arg(decided->requestId)
                        : tr("Rejected %1: nothing is provisioned").arg(decided->requestId));
            m_model->applyRequest(decided->requestId, decided.value());
            selectRequest(decided->requestId);
            // An approval is acted on at once, as tenantctl's approve does.
            if (approve)
                provisionCurrent();
        });
}

void RequestsPage::provisionCurrent()
{
    const std::optional<ProvisioningRequest> r = currentRequest();
    if (!r || m_workspace.workflow().isBusy())
        return;
    ProvisioningRunDialog dialog(m_workspace, this);
    dialog.startRun(r->requestId);
    dialog.exec();
    runFinished(r->requestId, dialog.runView()->summary());
}

void RequestsPage::rollbackCurrent()
{
    const std::optional<ProvisioningRequest> r = currentRequest();
    if (!r || m_workspace.workflow().isBusy())
        return;
    DecisionDialog reason(*r, DecisionDialog::Decision::RollBack, this);
    if (reason.exec() != QDialog::Accepted)
        return;
    ProvisioningRunDialog dialog(m_workspace, this);
    dialog.startRollback(r->requestId, reason.comment());
    dialog.exec();
    runFinished(r->requestId, dialog.runView()->summary());
}

void RequestsPage::runFinished(const QString &requestId, const QString &summary)
{
    emit statusMessage(summary);
    m_pendingSelection = requestId;
    m_model->reload(); // the run changed its request's status and stage
}

void RequestsPage::onboard()
{
    ProvisioningWizard wizard(m_workspace, this);
    wizard.exec();
    if (const auto &submitted = wizard.submitted()) {
        emit statusMessage(tr("Request %1 for %2: %3")
                               .arg(submitted->requestId, submitted->tenantId,
                                    wizard.runView()->result() ? wizard.runView()->summary()
                                                               : tr("waiting for approval")));
        m_pendingSelection = submitted->requestId;
        m_model->reload();
    }
}

} // namespace tenant::ui
