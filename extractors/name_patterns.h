// Name patterns: finding the names of models, methods and benchmarks that
// the lexicon does not know, and guessing their kind. Used by the entity
// extractor (extractors/entity_extractor.h) and the proposals finder
// (extractors/proposals.h). Pure functions of the text and the lexicon's
// generic and cue words.
//
// A name the lexicon lacks is found only where the text marks it as one:
//   - in parentheses after its description:   직접 선호 최적화(DPO),
//     Group Relative Policy Optimization (GRPO), (HPT, Hierarchical ...)
//   - before its expansion in parentheses:    KEEN(Knowledge Estimation of ENtities)
//   - next to a cue word:                     MathVerse 벤치마크, the FooQA dataset,
//     벤치마크인 'HarmEval', NoIntentEdit라는 새로운 데이터셋
// and only when it is name-shaped (IsNameShaped) and not a generic word.
#ifndef PAPERGRAPH_EXTRACTORS_NAME_PATTERNS_H_
#define PAPERGRAPH_EXTRACTORS_NAME_PATTERNS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

// RE2 fragments without capture groups. kNameWordPattern: one coined word
// ("FG-MDM", "Qwen2.5", "JUMP++"); kNameRunPattern: a coined word or a run
// of up to four capitalised words ("Orthogonal Adaptation").
extern const char kNameWordPattern[];
extern const char kNameRunPattern[];

// `text` from up to `size` bytes before `end`, starting on a UTF-8 boundary.
std::string_view Before(std::string_view text, size_t end, size_t size);

// Whether a one-word name looks like a coined name rather than a word: a
// capital or digit after its first character ("MoSLoRA", "DICE", "T4",
// "sGDS", "Grounding-Bench"), at least two letters, not a number.
bool IsNameShaped(std::string_view word);

// Whether a run of words ("Depth Anywhere", "Orthogonal Adaptation") reads
// as a name rather than a phrase: at most four words, no parenthesis, no
// all-lower-case word, no leading "-ing" word of six letters or more
// ("Rethinking Attention"), and no generic word. A `title_prefix` may hold
// no "-ing" word at all ("Tokenization Falling Short") but may hold a
// generic word after a first word that is not ("Immiscible Diffusion").
bool IsNameLike(std::string_view name, const Lexicon& lexicon, bool title_prefix = false);

// Whether `name` may be a name the lexicon lacks: not known to it, not
// generic, and name-shaped (one word) or name-like (several).
bool IsUnknownName(std::string_view name, const Lexicon& lexicon);

// The kind of the cue word that `window` ends with (after trailing spaces
// and quotes) when `at_end`, or begins with otherwise; false when none.
bool CueAtEdge(std::string_view window, bool at_end, const Lexicon& lexicon, EntityKind* kind);

// The kind of a name the lexicon does not know, from its shape
// ("VisDiffBench", "BlueLM-V-3B"), then the cue word heading what a sentence
// with the name as its subject says it is ("X는 ... 새로운 벤치마크입니다",
// "X is a new benchmark for ..."; an agent framework is a model), then the cue
// words nearest its first mention in the summary, then the title; `fallback`
// when nothing says.
EntityKind GuessKind(const std::string& name, const PaperRecord& paper, const Lexicon& lexicon,
                     EntityKind fallback);

// A name the text marks as one, with where it was found.
struct MarkedName {
  Mention mention;
  bool introduced = false;  // defined with its expansion: "Name (Expansion)" or the reverse
  size_t section = 0;       // index in paper.sections
  size_t offset = 0;        // byte offset of the name in that text
};

// Every name `paper` marks by parentheses or cue words (see above) that the
// lexicon does not know, in text order; a name may repeat.
std::vector<MarkedName> FindMarkedNames(const PaperRecord& paper, const Lexicon& lexicon);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_NAME_PATTERNS_H_
