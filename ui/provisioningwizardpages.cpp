#include "provisioningwizardpages.h"

#include "background.h"
#include "chargebackmodels.h"
#include "palette.h"
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

} // namespace

QString ValidatingPage::describe(const Error &error)
{
    if (error.field.isEmpty())
        return error.message;
    const QString prefix = error.field + QStringLiteral(": ");
    const QString rule =
        error.message.startsWith(prefix) ? error.message.mid(prefix.size()) : error.message;
    return fieldLabel(error.field) + QStringLiteral(": ") + rule;
}

// --- ValidatingPage ---------------------------------------------------------

ValidatingPage::ValidatingPage(ProvisioningWizard &wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(errorTextColor().name()));
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
    form->addRow(tr("N&ame:"), m_name);
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
    connect(m_budget, &QSpinBox::valueChanged, this, [this, inWords](int value) {
        inWords->setText(tr("%1 a month").arg(moneyText(double(value))));
        updateApproval(); // the budget picks the approval band
    });
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
            .arg(moneyText(double(m_estimated)), nameOf(r.tier), r.region,
                 locale.toString(usage.apiCalls), locale.toString(rates.perApiCall),
                 locale.toString(usage.storageGb), locale.toString(rates.perStorageGb),
                 locale.toString(usage.computeHours), locale.toString(rates.perComputeHour))
            .arg(moneyText(estimate->baseCost), locale.toString(estimate->regionMultiplier, 'f', 2),
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
    ProvisioningRequest asked = m_wizard.draft();
    asked.budget = m_budget->value();
    const QStringList needed = m_wizard.requiredApprovals(asked);
    m_approval->setText(
        needed.isEmpty()
            ? tr("Approved automatically: a budget of %1 a month needs no approver. Provisioning "
                 "starts as soon as you submit.")
                  .arg(moneyText(double(asked.budget)))
            : tr("Needs approval by %1: each given in Requests by a different person (not you) "
                 "before anything is provisioned.")
                  .arg(needed.join(QStringLiteral(", "))));
}

bool BudgetPage::validatePage()
{
    const ProvisioningRequest &draft = m_wizard.draft();
    if (Status covered =
            PlanCatalog::checkBudget(m_budget->value(), m_estimated, draft.tier, draft.region);
        !covered) {
        showError(covered.error().message);
        m_budget->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showError({});
    m_wizard.draft().budget = m_budget->value();
    return true;
}

} // namespace tenant::ui
