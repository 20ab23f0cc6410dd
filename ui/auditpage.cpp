#include "auditpage.h"

#include "jsontext.h"
#include "verifiedheads.h"

#include "audittablemodel.h"
#include "background.h"
#include "palette.h"
#include "permissions.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tenant::ui {

AuditPage::AuditPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_model = new AuditTableModel(workspace.audit(), workspace.notifier(), workspace.pool(), this);
    m_proxy = new AuditFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("auditTenant"));
    m_tenant->setPlaceholderText(tr("Tenant"));
    m_tenant->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->addItem(tr("Any action"));
    m_actor = new QLineEdit(this);
    m_actor->setPlaceholderText(tr("Actor"));
    m_actor->setClearButtonEnabled(true);
    m_useFrom = new QCheckBox(tr("From"), this);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_useTo = new QCheckBox(tr("to"), this);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyFilters);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &AuditPage::applyFilters);
    connect(m_useTo, &QCheckBox::toggled, this, &AuditPage::applyFilters);
    connect(m_tenant, &QLineEdit::textChanged, this, &AuditPage::applyFilters);
    connect(m_actor, &QLineEdit::textChanged, this, &AuditPage::applyFilters);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilters);

    m_verify = new QPushButton(tr("Verify chain"), this);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    // The chain runs through every tenant's entries: a login that reads only
    // some of them would see gaps, not tampering.
    if (const Identity &me = workspace.identity(); !me.may(Action::VerifyAudit)) {
        m_verify->setEnabled(false);
        m_verify->setToolTip(tr("%1 for every tenant: the chain runs through all their entries")
                                 .arg(missingRoleText(me, Action::VerifyAudit)));
    }
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelRequested)
            m_cancelRequested->store(true);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tenant);
    filters->addWidget(m_action);
    filters->addWidget(m_actor);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_verify);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::SeqColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showSelected);

    m_details = new QTextBrowser(this);
    m_details->setPlaceholderText(tr("Select an entry to see what it changed."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setSizes({420, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_verifyResult, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(splitter);

    connect(m_model, &AuditTableModel::loaded, this, &AuditPage::refreshActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::refreshActions);
    connect(m_model, &AuditTableModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->selectRow(0); // the newest entry, with its changes shown below
    });
    m_model->reload();
}

void AuditPage::refreshActions()
{
    const QString current = m_action->currentIndex() > 0 ? m_action->currentText() : QString();
    const QSignalBlocker block(m_action);
    while (m_action->count() > 1)
        m_action->removeItem(1);
    m_action->addItems(m_model->actions());
    if (!current.isEmpty())
        m_action->setCurrentText(current);
}

void AuditPage::applyFilters()
{
    m_proxy->setTenant(m_tenant->text());
    m_proxy->setAction(m_action->currentIndex() > 0 ? m_action->currentText() : QString());
    m_proxy->setActor(m_actor->text());
    m_proxy->setTimeRange(m_useFrom->isChecked() ? m_from->dateTime() : QDateTime(),
                          m_useTo->isChecked() ? m_to->dateTime() : QDateTime());
}

QString AuditPage::describe(const AuditEntry &e)
{
    QString html = tr("<h3>#%1 %2</h3>").arg(e.seq).arg(e.action.toHtmlEscaped());
    html +=
        tr("<p><b>%1</b> at %2%3<br/>Reason: %4<br/><small>correlation %5<br/>hash %6</small></p>")
            .arg(e.actor.toHtmlEscaped(), e.occurredAt,
                 e.tenantId.isEmpty() ? QString()
                                      : tr(", tenant <b>%1</b>").arg(e.tenantId.toHtmlEscaped()),
                 e.reason.isEmpty() ? tr("<i>none given</i>") : e.reason.toHtmlEscaped(),
                 e.correlationId, e.hash);
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    const QList<FieldChange> changes = diffJson(before, after);
    if (changes.isEmpty())
        return html + tr("<p><i>No attribute changed.</i></p>");
    html +=
        QStringLiteral(
            "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse'>"
            "<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
            .arg(tr("Attribute"), tr("Before"), tr("After"));
    for (const FieldChange &c : changes)
        html += QStringLiteral("<tr><td>%1</td><td style='background:#ffebee'>%2</td>"
                               "<td style='background:#e8f5e9'>%3</td></tr>")
                    .arg(c.key.toHtmlEscaped(),
                         jsonAsText(c.before, QStringLiteral("—")).toHtmlEscaped(),
                         jsonAsText(c.after, QStringLiteral("—")).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void AuditPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setHtml(describe(m_model->entryAt(m_proxy->mapToSource(current).row())));
}

void AuditPage::verifyChain()
{
    if (!m_workspace.identity().may(Action::VerifyAudit))
        return;
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Verifying…"));
    m_verifiedIntact.reset();
    styleVerifyResult();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelRequested = cancel;
    AuditLog *log = &m_workspace.audit();
    QPointer<QProgressBar> bar = m_progress;
    // The newest entry this console verified before: the log must still hold it.
    const std::optional<VerifiedHeads::Seen> seen = m_heads.seen(m_workspace.database().url());
    const std::optional<AuditHead> seenHead =
        seen ? std::optional<AuditHead>(seen->head) : std::nullopt;
    runInBackground<Result<AuditVerification>>(
        m_workspace.pool(), this,
        [log, cancel, bar, seenHead] {
            const auto progress = [cancel, bar](qint64 checked, qint64 total) {
                // Hand progress to the GUI thread through the application
                // object; whether the bar still exists is asked there.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [bar, checked, total] {
                        if (bar) {
                            bar->setRange(0, static_cast<int>(total));
                            bar->setValue(static_cast<int>(checked));
                        }
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            };
            return log->verify(progress, seenHead);
        },
        [this](Result<AuditVerification> result) {
            m_verify->setEnabled(true);
            m_progress->hide();
            m_cancel->hide();
            m_cancelRequested.reset();
            QString message;
            bool intact = false;
            if (result && result->cancelled) {
                message = tr("Verification cancelled after %n entries (no problem found so far).",
                             nullptr, static_cast<int>(result->entriesChecked));
            } else if (!result) {
                message = tr("Could not verify: %1").arg(result.error().message);
            } else if (result->intact) {
                intact = true;
                const std::optional<VerifiedHeads::Seen> before =
                    m_heads.seen(m_workspace.database().url());
                message = tr("Chain intact: %n entries verified.", nullptr,
                             static_cast<int>(result->entriesChecked));
                if (before)
                    message += QLatin1Char(' ') +
                               tr("It still holds entry %1 as verified on %2.")
                                   .arg(before->head.seq)
                                   .arg(QLocale().toString(before->verifiedAt.toLocalTime(),
                                                           QLocale::ShortFormat));
                if (!before)
                    message += QLatin1Char(' ') +
                               tr("First verification of this registry here: later ones "
                                  "check that the log still holds these entries.");
                if (!m_heads.remember(m_workspace.database().url(), result->head))
                    message +=
                        QLatin1Char(' ') + tr("(Could not remember this head: the settings are not "
                                              "writable.)");
            } else {
                message = tr("Chain broken: %1").arg(result->problem);
                const int row = m_model->rowOfSeq(result->firstBadSeq);
                if (row >= 0)
                    m_view->selectionModel()->setCurrentIndex(
                        m_proxy->mapFromSource(m_model->index(row, 0)),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            m_verifyResult->setText(message);
            m_verifiedIntact = intact;
            styleVerifyResult();
            emit verified(intact, message);
        });
}

void AuditPage::styleVerifyResult()
{
    m_verifyResult->setStyleSheet(
        m_verifiedIntact
            ? QStringLiteral("color: %1; font-weight: bold;")
                  .arg((*m_verifiedIntact ? successTextColor() : errorTextColor()).name())
            : QString());
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleVerifyResult();
    QWidget::changeEvent(event);
}

} // namespace tenant::ui
