// Lexicon: the known names of models, methods and benchmarks, with their
// kind, canonical form and aliases, plus the words that steer the finding of
// names it lacks: generic words that are never entities and cue words that
// say what kind of thing a nearby name is. It is data
// (extractors/data/lexicon.tsv and cues.tsv, compiled into the binary; users
// add their own with --lexicon FILE), not code.
//
// File format, UTF-8 TSV, one line per entry, '#' starts a comment line:
//   kind <TAB> canonical <TAB> alias|alias|...
//   model	LLaMA-2	Llama 2|Llama2|LLaMA 2
//   generic	LLM	LLMs|large language model
//   benchmark-cue	벤치마크	benchmark|benchmarks
// kind is model, method or benchmark for an entity; generic for words that
// are never entities; model-cue, method-cue or benchmark-cue for cue words.
// Names are matched by their folded key (core/text.h FoldKey), so an alias
// that differs only in case or punctuation need not be listed. Cue words are
// matched as written, ignoring ASCII case.
#ifndef PAPERGRAPH_EXTRACTORS_LEXICON_H_
#define PAPERGRAPH_EXTRACTORS_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"
#include "extractors/key_prefix_table.h"

namespace papergraph {

struct LexiconEntry {
  EntityKind kind = EntityKind::kModel;
  std::string canonical;
  std::vector<std::string> aliases;  // written forms other than canonical
};

struct CueWord {
  std::string word;  // NFC, ASCII letters in lower case
  EntityKind kind = EntityKind::kModel;
};

// `text` with its ASCII letters in lower case, other bytes as they are: the
// form cue words are kept in, and the text Lexicon::FindCues is given.
std::string LowerAscii(std::string_view text);

class Lexicon {
 public:
  // The lexicon shipped with papergraph.
  static const Lexicon& Builtin();

  // Adds the entries of a TSV text; later entries with the same folded key
  // as an earlier one override it. Malformed lines are reported with
  // `source`:line and skipped.
  void AddTsv(std::string_view tsv, const std::string& source, Diagnostics* diagnostics);

  // The entry whose canonical name or alias folds to FoldKey(name), or null.
  const LexiconEntry* Find(std::string_view name) const;

  // For scanning text token by token: the entry whose folded key is exactly
  // `key` (which must already be a FoldKey result, so it is not folded
  // again), and whether a longer key starts with `key`, i.e. whether
  // reading more tokens can still find a name.
  struct KeyLookup {
    const LexiconEntry* entry = nullptr;
    bool longer = false;
  };
  KeyLookup LookupFolded(std::string_view key) const {
    return LookupFolded(key, KeyPrefixTable::Hash(key));
  }
  // The same with `hash` == KeyPrefixTable::Hash(key), which a scan that
  // reads a key token by token can extend as it goes.
  KeyLookup LookupFolded(std::string_view key, uint64_t hash) const;

  // Whether `name` folds to a generic word ("LLMs", "SOTA").
  bool IsGeneric(std::string_view name) const;

  // Whether `key` (a FoldKey result) is a generic word's or an entry's:
  // IsGeneric(name) || Find(name) for a name that folds to `key`.
  bool IsKnownKey(const std::string& key) const {
    return generic_.count(key) > 0 || by_key_.count(key) > 0;
  }

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const std::vector<CueWord>& cues() const { return cues_; }

  // Every occurrence of every cue word in `lower` (text with ASCII letters
  // lower-cased), overlapping ones included, ordered by cue (as in cues())
  // then by position. One pass over the text, whatever the number of cues.
  struct CueHit {
    size_t cue;  // index into cues()
    size_t at;   // byte offset in `lower`
  };
  std::vector<CueHit> FindCues(std::string_view lower) const;

 private:
  void AddEntity(LexiconEntry entry, const std::string& source, int line_number,
                 Diagnostics* diagnostics);

  std::vector<LexiconEntry> entries_;
  std::vector<CueWord> cues_;
  // Cues by their first two bytes, for FindCues: the cues whose first two
  // bytes are k are cue_order_[cue_start_[k] .. cue_start_[k + 1]); those of
  // fewer than three bytes are in short_cues_. cue_pairs_[k] is 1 when a cue's
  // second and third bytes read as k in the machine's byte order (a byte, not
  // a bit: one load and one look-up a byte of text; the second and third, not
  // the first two, as 64 Hangul syllables share their first two bytes and at
  // most 4 their last two), and bit c of cue_wide_starts_ whether one starts
  // with the three bytes of a character c of U+0800..U+FFFF, a Hangul
  // syllable (small tables that spare FindCues most look-ups in the big
  // one). Rebuilt when cues are added.
  void IndexCues();
  std::vector<uint32_t> cue_start_, cue_order_, short_cues_;
  std::array<uint8_t, 1 << 16> cue_pairs_{};
  std::array<uint64_t, (1 << 16) / 64> cue_wide_starts_{};
  std::unordered_set<std::string> generic_;         // folded keys
  std::unordered_map<std::string, size_t> by_key_;  // folded name -> entry
  // For LookupFolded: every key of by_key_ and every proper prefix of one.
  // Rebuilt by AddTsv.
  KeyPrefixTable key_prefixes_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_LEXICON_H_
