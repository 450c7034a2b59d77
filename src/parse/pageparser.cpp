#include "parse/pageparser.h"

#include "parse/faqextractor.h"
#include "parse/frontmatter.h"
#include "parse/markdown.h"
#include "parse/sectionkind.h"
#include "parse/sideeffectextractor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmark-gfm.h>
#include <optional>

namespace formulary {
namespace {

// The messages' context in the translations.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(PageParser)
};

// A heading, bold label or title that starts a part of the page. Lines are
// 1-based lines of the Markdown body.
struct Marker
{
    enum class Type { Title, Section, Ingredient };
    Type type = Type::Section;
    SectionKind kind = SectionKind::Other;
    QString heading;
    QString ingredient;
    int headingLevel = 0; // 0 for a bold label
    int startLine = 0;
    int contentLine = 0;   // where the section's own text begins
    int contentColumn = 0; // 1-based byte column on contentLine; 0 = whole line
    int indent = 0;        // columns of list-item indentation to take off the lines after the first
    QList<cmark_node *> blocks;
};

int startLine(cmark_node *node)
{
    return cmark_node_get_start_line(node);
}
int endLine(cmark_node *node)
{
    return cmark_node_get_end_line(node);
}

// cmark-gfm extends a setext heading's end to the end of the block after it;
// the heading ends, at the latest, on the line before its next sibling.
int headingEndLine(cmark_node *heading)
{
    cmark_node *next = cmark_node_next(heading);
    return next ? std::min(endLine(heading), std::max(startLine(heading), startLine(next) - 1)) : endLine(heading);
}

QString text(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8).simplified();
}

// A title's letters and digits, lower case: "Amoxicillin + Clavulanic Acid"
// and "amoxicillin/clavulanic acid" name the same page.
QString foldedTitle(const QString &title)
{
    QString folded;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

// A line of a list item's text, less up to `columns` of the item's indentation
// (a tab reaching to the next multiple of four), so that it reads as Markdown
// of its own.
QByteArrayView withoutIndent(QByteArrayView line, int columns)
{
    int column = 0;
    qsizetype taken = 0;
    while (taken < line.size() && column < columns) {
        const char c = line.at(taken);
        const int width = c == ' ' ? 1 : c == '\t' ? 4 - column % 4 : 0;
        if (width == 0 || column + width > columns)
            break;
        column += width;
        ++taken;
    }
    return line.sliced(taken);
}

QString withoutTrailingColon(QString label)
{
    label = label.trimmed();
    while (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

// Where the text after a label's colon starts: the byte column on its line.
std::optional<QPair<int, int>> positionAfterColon(cmark_node *parent)
{
    for (cmark_node *child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
        if (cmark_node_get_type(child) == CMARK_NODE_TEXT) {
            const QByteArray literal(cmark_node_get_literal(child));
            const int colon = int(literal.indexOf(':'));
            if (colon >= 0 && cmark_node_get_start_column(child) > 0)
                return QPair<int, int>(startLine(child), cmark_node_get_start_column(child) + colon + 1);
        } else if (markdown::inlineText(child).contains(':') && cmark_node_get_end_column(child) > 0) {
            cmark_node *next = cmark_node_next(child);
            // "**Usage**: text": the colon follows the bold label.
            if (next && cmark_node_get_type(next) == CMARK_NODE_TEXT && cmark_node_get_literal(next)[0] == ':')
                return QPair<int, int>(startLine(next), cmark_node_get_start_column(next) + 1);
            return QPair<int, int>(endLine(child), cmark_node_get_end_column(child) + 1);
        }
    }
    return std::nullopt;
}

bool isStandaloneStrong(cmark_node *paragraph)
{
    cmark_node *first = cmark_node_first_child(paragraph);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return false;
    for (cmark_node *rest = cmark_node_next(first); rest; rest = cmark_node_next(rest)) {
        if (cmark_node_get_type(rest) != CMARK_NODE_TEXT
            || !QByteArray(cmark_node_get_literal(rest)).trimmed().isEmpty())
            return false;
    }
    return true;
}

// The ingredients named by a combination title ("A + B + C").
QStringList titleComponents(const QString &title)
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?:\\+|,|&|\\band\\b|/)\\s*"));
    QStringList components;
    for (const QString &part : title.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().size() >= 3)
            components.append(part.trimmed().toLower());
    }
    return components;
}

