// NodeIndex: the nodes of a graph by id, for KnowledgeGraph.
//
// An open-addressing hash table (linear probing) of node numbers that keeps
// no copy of the ids: it asks `id_of(n)` for node n's id when it needs one.
// 8 bytes a slot, at most 70% full: about 12 bytes a node, where an
// unordered_map<std::string, Vertex> spent a list node, a copy of the id
// and a bucket (~100 bytes).
//
//   NodeIndex index;
//   auto id_of = [&](size_t n) -> std::string_view { return graph[n].id; };
//   index.Insert(n, id_of);                   // node n's id must be new
//   std::optional<size_t> n = index.Find("author:Y._Wu", id_of);
//
// A caller that knows ids ahead may hash them ahead, on another thread, and
// look up by tag (TagOf(id)): FindTagged(tag, same) asks `same(n)` whether
// node n, whose tag matches, is the one sought; Prefetch(tag) starts loading
// the slot a later lookup of that tag reads first, and Probable(tag) says
// which node that slot holds, once it is loaded.
//
// Node numbers are below 2^32 - 1.
#ifndef PAPERGRAPH_CORE_NODE_INDEX_H_
#define PAPERGRAPH_CORE_NODE_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace papergraph {

class NodeIndex {
 public:
  // Adds node n, whose id no indexed node has.
  template <typename IdOf>
  void Insert(size_t n, IdOf id_of) {
    InsertTagged(n, TagOf(id_of(n)));
  }

  template <typename IdOf>
  std::optional<size_t> Find(std::string_view id, IdOf id_of) const {
    return FindTagged(TagOf(id), [&](size_t n) { return id_of(n) == id; });
  }

  // The tag of an id: the upper 32 bits of its hash.
  static uint64_t TagOf(std::string_view id) {
    return std::hash<std::string_view>()(id) & ~kNodeMask;
  }

  // Insert of node n whose id has tag `tag`.
  void InsertTagged(size_t n, uint64_t tag) {
    if ((size_ + 1) * 10 > slots_.size() * 7) Rehash(std::max(kMinSlots, slots_.size() * 2));
    Place(tag | (static_cast<uint64_t>(n) + 1));
    ++size_;
  }

  // The node n with tag `tag` for which same(n) holds, if any.
  template <typename Same>
  std::optional<size_t> FindTagged(uint64_t tag, Same same) const {
    if (slots_.empty()) return std::nullopt;
    size_t mask = slots_.size() - 1;
    for (size_t i = Start(tag); ; i = (i + 1) & mask) {
      uint64_t slot = slots_[i];
      if (slot == 0) return std::nullopt;
      size_t n = static_cast<size_t>(slot & kNodeMask) - 1;
      if ((slot & ~kNodeMask) == tag && same(n)) return n;
    }
  }

  void Prefetch(uint64_t tag) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Start(tag)]);
  }
  // The node of the slot where the probe of `tag` starts, if its tag is
  // `tag`: most likely the node sought, for the caller to prefetch.
  std::optional<size_t> Probable(uint64_t tag) const {
    if (slots_.empty()) return std::nullopt;
    uint64_t slot = slots_[Start(tag)];
    if (slot == 0 || (slot & ~kNodeMask) != tag) return std::nullopt;
    return static_cast<size_t>(slot & kNodeMask) - 1;
  }

 private:
  // A slot: a tag (the upper 32 bits of the id's hash), then node + 1 (0:
  // empty). The tag also says where the slot's probe starts, so growing the
  // table moves slots without reading any id again (at a million nodes, ids
  // are cache misses).
  static constexpr uint64_t kNodeMask = 0xFFFFFFFFu;
  static constexpr size_t kMinSlots = 16;

  size_t Start(uint64_t slot) const { return static_cast<size_t>(slot >> 32) & (slots_.size() - 1); }

  void Place(uint64_t slot) {
    size_t mask = slots_.size() - 1;
    size_t i = Start(slot);
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }

  void Rehash(size_t slots) {
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(slots, 0);
    for (uint64_t slot : old) {
      if (slot != 0) Place(slot);
    }
  }

  std::vector<uint64_t> slots_;  // a power of two long, or empty
  size_t size_ = 0;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_NODE_INDEX_H_
