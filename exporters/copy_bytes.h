// CopyBytes: memcpy for the short pieces that writers put together (ids,
// IRIs, tags, names: mostly under 100 bytes), inline. A call to memcpy for
// every piece cost the writers more than the copying did: the call and its
// dispatch on the size, for a few bytes each time. Here a piece is copied
// with 16-, 8- or 4-byte moves, the last one overlapping the one before.
//
//   CopyBytes(out, text.data(), text.size());   // as memcpy(out, text.data(), text.size())
#ifndef PAPERGRAPH_EXPORTERS_COPY_BYTES_H_
#define PAPERGRAPH_EXPORTERS_COPY_BYTES_H_

#include <cstddef>
#include <cstring>

namespace papergraph {

inline void CopyBytes(char* to, const char* from, size_t size) {
  if (size >= 16) {
    for (size_t i = 0; i + 16 < size; i += 16) std::memcpy(to + i, from + i, 16);
    std::memcpy(to + size - 16, from + size - 16, 16);
  } else if (size >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + size - 8, from + size - 8, 8);
  } else if (size >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + size - 4, from + size - 4, 4);
  } else if (size > 0) {  // 1 to 3 bytes
    to[0] = from[0];
    to[size / 2] = from[size / 2];
    to[size - 1] = from[size - 1];
  }
}

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_COPY_BYTES_H_