// True when `label` ("2. Cetirizine:", "Paracetamol (Acetaminophen)") names
// one of the title's ingredients: such a label heads that ingredient's sections.
bool namesIngredient(const QString &label, const QStringList &components)
{
    static const QRegularExpression numbering(QStringLiteral("^\\s*\\d+[.)]\\s*"));
    static const QRegularExpression parenthetical(QStringLiteral("\\([^)]*\\)"));
    QString core = withoutTrailingColon(label).toLower();
    core.remove(numbering);
    core.remove(parenthetical);
    core = core.simplified();
    // A name, not a sentence that happens to mention one.
    if (core.size() < 3 || core.count(QLatin1Char(' ')) >= 5)
        return false;
    for (const QString &component : components) {
        if (core.contains(component) || component.contains(core))
            return true;
    }
    return false;
}

class BodyParser
{
public:
    BodyParser(const QByteArray &body, int firstLine, const QString &title)
        : m_body(body)
        , m_firstLine(firstLine)
        , m_frontMatterTitle(title)
    {
        m_lines = body.split('\n');
    }

    void run(Monograph &monograph);

private:
    int fileLine(int bodyLine) const { return bodyLine + m_firstLine - 1; }
    void walk(cmark_node *root);
    bool startsSection(cmark_node *node);
    std::optional<Marker> boldLabel(cmark_node *paragraph) const;
    bool startsSectionList(cmark_node *list);
    void beginSection(Marker marker);
    bool takeIngredientLabel();
    QString slice(int fromLine, int fromColumn, int toLine, int indent = 0) const;
    void reportRawHtml(cmark_node *node);

    const QByteArray &m_body;
    const int m_firstLine;
    QString m_frontMatterTitle;
    QList<QByteArray> m_lines;
    QList<Marker> m_markers;
    QList<ParseMessage> m_warnings;
    QStringList m_components;

    QString m_ingredient;
    int m_ingredientLevel = 0;
    int m_ingredientCount = 0;
    QSet<SectionKind> m_firstIngredientKinds;
};

void BodyParser::walk(cmark_node *root)
{
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        reportRawHtml(node);
        if (startsSection(node) || startsSectionList(node))
            continue;
        // Blocks before the first marker are part of the introduction, which
        // is sliced from the lines directly.
        if (!m_markers.isEmpty())
            m_markers.last().blocks.append(node);
    }
}

void BodyParser::reportRawHtml(cmark_node *node)
{
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(current);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
            int line = startLine(current);
            if (line == 0)
                line = startLine(node);
            m_warnings.append({fileLine(line), Messages::tr("raw HTML is shown as text, not interpreted")});
            break; // one message per block is enough
        }
    }
    cmark_iter_free(iter);
}

