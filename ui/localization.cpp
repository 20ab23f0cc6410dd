#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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

void install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator.get()))
        installed().push_back(std::move(translator));
}

} // namespace

QLocale apply(const QString &language)
{
    for (const std::unique_ptr<QTranslator> &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale system = QLocale::system();
    QLocale locale = system;
    if (!language.isEmpty()) {
        const QLocale::Language wanted = QLocale::codeToLanguage(language);
        if (wanted != QLocale::AnyLanguage && wanted != system.language())
            locale = QLocale(wanted, system.territory()); // Qt's nearest if no such pair
    }
    QLocale::setDefault(locale);
    // English is the source text; its file holds only the plural forms.
    install(locale, QStringLiteral("tenant-admin"), QStringLiteral(":/i18n"));
    if (locale.language() != QLocale::English)
        install(locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

QString nativeName(const QString &language)
{
    const QLocale locale(QLocale::codeToLanguage(language));
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace tenant::ui::localization
