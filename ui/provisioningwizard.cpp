#include "provisioningwizard.h"

#include "background.h"
#include "provisioningrunview.h"
#include "provisioningwizardpages.h"
#include "workspace.h"

namespace tenant::ui {

namespace {
struct Catalog
{
    Result<PlanCatalog> plans;
    Result<ApprovalPolicy> approval;
};
} // namespace

ProvisioningWizard::ProvisioningWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("ProvisioningWizard"));
    setWindowTitle(tr("Onboard a business unit"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(BusinessUnitPageId, new BusinessUnitPage(*this));
    setPage(PlanPageId, new PlanPage(*this));
    setPage(BudgetPageId, new BudgetPage(*this));
    setPage(ReviewPageId, new ReviewPage(*this));
    setPage(ProgressPageId, new ProgressPage(*this));
    setPage(ResultPageId, new ResultPage(*this));
    resize(1040, 660);

    Database *db = &workspace.database();
    runInBackground<Catalog>(
        workspace.pool(), this,
        [db] {
            return Catalog{PlanCatalog::load(*db), ApprovalPolicy::load(*db)};
        },
        [this](Catalog loaded) {
            if (!loaded.plans)
                m_catalogError = loaded.plans.error().message;
            else if (!loaded.approval)
                m_catalogError = loaded.approval.error().message;
            else {
                m_catalog = std::move(loaded.plans).value();
                m_approvalPolicy = std::move(loaded.approval).value();
            }
            emit catalogLoaded();
        });
}

QStringList ProvisioningWizard::requiredApprovals(const ProvisioningRequest &request) const
{
    const std::optional<Region> region =
        m_catalog ? m_catalog->region(request.region) : std::nullopt;
    return m_approvalPolicy.required(request.budget, request.tier, request.compliance,
                                     region ? region->jurisdiction : QString());
}

ProvisioningRunView *ProvisioningWizard::runView() const
{
    return static_cast<ProgressPage *>(page(ProgressPageId))->runView();
}

QString ProvisioningWizard::pageError() const
{
    const auto *current = qobject_cast<const ValidatingPage *>(currentPage());
    return current ? current->error() : QString();
}

int ProvisioningWizard::nextId() const
{
    switch (currentId()) {
    case ReviewPageId:
        // A request that waits for approval is not provisioned now.
        return m_submitted && m_submitted->status == RequestStatus::Approved ? ProgressPageId
                                                                             : ResultPageId;
    case ProgressPageId:
        return ResultPageId;
    case ResultPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

void ProvisioningWizard::reject()
{
    if (ProvisioningRunView *run = runView(); run->isRunning())
        run->askHowToStop(this); // the result page then says how it ended
    else
        QWizard::reject();
}

} // namespace tenant::ui
