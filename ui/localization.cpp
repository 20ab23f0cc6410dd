#include "localization.h"

#include <QAction>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QToolBar>
#include <QTranslator>

#include <memory>
#include <vector>

namespace tenant::ui::localization {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

/// "… (&N)": the bracketed mnemonic translations use for scripts without
/// the letter; the letter captured.
const QRegularExpression &bracketedMnemonic()
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&([^&])\\)"));
    return bracketed;
}

bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory) ||
        !QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QLocale apply(const QString &language)
{
    for (const std::unique_ptr<QTranslator> &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale system = QLocale::system();
    // "C" (no locale set) formats without grouping: read it as US English.
    QLocale locale =
        system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
    if (!language.isEmpty()) {
        const QLocale::Language wanted = QLocale::codeToLanguage(language);
        // A locale of its own even when the system's language is the same:
        // the system locale's translations follow $LANGUAGE, not the choice.
        if (wanted != QLocale::AnyLanguage)
            locale = QLocale(wanted, system.territory()); // Qt's nearest if no such pair
    }
    QLocale::setDefault(locale);
    // English is the source text; its file holds only the plural forms.
    // A language the console has no translation for gets English text
    // throughout (Qt's own too, so no window mixes two languages), and
    // still its locale's numbers and dates.
    if (!install(locale, QStringLiteral("tenant-admin"), QStringLiteral(":/i18n")))
        install(QLocale(QLocale::English), QStringLiteral("tenant-admin"),
                QStringLiteral(":/i18n"));
    else if (locale.language() != QLocale::English)
        install(locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

QString nativeName(const QString &language)
{
    const QLocale locale(QLocale::codeToLanguage(language));
    if (locale.language() == QLocale::English) // not "American English"
        return QLocale::languageToString(QLocale::English);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QList<QtString> qtStringsTranslatedHere()
{
    return {
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "< &Back")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Go Back")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Next >")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Next")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Continue")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Commit")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Finish")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Done")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Cancel")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "&Help")},
        {"QWizard", QT_TRANSLATE_NOOP("QWizard", "Help")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")},
        {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")},
        {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")},
        {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll here")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Left edge")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Top")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Right edge")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Bottom")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page left")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page up")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page right")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Page down")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll left")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll up")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll right")},
        {"QScrollBar", QT_TRANSLATE_NOOP("QScrollBar", "Scroll down")},
        {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")},
        {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")},
    };
}

QString withoutMnemonic(QString text)
{
    static const QRegularExpression marker(QStringLiteral("&(.)"));
    return text.remove(bracketedMnemonic()).replace(marker, QStringLiteral("\\1"));
}

void tidyToolBarTexts(QWidget *window)
{
    for (const QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            const auto tidy = [action] {
                // Only a bracketed mnemonic needs it: QAction drops a plain
                // '&' itself (an empty icon text means "derived from text").
                const QString text = action->text();
                const QRegularExpressionMatch mnemonic = bracketedMnemonic().match(text);
                action->setIconText(mnemonic.hasMatch() ? withoutMnemonic(text) : QString());
                // The default tooltip, derived from the text, shows "… (N)"
                // too; a tooltip of the action's own is left alone.
                const QString tip = action->toolTip();
                const bool derived =
                    (mnemonic.hasMatch() &&
                     tip.endsWith(QLatin1Char('(') + mnemonic.captured(1) + QLatin1Char(')'))) ||
                    tip == action->property("tidiedToolTip").toString();
                if (derived) {
                    const QString tidied = withoutMnemonic(text);
                    action->setProperty("tidiedToolTip", tidied);
                    action->setToolTip(tidied);
                }
            };
            tidy();
            // Idempotent: once tidied it sets nothing, so emits no further change.
            QObject::connect(action, &QAction::changed, action, tidy);
        }
    }
}

} // namespace tenant::ui::localization
