#include "extractors/kind_guess.h"

#include <re2/re2.h>

#include <algorithm>
#include <string_view>

#include "extractors/ascii.h"
#include "extractors/cue_lookup.h"
#include "extractors/dfa_first.h"
#include "extractors/name_context.h"

namespace papergraph {
namespace {

// The kind of the cue word `head` ends with, as CueAtEdge; but an agent
// framework ("에이전트 ... 프레임워크", "agent ... framework") is a system, so
// a model, as the gold guidelines type `AgileCoder`.
bool HeadCue(std::string_view head, const Lexicon& lexicon, EntityKind* kind) {
  static const RE2 kAgentFramework(
      R"((?:에이전트|(?i:agents?))\S*\s+(?:\S+\s+){0,2}(?:프레임워크|(?i:framework))\s*$)");
  if (!CueAtEdge(head, true, lexicon, kind)) return false;
  if (*kind == EntityKind::kMethod &&
      RE2::PartialMatch(Piece(head), kAgentFramework)) {
    *kind = EntityKind::kModel;
  }
  return true;
}

// `rest` after a quote that PredicateCue's patterns allow there, if any.
std::string_view SkipQuote(std::string_view rest) {
  for (std::string_view quote : {"'", "\"", "’", "”"}) {
    if (rest.compare(0, quote.size(), quote) == 0) return rest.substr(quote.size());
  }
  return rest;
}

// Whether PredicateCue's patterns may match `rest`, the text after a name:
// after a quote, spaces and "(...)" comes a comma, "is"/"was" or a subject
// particle. Spares the regexes most mentions ("X를", "X에서").
bool PredicateMayFollow(std::string_view rest) {
  rest = SkipQuote(rest);
  rest.remove_prefix(SkipSpaces(rest, 0));
  if (!rest.empty() && rest.front() == '(') {
    size_t close = rest.find_first_of("()", 1);
    if (close == std::string_view::npos || rest[close] != ')') return false;
    rest.remove_prefix(SkipSpaces(rest, close + 1));
  }
  if (!rest.empty() && (rest.front() == ',' || rest.front() == 'i' || rest.front() == 'w')) {
    return true;
  }
  rest = SkipQuote(rest);
  for (std::string_view particle : {"은", "는", "이", "가"}) {
    if (rest.compare(0, particle.size(), particle) == 0) return true;
  }
  return false;
}

// The kind of the cue word that heads what a sentence says the name at
// text[at, at + size) is, when the name is the sentence's subject: the cue
// right before a copula or an appositive "(으)로," ("X는 ... 평가하는 새로운
// 벤치마크입니다", "X는 ... 새로운 벤치마크로, ..."), or the last word of the
// noun phrase after "X is a" / "X, a" ("X is a new benchmark for ...").
bool PredicateCue(std::string_view text, size_t at, size_t size, const Lexicon& lexicon,
                  EntityKind* kind) {
  static const RE2 kSubject(R"(^['"’”]?\s*(?:\([^()]{0,80}\))?\s*['"’”]?(?:은|는|이|가)\s)");
  static const RE2 kCopula(R"(입니다|이다|이며|이고|이자|임[.,\s]|임$|으로서|로서|으로\s*,|로\s*,)");
  static const RE2 kAppositive(
      R"(^['"’”]?\s*(?:\([^()]{0,80}\))?\s*(?:,|\s(?:is|was))\s+(?:a|an|the|our)\s+)"
      R"(([^,.;:]*?)(?:\s+(?:for|that|which|to|of|with|in|on|from|designed|built|where|aimed)\b|[,.;:]|$))");
  std::string_view rest = text.substr(at + size, 300);
  rest = rest.substr(0, std::min(rest.find(". "), rest.find('\n')));
  if (!PredicateMayFollow(rest)) return false;
  re2::StringPiece input(rest.data(), rest.size());
  re2::StringPiece phrase;
  if (PartialMatchDfaFirst(input, kAppositive, &phrase)) {
    std::string_view head(phrase.data(), phrase.size());
    return HeadCue(head, lexicon, kind);
  }
  if (!RE2::Consume(&input, kSubject)) return false;
  // Each copula in turn, as FindAndConsume would find them, by the DFA
  // alone: the match is all that is read of it.
  re2::StringPiece copula;
  while (kCopula.Match(input, 0, input.size(), RE2::UNANCHORED, &copula, 1)) {
    input.remove_prefix(static_cast<size_t>(copula.data() + copula.size() - input.data()));
    std::string_view head(rest.data(), static_cast<size_t>(copula.data() - rest.data()));
    if (HeadCue(head, lexicon, kind)) return true;
  }
  return false;
}

}  // namespace

EntityKind GuessKind(const std::string& name, const PaperRecord& paper, const Lexicon& lexicon,
                     EntityKind fallback) {
  static const RE2 kBenchmarkShape(R"((Bench|bench|Eval|Arena|QA|Dataset|Corpus|Set)\W*$)");
  if (RE2::PartialMatch(name, kBenchmarkShape)) return EntityKind::kBenchmark;
  // A name built on a model family or giving a parameter count is a model:
  // "GPT4Point", "LLaVA-Grounding", "BlueLM-V-3B".
  static const RE2 kModelShape(
      R"((^|[-_ ])(GPT|LLaVA|BERT|T5|CLIP)|(GPT|BERT|LM)\d*$|[-_ ]\d+(\.\d+)?[BM]($|[-_ ]))");
  if (RE2::PartialMatch(name, kModelShape)) return EntityKind::kModel;
  std::string summary = paper.SummaryText();
  std::string_view text(summary);
  EntityKind kind;
  // What a sentence with the name as its subject says it is.
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    if (!GluedToLetter(text, at) && PredicateCue(text, at, name.size(), lexicon, &kind)) return kind;
  }
  size_t at = text.find(name);
  if (at != std::string::npos) {
    // The words right after its first mention, then right before it.
    std::string_view after = text.substr(at + name.size(), 60);
    after = after.substr(0, std::min({after.find(". "), after.find('\n'), after.find(',')}));
    static const RE2 kParticle(R"(^(?:\s*\([^()]*\))?\s*(?:이라는|라는|은|는|이|가|을|를)?\s*(?:새로운\s*)?)");
    re2::StringPiece rest(after.data(), after.size());
    RE2::Consume(&rest, kParticle);
    if (FirstCue(std::string_view(rest.data(), rest.size()), lexicon, &kind)) return kind;
    std::string_view before = Before(text, at, 30);
    static const RE2 kLinking(R"((?:인|이자|,)?\s*['"]?$)");
    std::string trimmed(before);
    RE2::Replace(&trimmed, kLinking, "");
    if (CueAtEdge(trimmed, true, lexicon, &kind)) return kind;
  }
  // A benchmark or, failing one, a method cue of six letters or more in the title.
  bool method_in_title = false;
  for (const Lexicon::CueHit& hit : lexicon.FindCues(LowerAscii(paper.title))) {
    const CueWord& cue = lexicon.cues()[hit.cue];
    if (!IsAsciiAlpha(cue.word[0]) || cue.word.size() <= 5) continue;
    if (cue.kind == EntityKind::kBenchmark) return EntityKind::kBenchmark;
    method_in_title = method_in_title || cue.kind == EntityKind::kMethod;
  }
  return method_in_title ? EntityKind::kMethod : fallback;
}

}  // namespace papergraph
