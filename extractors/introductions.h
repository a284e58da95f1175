// Introductions: where a summary says that it introduces a name. Finds the
// names a sentence introduces ("MoSLoRA를 제안합니다", "KEEN(...)이라는 ...
// 방법을 소개", "we propose Name") and tells whether a name found elsewhere
// (extractors/marked_names.h) is introduced where it is written ("새로운
// 벤치마크인 'HarmEval'", "(AIM) 방법을 소개합니다"). Regexes run only where
// cheap byte checks say they can match. FindProposals (proposals.h) is the
// caller; docs/extraction.md has the rules with examples.
#ifndef PAPERGRAPH_EXTRACTORS_INTRODUCTIONS_H_
#define PAPERGRAPH_EXTRACTORS_INTRODUCTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/paper_record.h"
#include "extractors/lexicon.h"

namespace papergraph {

// Names the lexicon does not know that the summary sections of `paper`
// introduce: a name-shaped word, a particle and, within 40 characters of the
// same sentence, an introducing verb (제안, 소개, 도입, 개발, 제시, 설계, 구축,
// 공개); in English "we/paper/work propose/introduce/present/release
// [a new ...] Name". In order of the text; a name may repeat.
std::vector<std::string> IntroducedNames(const PaperRecord& paper, const Lexicon& lexicon);

// Whether the name written at text[offset, offset + size) is introduced
// there: 새로운/new/novel within the 45 bytes before it, or the name, an
// optional expansion, an optional cue word and a particle, then a finite
// introducing verb in the same sentence.
bool IntroducedAt(std::string_view text, size_t offset, size_t size, const Lexicon& lexicon);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_INTRODUCTIONS_H_
