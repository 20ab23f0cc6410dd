#include "enumnames.h"

namespace tenant {

QString wireName(const char *key)
{
    QString name;
    for (const char *c = key; *c; ++c) {
        const QChar ch = QLatin1Char(*c);
        if (ch.isUpper()) {
            if (c != key)
                name += QLatin1Char('_');
            name += ch.toLower();
        } else {
            name += ch;
        }
    }
    return name;
}

} // namespace tenant
