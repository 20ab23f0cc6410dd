#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QWidget;

namespace tenant::ui::localization {

/// Installs the console's translation for `language` (a code of
/// ConsolePreferences::languages(); empty: the system's) and Qt's own, and
/// makes the matching locale the default, so numbers, money (₹25,00,000 in
/// an Indian locale) and dates follow it. A language with the system's
/// territory where Qt has one (hi with India, en with India: en_IN).
/// Replaces what an earlier call installed. Returns the locale in use.
QLocale apply(const QString &language);
/// The language's own name: "Deutsch", "हिन्दी", "English".
QString nativeName(const QString &language);

/// `text` as a label shows it without its mnemonic: "&Refresh" -> "Refresh",
/// "नया टेनेंट… (&N)" -> "नया टेनेंट…" (the bracketed form translations use
/// for scripts without the letter), "&&" -> "&".
QString withoutMnemonic(QString text);

/// Qt's own strings the console shows (button boxes, also GNOME's, the
/// wizard's buttons, spin boxes' and scroll bars' menus,
/// a text field's context menu, a message box's details), listed so lupdate
/// puts them into the console's .ts files: Qt ships no Hindi at all, and
/// German only in qt6-translations-l10n. The console's translator answers
/// for these Qt contexts; Qt's own translation, where installed, comes first.
struct QtString
{
    const char *context;
    const char *source;
};
QList<QtString> qtStringsTranslatedHere();

/// Toolbar buttons of `window` without bracketed mnemonics, which QAction
/// would otherwise show as "… (N)"; kept so when an action's text changes.
void tidyToolBarTexts(QWidget *window);

} // namespace tenant::ui::localization
