#include "tenanteditordialog.h"

#include "changenotifier.h"

#include "jsontext.h"

#include "background.h"
#include "palette.h"
#include "tenantrepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace tenant::ui {

namespace {

enum class Kind { Text, Slug, Email, Choice, Integer, Fraction, Days, List, Json };

struct FieldSpec
{
    const char *key;
    const char *label;
    const char *group;
    Kind kind;
};

// The groups, each named once (translated where the editor shows them).
const char *const identityGroup = QT_TRANSLATE_NOOP("TenantEditor", "Identity");
const char *const limitsGroup = QT_TRANSLATE_NOOP("TenantEditor", "Tier and limits");
const char *const billingGroup = QT_TRANSLATE_NOOP("TenantEditor", "Billing");
const char *const placementGroup = QT_TRANSLATE_NOOP("TenantEditor", "Placement");

// Every editable attribute, grouped as in the design.
const FieldSpec fieldSpecs[] = {
    {"tenant_id", QT_TRANSLATE_NOOP("TenantEditor", "Tenant id"), identityGroup, Kind::Slug},
    {"tenant_name", QT_TRANSLATE_NOOP("TenantEditor", "Display name"), identityGroup, Kind::Text},
    {"technical_contact", QT_TRANSLATE_NOOP("TenantEditor", "Technical contact"), identityGroup,
     Kind::Email},
    {"billing_contact", QT_TRANSLATE_NOOP("TenantEditor", "Billing contact"), identityGroup,
     Kind::Email},
    {"incident_contact", QT_TRANSLATE_NOOP("TenantEditor", "Incident contact"), identityGroup,
     Kind::Email},
    {"crm_id", QT_TRANSLATE_NOOP("TenantEditor", "CRM id"), identityGroup, Kind::Text},
    {"billing_account_id", QT_TRANSLATE_NOOP("TenantEditor", "Billing account"), identityGroup,
     Kind::Text},
    {"tier", QT_TRANSLATE_NOOP("TenantEditor", "Tier"), limitsGroup, Kind::Choice},
    {"max_users", QT_TRANSLATE_NOOP("TenantEditor", "Max users"), limitsGroup, Kind::Integer},
    {"max_documents", QT_TRANSLATE_NOOP("TenantEditor", "Max documents"), limitsGroup,
     Kind::Integer},
    {"max_queries_per_day", QT_TRANSLATE_NOOP("TenantEditor", "Max queries/day"), limitsGroup,
     Kind::Integer},
    {"sla_target", QT_TRANSLATE_NOOP("TenantEditor", "SLA target"), limitsGroup, Kind::Fraction},
    {"support_level", QT_TRANSLATE_NOOP("TenantEditor", "Support level"), limitsGroup,
     Kind::Choice},
    {"cost_center", QT_TRANSLATE_NOOP("TenantEditor", "Cost centre"), billingGroup, Kind::Text},
    {"monthly_budget", QT_TRANSLATE_NOOP("TenantEditor", "Monthly budget (₹)"), billingGroup,
     Kind::Integer},
    {"billing_email", QT_TRANSLATE_NOOP("TenantEditor", "Billing e-mail"), billingGroup,
     Kind::Email},
    {"region", QT_TRANSLATE_NOOP("TenantEditor", "Region"), placementGroup, Kind::Text},
    {"allowed_regions", QT_TRANSLATE_NOOP("TenantEditor", "Allowed regions"), placementGroup,
     Kind::List},
    {"isolation_mode", QT_TRANSLATE_NOOP("TenantEditor", "Isolation"), placementGroup,
     Kind::Choice},
    {"compliance_tags", QT_TRANSLATE_NOOP("TenantEditor", "Compliance tags"), placementGroup,
     Kind::List},
    {"retention_days", QT_TRANSLATE_NOOP("TenantEditor", "Retention (days)"), placementGroup,
     Kind::Days},
    {"metadata", QT_TRANSLATE_NOOP("TenantEditor", "Metadata (JSON)"), placementGroup, Kind::Json},
};

QStringList choicesFor(const QString &key)
{
    if (key == QLatin1String("tier"))
        return allTierNames();
    if (key == QLatin1String("support_level"))
        return TenantValidator::knownSupportLevels();
    return TenantValidator::knownIsolationModes();
}

} // namespace