bool BodyParser::startsSection(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) {
        const QString headingText = text(markdown::inlineText(node));
        const int level = cmark_node_get_heading_level(node);
        const bool anySection = std::any_of(m_markers.cbegin(), m_markers.cend(),
                                            [](const Marker &m) { return m.type != Marker::Type::Title; });
        const bool titleSeen = std::any_of(m_markers.cbegin(), m_markers.cend(),
                                           [](const Marker &m) { return m.type == Marker::Type::Title; });
        if (level == 1 && !titleSeen && !anySection) {
            Marker title;
            title.type = Marker::Type::Title;
            title.heading = headingText;
            title.startLine = startLine(node);
            title.contentLine = headingEndLine(node) + 1;
            m_markers.append(title);
            return true;
        }
        Marker marker;
        marker.headingLevel = level;
        marker.startLine = startLine(node);
        marker.contentLine = headingEndLine(node) + 1;
        if (const auto label = matchSectionLabel(headingText, LabelStyle::Heading)) {
            marker.kind = label->kind;
            marker.heading = label->hasColon ? withoutTrailingColon(headingText.left(label->labelLength))
                                             : withoutTrailingColon(headingText);
            if (label->hasColon) {
                if (const auto after = positionAfterColon(node); after && after->first == marker.startLine) {
                    marker.contentLine = after->first;
                    marker.contentColumn = after->second;
                }
            }
        } else if (const auto qualified = matchQualifiedSectionLabel(headingText);
                   qualified && namesIngredient(qualified->qualifier, m_components)) {
            // A heading that names its ingredient and a section ("### Cefixime Usage").
            marker.kind = qualified->kind;
            marker.heading = withoutTrailingColon(headingText);
            marker.ingredient = qualified->qualifier;
        } else {
            // A deeper heading that names no section is a sub-heading of the
            // current one ("#### Is it safe?" under "### FAQs").
            if (!m_markers.isEmpty() && m_markers.last().type == Marker::Type::Section
                && m_markers.last().headingLevel > 0 && level > m_markers.last().headingLevel)
                return false;
            marker.kind = SectionKind::Other;
            marker.heading = withoutTrailingColon(headingText);
        }
        beginSection(marker);
        return true;
    }

    if (type != CMARK_NODE_PARAGRAPH)
        return false;
    cmark_node *first = cmark_node_first_child(node);
    if (!first)
        return false;
    const cmark_node_type firstType = cmark_node_get_type(first);
    // Enough of the paragraph to recognise "Disclaimer:" (may end mid-character).
    const QString paragraphStart = text(markdown::inlineTextPrefix(node, 64));

    if (firstType == CMARK_NODE_STRONG) {
        if (const auto marker = boldLabel(node)) {
            beginSection(*marker);
            // "**Side Effects:** Common ones include nausea…": the list that
            // follows the label in its own paragraph is the section's too.
            if (marker->kind == SectionKind::SideEffects && !isStandaloneStrong(node) && !m_markers.isEmpty())
                m_markers.last().blocks.append(node);
            return true;
        }
    }
    // A closing notice written as "*Disclaimer: …*" or plain "Disclaimer: …":
    // the whole paragraph, label included, is the disclaimer's text.
    if (const auto match = matchSectionLabel(paragraphStart, LabelStyle::BoldLabel);
        match && match->kind == SectionKind::Disclaimer && match->hasColon) {
        Marker marker;
        marker.kind = SectionKind::Disclaimer;
        marker.heading = sectionKindTitle(SectionKind::Disclaimer);
        marker.startLine = startLine(node);
        marker.contentLine = startLine(node);
        beginSection(marker);
        return true;
    }
    return false;
}

// A paragraph that opens with a section's bold label ("**Usage:** …").
std::optional<Marker> BodyParser::boldLabel(cmark_node *paragraph) const
{
    cmark_node *first = cmark_node_first_child(paragraph);
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return std::nullopt;
    const QString label = text(markdown::inlineText(first));
    const auto match = matchSectionLabel(label, LabelStyle::BoldLabel);
    if (!match || !label.mid(match->labelLength).trimmed().remove(QLatin1Char(':')).isEmpty())
        return std::nullopt;
    Marker marker;
    marker.kind = match->kind;
    marker.heading = withoutTrailingColon(label);
    marker.startLine = startLine(paragraph);
    marker.contentLine = endLine(first);
    marker.contentColumn = cmark_node_get_end_column(first) + 1;
    cmark_node *next = cmark_node_next(first);
    if (next && cmark_node_get_type(next) == CMARK_NODE_TEXT && cmark_node_get_literal(next)[0] == ':')
        marker.contentColumn += 1;
    if (cmark_node_get_end_column(first) <= 0) { // no inline position: keep the whole paragraph
        marker.contentLine = marker.startLine;
        marker.contentColumn = 0;
    }
    return marker;
}

