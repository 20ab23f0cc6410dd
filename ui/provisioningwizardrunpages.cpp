// The wizard's last three pages: review and submit, the run, the result.
#include "provisioningwizardpages.h"

#include "background.h"
#include "chargebackmodels.h"
#include "provisioningrunview.h"
#include "provisioningstepmodel.h"
#include "provisioningwizard.h"
#include "tierplanmodel.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace tenant::ui {

// --- ReviewPage -------------------------------------------------------------

ReviewPage::ReviewPage(ProvisioningWizard &wizard)
    : ValidatingPage(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Submitting stores the request. Below the threshold it is provisioned at "
                   "once; otherwise it waits for approval."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Submit request"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("review"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(m_error);
}

void ReviewPage::initializePage()
{
    const ProvisioningRequest &r = m_wizard.draft();
    const PlanCatalog *catalog = m_wizard.catalog();
    const Result<CostEstimate> estimate = catalog->estimate(r.tier, r.region);
    const qint64 monthly = estimate ? estimate->monthly : 0;
    const Result<TierPlan> plan = catalog->plan(r.tier);
    QString rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Business unit"), escaped(r.tenantName));
    row(tr("Tenant id"), QStringLiteral("<tt>%1</tt>").arg(escaped(r.tenantId)));
    row(tr("Owner"), escaped(r.ownerEmail));
    row(tr("Cost centre"), escaped(r.costCenter));
    row(tr("Compliance"),
        r.compliance.isEmpty() ? tr("none") : escaped(r.compliance.join(QStringLiteral(", "))));
    if (plan)
        row(tr("Plan"), tr("%1: %2, %3 queries/min, %4 documents/month, %5 max tokens")
                            .arg(nameOf(r.tier), escaped(plan->model))
                            .arg(plan->queriesPerMinute)
                            .arg(QLocale().toString(plan->documentsPerMonth))
                            .arg(plan->maxTokens));
    row(tr("Region"), escaped(r.region));
    row(tr("Estimate"), tr("%1 a month").arg(moneyText(double(monthly))));
    row(tr("Budget"), tr("%1 a month").arg(moneyText(double(r.budget))));
    const QStringList needed = m_wizard.requiredApprovals(r);
    row(tr("Approval"),
        needed.isEmpty() ? tr("automatic") : tr("by %1").arg(needed.join(QStringLiteral(", "))));
    m_summary->setText(QStringLiteral("<table cellspacing='6'>%1</table>").arg(rows));
}

bool ReviewPage::isComplete() const
{
    return !m_submitting;
}

bool ReviewPage::validatePage()
{
    if (m_wizard.submitted())
        return true;
    if (m_submitting)
        return false;
    m_submitting = true;
    showError({});
    emit completeChanged();
    Workspace &ws = m_wizard.workspace();
    const ProvisioningRequest request = m_wizard.draft();
    const QString actor = ws.actor();
    runInBackground<Result<ProvisioningRequest>>(
        ws.pool(), this, [&ws, request, actor] { return ws.provisioning().submit(request, actor); },
        [this](Result<ProvisioningRequest> submitted) {
            m_submitting = false;
            emit completeChanged();
            if (!submitted) {
                showError(describe(submitted.error()) + (submitted.error().field.isEmpty()
                                                             ? QString()
                                                             : tr(" Go back to change it.")));
                return;
            }
            m_wizard.setSubmitted(submitted.value());
            m_wizard.next();
        });
    return false; // next() is called again once the request is stored
}

// --- ProgressPage -----------------------------------------------------------

