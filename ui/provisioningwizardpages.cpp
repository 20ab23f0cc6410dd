#include "provisioningwizardpages.h"

#include "background.h"
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

namespace {
/// The label a request field has on the pages.
QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("tenant_name"))
        return ValidatingPage::tr("Name");
    if (field == QLatin1String("tenant_id"))
        return ValidatingPage::tr("Tenant id");
    if (field == QLatin1String("owner_email"))
        return ValidatingPage::tr("Owner e-mail");
    if (field == QLatin1String("cost_center"))
        return ValidatingPage::tr("Cost centre");
    if (field == QLatin1String("compliance"))
        return ValidatingPage::tr("Compliance");
    if (field == QLatin1String("budget"))
        return ValidatingPage::tr("Budget");
    if (field == QLatin1String("region"))
        return ValidatingPage::tr("Region");
    return field;
}

/// "Owner e-mail: 'cto' is not an e-mail address" from a core validation error.
QString describe(const Error &error)
{
    if (error.field.isEmpty())
        return error.message;
    const QString prefix = error.field + QStringLiteral(": ");
    const QString rule =
        error.message.startsWith(prefix) ? error.message.mid(prefix.size()) : error.message;
    return fieldLabel(error.field) + QStringLiteral(": ") + rule;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

// --- ValidatingPage ---------------------------------------------------------

ValidatingPage::ValidatingPage(ProvisioningWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
}

QString ValidatingPage::error() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ValidatingPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

// --- BusinessUnitPage -------------------------------------------------------

BusinessUnitPage::BusinessUnitPage(ProvisioningWizard &wizard)
    : ValidatingPage(wizard)
{
    setTitle(tr("Business unit"));
    setSubTitle(tr("Who is being onboarded. The tenant id names its schema, bucket and "
                   "collection; it is suggested from the name and cannot change later."));
    auto lineEdit = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = lineEdit("tenantName", tr("Acme Corporation"));
    m_tenantId = lineEdit("tenantId", tr("acme-corporation"));
    m_owner = lineEdit("ownerEmail", tr("cto@acme.example"));
    m_costCenter = lineEdit("costCenter", tr("CC-ACME"));
    auto *tags = new QHBoxLayout;
    for (const QString &tag : TenantValidator::knownComplianceTags()) {
        auto *box = new QCheckBox(tag, this);
        box->setObjectName(QStringLiteral("compliance-") + tag);
        tags->addWidget(box);
        m_tags << box;
    }
    tags->addStretch();
    auto *residency = new QLabel(tr("GDPR keeps the tenant in EU regions, DPDP in India."), this);
    residency->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Tenant &id:"), m_tenantId);
    form->addRow(tr("&Owner e-mail:"), m_owner);
    form->addRow(tr("&Cost centre:"), m_costCenter);
    form->addRow(tr("Compliance:"), tags);
    form->addRow(QString(), residency);
    form->addRow(m_error);

    // A message about a field goes once the field is edited.
    for (QLineEdit *edit : {m_name, m_tenantId, m_owner, m_costCenter})
        connect(edit, &QLineEdit::textEdited, this, [this] { showError({}); });
    // The id follows the name until the admin types one of their own.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_idTypedOver)
            m_tenantId->setText(ProvisioningRequest::suggestTenantId(name));
    });
    connect(m_tenantId, &QLineEdit::textEdited, this,
            [this](const QString &id) { m_idTypedOver = !id.isEmpty(); });
}

bool BusinessUnitPage::validatePage()
{
    ProvisioningRequest &r = m_wizard.draft();
    r.tenantName = m_name->text().trimmed();
    r.tenantId = m_tenantId->text().trimmed();
    r.ownerEmail = m_owner->text().trimmed();
    r.costCenter = m_costCenter->text().trimmed();
    r.compliance.clear();
    for (const QCheckBox *box : std::as_const(m_tags))
        if (box->isChecked())
            r.compliance << box->text();

    QList<Error> problems = r.problems();
    if (problems.isEmpty()) {
        // The one check that needs the registry, off the GUI thread.
        ProvisioningService *service = &m_wizard.workspace().provisioning();
        const Status free =
            awaitInBackground<Status>(m_wizard.workspace().pool(), [service, id = r.tenantId] {
                return service->checkTenantIdFree(id);
            });
        if (!free)
            problems << free.error();
    }
    if (problems.isEmpty()) {
        showError({});
        return true;
    }
    QStringList lines;
    for (const Error &e : std::as_const(problems))
        lines << describe(e);
    showError(lines.join(QLatin1Char('\n')));
    const QHash<QString, QWidget *> fields = {{QStringLiteral("tenant_name"), m_name},
                                              {QStringLiteral("tenant_id"), m_tenantId},
                                              {QStringLiteral("owner_email"), m_owner},
                                              {QStringLiteral("cost_center"), m_costCenter}};
    if (QWidget *field = fields.value(problems.first().field))
        field->setFocus(Qt::OtherFocusReason);
    return false;
}

