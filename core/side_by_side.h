// Work shared by two threads: the graph builder's way of using a second
// core. `threads` is BuildOptions::threads: 1 keeps everything on the
// calling thread; 0 uses a second thread when the machine has a second core;
// anything else uses one. What the work computes must not depend on it.
//
//   ShareChunks(threads, 64, [&](size_t k) { SortRange(k); });
#ifndef PAPERGRAPH_CORE_SIDE_BY_SIDE_H_
#define PAPERGRAPH_CORE_SIDE_BY_SIDE_H_

#include <atomic>
#include <cstddef>
#include <thread>

namespace papergraph {

inline bool UseSecondThread(int threads) {
  return threads == 0 ? std::thread::hardware_concurrency() > 1 : threads > 1;
}

// Calls work(k) once for each k in [0, chunks), from the calling thread and,
// if UseSecondThread(threads), a second one, each taking the next chunk no
// thread has taken: on a busy machine that does not run the second thread
// the calling thread does them all. Returns when every chunk is done.
template <typename Work>
void ShareChunks(int threads, size_t chunks, Work work) {
  std::atomic<size_t> next{0};
  auto take = [&] {
    for (size_t k; (k = next.fetch_add(1, std::memory_order_relaxed)) < chunks;) work(k);
  };
  if (chunks < 2 || !UseSecondThread(threads)) {
    take();
    return;
  }
  std::thread other(take);
  take();
  other.join();
}

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_SIDE_BY_SIDE_H_