ProgressPage::ProgressPage(ProvisioningWizard &wizard)
    : ValidatingPage(wizard)
{
    setTitle(tr("Provisioning"));
    setSubTitle(tr("Creating the tenant in every system, then running the 8 checks. The first "
                   "five must pass; if one fails, everything is removed again."));
    m_run = new ProvisioningRunView(wizard.workspace(), this);
    m_cancel = new QPushButton(tr("&Cancel provisioning…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_run, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPage::cancelRun);
    connect(m_run, &ProvisioningRunView::started, this, [this] { m_cancel->setEnabled(true); });
    connect(m_run, &ProvisioningRunView::finished, this, [this] {
        m_cancel->setEnabled(false);
        emit completeChanged();
    });
}

void ProgressPage::initializePage()
{
    const auto &request = m_wizard.submitted();
    if (!request)
        return;
    setTitle(tr("Provisioning %1").arg(request->tenantId));
    m_run->startRun(request->requestId);
}

bool ProgressPage::isComplete() const
{
    return !m_run->isRunning() && m_run->result().has_value();
}

void ProgressPage::cancelRun()
{
    m_run->confirmCancel(this);
}

// --- ResultPage -------------------------------------------------------------

ResultPage::ResultPage(ProvisioningWizard &wizard)
    : ValidatingPage(wizard)
{
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("resultText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void ResultPage::initializePage()
{
    const auto &submitted = m_wizard.submitted();
    if (!submitted)
        return;
    if (submitted->status == RequestStatus::Pending) {
        setTitle(tr("Waiting for approval"));
        setSubTitle(tr("Request %1").arg(submitted->requestId));
        m_text->setText(
            tr("<p>Request <tt>%1</tt> for <b>%2</b> is stored.</p><p>It waits in "
               "<b>Requests</b> for approval by %3, each given by a different person. Nothing "
               "is provisioned until then, and a rejected request provisions nothing.</p>")
                .arg(escaped(submitted->requestId), escaped(submitted->tenantName),
                     escaped(submitted->requiredAuthorities.join(QStringLiteral(", ")))));
        return;
    }
    const ProvisioningRunView *run = m_wizard.runView();
    const auto &result = run->result();
    if (!result || !result->ok()) {
        setTitle(tr("Provisioning stopped"));
        setSubTitle(tr("Request %1").arg(submitted->requestId));
        m_text->setText(tr("<p>%1</p><p>The request is listed in <b>Requests</b>, where it can "
                           "be resumed or rolled back.</p>")
                            .arg(escaped(result ? result->error().message : tr("It never ran."))));
        return;
    }
    const ProvisioningRequest &r = result->value();
    setSubTitle(tr("Request %1, %2 ms").arg(r.requestId).arg(run->elapsedMs()));
    const ProvisioningStepModel *steps = run->model();
    auto list = [](const QList<StepRecord> &records) {
        QString items;
        for (const StepRecord &s : records)
            items +=
                QStringLiteral("<li><b>%1</b>: %2</li>").arg(escaped(s.name), escaped(s.detail));
        return QStringLiteral("<ul>%1</ul>").arg(items);
    };
    switch (r.status) {
    case RequestStatus::Active: {
        setTitle(tr("%1 is active").arg(r.tenantId));
        QString text = tr("<p><b>%1</b> is provisioned and active: %2, in %3 ms.</p>")
                           .arg(escaped(r.tenantName), escaped(r.outcome))
                           .arg(run->elapsedMs());
        const auto warnings =
            steps->steps(StepPhase::Validate, ProvisioningStepModel::State::Warning);
        if (!warnings.isEmpty())
            text += tr("<p>These checks warned (they do not block):</p>") + list(warnings);
        text += tr("<p>Checks passed:</p>") +
                list(steps->steps(StepPhase::Validate, ProvisioningStepModel::State::Done));
        const auto notified = steps->steps(StepPhase::Notify, ProvisioningStepModel::State::Done);
        text += notified.isEmpty()
                    ? tr("<p>The webhook could not be delivered; see the progress page.</p>")
                    : tr("<p>Webhook: %1</p>").arg(escaped(notified.first().detail));
        m_text->setText(text);
        break;
    }
    case RequestStatus::RolledBack:
        setTitle(tr("Rolled back"));
        m_text->setText(
            tr("<p>%1</p><p>Removed, in reverse order, and checked gone:</p>")
                .arg(escaped(r.outcome)) +
            list(steps->steps(StepPhase::Rollback, ProvisioningStepModel::State::Removed)));
        break;
    default:
        setTitle(tr("Paused"));
        m_text->setText(tr("<p>Request <tt>%1</tt> stopped at \"%2\".</p><p>Resume it or roll it "
                           "back from <b>Requests</b>; the next start also offers both.</p>")
                            .arg(escaped(r.requestId), escaped(r.stage)));
        break;
    }
}

} // namespace tenant::ui
