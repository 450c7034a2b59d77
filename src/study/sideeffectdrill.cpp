#include "study/sideeffectdrill.h"

#include "store/contentdatabase.h"
#include "study/sideeffectindex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace formulary {

QList<DrillQuestion> makeSideEffectDrill(const ContentDatabase &content, const QStringList &drugSlugs, int count,
                                         quint32 seed)
{
    struct Drug
    {
        QString title;
        QSet<QString> terms; // folded
    };
    // Terms as the side-effect index folds them: a page writing "Alopecia
    // (hair loss)" lists hair loss. Notes and sentences are not terms.
    const SideEffectIndex index = SideEffectIndex::load(content);
    QList<Drug> drugs;
    QHash<QString, QString> termAsWritten; // term key -> the name it is shown by
    for (const QString &slug : drugSlugs) {
        const std::optional<DrugRecord> record = content.drugBySlug(slug);
        if (!record)
            continue;
        Drug drug{record->title, {}};
        for (const SideEffect &effect : content.sideEffects(record->id)) {
            if (effect.normalised.isNote || effect.normalised.term.isEmpty())
                continue;
            const int term = index.indexOf(effect.normalised.term);
            const QString key = term >= 0 ? index.terms().at(term).key : effect.normalised.term;
            drug.terms.insert(key);
            if (!termAsWritten.contains(key))
                termAsWritten.insert(key, term >= 0 ? index.terms().at(term).name : effect.normalised.name);
        }
        if (!drug.terms.isEmpty())
            drugs.append(drug);
    }
    if (drugs.size() < 2)
        return {};

    QRandomGenerator random(seed);
    QStringList keys = termAsWritten.keys();
    std::sort(keys.begin(), keys.end()); // hash order is not deterministic
    std::shuffle(keys.begin(), keys.end(), random);
    constexpr int kChoices = 4;
    QList<DrillQuestion> questions;
    for (const QString &key : std::as_const(keys)) {
        if (questions.size() >= count)
            break;
        QList<Drug> choices = drugs;
        std::shuffle(choices.begin(), choices.end(), random);
        // Keep a drug that lists the term among the choices.
        const auto lists = std::find_if(choices.begin(), choices.end(),
                                        [&key](const Drug &d) { return d.terms.contains(key); });
        std::iter_swap(choices.begin(), lists);
        choices = choices.mid(0, kChoices);
        std::shuffle(choices.begin(), choices.end(), random);
        DrillQuestion question{termAsWritten.value(key), {}, {}};
        for (int i = 0; i < choices.size(); ++i) {
            question.drugs.append(choices.at(i).title);
            if (choices.at(i).terms.contains(key))
                question.correct.append(i);
        }
        if (question.correct.size() < question.drugs.size())
            questions.append(question);
    }
    return questions;
}

} // namespace formulary
