// Lexicon: the known names of models, methods and benchmarks, with their
// kind, canonical form and aliases. It is data (extractors/data/lexicon.tsv,
// compiled into the binary; users add their own with --lexicon FILE), not
// code.
//
// File format, UTF-8 TSV, one entity per line, '#' starts a comment line:
//   kind <TAB> canonical <TAB> alias|alias|...
//   model	LLaMA-2	Llama 2|Llama2|LLaMA 2
// Names are matched by their folded key (core/text.h FoldKey), so an alias
// that differs only in case or punctuation need not be listed.
#ifndef PAPERGRAPH_EXTRACTORS_LEXICON_H_
#define PAPERGRAPH_EXTRACTORS_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

struct LexiconEntry {
  EntityKind kind = EntityKind::kModel;
  std::string canonical;
  std::vector<std::string> aliases;  // written forms other than canonical
};

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

  const std::vector<LexiconEntry>& entries() const { return entries_; }

 private:
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, size_t> by_key_;  // folded name -> entry
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_LEXICON_H_
