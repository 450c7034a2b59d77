#pragma once

#include "parse/monograph.h"
#include "store/fulltextindex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace formulary {

// A monograph turned into the values its database rows hold: UTF-8, the
// compressed text, keys. Built on the parsing threads so that the single
// writer only binds values. Its strings are kept end to end in one buffer:
// a record is dropped on the writer's thread, where each allocation made on
// another thread is slow to free (a second of the writer's time at 100k
// pages, when every string was an allocation of its own).
struct MonographRecord
{
    // Where one string lies in `strings`.
    struct Span
    {
        qsizetype offset = 0, size = 0;
    };
    struct SectionRow
    {
        Span kind, heading, ingredient;
        qint64 line = 0, textOffset = 0, textLength = 0;
    };
    struct FaqRow
    {
        qint64 sectionPosition = 0, line = 0, answerOffset = 0, answerLength = 0;
        Span question;
    };
    struct SideEffectRow
    {
        qint64 sectionPosition = 0, line = 0;
        Span text, group;
        Span term, name, qualifier, synonym, frequency, band, bodySystem, ingredient;
        bool isNote = false;
    };

    QByteArray strings;
    Span slug, title, nameKey, genericName, frontMatterJson, warningsJson;
    QByteArray packedText;
    QList<SectionRow> sections;
    QList<FaqRow> faqs;
    QList<SideEffectRow> sideEffects;
    fulltextindex::ColumnTexts indexColumns;

    QByteArrayView text(Span where) const { return QByteArrayView(strings).sliced(where.offset, where.size); }

    static MonographRecord from(const Monograph &monograph);
};

} // namespace formulary