// --- PlanPage ---------------------------------------------------------------

PlanPage::PlanPage(ProvisioningWizard &wizard)
    : ValidatingPage(wizard)
{
    setTitle(tr("Plan and region"));
    setSubTitle(tr("Choose the tier in the plan table, and where the tenant's data lives."));
    m_plans = new TierPlanModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tierTable"));
    m_table->setModel(m_plans);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_residency = new QLabel(this);
    m_residency->setObjectName(QStringLiteral("residency"));
    m_residency->setWordWrap(true);

    auto *regionRow = new QFormLayout;
    regionRow->addRow(tr("&Region:"), m_region);
    regionRow->addRow(QString(), m_residency);
    auto *tierLabel = new QLabel(tr("&Tier:"), this);
    tierLabel->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tierLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(regionRow);
    layout->addWidget(m_error);

    connect(&wizard, &ProvisioningWizard::catalogLoaded, this, [this] {
        if (const PlanCatalog *catalog = m_wizard.catalog()) {
            m_plans->setPlans(catalog->plans());
            m_table->resizeColumnsToContents();
            const int row = m_plans->rowOf(m_wizard.draft().tier);
            m_table->selectRow(row < 0 ? 0 : row);
            fillRegions();
        } else {
            showError(tr("Could not read the plans: %1").arg(m_wizard.catalogError()));
        }
        emit completeChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanPage::completeChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        showError({});
        updateResidency();
        emit completeChanged();
    });
}

void PlanPage::initializePage()
{
    fillRegions(); // the compliance tags may have changed
}

int PlanPage::selectedPlanRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void PlanPage::fillRegions()
{
    const PlanCatalog *catalog = m_wizard.catalog();
    if (!catalog)
        return;
    const QStringList compliance = m_wizard.draft().compliance;
    const QStringList allowed = catalog->allowedRegions(compliance);
    const QString previous = m_region->currentData().toString();
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    for (const Region &region : catalog->regions()) {
        const QString costs = QLocale().toString(region.costMultiplier, 'f', 2);
        m_region->addItem(
            allowed.contains(region.name)
                ? tr("%1  (%2, cost ×%3)").arg(region.name, region.jurisdiction, costs)
                : tr("%1  (%2, not allowed by %3)")
                      .arg(region.name, region.jurisdiction, compliance.join(QStringLiteral(", "))),
            region.name);
    }
    int index =
        m_region->findData(allowed.contains(previous) ? previous : allowed.value(0, previous));
    m_region->setCurrentIndex(index < 0 ? 0 : index);
    updateResidency();
}

void PlanPage::updateResidency()
{
    const PlanCatalog *catalog = m_wizard.catalog();
    if (!catalog)
        return;
    const QStringList compliance = m_wizard.draft().compliance;
    m_residency->setText(
        compliance.isEmpty()
            ? tr("No compliance tags: every region is allowed.")
            : tr("Allowed by %1: %2.")
                  .arg(compliance.join(QStringLiteral(", ")),
                       catalog->allowedRegions(compliance).join(QStringLiteral(", "))));
}

bool PlanPage::isComplete() const
{
    return m_wizard.catalog() && selectedPlanRow() >= 0 && m_region->currentIndex() >= 0;
}

