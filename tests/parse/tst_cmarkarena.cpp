// The memory cmark-gfm documents are parsed into when a page is read: what
// it hands out, how it grows, that it is reused, and that a tree parsed into
// it is the tree cmark-gfm's own allocator gives.
#include "parse/cmarkarena.h"
#include "parse/markdown.h"

#include <QtConcurrent>
#include <QtTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <numeric>

using namespace formulary::markdown;

namespace {

bool isAligned(const void *pointer)
{
    return reinterpret_cast<std::uintptr_t>(pointer) % alignof(std::max_align_t) == 0;
}

bool isFilledWith(const void *pointer, size_t size, unsigned char value)
{
    const auto *bytes = static_cast<const unsigned char *>(pointer);
    return std::all_of(bytes, bytes + size, [value](unsigned char byte) { return byte == value; });
}

// The tree as cmark-gfm describes it, with source positions.
QByteArray describe(cmark_node *root)
{
    cmark_mem *memory = cmark_get_default_mem_allocator();
    char *xml = cmark_render_xml_with_mem(root, CMARK_OPT_SOURCEPOS, memory);
    QByteArray description(xml);
    memory->free(xml);
    return description;
}

// The tree cmark-gfm's own allocator gives for what markdown::Document reads.
QByteArray describeWithDefaultAllocator(const QByteArray &utf8)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension("table"));
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    QByteArray description = describe(root);
    cmark_node_free(root);
    return description;
}

// A page with every kind of block the pages use, a table, and a paragraph
// larger than the arena's blocks.
QByteArray samplePage(int index, int words = 20000)
{
    QByteArray page = "# Examplamine " + QByteArray::number(index)
                      + "\n\n### Usage:\nTreats *this* and **that**.\n\n"
                        "* one\n* two [link](https://example.org)\n  1. nested\n\n"
                        "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n```\ncode\n```\n\n<div>html</div>\n\n";
    for (int i = 0; i < words; ++i)
        page += "word" + QByteArray::number(i % 97) + (i % 13 ? " " : "\n");
    return page + "\n\n**Disclaimer:** the end.\n";
}

} // namespace

class TestCmarkArena : public QObject
{
    Q_OBJECT

private slots:
    void allocationsAreAlignedZeroedAndApart()
    {
        const ArenaUse use;
        cmark_mem *memory = ArenaUse::allocator();
        QList<std::pair<unsigned char *, size_t>> handedOut;
        for (size_t size : {size_t(1), size_t(7), size_t(16), size_t(100), size_t(4096), size_t(70000), size_t(1),
                            size_t(300000), size_t(33)}) {
            auto *bytes = static_cast<unsigned char *>(memory->calloc(1, size));
            QVERIFY(bytes);
            QVERIFY(isAligned(bytes));
            QVERIFY(isFilledWith(bytes, size, 0));
            std::memset(bytes, int(handedOut.size() + 1), size);
            handedOut.append({bytes, size});
        }
        for (int i = 0; i < handedOut.size(); ++i)
            QVERIFY2(isFilledWith(handedOut.at(i).first, handedOut.at(i).second, (unsigned char)(i + 1)),
                     qPrintable(QStringLiteral("allocation %1 was overwritten").arg(i)));
    }

    void reallocationKeepsTheContents_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allocateBetween");
        QTest::newRow("grows in place") << 100 << 5000 << false;
        QTest::newRow("grows after another allocation") << 100 << 5000 << true;
        QTest::newRow("grows past a block") << 1000 << 600000 << false;
        QTest::newRow("a large one grows") << 200000 << 900000 << true;
        QTest::newRow("shrinks") << 5000 << 10 << false;
    }

    void reallocationKeepsTheContents()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allocateBetween);
        const ArenaUse use;
        cmark_mem *memory = ArenaUse::allocator();
        void *bytes = memory->realloc(nullptr, size_t(from));
        std::memset(bytes, 0x5a, size_t(from));
        void *other = allocateBetween ? memory->calloc(1, 64) : nullptr;
        if (other)
            std::memset(other, 0x11, 64);
        bytes = memory->realloc(bytes, size_t(to));
        QVERIFY(isAligned(bytes));
        QVERIFY(isFilledWith(bytes, size_t(std::min(from, to)), 0x5a));
        std::memset(bytes, 0x77, size_t(to)); // all of it is writable
        if (other)
            QVERIFY(isFilledWith(other, 64, 0x11));
    }

    void theLastAllocationFreedIsGivenBack()
    {
        const ArenaUse use;
        cmark_mem *memory = ArenaUse::allocator();
        memory->calloc(1, 32);
        void *last = memory->calloc(1, 48);
        memory->free(last);
        QCOMPARE(memory->calloc(1, 48), last);
    }

    void memoryIsReusedOnceTheLastUseEnds()
    {
        void *first = nullptr;
        {
            const ArenaUse outer;
            first = ArenaUse::allocator()->calloc(1, 64);
            {
                const ArenaUse inner;
                ArenaUse::allocator()->calloc(1, 64);
            }
            // The outer use still holds its memory.
            QVERIFY(ArenaUse::allocator()->calloc(1, 64) != first);
        }
        const ArenaUse next;
        QCOMPARE(ArenaUse::allocator()->calloc(1, 64), first);
    }

    void aDocumentsTreeIsTheOneTheDefaultAllocatorGives()
    {
        const QByteArray page = samplePage(0);
        const QByteArray expected = describeWithDefaultAllocator(page);
        const Document outer(page);
        {
            // A second document at the same time, dropped first, leaves the
            // first one whole.
            const Document inner(samplePage(1));
            QCOMPARE(describe(inner.root()), describeWithDefaultAllocator(samplePage(1)));
        }
        QCOMPARE(describe(outer.root()), expected);
        // A page too large for the arena is parsed with cmark-gfm's own allocator.
        const QByteArray large = samplePage(2, 60000);
        QVERIFY(large.size() > 256 * 1024);
        QCOMPARE(describe(Document(large).root()), describeWithDefaultAllocator(large));
    }

    void documentsParsedOnManyThreadsAreWhole()
    {
        QList<int> indexes(64);
        std::iota(indexes.begin(), indexes.end(), 0);
        const QList<bool> same = QtConcurrent::blockingMapped(indexes, [](int index) {
            const QByteArray page = samplePage(index);
            const Document document(page);
            return describe(document.root()) == describeWithDefaultAllocator(page);
        });
        QVERIFY(!same.contains(false));
    }
};

QTEST_GUILESS_MAIN(TestCmarkArena)
#include "tst_cmarkarena.moc"
