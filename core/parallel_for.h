// ParallelFor: runs work(0) ... work(count - 1) on up to `threads` threads
// (0 = one per core), each index once, in no particular order; returns when
// all are done. Callers keep results per index, so what they produce does
// not depend on the number of threads or on timing.
#ifndef PAPERGRAPH_CORE_PARALLEL_FOR_H_
#define PAPERGRAPH_CORE_PARALLEL_FOR_H_

#include <cstddef>
#include <functional>

namespace papergraph {

void ParallelFor(size_t count, int threads, const std::function<void(size_t)>& work);

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_PARALLEL_FOR_H_
