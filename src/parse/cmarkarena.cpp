#include "parse/cmarkarena.h"

#include <cmark-gfm.h>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace formulary::markdown {
namespace {

// A page's tree fits in one or two blocks; a thread keeps this many for
// the next page and lets larger ones go.
constexpr size_t kBlockSize = 256 * 1024;
constexpr size_t kBlocksKept = 4;
// Every allocation is preceded by its size, and both stay aligned as
// malloc's would be.
constexpr size_t kAlignment = alignof(std::max_align_t);
constexpr size_t kHeader = kAlignment;

size_t roundUp(size_t size)
{
    return (size + kAlignment - 1) & ~(kAlignment - 1);
}

// What cmark-gfm's default allocator does when memory runs out; an
// exception must not cross its C frames.
char *newBlock(size_t size)
{
    void *data = std::malloc(size);
    if (!data)
        std::abort();
    return static_cast<char *>(data);
}

class Arena
{
public:
    ~Arena()
    {
        for (char *block : m_blocks)
            std::free(block);
        for (char *block : m_alone)
            std::free(block);
    }

    void *allocate(size_t size)
    {
        if (size > kBlockSize / 4)
            return allocateAlone(size);
        const size_t needed = kHeader + roundUp(size);
        if (m_current == m_blocks.size() || m_used + needed > kBlockSize) {
            if (m_current < m_blocks.size())
                ++m_current;
            if (m_current == m_blocks.size())
                m_blocks.push_back(newBlock(kBlockSize));
            m_used = 0;
        }
        char *start = m_blocks[m_current] + m_used;
        m_used += needed;
        m_last = start + kHeader;
        return place(start, size);
    }

    void *reallocate(void *pointer, size_t size)
    {
        if (!pointer)
            return allocate(size);
        char *bytes = static_cast<char *>(pointer);
        const size_t oldSize = sizeOf(bytes);
        if (size <= oldSize)
            return bytes;
        // A string grows at the end of what was handed out last, mostly: in place.
        if (bytes == m_last && size <= kBlockSize / 4) {
            const size_t start = size_t(bytes - m_blocks[m_current]);
            if (start + roundUp(size) <= kBlockSize) {
                m_used = start + roundUp(size);
                return place(bytes - kHeader, size);
            }
        }
        if (oldSize > kBlockSize / 4)
            return reallocateAlone(bytes, size);
        void *moved = allocate(size);
        std::memcpy(moved, bytes, oldSize);
        return moved;
    }

    void release(void *pointer)
    {
        // The last allocation is given back at once: a string freed right
        // after it was made leaves no hole.
        if (pointer && pointer == m_last) {
            m_used = size_t(m_last - kHeader - m_blocks[m_current]);
            m_last = nullptr;
        }
    }

    // Everything handed out is given back; the first blocks are kept for
    // the next document.
    void reset()
    {
        for (size_t i = kBlocksKept; i < m_blocks.size(); ++i)
            std::free(m_blocks[i]);
        if (m_blocks.size() > kBlocksKept)
            m_blocks.resize(kBlocksKept);
        for (char *block : m_alone)
            std::free(block);
        m_alone.clear();
        m_current = 0;
        m_used = 0;
        m_last = nullptr;
    }

    int users = 0;

private:
    static void *place(char *start, size_t size)
    {
        std::memcpy(start, &size, sizeof size);
        return start + kHeader;
    }

    static size_t sizeOf(const char *bytes)
    {
        size_t size;
        std::memcpy(&size, bytes - kHeader, sizeof size);
        return size;
    }

    // Large strings get blocks of their own, so that what is left of the
    // current block is still used.
    void *allocateAlone(size_t size)
    {
        if (size > SIZE_MAX - kHeader - kAlignment)
            std::abort();
        m_alone.push_back(newBlock(kHeader + size));
        return place(m_alone.back(), size);
    }

    void *reallocateAlone(char *bytes, size_t size)
    {
        if (size > SIZE_MAX - kHeader)
            std::abort();
        for (auto it = m_alone.rbegin(); it != m_alone.rend(); ++it) {
            if (*it + kHeader == bytes) {
                void *grown = std::realloc(*it, kHeader + size);
                if (!grown)
                    std::abort();
                *it = static_cast<char *>(grown);
                return place(*it, size);
            }
        }
        std::abort(); // not from this arena
    }

    std::vector<char *> m_blocks; // of kBlockSize bytes
    size_t m_current = 0;         // the block being filled; m_blocks.size() when none
    size_t m_used = 0;            // bytes used in it
    char *m_last = nullptr;       // the last allocation in it, while it may grow
    std::vector<char *> m_alone;  // one large allocation each
};

Arena &threadArena()
{
    static thread_local Arena arena;
    return arena;
}

void *arenaCalloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        std::abort();
    void *memory = threadArena().allocate(count * size);
    std::memset(memory, 0, count * size);
    return memory;
}

void *arenaRealloc(void *pointer, size_t size)
{
    return threadArena().reallocate(pointer, size);
}

void arenaFree(void *pointer)
{
    threadArena().release(pointer);
}

cmark_mem kArenaAllocator = {arenaCalloc, arenaRealloc, arenaFree};

} // namespace

ArenaUse::ArenaUse()
{
    ++threadArena().users;
}

ArenaUse::~ArenaUse()
{
    Arena &arena = threadArena();
    if (--arena.users == 0)
        arena.reset();
}

cmark_mem *ArenaUse::allocator()
{
    return &kArenaAllocator;
}

} // namespace formulary::markdown
