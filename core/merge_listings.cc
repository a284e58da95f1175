#include "core/merge_listings.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

namespace papergraph {
namespace {

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
}

// The papers' positions ordered by (arXiv id, listing date, file, line).
// Sorts keys that hold the first 16 bytes of the arXiv id (which decide
// almost every comparison) rather than the papers themselves, which are
// large to move and scattered in memory.
std::vector<uint32_t> ListingOrder(const std::vector<ExtractedPaper>& papers) {
  struct Key {
    uint64_t head[2];  // the id's first 16 bytes, big-endian, padded with 0
    uint32_t index;
  };
  std::vector<Key> keys(papers.size());
  for (size_t i = 0; i < papers.size(); ++i) {
    const std::string& arxiv = papers[i].record.arxiv;
    Key& k = keys[i];
    k.head[0] = k.head[1] = 0;
    for (size_t b = 0; b < 16; ++b) {
      uint64_t byte = b < arxiv.size() ? static_cast<unsigned char>(arxiv[b]) : 0;
      k.head[b / 8] |= byte << (8 * (7 - b % 8));
    }
    k.index = static_cast<uint32_t>(i);
  }
  // Heads that differ order the ids as the strings do (a shorter id, padded
  // with 0, is a prefix of the other); equal heads leave it to the records.
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
    if (a.head[0] != b.head[0]) return a.head[0] < b.head[0];
    if (a.head[1] != b.head[1]) return a.head[1] < b.head[1];
    const PaperRecord& x = papers[a.index].record;
    const PaperRecord& y = papers[b.index].record;
    return std::tie(x.arxiv, x.date, x.file, x.line) < std::tie(y.arxiv, y.date, y.file, y.line);
  });
  std::vector<uint32_t> order(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
  return order;
}

// Folds `later` (another listing of the same paper) into `first`.
void MergeInto(ExtractedPaper* first, ExtractedPaper&& later, Diagnostics* diagnostics) {
  PaperRecord& r = first->record;
  const PaperRecord& l = later.record;
  if (!l.date.empty()) AddUnique(&first->listing_dates, l.date);
  if (l.title != r.title && std::find(first->other_titles.begin(), first->other_titles.end(),
                                      l.title) == first->other_titles.end()) {
    first->other_titles.push_back(l.title);
    diagnostics->push_back(ListingNote(l, "arXiv " + r.arxiv + " listed again with another title; kept \"" +
                                              r.title + "\" (" + r.file + ":" + std::to_string(r.line) +
                                              "), this one becomes an alias"));
  }
  if (l.votes && r.votes && *l.votes != *r.votes) {
    diagnostics->push_back(ListingNote(l, "arXiv " + r.arxiv + " listed again with " +
                                              std::to_string(*l.votes) + " votes against " +
                                              std::to_string(*r.votes) + "; kept the larger"));
  }
  if (l.votes && (!r.votes || *l.votes > *r.votes)) r.votes = l.votes;
  if (l.authors != r.authors) {
    // The first listing's list is kept, unless it was cut ('+') and this one is not.
    bool take_later = r.authors_truncated && !l.authors_truncated;
    const std::vector<std::string>& dropped = take_later ? r.authors : l.authors;
    const std::vector<std::string>& kept = take_later ? l.authors : r.authors;
    std::string names;
    for (const std::string& name : dropped) {
      if (std::find(kept.begin(), kept.end(), name) == kept.end()) names += (names.empty() ? "" : ", ") + name;
    }
    diagnostics->push_back(ListingNote(l, "arXiv " + r.arxiv + " listed again with another author list; kept the one of " +
                                              (take_later ? l.file + ":" + std::to_string(l.line) + " (the first was cut)"
                                                          : r.file + ":" + std::to_string(r.line)) +
                                              (names.empty() ? "" : "; not kept: " + names)));
    if (take_later) {
      r.authors = l.authors;
      r.authors_truncated = false;
    }
  }
  for (Mention& m : later.mentions) {
    bool known = std::any_of(first->mentions.begin(), first->mentions.end(), [&](const Mention& x) {
      return x.kind == m.kind && x.canonical == m.canonical;
    });
    if (!known) first->mentions.push_back(std::move(m));
  }
  for (std::string& p : later.proposes) AddUnique(&first->proposes, p);
  // The same summary listed twice reports the same scores once.
  for (ScoreResult& s : later.results) {
    bool known = std::any_of(first->results.begin(), first->results.end(), [&](const ScoreResult& x) {
      return x.model == s.model && x.benchmark == s.benchmark && x.value_text == s.value_text &&
             x.unit == s.unit;
    });
    if (!known) first->results.push_back(std::move(s));
  }
}

}  // namespace

Diagnostic ListingNote(const PaperRecord& r, std::string message) {
  Diagnostic d;
  d.severity = Diagnostic::Severity::kNote;
  d.file = r.file;
  d.line = r.line;
  d.message = std::move(message);
  return d;
}

std::vector<ExtractedPaper> MergeListings(std::vector<ExtractedPaper> papers,
                                          Diagnostics* diagnostics) {
  std::vector<ExtractedPaper> merged;
  merged.reserve(papers.size());
  for (uint32_t i : ListingOrder(papers)) {
    ExtractedPaper& p = papers[i];
    if (!merged.empty() && merged.back().record.arxiv == p.record.arxiv) {
      MergeInto(&merged.back(), std::move(p), diagnostics);
      continue;
    }
    p.listing_dates.clear();
    if (!p.record.date.empty()) p.listing_dates.push_back(p.record.date);
    merged.push_back(std::move(p));
  }
  for (ExtractedPaper& p : merged) std::sort(p.listing_dates.begin(), p.listing_dates.end());
  return merged;
}

}  // namespace papergraph
