#include "extractors/lexicon.h"

#include <algorithm>
#include <cstring>

#include "core/text.h"

namespace papergraph {

extern const char kBuiltinLexiconTsv[];
extern const char kBuiltinCuesTsv[];

namespace {

// What a line declares: an entity, a generic word or a cue word.
enum class Role { kEntity, kGeneric, kCue };

bool ParseKind(std::string_view text, Role* role, EntityKind* kind) {
  if (text == "generic") {
    *role = Role::kGeneric;
    return true;
  }
  for (EntityKind k : {EntityKind::kModel, EntityKind::kMethod, EntityKind::kBenchmark}) {
    std::string name = EntityKindName(k);
    if (text == name || text == name + "-cue") {
      *role = text == name ? Role::kEntity : Role::kCue;
      *kind = k;
      return true;
    }
  }
  return false;
}

std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t pos; (pos = text.find(sep, start)) != std::string_view::npos; start = pos + 1) {
    parts.push_back(text.substr(start, pos - start));
  }
  parts.push_back(text.substr(start));
  return parts;
}

// A written name as the lexicon keeps it: NFC, whitespace collapsed.
std::string CleanName(std::string_view name) { return CollapseWhitespace(Nfc(name)); }

// Parses one non-comment line into `role` and `entry`, or returns what is
// wrong with it.
std::string ParseLine(std::string_view line, Role* role, LexiconEntry* entry) {
  std::vector<std::string_view> fields = Split(line, '\t');
  if (fields.size() < 2 || fields.size() > 3) {
    return "expected 'kind<TAB>canonical[<TAB>alias|alias...]', found " +
           std::to_string(fields.size()) + " field(s)";
  }
  std::string kind(CollapseWhitespace(fields[0]));
  if (!ParseKind(kind, role, &entry->kind)) {
    return "unknown kind '" + kind +
           "': expected model, method, benchmark, generic or <kind>-cue";
  }
  entry->canonical = CleanName(fields[1]);
  if (FoldKey(entry->canonical).empty()) {
    return "canonical name '" + entry->canonical + "' has no letter or digit";
  }
  if (fields.size() == 3) {
    for (std::string_view alias : Split(fields[2], '|')) {
      std::string name = CleanName(alias);
      if (FoldKey(name).empty()) return "empty alias in '" + std::string(fields[2]) + "'";
      entry->aliases.push_back(std::move(name));
    }
  }
  return "";
}

std::vector<std::string> Keys(const LexiconEntry& entry) {
  std::vector<std::string> keys{FoldKey(entry.canonical)};
  for (const std::string& alias : entry.aliases) keys.push_back(FoldKey(alias));
  return keys;
}

}  // namespace

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {  // branch-free, so that the compiler can vectorise it
    c = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
  return out;
}

const Lexicon& Lexicon::Builtin() {
  static const Lexicon kBuiltin = [] {
    Lexicon lexicon;
    Diagnostics ignored;  // tests/extractors/lexicon_test.cc keeps the data clean
    lexicon.AddTsv(kBuiltinLexiconTsv, "<builtin lexicon>", &ignored);
    lexicon.AddTsv(kBuiltinCuesTsv, "<builtin cues>", &ignored);
    return lexicon;
  }();
  return kBuiltin;
}

bool Lexicon::IsGeneric(std::string_view name) const { return generic_.count(FoldKey(name)) > 0; }

void Lexicon::AddTsv(std::string_view tsv, const std::string& source, Diagnostics* diagnostics) {
  int line_number = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (CollapseWhitespace(line).empty() || line.front() == '#') continue;
    Role role = Role::kEntity;
    LexiconEntry entry;
    std::string error = ParseLine(line, &role, &entry);
    if (!error.empty()) {
      diagnostics->push_back(
          {Diagnostic::Severity::kWarning, source, line_number, error + "; line skipped"});
      continue;
    }
    if (role == Role::kEntity) {
      AddEntity(std::move(entry), source, line_number, diagnostics);
      continue;
    }
    entry.aliases.insert(entry.aliases.begin(), entry.canonical);
    for (const std::string& word : entry.aliases) {
      if (role == Role::kGeneric) {
        generic_.insert(FoldKey(word));
      } else {
        if (!word.empty()) cues_.push_back({LowerAscii(word), entry.kind});
      }
    }
  }
  IndexCues();
  key_prefixes_.Build(by_key_);
}