// Some pages write the whole monograph as one list whose items open with
// section labels ("* **Usage:** …", "* **FAQs:**" over a nested list of
// questions). Such a list, with labels of at least two kinds, is split into
// its sections; an item without a label stays with the section before it.
bool BodyParser::startsSectionList(cmark_node *list)
{
    if (cmark_node_get_type(list) != CMARK_NODE_LIST)
        return false;
    QSet<SectionKind> kinds;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        if (cmark_node *paragraph = cmark_node_first_child(item);
            paragraph && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH) {
            if (const auto marker = boldLabel(paragraph))
                kinds.insert(marker->kind);
        }
    }
    if (kinds.size() < 2)
        return false;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node *paragraph = cmark_node_first_child(item);
        std::optional<Marker> marker;
        if (paragraph && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH)
            marker = boldLabel(paragraph);
        if (!marker) {
            if (!m_markers.isEmpty())
                m_markers.last().blocks.append(item);
            continue;
        }
        marker->startLine = startLine(item);
        marker->indent = cmark_node_get_start_column(paragraph) - 1;
        beginSection(*marker);
        for (cmark_node *block = cmark_node_next(paragraph); block; block = cmark_node_next(block))
            m_markers.last().blocks.append(block);
    }
    return true;
}

// Turns the block just before a section into the label of the ingredient the
// sections that follow describe, when it names one. Returns whether it did.
bool BodyParser::takeIngredientLabel()
{
    if (m_markers.isEmpty())
        return false;
    Marker &previous = m_markers.last();
    QString label;
    int level = 0;
    if (previous.type == Marker::Type::Section && previous.kind == SectionKind::Other && previous.blocks.isEmpty()
        && previous.headingLevel > 0 && namesIngredient(previous.heading, m_components)) {
        // An empty heading naming an ingredient ("### Amitriptyline").
        previous.type = Marker::Type::Ingredient;
        label = previous.heading;
        level = previous.headingLevel;
    } else if (!previous.blocks.isEmpty() && cmark_node_get_type(previous.blocks.last()) == CMARK_NODE_PARAGRAPH
               && isStandaloneStrong(previous.blocks.last())) {
        cmark_node *paragraph = previous.blocks.last();
        const QString candidate = text(markdown::inlineText(paragraph));
        if (!namesIngredient(candidate, m_components))
            return false;
        // A bold line naming an ingredient ("**1. Caffeine:**").
        previous.blocks.removeLast();
        Marker ingredient;
        ingredient.type = Marker::Type::Ingredient;
        ingredient.heading = withoutTrailingColon(candidate);
        ingredient.startLine = startLine(paragraph);
        ingredient.contentLine = endLine(paragraph) + 1;
        m_markers.append(ingredient);
        label = ingredient.heading;
    } else {
        return false;
    }
    m_ingredient = label;
    m_ingredientLevel = level;
    ++m_ingredientCount;
    return true;
}

void BodyParser::beginSection(Marker marker)
{
    if (!marker.ingredient.isEmpty()) {
        // The section names its own ingredient, which ends any earlier label.
        m_ingredient.clear();
        m_markers.append(marker);
        return;
    }
    // A label just taken always applies to the section after it, so it is
    // never lost; an older one ends where the repetition evidently does.
    const bool freshLabel = marker.kind != SectionKind::Other && takeIngredientLabel();
    if (!freshLabel && !m_ingredient.isEmpty()) {
        const bool outranks = m_ingredientLevel > 0 && marker.headingLevel > 0
                              && marker.headingLevel <= m_ingredientLevel;
        const bool foreignKind = m_ingredientCount >= 2 && !m_firstIngredientKinds.contains(marker.kind);
        if (marker.kind == SectionKind::Other || marker.kind == SectionKind::Disclaimer || outranks || foreignKind)
            m_ingredient.clear();
    }
    if (!m_ingredient.isEmpty()) {
        marker.ingredient = m_ingredient;
        if (m_ingredientCount == 1)
            m_firstIngredientKinds.insert(marker.kind);
    }
    m_markers.append(marker);
}

QString BodyParser::slice(int fromLine, int fromColumn, int toLine, int indent) const
{
    QByteArray out;
    for (int line = std::max(fromLine, 1); line <= toLine && line <= m_lines.size(); ++line) {
        const QByteArray &bytes = m_lines.at(line - 1);
        if (line == fromLine && fromColumn > 1)
            out += bytes.mid(fromColumn - 1).trimmed();
        else if (line != fromLine && indent > 0)
            out += withoutIndent(bytes, indent);
        else
            out += bytes;
        out += '\n';
    }
    // Trim blank lines at both ends, keep everything in between as written.
    QString result = QString::fromUtf8(out);
    int begin = 0;
    while (begin < result.size() && (result.at(begin) == QLatin1Char('\n')))
        ++begin;
    int end = int(result.size());
    while (end > begin && result.at(end - 1).isSpace())
        --end;
    // Lines that are only whitespace at the start count as blank too.
    QString trimmed = result.mid(begin, end - begin);
    while (!trimmed.isEmpty()) {
        const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
        if (newline < 0 || !QStringView(trimmed).left(newline).trimmed().isEmpty())
            break;
        trimmed.remove(0, newline + 1);
    }
    return trimmed;
}

