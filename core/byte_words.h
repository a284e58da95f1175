// Tests of eight bytes at a time, for the scanners that skip long runs of
// plain text (UTF-8 validation, control characters, whitespace). Each test
// takes a word loaded with LoadWord and gives a word whose bytes have their
// high bit (kHighBits) set exactly where the byte tested holds, with no
// carries between bytes:
//
//   uint64_t w = LoadWord(p);
//   if ((BytesBelow(w, 0x20) & kHighBits) == 0) { /* no control byte in p[0..8) */ }
#ifndef PAPERGRAPH_CORE_BYTE_WORDS_H_
#define PAPERGRAPH_CORE_BYTE_WORDS_H_

#include <cstdint>
#include <cstring>

namespace papergraph {

constexpr uint64_t kOnes = 0x0101010101010101, kHighBits = 0x8080808080808080;

// The eight bytes at `p`, which need not be aligned.
inline uint64_t LoadWord(const void* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Bytes of `w` below `n`, for n at most 0x80.
inline uint64_t BytesBelow(uint64_t w, uint64_t n) { return ~(((w & ~kHighBits) + kOnes * (0x80 - n)) | w); }

// Bytes of `w` equal to `b`.
inline uint64_t BytesEqual(uint64_t w, uint64_t b) { return BytesBelow(w ^ (kOnes * b), 1); }

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_BYTE_WORDS_H_
