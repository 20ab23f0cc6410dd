#pragma once

#include "error.h"

namespace tenant {

class Workspace;

/// Fills an empty registry with the demo business units, flags, 30 days of
/// deterministic health samples and 12 months of usage (and this month so
/// far) per tenant, and three onboarding requests in different states.
/// Refuses a non-empty registry.
class DemoData final
{
public:
    static Status seed(Workspace &workspace);
    static constexpr int sampleDays = 30;
    static constexpr int samplesPerDay = 4;
    static constexpr int usageMonths = 12;
};

} // namespace tenant
