#include "extractors/key_prefix_table.h"

#include <cstring>

namespace papergraph {
namespace {

constexpr int kFilterBits = 19;  // 64 KiB of filter, most of it zero

}  // namespace

void KeyPrefixTable::Build(const std::unordered_map<std::string, size_t>& values) {
  struct Prefix {
    uint32_t value = kNoValue;
    bool longer = false;
  };
  std::unordered_map<std::string, Prefix> prefixes;
  for (const auto& [key, value] : values) {
    prefixes[key].value = static_cast<uint32_t>(value);
    for (size_t size = 0; size < key.size(); ++size) prefixes[key.substr(0, size)].longer = true;
  }
  size_t capacity = 16;
  while (capacity < 2 * prefixes.size()) capacity *= 2;
  slots_.assign(capacity, Slot());
  bytes_.clear();
  filter_.assign((size_t{1} << kFilterBits) / 64, 0);
  for (const auto& [key, prefix] : prefixes) {
    uint64_t hash = Hash(key);
    uint64_t mixed = Mix(hash);
    uint64_t bit = mixed >> (64 - kFilterBits);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    size_t i = mixed & (capacity - 1);
    while (slots_[i].used) i = (i + 1) & (capacity - 1);
    slots_[i] = {hash, static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(key.size()),
                 prefix.value, true, prefix.longer};
    bytes_ += key;
  }
}

KeyPrefixTable::Found KeyPrefixTable::Find(std::string_view key, uint64_t hash) const {
  if (slots_.empty()) return {};
  uint64_t mixed = Mix(hash);
  uint64_t bit = mixed >> (64 - kFilterBits);
  if (!(filter_[bit / 64] >> (bit % 64) & 1)) return {};
  size_t mask = slots_.size() - 1;
  for (size_t i = mixed & mask; slots_[i].used; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash == hash && slot.size == key.size() &&
        std::memcmp(bytes_.data() + slot.begin, key.data(), key.size()) == 0) {
      return {slot.value, slot.longer};
    }
  }
  return {};
}

}  // namespace papergraph
