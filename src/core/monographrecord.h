#pragma once

#include "fulltextindex.h"
#include "monograph.h"

#include <QByteArray>
#include <QList>

#include <array>

namespace formulary {

// A monograph turned into the values its database rows hold: UTF-8, the
// compressed text, keys. Built on the parsing threads so that the single
// writer only binds values.
struct MonographRecord
{
    struct SectionRow
    {
        QByteArray kind, heading, ingredient;
        qint64 line = 0, textOffset = 0, textLength = 0;
    };
    struct FaqRow
    {
        qint64 sectionPosition = 0, line = 0, answerOffset = 0, answerLength = 0;
        QByteArray question;
    };
    struct SideEffectRow
    {
        qint64 sectionPosition = 0;
        QByteArray term, group;
    };

    QByteArray slug, title, nameKey, genericName, frontMatterJson, warningsJson;
    QByteArray packedText;
    QList<SectionRow> sections;
    QList<FaqRow> faqs;
    QList<SideEffectRow> sideEffects;
    std::array<QByteArray, fulltextindex::ColumnCount> indexColumns;

    static MonographRecord from(const Monograph &monograph);
};

} // namespace formulary
