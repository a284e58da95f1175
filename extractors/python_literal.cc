#include "extractors/python_literal.h"

#include <utf8proc.h>

#include <cstdint>
#include <utility>

namespace papergraph {
namespace {

// A recursive-descent reader over one text; `depth` counts the containers
// around the value being read and is bounded by kMaxPythonLiteralDepth.
class Reader {
 public:
  Reader(std::string_view text, PythonLiteral* out) : s_(text), out_(out) {}

  bool Parse() {
    if (!Value(&out_->strings, 0)) return false;
    Space();
    return pos_ == s_.size();
  }

 private:
  void Space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n')) ++pos_;
  }

  bool Eat(char c) {
    Space();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  // One str, list, tuple or dict; its str values are appended to `values`.
  bool Value(std::vector<std::string>* values, int depth) {
    Space();
    if (pos_ >= s_.size() || depth > kMaxPythonLiteralDepth) return false;
    char open = s_[pos_];
    if (open == '\'' || open == '"') {
      std::string str;
      if (!String(&str)) return false;
      values->push_back(std::move(str));
      return true;
    }
    if (open != '[' && open != '(' && open != '{') return false;
    out_->nested = out_->nested || depth > 0;
    out_->has_dict = out_->has_dict || open == '{';
    char close = open == '[' ? ']' : open == '(' ? ')' : '}';
    ++pos_;
    while (!Eat(close)) {
      if (open == '{') {
        std::vector<std::string> key;
        if (!Value(&key, depth + 1) || !Eat(':')) return false;
      }
      if (!Value(values, depth + 1)) return false;
      if (!Eat(',')) return Eat(close);
    }
    return true;
  }

  // A quoted str starting at pos_; a raw newline or the end of the text
  // before the closing quote is an error.
  bool String(std::string* out) {
    char quote = s_[pos_++];
    while (pos_ < s_.size() && s_[pos_] != quote) {
      char c = s_[pos_++];
      if (c == '\n') return false;
      if (c != '\\') {
        *out += c;
      } else if (!Escape(out)) {
        return false;
      }
    }
    if (pos_ >= s_.size()) return false;
    ++pos_;
    return true;
  }

  // The escape after a backslash.
  bool Escape(std::string* out) {
    if (pos_ >= s_.size()) return false;
    char c = s_[pos_++];
    switch (c) {
      case 'n': *out += '\n'; return true;
      case 't': *out += '\t'; return true;
      case 'r': *out += '\r'; return true;
      case '\\': case '\'': case '"': *out += c; return true;
      case 'x': return Hex(2, out);
      case 'u': return Hex(4, out);
      case 'U': return Hex(8, out);
      default: *out += '\\'; *out += c; return true;  // Python keeps unknown escapes
    }
  }

  // Exactly `digits` hex digits naming a valid code point, appended as UTF-8.
  bool Hex(size_t digits, std::string* out) {
    if (s_.size() - pos_ < digits) return false;
    int32_t cp = 0;
    for (size_t i = 0; i < digits; ++i) {
      int d = HexDigit(s_[pos_ + i]);
      if (d < 0 || cp > 0x10FFFF) return false;
      cp = cp * 16 + d;
    }
    if (!utf8proc_codepoint_valid(cp)) return false;
    pos_ += digits;
    utf8proc_uint8_t buf[4];
    out->append(reinterpret_cast<char*>(buf), static_cast<size_t>(utf8proc_encode_char(cp, buf)));
    return true;
  }

  static int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  std::string_view s_;
  PythonLiteral* out_;
  size_t pos_ = 0;
};

}  // namespace

bool ParsePythonLiteral(std::string_view text, PythonLiteral* literal) {
  *literal = PythonLiteral();
  if (Reader(text, literal).Parse()) return true;
  *literal = PythonLiteral();
  return false;
}

}  // namespace papergraph
