#include "core/node_id.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace papergraph {
namespace {

TEST(NodeId, IsReadableAndAnXmlNameToken) {
  EXPECT_EQ(NodeId("author", "Zhewen Hao"), "author:Zhewen_Hao");
  EXPECT_EQ(NodeId("author", "Y. Wu"), "author:Y.2E_Wu");
  EXPECT_EQ(NodeId("model", "GPT-4o"), "model:GPT-4o");
  EXPECT_EQ(NodeId("author", "김철수"), "author:김철수");
  EXPECT_EQ(NodeId("benchmark", "TL;DR"), "benchmark:TL.3BDR");
  EXPECT_EQ(NodeId("model", "a/b"), "model:a.2Fb");
  EXPECT_EQ(NodeId("model", "x\xC2\xB2"), "model:x.C2.B2");  // superscript two is no name char
  EXPECT_EQ(NodeId("author", "Andr\xC3\xA9s"), "author:Andr\xC3\xA9s");
  // U+0372 is a letter, but not in XML 1.0 4th edition's tables (libxml2).
  EXPECT_EQ(NodeId("author", "\xCD\xB2"), "author:.CD.B2");
}

TEST(NodeId, DifferentNamesNeverShareAnId) {
  const char* names[] = {"A B", "A_B", "A.B", "A.2EB", "A  B", "A-B", "a b", "A\tB", "A_5FB", "A.5FB"};
  std::set<std::string> ids;
  for (const char* n : names) EXPECT_TRUE(ids.insert(NodeId("author", n)).second) << n;
}

}  // namespace
}  // namespace papergraph