void BodyParser::run(Monograph &monograph)
{
    markdown::Document document(m_body);
    m_components = titleComponents(m_frontMatterTitle);
    for (cmark_node *node = cmark_node_first_child(document.root()); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 1) {
            if (m_components.isEmpty())
                m_components = titleComponents(text(markdown::inlineText(node)));
            break;
        }
    }
    walk(document.root());

    const int lastLine = int(m_lines.size());
    // The introduction: everything before the first section, less the title.
    int firstSectionLine = lastLine + 1;
    QString title;
    int titleStart = 0, titleEnd = -1;
    for (const Marker &marker : std::as_const(m_markers)) {
        if (marker.type == Marker::Type::Title) {
            title = marker.heading;
            titleStart = marker.startLine;
            titleEnd = marker.contentLine - 1;
        } else {
            firstSectionLine = marker.startLine;
            break;
        }
    }
    QString preamble;
    // A heading that names the page otherwise than its front matter does
    // stays on the page, as the first line of its introduction.
    const bool titleDiffers = titleStart > 0 && !monograph.title.isEmpty()
                              && foldedTitle(title) != foldedTitle(monograph.title);
    if (titleDiffers)
        m_warnings.append(
            {fileLine(titleStart), Messages::tr("the heading '%1' differs from the front matter's title '%2'; "
                                                "kept in the introduction")
                                       .arg(title, monograph.title)});
    if (titleStart > 0 && !titleDiffers) {
        const QString before = slice(1, 0, titleStart - 1);
        const QString after = slice(titleEnd + 1, 0, firstSectionLine - 1);
        preamble = before.isEmpty() ? after : after.isEmpty() ? before : before + QLatin1String("\n\n") + after;
    } else {
        preamble = slice(1, 0, firstSectionLine - 1);
    }
    if (!preamble.isEmpty()) {
        Section section;
        section.kind = SectionKind::Preamble;
        section.heading = QString();
        section.markdown = preamble;
        section.line = fileLine(titleStart == 1 && !titleDiffers ? titleEnd + 1 : 1);
        m_warnings.append({section.line, Messages::tr("text before the first section is kept as the introduction")});
        monograph.sections.append(section);
    }
    if (title.isEmpty())
        m_warnings.append(
            {0, Messages::tr("no '# Title' heading; the title comes from the front matter or the file name")});
    if (monograph.title.isEmpty())
        monograph.title = title;

    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &marker = m_markers.at(i);
        if (marker.type != Marker::Type::Section)
            continue;
        const int nextStart = i + 1 < m_markers.size() ? m_markers.at(i + 1).startLine : lastLine + 1;
        Section section;
        section.kind = marker.kind;
        section.heading = marker.heading;
        section.ingredient = marker.ingredient;
        section.line = fileLine(marker.startLine);
        section.markdown = slice(marker.contentLine, marker.contentColumn, nextStart - 1, marker.indent);
        if (marker.kind == SectionKind::Other) {
            m_warnings.append(
                {section.line,
                 Messages::tr("'%1' is not a standard section; kept under its own heading").arg(marker.heading)});
        } else if (marker.kind == SectionKind::Faqs) {
            section.faqs = extractFaqs(marker.blocks, m_firstLine - 1, &m_warnings);
            if (section.faqs.isEmpty() && !section.markdown.isEmpty())
                m_warnings.append(
                    {section.line, Messages::tr("no questions recognised in this FAQs section; kept as text")});
        } else if (marker.kind == SectionKind::SideEffects) {
            section.sideEffects = extractSideEffects(marker.blocks, m_firstLine - 1, marker.ingredient,
                                                     titleIngredients(monograph.title));
        }
        monograph.sections.append(section);
    }
    std::stable_sort(m_warnings.begin(), m_warnings.end(),
                     [](const ParseMessage &a, const ParseMessage &b) { return a.line < b.line; });
    monograph.warnings += m_warnings;
}

