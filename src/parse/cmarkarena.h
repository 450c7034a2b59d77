#pragma once

struct cmark_mem;

namespace formulary::markdown {

// Memory for the cmark-gfm documents that are parsed to be read and then
// dropped whole. cmark-gfm allocates every node and every string of a
// document on its own and frees them one by one: reading a page took a
// sixth longer that way. Here they are carved out of a few blocks that the
// thread keeps for its next page, and given back all at once.
//
// cmark_mem's functions take no context, so the memory is the calling
// thread's: a document parsed with it must be read, changed and dropped on
// the thread that parsed it. What it hands out lives until the last
// ArenaUse of the thread ends; free() gives back nothing before then.
class ArenaUse
{
public:
    ArenaUse();
    ~ArenaUse();
    ArenaUse(const ArenaUse &) = delete;
    ArenaUse &operator=(const ArenaUse &) = delete;

    // The allocator to give cmark_parser_new_with_mem().
    static cmark_mem *allocator();
};

} // namespace formulary::markdown
