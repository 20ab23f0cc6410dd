#pragma once

#include <QLocale>
#include <QString>

namespace tenant::ui::localization {

/// Installs the console's translation for `language` (a code of
/// ConsolePreferences::languages(); empty: the system's) and Qt's own, and
/// makes the matching locale the default, so numbers, money (₹25,00,000 in
/// an Indian locale) and dates follow it. A language with the system's
/// territory where Qt has one (hi with India, en with India: en_IN).
/// Replaces what an earlier call installed. Returns the locale in use.
QLocale apply(const QString &language);
/// The language's own name: "Deutsch", "हिन्दी".
QString nativeName(const QString &language);

} // namespace tenant::ui::localization
