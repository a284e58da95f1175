// JsonBuffer: the output stream of the JSON-LD writer's RapidJSON writer,
// a StringBuffer of its own type. RapidJSON still writes and escapes every
// string; what differs is speed: its writer copies each string byte by byte
// unless the stream type has a ScanWriteUnescapedString (as StringBuffer has
// with SSE2 builds only). JsonBuffer has a portable one: each run of bytes
// that need no escape is copied in one go, and RapidJSON handles the byte
// after it as usual. Include this header before anything instantiates
// rapidjson::Writer<JsonBuffer> (the specialisation must come first).
//
//   JsonBuffer buffer;
//   rapidjson::PrettyWriter<JsonBuffer> w(buffer);
//   w.String("a \"quoted\" word");   // "a \"quoted\" word"
#ifndef PAPERGRAPH_EXPORTERS_JSON_BUFFER_H_
#define PAPERGRAPH_EXPORTERS_JSON_BUFFER_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "exporters/byte_class.h"
#include "exporters/copy_bytes.h"

namespace papergraph {

class JsonBuffer : public rapidjson::StringBuffer {};

// RapidJSON's fast paths for a StringBuffer, for this type too (found by
// argument-dependent lookup; without them each byte checks the capacity).
inline void PutReserve(JsonBuffer& buffer, size_t count) { buffer.Reserve(count); }
inline void PutUnsafe(JsonBuffer& buffer, char c) { buffer.PutUnsafe(c); }

// Bytes RapidJSON writes into a string as they are: all but '"', '\\' and
// C0 controls (UTF-8 is copied unchanged).
inline constexpr ByteClass kJsonUnescaped(
    [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; });

#if defined(__SSE2__)
// A bit for each of the 16 bytes at `p` that kJsonUnescaped does not call
// plain.
inline int EscapedMask16(const char* p) {
  const __m128i max_control = _mm_set1_epi8(0x1F);
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, max_control), bytes);  // <= 0x1F
  __m128i escaped = _mm_or_si128(
      control, _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
  return _mm_movemask_epi8(escaped);
}
#endif

// The first byte in [p, end) that kJsonUnescaped does not call plain, or
// end, in a string [begin, end). Sixteen bytes at a time with SSE2 (x86-64
// has it), the last ones of a string of 16 bytes or more in sixteen that
// end at `end`; then eight at a time while a word holds none, then byte by
// byte.
inline const char* SkipJsonUnescaped(const char* begin, const char* p, const char* end) {
#if defined(__SSE2__)
  for (; end - p >= 16; p += 16) {
    if (int mask = EscapedMask16(p); mask != 0) return p + __builtin_ctz(mask);
  }
  if (p == end) return end;
  if (end - begin >= 16) {  // the bytes before p are done: their bits are shifted out
    const char* at = end - 16;
    int mask = EscapedMask16(at) >> (p - at);
    return mask != 0 ? p + __builtin_ctz(mask) : end;
  }
#else
  (void)begin;
#endif
  constexpr uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
  auto has_zero_byte = [](uint64_t w) { return ((w - kOnes) & ~w & kHighs) != 0; };
  for (; end - p >= 8; p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    // A byte below 0x20 (the test flags no byte of 0x80 or more), '"' or '\\'.
    if (((w - kOnes * 0x20) & ~w & kHighs) != 0 || has_zero_byte(w ^ (kOnes * '"')) ||
        has_zero_byte(w ^ (kOnes * '\\'))) {
      break;
    }
  }
  return SkipPlain(kJsonUnescaped, p, end);
}

}  // namespace papergraph

namespace rapidjson {

// Copies the bytes from the stream's position up to the next one that needs
// an escape (or the end), in one go; true while bytes are left. WriteString
// has reserved room for the whole escaped string before calling it.
template <>
inline bool Writer<papergraph::JsonBuffer>::ScanWriteUnescapedString(StringStream& is,
                                                                      size_t length) {
  const char* end = is.head_ + length;
  const char* run = papergraph::SkipJsonUnescaped(is.head_, is.src_, end);
  size_t size = static_cast<size_t>(run - is.src_);
  papergraph::CopyBytes(os_->PushUnsafe(size), is.src_, size);
  is.src_ = run;
  return run != end;
}

}  // namespace rapidjson

#endif  // PAPERGRAPH_EXPORTERS_JSON_BUFFER_H_
