#include "exporters/json_buffer.h"

#include <rapidjson/prettywriter.h>

#include <string>

#include <gtest/gtest.h>

namespace papergraph {
namespace {

// `text` as a key and as a string value, written by RapidJSON into `Buffer`.
template <typename Buffer>
std::string Written(const std::string& text) {
  Buffer buffer;
  rapidjson::PrettyWriter<Buffer> w(buffer);
  w.StartObject();
  w.Key(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// JsonBuffer only copies faster: RapidJSON's own StringBuffer is the reference.
TEST(JsonBuffer, WritesWhatAStringBufferWrites) {
  const std::string long_run = "https://w3id.org/papergraph/id/author/Anders%20S%C3%B8gaard";
  const std::string cases[] = {
      "",
      "plain",
      "\"",
      "\\",
      "trailing\\",
      std::string("nul\0x", 5),
      "\x01\x1F\x7F\t\n\r\b\f",
      "한국어 논문",
      long_run,
      long_run + "\"" + long_run,
      long_run + "\\",
      "abcdefg\"hijklmnop\x01qrstuvw\\xyz",  // specials inside and across 8-byte words
      "01234567\x1f",
      "\xC3\xA9\xEA\xB9\x80 \xF0\x9F\x98\x80 and then some ASCII \" at the end",
  };
  for (const std::string& text : cases) {
    EXPECT_EQ(Written<JsonBuffer>(text), Written<rapidjson::StringBuffer>(text)) << text;
  }
}

// A byte to escape at every place of a 40-byte string: in a 16-byte block,
// in an 8-byte word, in the bytes after them.
TEST(JsonBuffer, FindsAnEscapeAtEveryPlace) {
  for (char special : {'"', '\\', '\x01', '\x1F'}) {
    for (size_t at = 0; at < 40; ++at) {
      std::string text(40, 'a');
      text[at] = special;
      EXPECT_EQ(Written<JsonBuffer>(text), Written<rapidjson::StringBuffer>(text)) << at;
    }
  }
}

// Two bytes to escape among the last sixteen of a string, which are read
// in one piece that may hold the first one again after it was escaped.
TEST(JsonBuffer, FindsTwoEscapesNearTheEnd) {
  for (size_t size : {16, 17, 23, 40}) {
    for (size_t first = 0; first < size; ++first) {
      for (size_t second = first + 1; second < size; ++second) {
        std::string text(size, 'a');
        text[first] = '"';
        text[second] = '\x01';
        EXPECT_EQ(Written<JsonBuffer>(text), Written<rapidjson::StringBuffer>(text))
            << size << " " << first << " " << second;
      }
    }
  }
}

TEST(JsonBuffer, EscapesAsJsonRequires) {
  EXPECT_EQ(Written<JsonBuffer>("a\"b\\c\x01"),
            "{\n    \"a\\\"b\\\\c\\u0001\": \"a\\\"b\\\\c\\u0001\"\n}");
}

}  // namespace
}  // namespace papergraph
