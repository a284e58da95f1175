// Name shape: what a name the lexicon lacks looks like. The RE2 fragments
// of one coined word and of a run of capitalised words, and the tests that
// tell a coined name ("MoSLoRA", "Orthogonal Adaptation") from an ordinary
// word or phrase. Used by the finders of such names (extractors/marked_names.h,
// extractors/proposals.h). Pure functions of the text and the lexicon.
#ifndef PAPERGRAPH_EXTRACTORS_NAME_SHAPE_H_
#define PAPERGRAPH_EXTRACTORS_NAME_SHAPE_H_

#include <string_view>

#include "extractors/lexicon.h"

namespace papergraph {

// RE2 fragments without capture groups. kNameWordPattern: one coined word
// ("FG-MDM", "Qwen2.5", "JUMP++"); kNameRunPattern: a coined word or a run
// of up to four capitalised words ("Orthogonal Adaptation").
extern const char kNameWordPattern[];
extern const char kNameRunPattern[];

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

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_NAME_SHAPE_H_