// Entries that share a key with the new one are replaced by it.
void Lexicon::AddEntity(LexiconEntry entry, const std::string& source, int line_number,
                        Diagnostics* diagnostics) {
  std::vector<size_t> replaced;
  for (const std::string& key : Keys(entry)) {
    auto it = by_key_.find(key);
    if (it != by_key_.end() &&
        std::find(replaced.begin(), replaced.end(), it->second) == replaced.end()) {
      replaced.push_back(it->second);
    }
  }
  if (replaced.empty()) {
    for (const std::string& key : Keys(entry)) by_key_.emplace(key, entries_.size());
    entries_.push_back(std::move(entry));
    return;
  }
  std::sort(replaced.begin(), replaced.end());
  for (size_t index : replaced) {
    diagnostics->push_back({Diagnostic::Severity::kNote, source, line_number,
                            "'" + entry.canonical + "' replaces the earlier entry '" +
                                entries_[index].canonical + "'"});
  }
  entries_[replaced.front()] = std::move(entry);
  for (auto it = replaced.rbegin(); it + 1 != replaced.rend(); ++it) {
    entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(*it));
  }
  by_key_.clear();
  for (size_t i = 0; i < entries_.size(); ++i) {
    for (const std::string& key : Keys(entries_[i])) by_key_.emplace(key, i);
  }
}

namespace {

uint32_t TwoBytes(std::string_view s, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[at])) << 8 |
         static_cast<unsigned char>(s[at + 1]);
}

// The two bytes at p as one number, in the machine's byte order: the index
// of cue_pairs_, read with one load.
uint16_t PairAt(const char* p) {
  uint16_t pair;
  std::memcpy(&pair, p, 2);
  return pair;
}

// Bit k set when table[PairAt(p + k)] is, for k in 0..7: written out, so
// that each pair costs a load, a look-up, a shift and an or, no loop step.
uint64_t EightPairBits(const std::array<uint8_t, 1 << 16>& table, const char* p) {
  return uint64_t{table[PairAt(p)]} | uint64_t{table[PairAt(p + 1)]} << 1 |
         uint64_t{table[PairAt(p + 2)]} << 2 | uint64_t{table[PairAt(p + 3)]} << 3 |
         uint64_t{table[PairAt(p + 4)]} << 4 | uint64_t{table[PairAt(p + 5)]} << 5 |
         uint64_t{table[PairAt(p + 6)]} << 6 | uint64_t{table[PairAt(p + 7)]} << 7;
}

bool IsWideLead(char c) { return (static_cast<unsigned char>(c) & 0xF0) == 0xE0; }

// The bits of a three-byte UTF-8 sequence at s[at] (IsWideLead) that name
// its character.
uint32_t WideCharacter(std::string_view s, size_t at) {
  return (static_cast<uint32_t>(s[at]) & 0x0F) << 12 | (static_cast<uint32_t>(s[at + 1]) & 0x3F) << 6 |
         (static_cast<uint32_t>(s[at + 2]) & 0x3F);
}

bool HasBit(const std::array<uint64_t, (1 << 16) / 64>& bits, uint32_t k) {
  return bits[k / 64] >> (k % 64) & 1;
}

void SetBit(std::array<uint64_t, (1 << 16) / 64>* bits, uint32_t k) {
  (*bits)[k / 64] |= uint64_t{1} << (k % 64);
}

// Cues too short to be found by their second and third bytes: they are
// tried at every byte they may start.
bool IsShortCue(const std::string& word) { return word.size() < 3; }

}  // namespace

