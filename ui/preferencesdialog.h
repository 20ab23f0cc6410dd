#pragma once

#include "consolepreferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace tenant::ui {

/// Preferences (Ctrl+,): language, theme, refresh interval and the
/// connection opened at start. The theme applies at once; a new language
/// at the next start (the open windows keep theirs).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `profileNames`: the saved connection profiles, for the start-up choice.
    PreferencesDialog(const ConsolePreferences &current, const QStringList &profileNames,
                      QWidget *parent = nullptr);

    ConsolePreferences preferences() const;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *refreshBox() const { return m_refresh; }
    QComboBox *startupBox() const { return m_startup; }
    /// Says that a new language waits for the next start.
    QLabel *restartNote() const { return m_restartNote; }

private:
    QString m_startLanguage;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_refresh = nullptr;
    QComboBox *m_startup = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace tenant::ui
