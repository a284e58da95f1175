#include "extractors/key_prefix_table.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace papergraph {
namespace {

KeyPrefixTable::Found Find(const KeyPrefixTable& table, const std::string& key) {
  return table.Find(key, KeyPrefixTable::Hash(key));
}

TEST(KeyPrefixTableTest, HashExtendsTokenByToken) {
  EXPECT_EQ(KeyPrefixTable::Hash("4o", KeyPrefixTable::Hash("gpt")), KeyPrefixTable::Hash("gpt4o"));
  EXPECT_NE(KeyPrefixTable::Hash("gpt4o"), KeyPrefixTable::Hash("gpt4"));
}

TEST(KeyPrefixTableTest, FindsKeysAndTheirPrefixes) {
  KeyPrefixTable table;
  table.Build({{"gpt4", 0}, {"gpt4o", 1}, {"mmlupro", 2}});
  KeyPrefixTable::Found gpt4 = Find(table, "gpt4");
  EXPECT_EQ(gpt4.value, 0u);
  EXPECT_TRUE(gpt4.longer);
  KeyPrefixTable::Found gpt4o = Find(table, "gpt4o");
  EXPECT_EQ(gpt4o.value, 1u);
  EXPECT_FALSE(gpt4o.longer);
  KeyPrefixTable::Found mmlu = Find(table, "mmlu");  // a prefix only
  EXPECT_EQ(mmlu.value, KeyPrefixTable::kNoValue);
  EXPECT_TRUE(mmlu.longer);
  for (const char* miss : {"mmlux", "gpt5", "o", "mmluprox"}) {
    EXPECT_EQ(Find(table, miss).value, KeyPrefixTable::kNoValue) << miss;
    EXPECT_FALSE(Find(table, miss).longer) << miss;
  }
}

TEST(KeyPrefixTableTest, ManyKeysAllFoundAfterARebuild) {
  std::unordered_map<std::string, size_t> keys;
  for (size_t i = 0; i < 5000; ++i) keys["key" + std::to_string(i * 7919)] = i;
  KeyPrefixTable table;
  table.Build({{"stale", 9}});
  table.Build(keys);
  EXPECT_EQ(Find(table, "stale").value, KeyPrefixTable::kNoValue);
  for (const auto& [key, value] : keys) EXPECT_EQ(Find(table, key).value, value) << key;
}

TEST(KeyPrefixTableTest, AnEmptyTableFindsNothing) {
  KeyPrefixTable table;
  EXPECT_EQ(Find(table, "gpt4").value, KeyPrefixTable::kNoValue);
  EXPECT_FALSE(Find(table, "").longer);
}

}  // namespace
}  // namespace papergraph
