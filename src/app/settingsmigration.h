#pragma once

namespace formulary {

// Settings written before the application named its organization were kept
// under Qt's "Unknown Organization"; the first start after that reads them
// into the settings of the named one and removes the old file.
void adoptUnnamedOrganizationSettings();

} // namespace formulary