TenantEditorDialog::TenantEditorDialog(TenantRepository &repository, QThreadPool &pool,
                                       const Tenant &tenant, bool isNew, const QString &actor,
                                       QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_pool(pool)
    , m_original(tenant)
    , m_isNew(isNew)
    , m_actor(actor)
{
    setWindowTitle(isNew ? tr("New tenant") : tr("Edit %1").arg(tenant.tenantId));
    buildForm();
    load(tenant);
    resize(720, 760);
}

void TenantEditorDialog::buildForm()
{
    auto *content = new QWidget;
    auto *columns = new QVBoxLayout(content);
    QHash<QString, QFormLayout *> groups;
    for (const FieldSpec &spec : fieldSpecs) {
        const QString group = QString::fromLatin1(spec.group);
        if (!groups.contains(group)) {
            auto *box =
                new QGroupBox(QCoreApplication::translate("TenantEditor", spec.group), content);
            groups.insert(group, new QFormLayout(box));
            columns->addWidget(box);
        }
        const QString key = QString::fromLatin1(spec.key);
        QWidget *editor = nullptr;
        switch (spec.kind) {
        case Kind::Choice: {
            auto *combo = new QComboBox;
            combo->addItems(choicesFor(key));
            editor = combo;
            break;
        }
        case Kind::Fraction: {
            auto *spin = new QDoubleSpinBox;
            spin->setDecimals(4);
            spin->setRange(0, 1);
            spin->setSingleStep(0.001);
            editor = spin;
            break;
        }
        case Kind::Days: {
            auto *spin = new QSpinBox;
            spin->setRange(0, 3650);
            spin->setSuffix(tr(" days"));
            editor = spin;
            break;
        }
        case Kind::Json: {
            auto *text = new QPlainTextEdit;
            text->setFixedHeight(70);
            editor = text;
            break;
        }
        default: {
            auto *line = new QLineEdit;
            if (spec.kind == Kind::Integer)
                line->setValidator(new QRegularExpressionValidator(
                    QRegularExpression(QStringLiteral("-?[0-9]{0,15}")), line));
            if (spec.kind == Kind::Slug) {
                line->setPlaceholderText(tr("lower-case letters, digits, hyphens"));
                line->setReadOnly(!m_isNew);
            }
            if (spec.kind == Kind::List)
                line->setPlaceholderText(tr("comma-separated"));
            editor = line;
        }
        }
        editor->setObjectName(key);
        auto *error = new QLabel;
        error->setObjectName(key + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColor().name()));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        groups.value(group)->addRow(QCoreApplication::translate("TenantEditor", spec.label), cell);
        m_editors.insert(key, editor);
        m_errorLabels.insert(key, error);
    }

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    m_summary = new QLabel;
    m_summary->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(errorTextColor().name()));
    m_summary->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TenantEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_changedBy = new QLabel;
    m_changedBy->setObjectName(QStringLiteral("changedBy"));
    m_changedBy->setWordWrap(true);
    m_changedBy->setStyleSheet(
        QStringLiteral("background: #fff3e0; color: #8a3b00; padding: 6px; border-radius: 3px;"));
    m_changedBy->hide();
    if (!m_isNew)
        connect(&m_repository.notifier(), &ChangeNotifier::remoteChange, this,
                &TenantEditorDialog::noteRemoteChange);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changedBy);
    layout->addWidget(scroll);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
}

void TenantEditorDialog::load(const Tenant &tenant)
{
    const QJsonObject json = TenantCodec::toJson(tenant);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QJsonValue value = json.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentText(value.toString());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(it.value()))
            dspin->setValue(value.toDouble());
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(value.toInt());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            text->setPlainText(jsonAsText(value));
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setText(jsonAsText(value));
    }
}

Result<QJsonObject> TenantEditorDialog::collect() const
{
    QJsonObject json;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QString text;
        if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            text = combo->currentText();
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(it.value()))
            text = QString::number(dspin->value(), 'g', 10);
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            text = QString::number(spin->value());
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(it.value()))
            text = edit->toPlainText().trimmed().isEmpty() ? QStringLiteral("{}")
                                                           : edit->toPlainText();
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            text = line->text();
        const Result<QJsonValue> value = TenantCodec::fromText(it.key(), text);
        if (!value)
            return value.error();
        json.insert(it.key(), value.value());
    }
    if (!m_isNew)
        json.remove(QStringLiteral("tenant_id"));
    return json;
}

QString TenantEditorDialog::fieldError(const QString &key) const
{
    const QLabel *label = m_errorLabels.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void TenantEditorDialog::showErrors(const QList<Error> &errors)
{
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
    for (QWidget *editor : std::as_const(m_editors))
        editor->setStyleSheet({});
    QWidget *first = nullptr;
    for (const Error &e : errors) {
        QLabel *label = m_errorLabels.value(e.field);
        QWidget *editor = m_editors.value(e.field);
        if (!label || !editor)
            continue;
        // The message without its "field: " prefix: the label sits under the field.
        label->setText(e.message.mid(e.field.size() + 2));
        label->show();
        editor->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(errorTextColor().name()));
        if (!first)
            first = editor;
    }
    m_summary->setVisible(!errors.isEmpty());
    m_summary->setText(errors.size() == 1 ? tr("1 field needs attention; nothing was saved.")
                                          : tr("%n fields need attention; nothing was saved.",
                                               nullptr, static_cast<int>(errors.size())));
    if (first)
        first->setFocus();
}

