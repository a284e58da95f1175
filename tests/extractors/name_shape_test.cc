#include "extractors/name_shape.h"

#include <gtest/gtest.h>

namespace papergraph {
namespace {

TEST(NameShapeTest, NameShapeNeedsAnInnerCapitalOrDigit) {
  for (const char* yes : {"MoSLoRA", "DICE", "T4", "sGDS", "FG-MDM", "JUMP++", "Qwen2.5"}) {
    EXPECT_TRUE(IsNameShaped(yes)) << yes;
  }
  for (const char* no : {"Adapter", "d1", "x", "3D", "model", "Segmentation", "A-"}) {
    EXPECT_FALSE(IsNameShaped(no)) << no;
  }
}

}  // namespace
}  // namespace papergraph
