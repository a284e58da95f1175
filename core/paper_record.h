// PaperRecord: one paper as a digest lists it, before any interpretation.
// Readers (extractors/) produce these; entity and result extractors read them;
// the graph builder (core/graph_builder.h) merges them into the graph.
#ifndef PAPERGRAPH_CORE_PAPER_RECORD_H_
#define PAPERGRAPH_CORE_PAPER_RECORD_H_

#include <optional>
#include <string>
#include <vector>

namespace papergraph {

// One piece of a paper's summary. In the "sections" form a digest writes
// `- **What's New**: text`, giving name "What's New"; in the plain "bullets"
// form every bullet is one Section with an empty name. Continuation lines are
// joined to the text with '\n'.
struct Section {
  std::string name;
  std::string text;
  int line = 0;  // where the section or bullet starts
};

struct PaperRecord {
  std::string arxiv;                 // "2406.11931", no version suffix
  std::string title;                 // as written, whitespace collapsed
  std::string date;                  // listing date, "YYYY-MM-DD"
  std::optional<int> votes;          // absent when no Vote line or "Vote: -"
  std::vector<std::string> authors;  // in order, whitespace collapsed, "+" dropped
  bool authors_truncated = false;    // the list carried a "+" marker
  std::vector<Section> sections;     // the summary, in order
  std::string file;                  // source file as given
  int line = 0;                      // line of the "### [" heading

  // The summary as one text: sections joined by '\n'.
  std::string SummaryText() const;
};

// What an entity extractor found in a paper.
enum class EntityKind { kModel, kMethod, kBenchmark };
const char* EntityKindName(EntityKind kind);  // "model", "method", "benchmark"

struct Mention {
  EntityKind kind = EntityKind::kModel;
  std::string canonical;  // the entity's one name across the whole graph
  std::string surface;    // the form written in this paper
};

// One numeric score that the text ties to a benchmark.
struct ScoreResult {
  std::string model;      // canonical name of the model or system
  std::string benchmark;  // canonical name of the benchmark
  double value = 0;
  std::string value_text;  // the number as written ("90.2")
  std::string unit;        // "%", "" or a metric ("pass@1", "FID")
  std::string evidence;    // the sentence it comes from
};

// A record with everything the extractors read out of it.
struct ExtractedPaper {
  PaperRecord record;
  std::vector<Mention> mentions;      // each canonical entity once
  std::vector<std::string> proposes;  // canonical names, each also in mentions
  std::vector<ScoreResult> results;

  // Filled by MergeListings (core/graph_builder.h) when one paper is listed
  // more than once: every listing date (sorted) and the titles other than
  // record.title. Empty before merging.
  std::vector<std::string> listing_dates;
  std::vector<std::string> other_titles;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_PAPER_RECORD_H_
