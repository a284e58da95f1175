// Cue lookup: which cue word of the lexicon stands at a place in a short
// window of text (its end, its start, or first in it), and so what kind of
// thing a name next to it is. Used by the finders of names the lexicon lacks
// (extractors/marked_names.h, kind_guess.h, proposals.h). Cue words match
// ignoring ASCII case. Pure.
#ifndef PAPERGRAPH_EXTRACTORS_CUE_LOOKUP_H_
#define PAPERGRAPH_EXTRACTORS_CUE_LOOKUP_H_

#include <string_view>

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

// The kind of the cue word that `window` ends with (after trailing spaces
// and quotes) when `at_end`, or begins with otherwise; false when none. The
// longest cue wins; an English cue at the end must be a whole word.
bool CueAtEdge(std::string_view window, bool at_end, const Lexicon& lexicon, EntityKind* kind);

// The kind of the cue word that starts first in `window` ("첫 번째 비전
// 압축 방법을" -> method), the longest of those starting there; false when
// there is none.
bool FirstCue(std::string_view window, const Lexicon& lexicon, EntityKind* kind);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_CUE_LOOKUP_H_
