#include "search/wordvariants.h"

namespace formulary {
namespace {

// Forms of one word, as the pages write them and people type them. Plurals
// are found by rule and need no line here.
constexpr const char *kVariantGroups[][6] = {
    {"dose", "dosage", "dosing", "dosed", nullptr},
    {"pregnancy", "pregnant", "pregnancies", nullptr},
    {"breastfeeding", "breastfed", "lactation", "lactating", nullptr},
    {"child", "children", "childhood", nullptr},
    {"drive", "driving", nullptr},
    {"drowsy", "drowsiness", nullptr},
    {"dizzy", "dizziness", nullptr},
    {"sleepy", "sleepiness", nullptr},
    {"interaction", "interact", "interacts", nullptr},
    {"contraindication", "contraindicated", nullptr},
    {"diarrhea", "diarrhoea", nullptr},
    {"edema", "oedema", nullptr},
    {"anemia", "anaemia", nullptr},
    {"hemorrhage", "haemorrhage", nullptr},
    {"hemoglobin", "haemoglobin", nullptr},
    {"hypoglycemia", "hypoglycaemia", nullptr},
    {"hyperglycemia", "hyperglycaemia", nullptr},
    {"leukemia", "leukaemia", nullptr},
    {"anesthesia", "anaesthesia", nullptr},
    {"anesthetic", "anaesthetic", nullptr},
    {"pediatric", "paediatric", nullptr},
    {"esophagus", "oesophagus", nullptr},
    {"estrogen", "oestrogen", nullptr},
    {"tumor", "tumour", nullptr},
    {"color", "colour", nullptr},
    {"behavior", "behaviour", nullptr},
    {"feces", "faeces", nullptr},
    {"ischemia", "ischaemia", nullptr},
};

void addPluralForms(const QString &word, QStringList *forms)
{
    if (word.size() < 3)
        return;
    if (word.endsWith(QLatin1String("ies")))
        forms->append(word.chopped(3) + QLatin1Char('y'));
    else if (word.endsWith(QLatin1String("es")))
        *forms << word.chopped(2) << word.chopped(1);
    else if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        forms->append(word.chopped(1));
    else if (word.endsWith(QLatin1Char('y')))
        forms->append(word.chopped(1) + QLatin1String("ies"));
    else
        *forms << word + QLatin1Char('s') << word + QLatin1String("es");
}

} // namespace

QStringList wordVariants(const QString &word)
{
    QStringList forms;
    addPluralForms(word, &forms);
    for (const auto &group : kVariantGroups) {
        bool inGroup = false;
        for (const char *form : group) {
            if (form && (word == QLatin1String(form) || forms.contains(QLatin1String(form))))
                inGroup = true;
        }
        if (!inGroup)
            continue;
        for (const char *form : group) {
            if (form) {
                forms.append(QLatin1String(form));
                addPluralForms(QLatin1String(form), &forms);
            }
        }
    }
    forms.removeAll(word);
    forms.removeDuplicates();
    return forms;
}

} // namespace formulary
