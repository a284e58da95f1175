// IndentedJsonWriter: RapidJSON's Writer, laying its JSON out as RapidJSON's
// PrettyWriter does with SetIndent(' ', 1) and kFormatSingleLineArray, byte
// for byte; the JSON-LD writer's writer. RapidJSON still writes every value,
// escapes every string and keeps the nesting (its level stack), as it does
// for PrettyWriter, which is a Writer too. What differs is speed: the bytes
// between values (", ", ": ", ",\n" and an indent) go into the buffer in one
// piece, where PrettyWriter puts them one by one, each checking the
// buffer's room, and indents space by space.
//
// A string written at every resource (a key, a type) can be made into a
// WrittenString once, by RapidJSON, and then be copied as RapidJSON wrote it.
//
//   JsonBuffer buffer;
//   IndentedJsonWriter w(buffer);
//   const WrittenString a("a");
//   w.StartObject(); w.Key(a); w.StartArray(); w.Int64(1); w.Int64(2);
//   w.EndArray(); w.EndObject();   // {\n "a": [1, 2]\n}
#ifndef PAPERGRAPH_EXPORTERS_INDENTED_JSON_WRITER_H_
#define PAPERGRAPH_EXPORTERS_INDENTED_JSON_WRITER_H_

#include "exporters/json_buffer.h"  // first: it specialises RapidJSON's writer

#include <rapidjson/writer.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "exporters/copy_bytes.h"

namespace papergraph {

// A JSON string as RapidJSON writes it: quoted, escaped.
class WrittenString {
 public:
  explicit WrittenString(std::string_view text) {
    JsonBuffer buffer;
    rapidjson::Writer<JsonBuffer> w(buffer);
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    json_.assign(buffer.GetString(), buffer.GetSize());
  }
  std::string_view json() const { return json_; }

 private:
  std::string json_;
};

// Privately a Writer: only the calls below, which lay values out, are public.
class IndentedJsonWriter : private rapidjson::Writer<JsonBuffer> {
 public:
  explicit IndentedJsonWriter(JsonBuffer& buffer) : Writer(buffer) {}

  bool Bool(bool b) {
    Prefix();
    return WriteBool(b);
  }
  bool Int64(int64_t n) {
    Prefix();
    return WriteInt64(n);
  }
  bool String(const char* text, rapidjson::SizeType size) {
    Prefix();
    return WriteString(text, size);
  }
  bool String(const char* text) { return String(text, SizeOf(text)); }
  bool Key(const char* text, rapidjson::SizeType size) { return String(text, size); }
  bool Key(const char* text) { return String(text, SizeOf(text)); }
  // The string `written` holds, as RapidJSON wrote it there.
  bool String(const WrittenString& written) {
    Prefix();
    std::string_view json = written.json();
    papergraph::CopyBytes(os_->Push(json.size()), json.data(), json.size());
    return true;
  }
  bool Key(const WrittenString& written) { return String(written); }

  bool StartObject() {
    Prefix();
    new (level_stack_.Push<Level>()) Level(false);
    return WriteStartObject();
  }
  // A non-empty object ends on a line of its own.
  bool EndObject() {
    if (level_stack_.Pop<Level>(1)->valueCount > 0) PutLine(false);
    return WriteEndObject();
  }
  bool StartArray() {
    Prefix();
    new (level_stack_.Push<Level>()) Level(true);
    return WriteStartArray();
  }
  // Arrays are on one line.
  bool EndArray() {
    level_stack_.Pop<Level>(1);
    return WriteEndArray();
  }

 private:
  static rapidjson::SizeType SizeOf(const char* text) {
    return static_cast<rapidjson::SizeType>(std::strlen(text));
  }

  // What comes before a value: ", " between array elements, each key on a
  // line of its own (after a ',' but for the first), ": " after a key.
  void Prefix() {
    if (level_stack_.Empty()) {  // the root
      hasRoot_ = true;
      return;
    }
    Level* level = level_stack_.Top<Level>();
    size_t count = level->valueCount++;
    if (level->inArray) {
      if (count > 0) std::memcpy(os_->Push(2), ", ", 2);
    } else if (count % 2 == 1) {
      std::memcpy(os_->Push(2), ": ", 2);
    } else {
      PutLine(count > 0);
    }
  }

  // [','] '\n' and one space per open object or array, copied in one
  // piece while the depth is at most kMaxCopiedDepth (the JSON-LD
  // document's is 3).
  void PutLine(bool comma) {
    static constexpr size_t kMaxCopiedDepth = 16;
    static constexpr char kLine[] = ",\n                ";  // 16 spaces
    size_t depth = level_stack_.GetSize() / sizeof(Level);
    size_t size = (comma ? 2 : 1) + depth;
    char* at = os_->Push(size);
    if (depth <= kMaxCopiedDepth) {
      papergraph::CopyBytes(at, kLine + (comma ? 0 : 1), size);
      return;
    }
    if (comma) *at++ = ',';
    *at++ = '\n';
    std::memset(at, ' ', depth);
  }
};

}  // namespace papergraph

#endif  // PAPERGRAPH_EXPORTERS_INDENTED_JSON_WRITER_H_
