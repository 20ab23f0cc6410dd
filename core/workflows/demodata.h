#pragma once

#include "error.h"

namespace tenant {

class Workspace;

/// Fills an empty registry with the demo business units, flags and 30 days
/// of deterministic health samples per tenant. Refuses a non-empty registry.
class DemoData final
{
public:
    static Status seed(Workspace &workspace);
    static constexpr int sampleDays = 30;
    static constexpr int samplesPerDay = 4;
};

} // namespace tenant
