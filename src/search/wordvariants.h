#pragma once

#include <QString>
#include <QStringList>

namespace formulary {

// Other forms a query word stands for in the pages' text: its plural or
// singular ("headache", "headaches"), and the inflections and spellings of
// a reviewed table ("dose", "dosage", "dosing"; "diarrhea", "diarrhoea";
// "pregnancy", "pregnant"). Folded as searchtext folds; the word itself is
// not among them. The search keeps those the text holds, each worth a little
// less than the word as typed.
QStringList wordVariants(const QString &word);

} // namespace formulary
