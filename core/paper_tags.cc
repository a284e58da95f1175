#include "core/paper_tags.h"

#include <algorithm>

#include "core/node_id.h"
#include "core/text.h"

namespace papergraph {
namespace {

uint64_t TagOfNode(NodeKind kind, std::string_view name, std::string* scratch) {
  NodeIdInto(NodeKindName(kind), name, scratch);
  return NodeIndex::TagOf(*scratch);
}

// Writes the tags of p, normalising its authors.
void TagPaper(ExtractedPaper* p, uint64_t* tags, std::string* scratch) {
  *tags++ = NodeIndex::TagOf(PaperNodeId(p->record.arxiv));
  for (std::string& name : p->record.authors) {
    name = NormalizeName(name);
    *tags++ = name.empty() ? 0 : TagOfNode(NodeKind::kAuthor, name, scratch);
  }
  for (const Mention& m : p->mentions) *tags++ = TagOfNode(ToNodeKind(m.kind), m.canonical, scratch);
  for (const ScoreResult& s : p->results) {
    *tags++ = TagOfNode(ScorerKind(*p, s), s.model, scratch);
    *tags++ = TagOfNode(NodeKind::kBenchmark, s.benchmark, scratch);
  }
}

}  // namespace

std::string PaperNodeId(std::string_view arxiv) {
  std::string id = "paper:";
  id += arxiv;
  std::replace(id.begin() + 6, id.end(), '/', '_');
  return id;
}

NodeKind ToNodeKind(EntityKind kind) {
  switch (kind) {
    case EntityKind::kModel: return NodeKind::kModel;
    case EntityKind::kMethod: return NodeKind::kMethod;
    case EntityKind::kBenchmark: return NodeKind::kBenchmark;
  }
  return NodeKind::kModel;
}

NodeKind ScorerKind(const ExtractedPaper& p, const ScoreResult& s) {
  NodeKind scorer = NodeKind::kModel;
  for (const Mention& m : p.mentions) {
    if (m.canonical == s.model && m.kind != EntityKind::kBenchmark) scorer = ToNodeKind(m.kind);
  }
  return scorer;
}

PaperTagger::PaperTagger(std::vector<ExtractedPaper>* papers, int threads)
    : papers_(papers), tagged_(papers->size()) {
  first_.reserve(papers->size() + 1);
  size_t tags = 0;
  for (const ExtractedPaper& p : *papers) {
    first_.push_back(tags);
    tags += 1 + p.record.authors.size() + p.mentions.size() + 2 * p.results.size();
  }
  first_.push_back(tags);
  tags_.resize(tags);
  if (threads != 1 && (threads > 1 || std::thread::hardware_concurrency() > 1)) {
    worker_ = std::thread([this] {
      std::string scratch;
      while (TagNext(&scratch)) {
      }
    });
  }
}

PaperTagger::~PaperTagger() {
  if (worker_.joinable()) worker_.join();
}

bool PaperTagger::TagNext(std::string* scratch) {
  size_t i = taken_.fetch_add(1, std::memory_order_relaxed);
  if (i >= papers_->size()) return false;
  TagPaper(&(*papers_)[i], &tags_[first_[i]], scratch);
  tagged_[i].store(true, std::memory_order_release);
  return true;
}

const uint64_t* PaperTagger::Ready(size_t i) const {
  if (i >= papers_->size() || !tagged_[i].load(std::memory_order_acquire)) return nullptr;
  return &tags_[first_[i]];
}

const uint64_t* PaperTagger::Wait(size_t i) {
  const uint64_t* tags;
  for (int spins = 0; (tags = Ready(i)) == nullptr; ++spins) {
    if (TagNext(&scratch_)) continue;
    // Paper i is being tagged, most likely for a few microseconds more:
    // giving up the core would lose it for a time slice on a busy machine.
    if (spins > 4096) std::this_thread::yield();
  }
  return tags;
}

const uint64_t* PaperTagger::Ahead(size_t i) {
  if (i >= papers_->size()) return nullptr;
  return worker_.joinable() ? Ready(i) : Wait(i);
}

}  // namespace papergraph
