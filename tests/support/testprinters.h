#pragma once

// Specialisations of QTest::toString, so a failed QCOMPARE on a domain enum
// prints "suspended" instead of failing to compile or printing 2.
#include "flagevaluator.h"
#include "healthpolicy.h"
#include "provisioningrequest.h"
#include "tenant.h"

#include <QTest>

namespace QTest {

template<> inline char *toString(const tenant::Tier &tier)
{
    return qstrdup(qPrintable(tenant::nameOf(tier)));
}
template<> inline char *toString(const tenant::TenantStatus &status)
{
    return qstrdup(qPrintable(tenant::nameOf(status)));
}
template<> inline char *toString(const tenant::FlagSource &source)
{
    return qstrdup(qPrintable(tenant::nameOf(source)));
}
template<> inline char *toString(const tenant::HealthBand &band)
{
    return qstrdup(qPrintable(tenant::nameOf(band)));
}
template<> inline char *toString(const tenant::ErrorKind &kind)
{
    static const char *names[] = {"Usage", "Validation", "Rule", "Conflict", "NotFound", "Storage"};
    return qstrdup(names[static_cast<int>(kind)]);
}

} // namespace QTest
