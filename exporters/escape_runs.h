// EscapeRuns: the loop the escapers of every format share (xml_escape.h,
// dot_escape.h, the N-Triples literal). Text is copied run by run; each byte
// that is not plain is handed to the format's own function, which writes
// its escape. A first run of plain ASCII is copied before anything else:
// it is valid UTF-8 that escapes to itself, so most ids, names and numbers
// are done without being decoded; the rest is made valid UTF-8 first
// (ValidUtf8: bad sequences become U+FFFD) and then escaped.
//
//   constexpr PlainBytes kPlain([](unsigned char c) { return c >= 0x20 && c != '"'; });
//   out = EscapeRuns(kPlain, text, out, nullptr,
//                    [](const char* p, const char* end, char** out) {
//                      *(*out)++ = '\\';
//                      *(*out)++ = *p;
//                      return p + 1;  // where copying resumes
//                    });
#ifndef PAPERGRAPH_EXPORTERS_ESCAPE_RUNS_H_
#define PAPERGRAPH_EXPORTERS_ESCAPE_RUNS_H_

#include <cstring>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "exporters/byte_class.h"
#include "exporters/copy_bytes.h"

namespace papergraph {

// The bytes an escaper copies as they are, as two tables: all of them, and
// only the ASCII ones (for the first run).
struct PlainBytes {
  template <typename Predicate>
  constexpr explicit PlainBytes(Predicate plain)
      : all(plain), ascii([plain](unsigned char c) { return c < 0x80 && plain(c); }) {}

  ByteClass all;
  ByteClass ascii;
};

// Writes `text`, valid UTF-8, escaped at `out` and returns the end: the
// loop of EscapeRuns below, for text that is known to be valid already.
template <typename Escape>
char* EscapeValidRuns(const ByteClass& plain, std::string_view text, char* out, Escape escape) {
  const char* p = text.data();
  const char* end = p + text.size();
  while (true) {
    const char* run = SkipPlain(plain, p, end);
    CopyBytes(out, p, static_cast<size_t>(run - p));
    out += run - p;
    if (run == end) return out;
    p = escape(run, end, &out);
  }
}

// Writes the escaped `text` at `out` and returns the end. `escape(p, end,
// &out)` is called at each byte p that `plain` does not call plain, in
// valid UTF-8 ending at `end`; it writes at *out, moves *out past what it
// wrote, and returns where copying resumes (p + 1, or further when it
// consumed a whole sequence). Invalid UTF-8 repaired on the way is added
// to *replaced when it is not null.
template <typename Escape>
char* EscapeRuns(const PlainBytes& plain, std::string_view text, char* out, int* replaced,
                 Escape escape) {
  const char* first = SkipPlain(plain.ascii, text.data(), text.data() + text.size());
  size_t size = static_cast<size_t>(first - text.data());
  CopyBytes(out, text.data(), size);
  out += size;
  if (size == text.size()) return out;

  std::string repaired;
  return EscapeValidRuns(plain.all, ValidUtf8(text.substr(size), &repaired, replaced), out, escape);
}

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_ESCAPE_RUNS_H_
