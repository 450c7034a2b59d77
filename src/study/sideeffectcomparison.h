#pragma once

#include "parse/monograph.h"
#include "parse/sideeffectterm.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace formulary {

class ContentDatabase;

// The side effects of a few drugs side by side: each term once, with what
// each drug's page says of it. The terms every drug lists come first, then
// those several list, then each drug's own, so that a student sees at once
// what the drugs have in common and what sets each apart.
class SideEffectComparison
{
public:
    // A drug as compared: its page's side effects as stored (notes included;
    // they are left out here).
    struct Drug
    {
        QString title;
        QString slug;
        QList<SideEffect> sideEffects;
    };

    // What one drug's page says of a term.
    struct Listing
    {
        // The classes it is listed under, in class order, each once;
        // Unspecified only when no label named one. Empty when not listed.
        QList<SideEffectFrequency> frequencies;
        QStringList texts; // the items as the page writes them, in page order, each once
        bool listed() const { return !texts.isEmpty(); }
    };

    enum class Group { Shared, Several, Own };

    struct Row
    {
        QString term; // the term's key, synonyms folded
        QString name; // the term's name, as the pages write it most
        Group group = Group::Own;
        QList<Listing> listings; // one per drug, in the drugs' order
        int listedBy() const;
    };

    // `folds`: variant key -> term key, as ContentDatabase::sideEffectSynonyms()
    // gives them. `names`: term key -> the name to show (the index's); a
    // term without one is named by its most written text among `drugs`.
    static SideEffectComparison compare(const QList<Drug> &drugs, const QHash<QString, QString> &folds,
                                        const QHash<QString, QString> &names = {});

    // The drugs of `slugs` (those the database has, each once, in the order
    // given) compared. Throws StorageError.
    static SideEffectComparison load(const ContentDatabase &database, const QStringList &slugs);

    const QList<Drug> &drugs() const { return m_drugs; }
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Drug> m_drugs;
    QList<Row> m_rows;
};

} // namespace formulary
