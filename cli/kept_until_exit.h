// KeepUntilExit: hands a large object over to the end of the process instead
// of destroying it when it goes out of scope. Freeing a graph of hundreds of
// thousands of small allocations one by one takes tens of milliseconds (a
// twentieth of a whole `build` of the shared corpus); the kernel takes the
// pages back at once when the process exits. Compilers do the same (clang's
// -disable-free).
//
//   KnowledgeGraph& graph = KeepUntilExit(BuildGraph(...));
//
// The object stays reachable from a static list, so LeakSanitizer does not
// report it, and its destructor never runs: only objects whose destructor
// does nothing but free memory belong here (nothing to flush or close).
// Call from the main thread only. Commands run once per process; a caller
// that runs in a loop would keep every object it hands over.
#ifndef PAPERGRAPH_CLI_KEPT_UNTIL_EXIT_H_
#define PAPERGRAPH_CLI_KEPT_UNTIL_EXIT_H_

#include <utility>

namespace papergraph {

// Records `object` as reachable until the process exits.
void KeepReachable(const void* object);

template <typename T>
T& KeepUntilExit(T&& value) {
  T* kept = new T(std::forward<T>(value));
  KeepReachable(kept);
  return *kept;
}

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_KEPT_UNTIL_EXIT_H_