bool PlanPage::validatePage()
{
    const PlanCatalog *catalog = m_wizard.catalog();
    if (!catalog || selectedPlanRow() < 0)
        return false;
    const QString region = m_region->currentData().toString();
    if (const Status allowed = catalog->checkResidency(region, m_wizard.draft().compliance);
        !allowed) {
        showError(describe(allowed.error()));
        m_region->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showError({});
    m_wizard.draft().tier = m_plans->planAt(selectedPlanRow()).tier;
    m_wizard.draft().region = region;
    return true;
}

// --- BudgetPage -------------------------------------------------------------

BudgetPage::BudgetPage(ProvisioningWizard &wizard)
    : ValidatingPage(wizard)
{
    setTitle(tr("Budget and approval"));
    setSubTitle(tr("The chargeback formula's monthly estimate for this plan and region. The "
                   "budget must cover it."));
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setRange(0, std::numeric_limits<int>::max());
    m_budget->setSingleStep(10000);
    m_budget->setPrefix(QStringLiteral("₹ "));
    m_budget->setSuffix(tr(" / month"));
    m_budget->setGroupSeparatorShown(true);
    auto *inWords = new QLabel(this);
    m_approval = new QLabel(this);
    m_approval->setObjectName(QStringLiteral("approval"));
    m_approval->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Estimate:"), m_estimate);
    form->addRow(tr("&Budget:"), m_budget);
    form->addRow(QString(), inWords);
    form->addRow(tr("Approval:"), m_approval);
    form->addRow(m_error);
    connect(m_budget, &QSpinBox::valueChanged, this,
            [inWords](int value) { inWords->setText(formatRupees(value) + tr(" a month")); });
}

void BudgetPage::initializePage()
{
    const PlanCatalog *catalog = m_wizard.catalog();
    ProvisioningRequest &r = m_wizard.draft();
    const Result<CostEstimate> estimate =
        catalog ? catalog->estimate(r.tier, r.region)
                : Result<CostEstimate>(Error::storage(m_wizard.catalogError()));
    if (!estimate) {
        showError(describe(estimate.error()));
        return;
    }
    m_estimated = estimate->monthly;
    const ChargebackRates &rates = catalog->rates();
    const UsageEstimate usage = catalog->plan(r.tier)->usage;
    const QLocale locale;
    m_estimate->setText(
        tr("<b>%1 a month</b> for a %2 tenant in %3<br>"
           "%4 API calls × ₹%5 + %6 GB × ₹%7 + %8 compute hours × ₹%9 = %10<br>"
           "× %11 (region) × %12 (tier)")
            .arg(formatRupees(m_estimated), nameOf(r.tier), r.region,
                 locale.toString(usage.apiCalls), locale.toString(rates.perApiCall),
                 locale.toString(usage.storageGb), locale.toString(rates.perStorageGb),
                 locale.toString(usage.computeHours), locale.toString(rates.perComputeHour))
            .arg(formatRupees(std::llround(estimate->baseCost)),
                 locale.toString(estimate->regionMultiplier, 'f', 2),
                 locale.toString(estimate->tierMultiplier, 'f', 2)));
    // Start from the estimate; keep a budget the admin raised above it.
    if (r.budget < m_estimated)
        m_budget->setValue(static_cast<int>(std::min<qint64>(m_estimated, m_budget->maximum())));
    else
        m_budget->setValue(static_cast<int>(r.budget));
    updateApproval();
    showError({});
}

void BudgetPage::updateApproval()
{
    const QString threshold = formatRupees(m_wizard.autoApproveBelow());
    m_approval->setText(
        m_estimated < m_wizard.autoApproveBelow()
            ? tr("Approved automatically: the estimate is below the %1 threshold. Provisioning "
                 "starts as soon as you submit.")
                  .arg(threshold)
            : tr("Needs approval: the estimate is at or above the %1 threshold, so the request "
                 "waits in Requests until another person approves it.")
                  .arg(threshold));
}

bool BudgetPage::validatePage()
{
    if (m_budget->value() < m_estimated) {
        showError(tr("Budget: %1 a month does not cover the estimated %2.")
                      .arg(formatRupees(m_budget->value()), formatRupees(m_estimated)));
        m_budget->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showError({});
    m_wizard.draft().budget = m_budget->value();
    return true;
}

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
    row(tr("Estimate"), tr("%1 a month").arg(formatRupees(monthly)));
    row(tr("Budget"), tr("%1 a month").arg(formatRupees(r.budget)));
    row(tr("Approval"),
        monthly < m_wizard.autoApproveBelow() ? tr("automatic") : tr("waits for an approver"));
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
            tr("<p>Request <tt>%1</tt> for <b>%2</b> is stored.</p><p>Its estimated %3 a month "
               "is at or above the %4 threshold, so another person must approve it in "
               "<b>Requests</b>. Nothing is provisioned until then, and a rejected request "
               "provisions nothing.</p>")
                .arg(escaped(submitted->requestId), escaped(submitted->tenantName),
                     formatRupees(submitted->estimatedCost),
                     formatRupees(m_wizard.autoApproveBelow())));
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