bool TenantEditorDialog::save()
{
    const Result<QJsonObject> json = collect();
    if (!json) {
        showErrors({json.error()});
        return false;
    }
    Tenant edited = m_original;
    const Status applied =
        TenantCodec::apply(json.value(), edited,
                           m_isNew ? TenantCodec::Scope::Creation : TenantCodec::Scope::Editable);
    if (!applied) {
        showErrors({applied.error()});
        return false;
    }
    const QList<Error> problems = TenantValidator::problems(edited);
    if (!problems.isEmpty()) {
        showErrors(problems);
        return false;
    }
    TenantRepository *repository = &m_repository;
    const Result<Tenant> stored = awaitInBackground<Result<Tenant>>(
        m_pool, [repository, edited, isNew = m_isNew, actor = m_actor] {
            return isNew ? repository->create(edited, actor) : repository->update(edited, actor);
        });
    if (!stored) {
        if (stored.error().kind == ErrorKind::Conflict)
            return resolveConflict(edited);
        if (!stored.error().field.isEmpty() && m_editors.contains(stored.error().field)) {
            showErrors({stored.error()});
            return false;
        }
        QMessageBox::warning(this, windowTitle(), stored.error().message);
        return false;
    }
    showErrors({});
    m_saved = stored.value();
    accept();
    return true;
}

QString TenantEditorDialog::changedByText() const
{
    return m_changedBy->isHidden() ? QString() : m_changedBy->text();
}

void TenantEditorDialog::noteRemoteChange(const QString &tenantId, const QString &action,
                                          const QString &actor)
{
    if (tenantId != m_original.tenantId || action.startsWith(QLatin1String("cascade.")) ||
        action.startsWith(QLatin1String("health.")) || action.startsWith(QLatin1String("usage.")))
        return;
    m_changedBy->setText(tr("Changed by %1 at %2 (%3) while open here. Saving checks your edit "
                            "against it; nothing of theirs is overwritten unseen.")
                             .arg(actor.toHtmlEscaped(),
                                  QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                                  action));
    m_changedBy->show();
}

bool TenantEditorDialog::resolveConflict(const Tenant &mine)
{
    TenantRepository *repository = &m_repository;
    const Result<Tenant> theirs = awaitInBackground<Result<Tenant>>(
        m_pool, [repository, id = mine.tenantId] { return repository->get(id); });
    if (!theirs) {
        QMessageBox::warning(this, windowTitle(), theirs.error().message);
        return false;
    }
    // List what differs between the stored version and these edits.
    QStringList differences;
    for (const FieldChange &change :
         diffJson(TenantCodec::toJson(theirs.value()), TenantCodec::toJson(mine))) {
        if (change.key == QLatin1String("version") || change.key == QLatin1String("updated_at"))
            continue;
        differences << tr("%1: stored \"%2\", yours \"%3\"")
                           .arg(change.key, oneLine(jsonAsText(change.before), 200),
                                oneLine(jsonAsText(change.after), 200));
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Saved by someone else"),
        tr("%1 was changed by someone else while you edited it (you started from version "
           "%2; it is now version %3).")
            .arg(mine.tenantId)
            .arg(mine.version)
            .arg(theirs->version),
        QMessageBox::NoButton, this);
    box.setDetailedText(differences.join(QLatin1Char('\n')));
    QPushButton *reload = box.addButton(tr("Reload theirs"), QMessageBox::RejectRole);
    QPushButton *overwrite = box.addButton(tr("Overwrite with mine"), QMessageBox::AcceptRole);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == overwrite) {
        Tenant rebased = mine;
        rebased.version = theirs->version;
        m_original.version = theirs->version;
        const Result<Tenant> stored =
            awaitInBackground<Result<Tenant>>(m_pool, [repository, rebased, actor = m_actor] {
                return repository->update(rebased, actor);
            });
        if (!stored) {
            QMessageBox::warning(this, windowTitle(), stored.error().message);
            return false;
        }
        m_saved = stored.value();
        accept();
        return true;
    }
    m_original = theirs.value();
    load(m_original);
    return false;
}

} // namespace tenant::ui
