#pragma once

#include "approvalpolicy.h"
#include "plancatalog.h"
#include "provisioningrequest.h"

#include <QWizard>

#include <optional>

namespace tenant {
class Workspace;
} // namespace tenant

namespace tenant::ui {

class ProvisioningRunView;

/// Onboards a business unit in one sitting: who it is, which plan and
/// region, what it costs and whether that needs approval, a review, then
/// (when approved at once) the live provisioning run and its result.
/// The plans are read on a worker thread when the wizard opens; the request
/// is submitted and provisioned on worker threads too.
class ProvisioningWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        BusinessUnitPageId,
        PlanPageId,
        BudgetPageId,
        ReviewPageId,
        ProgressPageId,
        ResultPageId
    };

    explicit ProvisioningWizard(Workspace &workspace, QWidget *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    /// Null until the plans have been read.
    const PlanCatalog *catalog() const { return m_catalog ? &*m_catalog : nullptr; }
    /// The authorities `request` would need (empty: approved at once), by
    /// the approval policy; the database works it out again on submission.
    QStringList requiredApprovals(const ProvisioningRequest &request) const;
    QString catalogError() const { return m_catalogError; }

    /// The request as the pages have filled it in so far.
    ProvisioningRequest &draft() { return m_draft; }
    /// The request as stored, once submitted.
    const std::optional<ProvisioningRequest> &submitted() const { return m_submitted; }
    void setSubmitted(const ProvisioningRequest &request) { m_submitted = request; }

    ProvisioningRunView *runView() const;
    /// The current page's error message (empty when none is shown).
    QString pageError() const;

    int nextId() const override;

public slots:
    /// While a run is in progress, asks whether to roll it back, pause it or
    /// keep it running, instead of closing.
    void reject() override;

signals:
    /// The plans have been read (or could not be: catalogError() says why).
    void catalogLoaded();

private:
    Workspace &m_workspace;
    std::optional<PlanCatalog> m_catalog;
    QString m_catalogError;
    ApprovalPolicy m_approvalPolicy;
    ProvisioningRequest m_draft;
    std::optional<ProvisioningRequest> m_submitted;
};

} // namespace tenant::ui
