// PaperTagger: the index tag (NodeIndex::TagOf of the node id) of every node
// a merged paper names, computed ahead of BuildGraph's insertion pass, on a
// second thread when there is one, so that the pass, which runs in paper
// order on one thread, neither normalises names nor hashes ids.
//
//   PaperTagger tagger(&papers, /*threads=*/2);
//   for (size_t i = 0; i < papers.size(); ++i) {
//     const uint64_t* tags = tagger.Wait(i);  // papers[i]'s, its authors normalised
//     ...
//   }
//
// A paper's tags, in the order BuildGraph looks its nodes up: the paper, each
// author (0 for a name that normalises to nothing), each mention, then the
// scorer and the benchmark of each score. Each author name is replaced by its
// NormalizeName as it is tagged. The tags are a function of the papers alone,
// whatever the number of threads.
#ifndef PAPERGRAPH_CORE_PAPER_TAGS_H_
#define PAPERGRAPH_CORE_PAPER_TAGS_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/knowledge_graph.h"
#include "core/paper_record.h"

namespace papergraph {

// "paper:<arXiv id>", '/' of old-style ids ("cs/0101001") becoming '_'.
std::string PaperNodeId(std::string_view arxiv);
NodeKind ToNodeKind(EntityKind kind);
// The kind of a score's scorer: a model unless the paper names it as
// another kind (a proposed method scores too).
NodeKind ScorerKind(const ExtractedPaper& p, const ScoreResult& s);

class PaperTagger {
 public:
  // Tags *papers in paper order on a thread of its own, unless `threads`
  // (as in BuildOptions) is 1 or the machine has one core, and on the
  // calling thread as Wait asks: a paper not yet tagged when it is waited for is tagged by the
  // waiting thread, or the next one not taken is, so a busy machine that
  // does not run the second thread loses no time. *papers must outlive the
  // tagger, and a paper may change only once it is tagged (after Wait or
  // Ready returned its tags).
  PaperTagger(std::vector<ExtractedPaper>* papers, int threads);
  ~PaperTagger();
  PaperTagger(const PaperTagger&) = delete;
  PaperTagger& operator=(const PaperTagger&) = delete;

  // The tags of paper i (< papers->size()), once they are there.
  const uint64_t* Wait(size_t i);
  // The same, or null when paper i's tags are still being computed or
  // there is no paper i. Tags nothing.
  const uint64_t* Ready(size_t i) const;
  // For prefetching: Ready(i) when a second thread tags, else Wait(i), so
  // that neither waits for the other (nor, on a busy machine, for the
  // scheduler).
  const uint64_t* Ahead(size_t i);
  size_t TagCount(size_t i) const { return first_[i + 1] - first_[i]; }
  size_t TagCount() const { return tags_.size(); }  // of all papers

 private:
  // Tags the next paper no thread has taken; false when none is left.
  bool TagNext(std::string* scratch);

  std::vector<ExtractedPaper>* papers_;
  std::vector<size_t> first_;   // paper i's tags: tags_[first_[i]] up to tags_[first_[i + 1]]
  std::vector<uint64_t> tags_;
  std::atomic<size_t> taken_{0};               // papers taken by a thread to tag, in order
  std::vector<std::atomic<bool>> tagged_;      // per paper: its tags are there
  std::string scratch_;                        // ids being hashed, on the calling thread
  std::thread worker_;                         // tagging every paper, if started
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_PAPER_TAGS_H_
