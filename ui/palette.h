#pragma once

#include "flagevaluator.h"
#include "healthpolicy.h"
#include "tenant.h"

#include <QColor>

namespace tenant::ui {

/// The console's colours for domain states, in one place.
QColor colorFor(TenantStatus status);
QColor colorFor(Tier tier);
QColor colorFor(HealthBand band);
/// The colour of the level that decided a flag's value.
QColor colorFor(FlagSource source);
/// Text colours for a failure and a success, readable on the window of the
/// theme in use (lighter shades in the dark one). Read when the text is set.
QColor errorTextColor();
QColor successTextColor();
/// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);

} // namespace tenant::ui
