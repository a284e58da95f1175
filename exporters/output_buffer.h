// OutputBuffer: a writer's text collected in memory and handed to its
// std::ostream in blocks of about 1 MiB. Writing piece by piece through an
// ostream (a sentry, a locale check and a virtual call for every <<) cost the
// writers more than making the text did.
//
//   OutputBuffer buffer(out);
//   buffer << "<node id=\"" << id << "\">\n";
//   AppendXmlEscaped(label, buffer.text());   // escapers append in place
//   buffer.Flush();                            // at record ends: a block is handed on when full
//   if (!buffer.Finish()) ...                  // hands on the rest, flushes, reports the stream
#ifndef PAPERGRAPH_EXPORTERS_OUTPUT_BUFFER_H_
#define PAPERGRAPH_EXPORTERS_OUTPUT_BUFFER_H_

#include <charconv>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace papergraph {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out) : out_(out) { text_.reserve(kBlock + kBlock / 4); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  OutputBuffer& operator<<(std::string_view text) {
    text_.append(text);
    return *this;
  }
  OutputBuffer& operator<<(char c) {
    text_.push_back(c);
    return *this;
  }
  template <typename Int, typename = std::enable_if_t<std::is_integral_v<Int>>>
  OutputBuffer& operator<<(Int n) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    text_.append(digits, end);
    return *this;
  }

  // The text not yet handed on, for functions that append to a string.
  std::string* text() { return &text_; }

  // Hands the text to the stream once it holds a block. Returns false when
  // the stream has failed (writers stop early then).
  bool Flush() {
    if (text_.size() >= kBlock) Hand();
    return static_cast<bool>(out_);
  }

  // Hands on all the text and flushes the stream; false when it failed.
  bool Finish() {
    Hand();
    out_.flush();
    return static_cast<bool>(out_);
  }

 private:
  static constexpr size_t kBlock = 1 << 20;

  void Hand() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

  std::ostream& out_;
  std::string text_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_OUTPUT_BUFFER_H_
