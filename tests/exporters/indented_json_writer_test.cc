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

}  // namespace
}  // namespace papergraph
