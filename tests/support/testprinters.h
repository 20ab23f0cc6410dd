#pragma once

// How tests print what failed: QTest::toString for the domain enums, so a
// failed QCOMPARE prints "suspended" instead of 2, and QVERIFY_OK, which
// prints the Error of a Result or Status that is not ok.
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
    return qstrdup(qPrintable(tenant::nameOf(kind)));
}

} // namespace QTest

namespace tenant::test {
/// "validation error: max_users must be ..." for a failed Result.
template<typename R> QByteArray describeFailure(const char *expression, const R &result)
{
    return QByteArray(expression) + " failed with a " + nameOf(result.error().kind).toUtf8() +
           " error: " + result.error().message.toUtf8();
}
} // namespace tenant::test

/// QVERIFY for a Result or Status: when it is not ok, the test fails naming
/// the expression and printing the error's kind and message.
#define QVERIFY_OK(expression)                                                                     \
    do {                                                                                           \
        const auto &verifiedResult_ = (expression);                                                \
        if (!verifiedResult_.ok())                                                                 \
            QFAIL(::tenant::test::describeFailure(#expression, verifiedResult_).constData());      \
    } while (false)
