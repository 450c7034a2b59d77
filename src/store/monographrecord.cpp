#include "store/monographrecord.h"

#include "parse/sectionkind.h"
#include "parse/textfold.h"
#include "store/internal/sectionstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace formulary {

MonographRecord MonographRecord::from(const Monograph &monograph)
{
    MonographRecord record;
    auto put = [&record](const QByteArray &utf8) {
        const Span where{record.strings.size(), utf8.size()};
        record.strings += utf8;
        return where;
    };
    record.slug = put(monograph.slug.toUtf8());
    record.title = put(monograph.title.toUtf8());
    record.nameKey = put(foldForMatching(monograph.title).toUtf8());
    record.genericName = put(monograph.genericName().toUtf8());

    QJsonArray frontMatter;
    for (const auto &[key, value] : monograph.frontMatter)
        frontMatter.append(QJsonArray{key, value});
    record.frontMatterJson = put(QJsonDocument(frontMatter).toJson(QJsonDocument::Compact));
    QJsonArray warnings;
    for (const ParseMessage &message : monograph.warnings)
        warnings.append(QJsonArray{message.line, message.text});
    record.warningsJson = put(QJsonDocument(warnings).toJson(QJsonDocument::Compact));

    const sectionstore::Packed packed = sectionstore::pack(monograph.sections);
    record.packedText = packed.blob;
    for (int position = 0; position < monograph.sections.size(); ++position) {
        const Section &section = monograph.sections.at(position);
        record.sections.append({put(sectionKindName(section.kind).toUtf8()), put(section.heading.toUtf8()),
                                put(section.ingredient.toUtf8()), section.line, packed.sectionRanges.at(position).first,
                                packed.sectionRanges.at(position).second});
        for (const Faq &faq : section.faqs) {
            const auto answer = packed.answerRanges.at(record.faqs.size());
            record.faqs.append({position, faq.line, answer.first, answer.second, put(faq.question.toUtf8())});
        }
        for (const SideEffect &effect : section.sideEffects) {
            const SideEffectTerm &normal = effect.normalised;
            record.sideEffects.append({position, effect.line, put(effect.text.toUtf8()), put(effect.group.toUtf8()),
                                       put(normal.term.toUtf8()), put(normal.name.toUtf8()),
                                       put(normal.qualifier.toUtf8()),
                                       put(normal.synonym.toUtf8()), put(sideEffectFrequencyName(normal.frequency).toUtf8()),
                                       put(sideEffectBandName(normal.band).toUtf8()), put(normal.bodySystem.toUtf8()),
                                       put(normal.ingredient.toUtf8()), normal.isNote});
        }
    }
    record.indexColumns = fulltextindex::columnTexts(monograph.title, monograph.sections);
    return record;
}

} // namespace formulary
