#include "extractors/python_literal.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace papergraph {
namespace {

using Strings = std::vector<std::string>;

// The str values of `text`, or {"<refused>"} when it does not parse (and
// then the result must have been reset).
Strings Values(const std::string& text) {
  PythonLiteral literal;
  literal.strings = {"stale"};
  literal.nested = literal.has_dict = true;
  if (ParsePythonLiteral(text, &literal)) return literal.strings;
  EXPECT_TRUE(literal.strings.empty()) << text;
  EXPECT_FALSE(literal.nested || literal.has_dict) << text;
  return {"<refused>"};
}

const Strings kRefused = {"<refused>"};

TEST(PythonLiteralTest, ListsTuplesAndSingleStrings) {
  EXPECT_EQ(Values("['Ann Lee', \"Bo Chen\", '+']"), Strings({"Ann Lee", "Bo Chen", "+"}));
  EXPECT_EQ(Values("('a', 'b')"), Strings({"a", "b"}));
  EXPECT_EQ(Values("('only',)"), Strings({"only"}));
  EXPECT_EQ(Values("'just a str'"), Strings({"just a str"}));
  EXPECT_EQ(Values("['', \"\"]"), Strings({"", ""}));
  EXPECT_EQ(Values("  [ 'a' ,\n\t'b' ]  \n"), Strings({"a", "b"}));
  EXPECT_EQ(Values("['x y  z']"), Strings({"x y  z"})) << "inner spaces are kept";
}

TEST(PythonLiteralTest, EmptyContainersAndTrailingCommas) {
  EXPECT_EQ(Values("[]"), Strings());
  EXPECT_EQ(Values("()"), Strings());
  EXPECT_EQ(Values("{}"), Strings());
  EXPECT_EQ(Values("[ ]"), Strings());
  EXPECT_EQ(Values("['a', 'b',]"), Strings({"a", "b"}));
  EXPECT_EQ(Values("{'k': 'v',}"), Strings({"v"}));
  EXPECT_EQ(Values("[,]"), kRefused);
  EXPECT_EQ(Values("['a',,]"), kRefused);
  EXPECT_EQ(Values("['a' 'b']"), kRefused) << "adjacent strings are not joined";
}

TEST(PythonLiteralTest, QuotesAndEscapes) {
  EXPECT_EQ(Values(R"(["Bo O'Neil", 'Omar \'Oz\' H'])"), Strings({"Bo O'Neil", "Omar 'Oz' H"}));
  EXPECT_EQ(Values(R"(['say \"hi\"', "a\"b"])"), Strings({"say \"hi\"", "a\"b"}));
  EXPECT_EQ(Values(R"(['back\\slash', 'line\nbreak', 'tab\tr\r'])"),
            Strings({"back\\slash", "line\nbreak", "tab\tr\r"}));
  // Escapes repr() never writes are kept as written, like Python does.
  EXPECT_EQ(Values(R"(['C:\dir', '\q'])"), Strings({"C:\\dir", "\\q"}));
  // A backslash before the closing quote escapes it: the string never ends.
  EXPECT_EQ(Values(R"(['ends in backslash\'])"), kRefused);
  EXPECT_EQ(Values("['trailing \\"), kRefused);
}

TEST(PythonLiteralTest, HexAndUnicodeEscapesBecomeUtf8) {
  EXPECT_EQ(Values(R"(['caf\xe9'])"), Strings({"caf\xC3\xA9"}));
  EXPECT_EQ(Values(R"(['\u2014', '\uAC00\uac01'])"),
            Strings({"\xE2\x80\x94", "\xEA\xB0\x80\xEA\xB0\x81"}));
  EXPECT_EQ(Values(R"(['\U0001F600'])"), Strings({"\xF0\x9F\x98\x80"}));
  EXPECT_EQ(Values(R"(['\x41\u0042'])"), Strings({"AB"}));
}

