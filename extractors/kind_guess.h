// Kind guess: whether a name the lexicon does not know is a model, a method
// or a benchmark, from what the paper says about it. Used by the finders of
// such names (extractors/marked_names.h, extractors/proposals.h). Pure.
#ifndef PAPERGRAPH_EXTRACTORS_KIND_GUESS_H_
#define PAPERGRAPH_EXTRACTORS_KIND_GUESS_H_

#include <string>

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

// The kind of `name`, from its shape ("VisDiffBench", "BlueLM-V-3B"), then
// the cue word heading what a sentence with the name as its subject says it
// is ("X는 ... 새로운 벤치마크입니다", "X is a new benchmark for ..."; an agent
// framework is a model), then the cue words nearest its first mention in the
// summary, then the title; `fallback` when nothing says.
EntityKind GuessKind(const std::string& name, const PaperRecord& paper, const Lexicon& lexicon,
                     EntityKind fallback);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_KIND_GUESS_H_
