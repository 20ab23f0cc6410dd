#include "decisiondialog.h"

#include "textrules.h"

#include "chargebackmodels.h"
#include "plancatalog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tenant::ui {

DecisionDialog::DecisionDialog(const ProvisioningRequest &request, Decision decision,
                               QWidget *parent)
    : QDialog(parent)
{
    QString verb;
    switch (decision) {
    case Decision::Approve:
        verb = tr("Approve");
        break;
    case Decision::Reject:
        verb = tr("Reject");
        break;
    case Decision::RollBack:
        verb = tr("Roll back");
        break;
    }
    setWindowTitle(tr("%1 request %2").arg(verb, request.requestId));
    auto *what = new QLabel(
        tr("<b>%1</b> (<tt>%2</tt>): %3 in %4, estimated %5 a month against a budget of %6. "
           "Requested by %7.")
            .arg(request.tenantName.toHtmlEscaped(), request.tenantId, nameOf(request.tier),
                 request.region, moneyText(double(request.estimatedCost)),
                 moneyText(double(request.budget)), request.requestedBy.toHtmlEscaped()),
        this);
    what->setWordWrap(true);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(decision == Decision::RollBack
                                      ? tr("Why it is rolled back (kept in the audit log)")
                                      : tr("Why (kept with the decision and in the audit log)"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(verb);
    ok->setEnabled(false);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this, ok] {
        // Core's rule for a comment or reason: something visible,
        // at most limits::comment characters.
        const Status valid = checkReason(QStringLiteral("comment"), comment(), true);
        ok->setEnabled(valid.ok());
        m_comment->setToolTip(valid ? QString() : valid.error().message);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(what);
    layout->addRow(decision == Decision::RollBack ? tr("&Reason:") : tr("&Comment:"), m_comment);
    layout->addRow(m_buttons);
    resize(520, 260);
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace tenant::ui