TEST(PythonLiteralTest, MalformedEscapesAreRefused) {
  EXPECT_EQ(Values(R"(['\u12'])"), kRefused) << "too few digits";
  EXPECT_EQ(Values(R"(['\u12G4'])"), kRefused) << "not a hex digit";
  EXPECT_EQ(Values(R"(['\x4'])"), kRefused);
  EXPECT_EQ(Values(R"(['\u 041'])"), kRefused) << "no space inside the digits";
  EXPECT_EQ(Values(R"(['\u+041'])"), kRefused) << "no sign";
  EXPECT_EQ(Values(R"(['\u0x41'])"), kRefused) << "no 0x prefix";
  EXPECT_EQ(Values(R"(['\x-1'])"), kRefused);
  EXPECT_EQ(Values(R"(['\ud83d\ude00'])"), kRefused) << "surrogates are not code points";
  EXPECT_EQ(Values(R"(['\U00110000'])"), kRefused) << "above U+10FFFF";
  EXPECT_EQ(Values(R"(['\UFFFFFFFF'])"), kRefused);
}

TEST(PythonLiteralTest, DictsGiveTheirValuesInOrder) {
  PythonLiteral literal;
  ASSERT_TRUE(ParsePythonLiteral(
      "[{'code': 'a = 1', 'text': 'first'}, {'code': 'b', 'text': {'inner': 'deep'}}]",
      &literal));
  EXPECT_EQ(literal.strings, Strings({"a = 1", "first", "b", "deep"}));
  EXPECT_TRUE(literal.nested);
  EXPECT_TRUE(literal.has_dict);
  EXPECT_FALSE(literal.IsFlatList());

  EXPECT_EQ(Values("{'k' 'v'}"), kRefused) << "missing colon";
  EXPECT_EQ(Values("{'k':}"), kRefused) << "missing value";
  EXPECT_EQ(Values("{'k': 'v' 'w': 'x'}"), kRefused) << "missing comma";
  EXPECT_EQ(Values("{'k': 1}"), kRefused) << "numbers are not read";
}

TEST(PythonLiteralTest, ShapeFlags) {
  PythonLiteral literal;
  ASSERT_TRUE(ParsePythonLiteral("['A', 'B']", &literal));
  EXPECT_TRUE(literal.IsFlatList());
  ASSERT_TRUE(ParsePythonLiteral("['A', ['B']]", &literal));
  EXPECT_TRUE(literal.nested);
  EXPECT_FALSE(literal.has_dict);
  EXPECT_FALSE(literal.IsFlatList());
  EXPECT_EQ(literal.strings, Strings({"A", "B"}));
  ASSERT_TRUE(ParsePythonLiteral("{'A': 'B'}", &literal));
  EXPECT_FALSE(literal.nested);
  EXPECT_TRUE(literal.has_dict);
  EXPECT_FALSE(literal.IsFlatList());
}

TEST(PythonLiteralTest, AnythingButStrsAndContainersIsRefused) {
  for (const char* text :
       {"", "   ", "Ann Lee, Bo Chen", "[Ann Lee, Bo Chen]", "['A', +]", "[+]", "['A', None]",
        "[True]", "[1, 2]", "['a']x", "['a'] ['b']", "['a']]", "'a' 'b'", "[ 'a'", "['a',",
        "{'a': 'b'", "['a')", "('a']", "'unterminated", "\"mixed quotes'",
        "['raw\nnewline']", "[IDK] token"}) {
    EXPECT_EQ(Values(text), kRefused) << text;
  }
}

// "[" * n + "'x'" + "]" * n.
std::string Nest(int n, const std::string& inner) {
  return std::string(n, '[') + inner + std::string(n, ']');
}

TEST(PythonLiteralTest, NestingIsBoundedAndNeverExhaustsTheStack) {
  EXPECT_EQ(Values(Nest(kMaxPythonLiteralDepth, "'x'")), Strings({"x"}));
  EXPECT_EQ(Values(Nest(kMaxPythonLiteralDepth + 1, "'x'")), kRefused);
  EXPECT_EQ(Values(Nest(kMaxPythonLiteralDepth + 1, "")), Strings()) << "innermost [] is a value";
  EXPECT_EQ(Values(Nest(kMaxPythonLiteralDepth + 2, "")), kRefused);
  // Far deeper than any stack could recurse, closed or not.
  EXPECT_EQ(Values(Nest(1000000, "'x'")), kRefused);
  EXPECT_EQ(Values(std::string(1000000, '{')), kRefused);
  std::string dict_keys;
  for (int i = 0; i < 100000; ++i) dict_keys += "{(";
  EXPECT_EQ(Values(dict_keys), kRefused);
}

}  // namespace
}  // namespace papergraph
