// OutputBuffer: a writer's text collected in memory and handed to its
// std::ostream in blocks of about 1 MiB. Writing piece by piece through an
// ostream (a sentry, a locale check and a virtual call for every <<) cost the
// writers more than making the text did, and so did std::string::append
// (a call per piece): pieces are copied inline into a plain char array.
//
//   OutputBuffer buffer(out);
//   buffer << "<node id=\"" << id << "\">\n";
//   char* at = buffer.Room(XmlEscapedMaxSize(label.size()));  // escapers write in place
//   buffer.Commit(WriteXmlEscaped(label, at));
//   buffer.Flush();                            // at record ends: a block is handed on when full
//   if (!buffer.Finish()) ...                  // hands on the rest, flushes, reports the stream
#ifndef PAPERGRAPH_EXPORTERS_OUTPUT_BUFFER_H_
#define PAPERGRAPH_EXPORTERS_OUTPUT_BUFFER_H_

#include <charconv>
#include <cstring>
#include <memory>
#include <ostream>
#include <string_view>
#include <type_traits>

#include "exporters/copy_bytes.h"

namespace papergraph {

class OutputBuffer {
 public:
  explicit OutputBuffer(std::ostream& out) : out_(out) { Allocate(kBlock + kBlock / 4); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  OutputBuffer& operator<<(std::string_view text) {
    if (text.empty()) return *this;  // (its data may be null)
    CopyBytes(Room(text.size()), text.data(), text.size());
    end_ += text.size();
    return *this;
  }
  OutputBuffer& operator<<(char c) {
    *Room(1) = c;
    ++end_;
    return *this;
  }
  template <typename Int, typename = std::enable_if_t<std::is_integral_v<Int>>>
  OutputBuffer& operator<<(Int n) {
    char* at = Room(24);
    end_ = std::to_chars(at, at + 24, n).ptr;
    return *this;
  }

  // Where to write at most `size` more bytes; Commit(end) then keeps the
  // bytes written before `end`.
  char* Room(size_t size) {
    if (static_cast<size_t>(limit_ - end_) < size) MakeRoom(size);
    return end_;
  }
  void Commit(char* end) { end_ = end; }

  // Hands the text to the stream once it holds a block. Returns false when
  // the stream has failed (writers stop early then).
  bool Flush() {
    if (static_cast<size_t>(end_ - data_.get()) >= kBlock) Hand();
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
    out_.write(data_.get(), static_cast<std::streamsize>(end_ - data_.get()));
    end_ = data_.get();
  }

  void Allocate(size_t capacity) {
    data_.reset(new char[capacity]);
    end_ = data_.get();
    limit_ = end_ + capacity;
  }

  // Hands on what is held, then makes the array big enough for `size`.
  void MakeRoom(size_t size) {
    Hand();
    if (static_cast<size_t>(limit_ - end_) < size) Allocate(size + kBlock);
  }

  std::ostream& out_;
  std::unique_ptr<char[]> data_;
  char* end_ = nullptr;    // of the text held
  char* limit_ = nullptr;  // of the array
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_OUTPUT_BUFFER_H_
