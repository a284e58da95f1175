// ByteClass: a 256-entry table saying which bytes an escaper copies as they
// are, and SkipPlain, which finds the end of a run of such bytes. Escapers
// (and checks such as IsWritableIri) scan their text run by run: one table
// look-up per byte, then one copy per run instead of one append per byte.
//
//   constexpr ByteClass kPlain([](unsigned char c) { return c >= 0x20 && c != '"'; });
//   const char* run_end = SkipPlain(kPlain, p, end);  // first byte not plain, or end
#ifndef PAPERGRAPH_EXPORTERS_BYTE_CLASS_H_
#define PAPERGRAPH_EXPORTERS_BYTE_CLASS_H_

namespace papergraph {

class ByteClass {
 public:
  // `plain` is called with every byte value 0-255.
  template <typename Predicate>
  constexpr explicit ByteClass(Predicate plain) : plain_{} {
    for (int c = 0; c < 256; ++c) plain_[c] = plain(static_cast<unsigned char>(c));
  }

  constexpr bool plain(char c) const { return plain_[static_cast<unsigned char>(c)]; }

 private:
  bool plain_[256];
};

// The first byte in [p, end) that `bytes` does not call plain, or end.
inline const char* SkipPlain(const ByteClass& bytes, const char* p, const char* end) {
  for (; end - p >= 4; p += 4) {  // unrolled: most runs are whole strings
    if (!bytes.plain(p[0])) return p;
    if (!bytes.plain(p[1])) return p + 1;
    if (!bytes.plain(p[2])) return p + 2;
    if (!bytes.plain(p[3])) return p + 3;
  }
  while (p < end && bytes.plain(*p)) ++p;
  return p;
}

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_BYTE_CLASS_H_
