#include "exporters/indented_json_writer.h"

#include <rapidjson/prettywriter.h>

#include <string>

#include <gtest/gtest.h>

namespace papergraph {
namespace {

// A document with what the JSON-LD writer writes (nested objects, arrays
// of strings and of objects, empty ones, numbers, booleans, escapes),
// written by `Writer` into a JsonBuffer.
template <typename Writer>
std::string Document(Writer& w, JsonBuffer& buffer) {
  w.StartObject();
  w.Key("@context");
  w.StartObject();
  w.Key("schema");
  w.String("http://schema.org/");
  w.Key("votes");
  w.StartObject();
  w.Key("@id");
  w.String("pg:votes");
  w.EndObject();
  w.EndObject();
  w.Key("@graph");
  w.StartArray();
  for (int i = 0; i < 2; ++i) {
    w.StartObject();
    w.Key("@type");
    w.StartArray();
    w.String("schema:Person");
    w.String("a \"quoted\" \\ name\n");
    w.EndArray();
    w.Key("votes");
    w.Int64(-42 + i);
    w.Key("truncated");
    w.Bool(i == 0);
    w.Key("empty");
    w.StartArray();
    w.EndArray();
    w.Key("nothing");
    w.StartObject();
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// IndentedJsonWriter only writes faster: RapidJSON's PrettyWriter, set up
// as the JSON-LD writer once set it up, is the reference.
TEST(IndentedJsonWriter, WritesWhatThePrettyWriterWrites) {
  JsonBuffer pretty_buffer;
  rapidjson::PrettyWriter<JsonBuffer> pretty(pretty_buffer);
  pretty.SetIndent(' ', 1);
  pretty.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  JsonBuffer indented_buffer;
  IndentedJsonWriter indented(indented_buffer);
  std::string expected = Document(pretty, pretty_buffer);
  EXPECT_EQ(Document(indented, indented_buffer), expected);
  EXPECT_NE(expected.find("\n   \"@type\": [\"schema:Person\", \"a \\\"quoted\\\" \\\\ name\\n\"],"),
            std::string::npos)
      << expected;
}

// A PrettyWriter set up as the JSON-LD writer once set it up.
struct PrettyReference {
  PrettyReference() : w(buffer) {
    w.SetIndent(' ', 1);
    w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  }
  std::string text() const { return std::string(buffer.GetString(), buffer.GetSize()); }
  JsonBuffer buffer;
  rapidjson::PrettyWriter<JsonBuffer> w;
};

// Keys and values made once into WrittenStrings, hostile ones included,
// come out as RapidJSON writes them each time.
TEST(IndentedJsonWriter, WritesWrittenStringsAsRapidJsonWritesThem) {
  const std::string texts[] = {"@id", "", "a \"quoted\" \\ name\n", std::string("nul\0x", 5),
                               "\x01\x1F\x7F", "한국어 논문", "trailing\\"};
  PrettyReference pretty;
  JsonBuffer buffer;
  IndentedJsonWriter indented(buffer);
  pretty.w.StartObject();
  indented.StartObject();
  for (const std::string& text : texts) {
    const WrittenString written(text);
    auto size = static_cast<rapidjson::SizeType>(text.size());
    pretty.w.Key(text.data(), size);
    pretty.w.String(text.data(), size);
    indented.Key(written);
    indented.String(written);
  }
  pretty.w.EndObject();
  indented.EndObject();
  EXPECT_EQ(std::string(buffer.GetString(), buffer.GetSize()), pretty.text());
}

// Deeper than the indents it copies in one piece.
TEST(IndentedJsonWriter, IndentsDeepNesting) {
  PrettyReference pretty;
  JsonBuffer buffer;
  IndentedJsonWriter indented(buffer);
  constexpr int kDepth = 40;
  for (int i = 0; i < kDepth; ++i) {
    pretty.w.StartObject();
    pretty.w.Key("k");
    indented.StartObject();
    indented.Key("k");
  }
  pretty.w.Int64(1);
  indented.Int64(1);
  for (int i = 0; i < kDepth; ++i) {
    pretty.w.EndObject();
    indented.EndObject();
  }
  EXPECT_EQ(std::string(buffer.GetString(), buffer.GetSize()), pretty.text());
}

}  // namespace
}  // namespace papergraph
