#pragma once

#include <QCoreApplication>

namespace formulary {

// The import's messages, in the "Importer" context of the translations.
struct ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

} // namespace formulary
