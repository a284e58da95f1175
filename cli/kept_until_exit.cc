#include "cli/kept_until_exit.h"

namespace papergraph {
namespace {

// A list of the kept objects. Its head is a plain pointer, which no static
// destructor clears, so the objects stay reachable while leak checkers run at
// exit.
struct Link {
  const void* object;
  const Link* next;
};
const Link* kept_head = nullptr;

}  // namespace

void KeepReachable(const void* object) { kept_head = new Link{object, kept_head}; }

}  // namespace papergraph
