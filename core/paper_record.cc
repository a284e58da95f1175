#include "core/paper_record.h"

namespace papergraph {

std::string PaperRecord::SummaryText() const {
  std::string out;
  for (const Section& s : sections) {
    if (!out.empty()) out += '\n';
    out += s.text;
  }
  return out;
}

const char* EntityKindName(EntityKind kind) {
  switch (kind) {
    case EntityKind::kModel: return "model";
    case EntityKind::kMethod: return "method";
    case EntityKind::kBenchmark: return "benchmark";
  }
  return "model";
}

}  // namespace papergraph
