// Number context: what may stand next to a number in a summary sentence --
// its unit, a metric name, words of change, bound, comparison or an earlier
// value -- as the RE2 patterns and byte tests that FindScoreNumbers
// (score_numbers.h) applies around each number. Patterns said to be "after"
// are anchored at the text right after the number, "before" ones at the end
// of the text before it.
#ifndef PAPERGRAPH_EXTRACTORS_NUMBER_CONTEXT_H_
#define PAPERGRAPH_EXTRACTORS_NUMBER_CONTEXT_H_

#include <re2/re2.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace papergraph {

// A metric as reported: spelled-out names by their usual short form.
std::string MetricName(re2::StringPiece written);

// '%', '점' (points on a scale) or '%p' right after the number: how many
// bytes of `after` it takes, 0 when none. The first that fits of
// " ?\\?(%p|%)", "％", "퍼센트", " ?percentage points?", " ?percent", " ?점";
// an optional space or backslash that is written must be taken, as what
// follows cannot start with it.
size_t UnitLength(std::string_view after);

const RE2& MetricAfter();

const RE2& MetricBefore();

const RE2& AnyMetric();

// Counts, sizes and dates; multipliers are changes.
const RE2& CountAfter();

// A change or a reference value right after the number (and its unit).
const RE2& ChangeAfter();

// A value something else is compared with: "50.0% 대비", "3.78보다", "than 80%".
const RE2& ReferenceAfter();

// A model's own value: "DeepSeek-Prover-V1의 50.0% 대비", "StyleGAN2의 3.78보다".
const RE2& OwnedBefore();

const RE2& BoundAfter();

// A change noun in the noun phrase after the number ("의 성능 향상").
const RE2& ChangeNoun();

// A delta explained by its from-to: "12.3% (53.9%에서 66.2%로)".
const RE2& ExplainedDelta();

const RE2& ChangeBefore();

const RE2& BoundBefore();

const RE2& PreviousBefore();

// A bare number of the form d.d right after a capitalised word is its
// version: "RAG 2.0", "Gemini 1.5" (but "LSD 0.82" is a score).
const RE2& VersionOf();

// "72.0%에서 80.2%" / "72% to 80%": the text between a from and its to.
const RE2& FromTo();

// "1.81로 개선": the value a change arrives at.
const RE2& ArrivesAt();

// What may stand between two members of one list of numbers.
const RE2& ListGlue();

// The noun phrase after a number: after spaces, a ')' and a parenthesis,
// up to punctuation, a digit, a name or a particle (를 을 로 에 와 및 며),
// at most 48 bytes.
std::string_view TailPhrase(std::string_view after);

// Whether MetricAfter may match `after`: every metric starts with an ASCII
// letter, after spaces and perhaps 의 and spaces.
bool MetricMayFollow(std::string_view after);

// Whether MetricBefore may match `before`: past its last spaces, a '(' and
// spaces, it ends with the last character of a metric (an ASCII letter or
// digit, '+', '.') or of one of the words the pattern lets follow one.
bool MetricMayEndBefore(std::string_view before);

// Whether BoundBefore may match `before`: its last word ends it, perhaps
// followed by spaces.
bool MayEndInBoundWord(std::string_view before);

// Whether PreviousBefore may match `before`: it ends in a space, and one of
// its words stands in the last three words.
bool MayFollowPreviousWord(std::string_view before);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_NUMBER_CONTEXT_H_