// Line of the first byte that is not valid UTF-8, or 0 when all is valid.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    if (bytes.isValidUtf8())
        return 0;
    int line = 1;
    for (qsizetype start = 0; start < bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!QByteArrayView(bytes.constData() + start, end - start).isValidUtf8())
            return line;
        start = end + 1;
    }
    return line;
}

} // namespace

QString PageParser::slugForPath(const QString &relativePath)
{
    const QString stem = QFileInfo(relativePath).completeBaseName().toLower();
    QString slug;
    for (const QChar c : stem) {
        // Letters and digits of any script, so that non-Latin names stay readable.
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug.isEmpty() ? QStringLiteral("page") : slug;
}

ParseResult PageParser::parse(const QByteArray &rawBytes, const QString &slug)
{
    ParseResult result;
    result.monograph.slug = slug;
    auto skip = [&result](int line, const QString &why) {
        result.skipped = true;
        result.skipReason = {line, why};
        return result;
    };

    if (rawBytes.size() > MaxFileSize)
        return skip(0, Messages::tr("file is larger than %1 MiB").arg(MaxFileSize / (1024 * 1024)));
    if (rawBytes.startsWith("\xFF\xFE") || rawBytes.startsWith("\xFE\xFF"))
        return skip(1, Messages::tr("file is UTF-16; save it as UTF-8"));
    QByteArray bytes = rawBytes;
    // Lines end in LF, CRLF or CR alike; counting lines below relies on it.
    if (bytes.contains('\r')) {
        bytes.replace("\r\n", "\n");
        bytes.replace('\r', '\n');
    }
    // A byte-order mark opens the file, or a line where files were joined.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.contains('\xEF')) // rare in text; spares a search of every page
        bytes.replace("\n\xEF\xBB\xBF", "\n");
    if (bytes.trimmed().isEmpty())
        return skip(0, Messages::tr("file is empty"));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return skip(int(bytes.left(nul).count('\n')) + 1,
                    Messages::tr("file contains a NUL byte; it is not a text page"));
    if (const int line = firstInvalidUtf8Line(bytes))
        return skip(line, Messages::tr("file is not valid UTF-8 (first bad byte on this line); save it as UTF-8"));

    if (const int line = markdown::firstLinkCrowdedBlockLine(bytes))
        return skip(line, Messages::tr("a paragraph of so many links among emphasis and code marks (up to this line) "
                                       "that reading it would take minutes"));

    const FrontMatter frontMatter = parseFrontMatter(bytes);
    result.monograph.frontMatter = frontMatter.entries;
    result.monograph.warnings += frontMatter.warnings;
    if (const int line = markdown::firstOverwideTableLine(bytes))
        result.monograph.warnings.append({line, Messages::tr("a table row of more than %1 cells; the tables of its "
                                                             "section are shown as the text they are written with")
                                                    .arg(markdown::MaxTableCells)});
    result.monograph.title = frontMatter.value(QStringLiteral("title")).trimmed();

    const QByteArray body = bytes.mid(frontMatter.bodyOffset);
    BodyParser(body, frontMatter.bodyStartLine, result.monograph.title).run(result.monograph);
    if (result.monograph.title.isEmpty())
        result.monograph.title = slug;

    const bool hasStandardSection = std::any_of(
        result.monograph.sections.cbegin(), result.monograph.sections.cend(), [](const Section &section) {
            return section.kind != SectionKind::Preamble && section.kind != SectionKind::Other
                   && section.kind != SectionKind::Disclaimer;
        });
    if (!hasStandardSection) {
        QString start;
        for (const Section &section : std::as_const(result.monograph.sections)) {
            if (!section.markdown.isEmpty()) {
                start = section.markdown.simplified().left(60);
                break;
            }
        }
        return skip(frontMatter.bodyStartLine,
                    Messages::tr("no recognisable section (Usage, Dosage, Side Effects, …); the page begins: \"%1…\"")
                        .arg(start));
    }
    return result;
}

} // namespace formulary
