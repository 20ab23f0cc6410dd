#include "preferencesdialog.h"

#include "localization.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tenant::ui {

namespace {

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(const ConsolePreferences &current,
                                     const QStringList &profileNames, QWidget *parent)
    : QDialog(parent)
    , m_startLanguage(current.language)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : ConsolePreferences::languages())
        m_language->addItem(localization::nativeName(code), code);
    selectData(m_language, current.language);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    selectData(m_theme, current.theme);

    m_refresh = new QSpinBox(this);
    // 0 shows "Off"; any other value is between the minimum and maximum.
    m_refresh->setRange(ConsolePreferences::minRefreshSeconds - 1,
                        ConsolePreferences::maxRefreshSeconds);
    m_refresh->setSpecialValueText(tr("Off (live updates only)"));
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setSingleStep(30);
    m_refresh->setValue(current.refreshSeconds == 0 ? m_refresh->minimum()
                                                    : current.refreshSeconds);

    m_startup = new QComboBox(this);
    m_startup->addItem(tr("The connection used last"), QString());
    m_startup->addItem(tr("The demo registry"), ConsolePreferences::demoProfile());
    for (const QString &name : profileNames)
        m_startup->addItem(name, name);
    selectData(m_startup, current.startupProfile);

    m_restartNote = new QLabel(tr("The new language is used from the next start."), this);
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Refresh every:"), m_refresh);
    form->addRow(tr("&Open at start:"), m_startup);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ConsolePreferences PreferencesDialog::preferences() const
{
    ConsolePreferences p;
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentData().toString();
    p.refreshSeconds =
        m_refresh->value() < ConsolePreferences::minRefreshSeconds ? 0 : m_refresh->value();
    p.startupProfile = m_startup->currentData().toString();
    return p.checked();
}

} // namespace tenant::ui