void Lexicon::IndexCues() {
  cue_start_.assign((1 << 16) + 1, 0);
  cue_order_.clear();
  short_cues_.clear();
  cue_pairs_.fill(0);
  cue_wide_starts_.fill(0);
  for (uint32_t i = 0; i < cues_.size(); ++i) {
    const std::string& word = cues_[i].word;
    if (IsShortCue(word)) {
      short_cues_.push_back(i);
      continue;
    }
    uint32_t key = TwoBytes(word, 0);
    ++cue_start_[key + 1];
    cue_pairs_[PairAt(word.data() + 1)] = 1;
    if (IsWideLead(word[0])) SetBit(&cue_wide_starts_, WideCharacter(word, 0));
  }
  for (size_t k = 1; k < cue_start_.size(); ++k) cue_start_[k] += cue_start_[k - 1];
  cue_order_.resize(cues_.size() - short_cues_.size());
  std::vector<uint32_t> next(cue_start_.begin(), cue_start_.end() - 1);
  for (uint32_t i = 0; i < cues_.size(); ++i) {
    if (!IsShortCue(cues_[i].word)) cue_order_[next[TwoBytes(cues_[i].word, 0)]++] = i;
  }
}

std::vector<Lexicon::CueHit> Lexicon::FindCues(std::string_view lower) const {
  std::vector<CueHit> hits;
  if (cue_start_.empty()) return hits;  // no cues added yet
  hits.reserve(lower.size() / 64 + 8);
  for (uint32_t cue : short_cues_) {  // few or none
    const std::string& word = cues_[cue].word;
    for (size_t at = lower.find(word); at != std::string_view::npos; at = lower.find(word, at + 1)) {
      hits.push_back({cue, at});
    }
  }
  // The places where a cue may start, by cue_pairs_ of their second and
  // third bytes, gathered 64 at a time without a branch; then each of
  // them (few) looked at.
  size_t starts = lower.size() < 3 ? 0 : lower.size() - 2;  // a cue here has three bytes or more
  const char* second = lower.data() + 1;
  for (size_t block = 0; block < starts; block += 64) {
    size_t count = std::min<size_t>(64, starts - block);
    uint64_t may_start = 0;
    size_t k = 0;
    for (; k + 8 <= count; k += 8) may_start |= EightPairBits(cue_pairs_, second + block + k) << k;
    for (; k < count; ++k) {
      may_start |= uint64_t{cue_pairs_[PairAt(second + block + k)]} << k;
    }
    for (; may_start != 0; may_start &= may_start - 1) {
      size_t at = block + static_cast<size_t>(__builtin_ctzll(may_start));
      // A Hangul syllable: whether a cue starts with all of it.
      if (IsWideLead(lower[at]) && !HasBit(cue_wide_starts_, WideCharacter(lower, at))) continue;
      uint32_t key = TwoBytes(lower, at);
      for (uint32_t i = cue_start_[key]; i < cue_start_[key + 1]; ++i) {
        const std::string& word = cues_[cue_order_[i]].word;
        // The third byte first: it rules out most cues without a call to compare.
        if (lower[at + 2] != word[2]) continue;
        if (lower.compare(at, word.size(), word) == 0) hits.push_back({cue_order_[i], at});
      }
    }
  }
  std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) {
    return a.cue != b.cue ? a.cue < b.cue : a.at < b.at;
  });
  return hits;
}

Lexicon::KeyLookup Lexicon::LookupFolded(std::string_view key, uint64_t hash) const {
  KeyPrefixTable::Found found = key_prefixes_.Find(key, hash);
  KeyLookup lookup;
  if (found.value != KeyPrefixTable::kNoValue) lookup.entry = &entries_[found.value];
  lookup.longer = found.longer;
  return lookup;
}

const LexiconEntry* Lexicon::Find(std::string_view name) const {
  auto it = by_key_.find(FoldKey(name));
  return it == by_key_.end() ? nullptr : &entries_[it->second];
}

}  // namespace papergraph
