// Key prefix table: the folded keys of a lexicon's names and every proper
// prefix of them, for Lexicon::LookupFolded, which the entity extractor asks
// at almost every token. An open-addressing hash table over one buffer of key
// bytes with a bit filter in front (a clear bit answers most misses without
// touching the table), keyed by a hash a caller can extend token by token:
//
//   uint64_t h = KeyPrefixTable::Hash("gpt");
//   h = KeyPrefixTable::Hash("4o", h);  // == KeyPrefixTable::Hash("gpt4o")
//   KeyPrefixTable::Found f = table.Find("gpt4o", h);
#ifndef PAPERGRAPH_EXTRACTORS_KEY_PREFIX_TABLE_H_
#define PAPERGRAPH_EXTRACTORS_KEY_PREFIX_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace papergraph {

class KeyPrefixTable {
 public:
  static constexpr uint32_t kNoValue = UINT32_MAX;
  static constexpr uint64_t kSeed = 14695981039346656037ull;

  // FNV-1a over `bytes`, continuing from `hash`: Hash(a + b) == Hash(b, Hash(a)).
  static uint64_t Hash(std::string_view bytes, uint64_t hash = kSeed) {
    for (char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
  }

  // Replaces the contents with every key of `values` and its value, and
  // every proper prefix of a key that is no key itself, with kNoValue.
  void Build(const std::unordered_map<std::string, size_t>& values);

  // What `key` is: a key (its value) or only a prefix (kNoValue), and
  // whether a longer key starts with it. `hash` must be Hash(key). A key
  // that is neither gives {kNoValue, false}.
  struct Found {
    uint32_t value = kNoValue;
    bool longer = false;
  };
  Found Find(std::string_view key, uint64_t hash) const;

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t begin = 0;  // the key's bytes: bytes_[begin, begin + size)
    uint32_t size = 0;
    uint32_t value = kNoValue;
    bool used = false;
    bool longer = false;
  };
  static uint64_t Mix(uint64_t hash) { return (hash ^ (hash >> 29)) * 0xbf58476d1ce4e5b9ull; }

  std::vector<Slot> slots_;          // a power of two of them, at most half used
  std::string bytes_;                // every key's bytes, one after another
  std::vector<uint64_t> filter_;     // bit Mix(hash) >> (64 - kFilterBits) of every key
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_KEY_PREFIX_TABLE_H_
