#pragma once

#include <QString>
#include <QStringList>

namespace formulary {

// How often a page says a side effect occurs, from the label it is listed
// under. Serious wins over a frequency named with it ("Less common but
// serious"): a student asks first what is serious.
enum class SideEffectFrequency { Unspecified, Common, LessCommon, Rare, Serious };

// A percentage band the label states, when it states one.
enum class SideEffectBand { None, Over10Percent, From1To10Percent, Under1Percent, PostMarketing };

// A listed side effect as the index knows it, next to its text as written.
struct SideEffectTerm
{
    QString term;      // "allergic reaction": case, accents and plurals folded, markup and punctuation gone
    QString name;      // "Allergic reactions": the text as written, without its qualifier
    QString qualifier; // "rash, itching, swelling": the parenthetical or trailing explanation kept apart
    // The term a parenthetical names when it reads as another name for the
    // same effect ("Alopecia (hair loss)" -> "hair loss"): evidence for a
    // synonym, which the index folds only when several pages state it.
    QString synonym;
    SideEffectFrequency frequency = SideEffectFrequency::Unspecified;
    SideEffectBand band = SideEffectBand::None;
    QString bodySystem; // "gastrointestinal", when the label names a body system
    QString ingredient; // the ingredient of a combination the label or section names
    bool isNote = false; // a note or a sentence, not a side effect: kept as text, not indexed
};

// The stable name of a frequency class or band ("less-common", "1-10%"), as
// stored and printed, and back.
QString sideEffectFrequencyName(SideEffectFrequency frequency);
SideEffectFrequency sideEffectFrequencyFromName(const QString &name);
QString sideEffectBandName(SideEffectBand band);
SideEffectBand sideEffectBandFromName(const QString &name);

// What a group label says: frequency class, band, body system; whether it
// labels notes; and the ingredient it names among `ingredients` (the drug's
// components, folded), if any.
struct SideEffectLabel
{
    SideEffectFrequency frequency = SideEffectFrequency::Unspecified;
    SideEffectBand band = SideEffectBand::None;
    QString bodySystem;
    QString ingredient;
    bool isNote = false;
};
SideEffectLabel classifySideEffectLabel(const QString &label, const QStringList &ingredients);

// The term of a side effect's text: its words folded for matching, each in
// the singular, without a parenthetical or a trailing explanation (which go
// to `qualifier`). "Allergic reactions (rash, itching)" -> "allergic reaction".
// `synonym` as in SideEffectTerm.
QString sideEffectTermKey(const QString &text, QString *qualifier = nullptr, QString *synonym = nullptr,
                          QString *name = nullptr);

// A side effect's text and label understood together. `sectionIngredient` is
// the ingredient of a per-ingredient section, else empty; `ingredients` the
// drug's components (from its title), folded.
SideEffectTerm normaliseSideEffect(const QString &text, const QString &group, const QString &sectionIngredient,
                                   const QStringList &ingredients);

// The components of a combination's title ("Alpha + Beta [Gamma]"), folded;
// one name for a single drug.
QStringList titleIngredients(const QString &title);

} // namespace formulary
