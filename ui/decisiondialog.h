#pragma once

#include "provisioningrequest.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace tenant::ui {

/// Asks for the comment of an approval or rejection, or the reason of a
/// rollback, showing what the request asks for. OK stays disabled until
/// something is written.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { Approve, Reject, RollBack };

    DecisionDialog(const ProvisioningRequest &request, Decision decision,
                   QWidget *parent = nullptr);

    QString comment() const;
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QPlainTextEdit *m_comment = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tenant::ui
