#pragma once

#include "search/nameindex.h"
#include "search/searchquery.h"
#include "search/searchtopics.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace formulary {

// A query that names a drug and asks something of it: "clonazepam dose",
// "side effects of cefuroxime", "oxybutynin pregnancy". The drug is then
// the first result, opened on the section asked for.
struct QueryIntent
{
    quint32 drug = 0;                 // NameIndex index
    QStringList nameWords;            // the words that name it
    QStringList askedWords;           // the rest, joining words left out
    std::optional<SearchTopic> topic; // when the rest is topics alone: the first
};

// The drug: the longest run of words at the start or the end of the query
// that names one exactly, or, when the rest is a topic, a name it begins or
// misspells as the name search finds them, when that finds one alone.
// Nothing when the query is a name itself or names no drug.
std::optional<QueryIntent> understandQuery(const SearchQuery &query, const NameIndex &names);

// Which of a drug's sections the intent asks for, as an index into
// `sections`, or -1: the topic's kind of section; for a question topic
// (alcohol, pregnancy…), the FAQs or the section that mentions it, else
// Precautions; for other words, the section that holds most of them.
int askedSection(const QueryIntent &intent, const QList<Section> &sections);

} // namespace formulary
