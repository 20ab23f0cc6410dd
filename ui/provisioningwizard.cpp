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
    Result<qint64> autoApproveBelow;
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
    ProvisioningService *service = &workspace.provisioning();
    runInBackground<Catalog>(
        workspace.pool(), this,
        [db, service] {
            return Catalog{PlanCatalog::load(*db), service->autoApproveBelow()};
        },
        [this](Catalog loaded) {
            if (!loaded.plans)
                m_catalogError = loaded.plans.error().message;
            else if (!loaded.autoApproveBelow)
                m_catalogError = loaded.autoApproveBelow.error().message;
            else {
                m_catalog = std::move(loaded.plans).value();
                m_autoApproveBelow = loaded.autoApproveBelow.value();
            }
            emit catalogLoaded();
        });
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
