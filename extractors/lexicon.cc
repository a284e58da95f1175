#include "extractors/lexicon.h"

#include <algorithm>

#include "core/text.h"

namespace papergraph {

extern const char kBuiltinLexiconTsv[];
extern const char kBuiltinCuesTsv[];

namespace {

constexpr size_t kPrefixBits = size_t{1} << 19;  // 64 KiB for Lexicon::prefix_bits_

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
  key_prefixes_.clear();
  for (const auto& [key, entry] : by_key_) {
    key_prefixes_[key].entry = entry;
    for (size_t size = 0; size < key.size(); ++size) key_prefixes_[key.substr(0, size)].longer = true;
  }
  prefix_bits_.assign(kPrefixBits / 64, 0);
  for (const auto& [key, prefix] : key_prefixes_) {
    size_t bit = std::hash<std::string_view>{}(key) % kPrefixBits;
    prefix_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
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

}  // namespace

void Lexicon::IndexCues() {
  cue_start_.assign((1 << 16) + 1, 0);
  cue_order_.clear();
  short_cues_.clear();
  cue_first_byte_.fill(false);
  cue_pairs_.fill(0);
  for (uint32_t i = 0; i < cues_.size(); ++i) {
    cue_first_byte_[static_cast<unsigned char>(cues_[i].word[0])] = true;
    if (cues_[i].word.size() < 2) {
      short_cues_.push_back(i);
    } else {
      uint32_t key = TwoBytes(cues_[i].word, 0);
      ++cue_start_[key + 1];
      cue_pairs_[key / 64] |= uint64_t{1} << (key % 64);
    }
  }
  for (size_t k = 1; k < cue_start_.size(); ++k) cue_start_[k] += cue_start_[k - 1];
  cue_order_.resize(cues_.size() - short_cues_.size());
  std::vector<uint32_t> next(cue_start_.begin(), cue_start_.end() - 1);
  for (uint32_t i = 0; i < cues_.size(); ++i) {
    if (cues_[i].word.size() >= 2) cue_order_[next[TwoBytes(cues_[i].word, 0)]++] = i;
  }
}

std::vector<Lexicon::CueHit> Lexicon::FindCues(std::string_view lower) const {
  std::vector<CueHit> hits;
  if (cue_start_.empty()) return hits;  // no cues added yet
  const char* data = lower.data();
  for (size_t at = 0; at < lower.size(); ++at) {
    // A tight loop past the bytes no cue starts with: most of them.
    while (at < lower.size() && !cue_first_byte_[static_cast<unsigned char>(data[at])]) ++at;
    if (at == lower.size()) break;
    for (uint32_t cue : short_cues_) {
      if (lower.compare(at, cues_[cue].word.size(), cues_[cue].word) == 0) hits.push_back({cue, at});
    }
    if (at + 1 >= lower.size()) break;
    uint32_t key = TwoBytes(lower, at);
    if (!(cue_pairs_[key / 64] >> (key % 64) & 1)) continue;  // no cue starts so
    for (uint32_t i = cue_start_[key]; i < cue_start_[key + 1]; ++i) {
      const std::string& word = cues_[cue_order_[i]].word;
      // The third byte first: it rules out most of a Hangul key's syllables.
      if (word.size() > 2 && (at + 2 >= lower.size() || lower[at + 2] != word[2])) continue;
      if (lower.compare(at, word.size(), word) == 0) hits.push_back({cue_order_[i], at});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const CueHit& a, const CueHit& b) {
    return a.cue != b.cue ? a.cue < b.cue : a.at < b.at;
  });
  return hits;
}

Lexicon::KeyLookup Lexicon::LookupFolded(std::string_view key) const {
  KeyLookup found;
  size_t bit = std::hash<std::string_view>{}(key) % kPrefixBits;
  if (prefix_bits_.empty() || !(prefix_bits_[bit / 64] >> (bit % 64) & 1)) return found;
  auto it = key_prefixes_.find(std::string(key));
  if (it == key_prefixes_.end()) return found;
  if (it->second.entry != kNoEntry) found.entry = &entries_[it->second.entry];
  found.longer = it->second.longer;
  return found;
}

const LexiconEntry* Lexicon::Find(std::string_view name) const {
  auto it = by_key_.find(FoldKey(name));
  return it == by_key_.end() ? nullptr : &entries_[it->second];
}

}  // namespace papergraph
