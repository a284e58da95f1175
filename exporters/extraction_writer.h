// The `extract` output: one JSON object per paper, in the shape of the gold
// annotations (../shared/gold, docs/extraction.md), plus where it came from.
//
//   {"papers": [{"arxiv": "2406.11931", "title": "...", "date": "2024-06-19",
//                "dates": ["2024-06-19"], "votes": 53, "authors": [...],
//                "authors_truncated": true, "proposes": [...], "models": [...],
//                "methods": [...], "benchmarks": [...],
//                "results": [{"model", "benchmark", "value", "unit", "evidence"}],
//                "source": "path/19.md:3"}, ...]}
//
// Entity lists hold canonical names. Papers are written in the given order.
#ifndef PAPERGRAPH_EXPORTERS_EXTRACTION_WRITER_H_
#define PAPERGRAPH_EXPORTERS_EXTRACTION_WRITER_H_

#include <ostream>
#include <vector>

#include "core/paper_record.h"
#include "core/status.h"

namespace papergraph {

Status WriteExtraction(const std::vector<ExtractedPaper>& papers, std::ostream& out);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_EXTRACTION_WRITER_H_
