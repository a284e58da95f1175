#include "exporters/rdf_terms.h"

#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

namespace papergraph {
namespace {

TEST(PercentEncode, KeepsOnlyUnreservedBytes) {
  struct Case { std::string in, out; };
  const Case cases[] = {
      {"", ""},
      {"GPT-4o_v1.5~x", "GPT-4o_v1.5~x"},
      {"Y. Wu", "Y.%20Wu"},
      {"a\"b", "a%22b"},
      {"back\\", "back%5C"},
      {"line\nbreak\r", "line%0Abreak%0D"},
      {"\x01", "%01"},
      {"<>&'", "%3C%3E%26%27"},
      {"pass@1 / 100%", "pass%401%20%2F%20100%25"},
      {"김", "%EA%B9%80"},
      {"\xFF\xED\xA0\x80", "%FF%ED%A0%80"},
      {"node", "node"},
      {"#?/:", "%23%3F%2F%3A"},
  };
  for (const Case& c : cases) EXPECT_EQ(PercentEncode(c.in), c.out) << c.in;
  EXPECT_EQ(PercentEncode("hep-th/9901001", "/"), "hep-th/9901001");
}

TEST(RdfIris, AreMintedFromNamesAndIds) {
  EXPECT_EQ(PaperIri("2406.11931"), "https://arxiv.org/abs/2406.11931");
  EXPECT_EQ(PaperIri("hep-th/9901001"), "https://arxiv.org/abs/hep-th/9901001");
  EXPECT_EQ(EntityIri("author", "Y. Wu"), "https://w3id.org/papergraph/id/author/Y.%20Wu");
  EXPECT_EQ(EntityIri("model", "<x>"), "https://w3id.org/papergraph/id/model/%3Cx%3E");
  EXPECT_EQ(PaperPartIri("score", "2406.11931", 3),
            "https://w3id.org/papergraph/id/score/2406.11931-3");
  // Different names never share an IRI, also when one looks encoded.
  EXPECT_NE(EntityIri("author", "a b"), EntityIri("author", "a%20b"));
}

// rdf_model.h promises writers IRIs they can copy as they are, whatever the
// names and ids they are minted from.
TEST(RdfIris, AreWritableWhateverTheName) {
  std::string every_byte;
  for (int c = 0; c < 256; ++c) every_byte += static_cast<char>(c);
  for (const char* kind : {"paper", "author", "model", "method", "benchmark", "metric"}) {
    EXPECT_TRUE(IsWritableIri(EntityIri(kind, every_byte))) << kind;
  }
  EXPECT_TRUE(IsWritableIri(PaperIri(every_byte)));
  EXPECT_TRUE(IsWritableIri(PaperPartIri("authorship", every_byte, 1)));
  EXPECT_TRUE(IsWritableIri(PaperPartIri("score", every_byte, 12)));
}

TEST(RdfIris, ExpandCompactIris) {
  EXPECT_EQ(ExpandCompactIri("schema:name"), "http://schema.org/name");
  EXPECT_EQ(ExpandCompactIri("pg:votes"), "https://w3id.org/papergraph/vocab#votes");
  EXPECT_EQ(ExpandCompactIri("fair4ml:MLModel"), "https://w3id.org/fair4ml#MLModel");
  EXPECT_EQ(ExpandCompactIri("mls:hasValue"), "http://www.w3.org/ns/mls#hasValue");
  EXPECT_EQ(ExpandCompactIri("xsd:date"), "http://www.w3.org/2001/XMLSchema#date");
  EXPECT_EQ(ExpandCompactIri("https://x.org/a"), "https://x.org/a");
}

TEST(RdfIris, PredicatesHaveUniqueTermsAndKnownPrefixes) {
  for (int i = 0; i < kNumPreds; ++i) {
    const RdfPredicate& a = Predicate(static_cast<Pred>(i));
    EXPECT_NE(ExpandCompactIri(a.iri), a.iri) << a.iri;
    for (int j = i + 1; j < kNumPreds; ++j) {
      EXPECT_STRNE(a.term, Predicate(static_cast<Pred>(j)).term);
    }
  }
}

TEST(XsdDecimal, NormalisesTheWrittenNumber) {
  struct Case { std::string text; double value; std::string out; };
  const Case cases[] = {
      {"90.2", 90.2, "90.2"},
      {"90", 90, "90"},
      {"1,234.5", 1234.5, "1234.5"},
      {".5", 0.5, "0.5"},
      {"90.", 90, "90.0"},
      {"-3.25", -3.25, "-3.25"},
      {"+7", 7, "7"},
      {"0.30", 0.3, "0.30"},
      // Not a plain decimal: the value, in fixed notation.
      {"1.2e3", 1200, "1200"},
      {"", 0.1 + 0.2, "0.30000000000000004"},
      {"12점", 12, "12"},
      {"1e-7", 1e-7, "0.0000001"},
      {"-", -2.5, "-2.5"},
  };
  for (const Case& c : cases) {
    std::optional<std::string> got = XsdDecimal(c.text, c.value);
    ASSERT_TRUE(got.has_value()) << c.text;
    EXPECT_EQ(*got, c.out) << c.text;
  }
  EXPECT_FALSE(XsdDecimal("n/a", std::nan("")).has_value());
  EXPECT_FALSE(XsdDecimal("", std::numeric_limits<double>::infinity()).has_value());
}

TEST(IsXsdDate, AcceptsOnlyYearMonthDay) {
  EXPECT_TRUE(IsXsdDate("2024-06-18"));
  EXPECT_TRUE(IsXsdDate("1999-12-31"));
  for (const char* bad : {"", "2024-6-18", "2024-13-01", "2024-00-10", "2024-06-32",
                          "2024/06/18", "2024-06-18T00:00", "２０２４-06-18", "abcd-06-18"}) {
    EXPECT_FALSE(IsXsdDate(bad)) << bad;
  }
}

TEST(IsWritableIri, RejectsWhatNTriplesCannotCarry) {
  EXPECT_TRUE(IsWritableIri("https://arxiv.org/abs/2406.11931"));
  EXPECT_TRUE(IsWritableIri("https://w3id.org/papergraph/id/author/Y.%20Wu"));
  EXPECT_TRUE(IsWritableIri("urn:x-1.2+3:a"));
  for (const char* bad : {"", "no-scheme", ":x", "1http://x", "http://a b", "http://a<b",
                          "http://a>b", "http://a\"b", "http://a{b}", "http://a|b",
                          "http://a^b", "http://a`b", "http://a\\b", "http://a\nb",
                          "http://\x7F", "http://김"}) {
    EXPECT_FALSE(IsWritableIri(bad)) << bad;
  }
}

}  // namespace
}  // namespace papergraph
