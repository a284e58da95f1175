#include "extractors/input_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace papergraph {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;
using Severity = Diagnostic::Severity;

const std::string kFixtures = std::string(PAPERGRAPH_FIXTURES) + "/markdown/";

// A scratch directory removed at the end of the test.
class InputFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("papergraph_input_files_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Touch(const std::string& relative) {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "## Daily Papers (2024-01-01)\n";
    return path.generic_string();
  }
  std::string Root() const { return root_.generic_string(); }

  fs::path root_;
};

TEST_F(InputFilesTest, DirectoriesAreSearchedRecursivelyAndSorted) {
  std::string b = Touch("2024/02/01.md");
  std::string a = Touch("2024/01/31.md");
  std::string json = Touch("api/2024-01-30.json");
  std::string upper = Touch("README.MD");
  Touch("notes.txt");
  Touch(".github/ISSUE_TEMPLATE/bug.md");
  Diagnostics diagnostics;
  Strings files = CollectInputFiles({Root()}, &diagnostics);
  EXPECT_EQ(files, Strings({a, b, upper, json}));
  EXPECT_TRUE(diagnostics.empty());
}

TEST_F(InputFilesTest, FilesAreKeptAsGivenAndInOrder) {
  std::string text = Touch("digest.txt");
  std::string md = Touch("a.md");
  Diagnostics diagnostics;
  EXPECT_EQ(CollectInputFiles({text, md}, &diagnostics), Strings({text, md}));
  EXPECT_TRUE(diagnostics.empty());
}

TEST_F(InputFilesTest, MissingInputIsAnErrorAndTheRestIsKept) {
  std::string md = Touch("a.md");
  std::string missing = Root() + "/nope";
  Diagnostics diagnostics;
  EXPECT_EQ(CollectInputFiles({missing, md}, &diagnostics), Strings({md}));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(diagnostics[0].message, "cannot read " + missing + ": No such file or directory");
}

TEST_F(InputFilesTest, DirectoryWithoutDigestsIsAnError) {
  Touch("empty/notes.txt");
  std::string dir = Root() + "/empty";
  Diagnostics diagnostics;
  EXPECT_TRUE(CollectInputFiles({dir}, &diagnostics).empty());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(diagnostics[0].message,
            "no digests found under " + dir + ": expected *.md or *.json files");
}

TEST(ReadDigestFileTest, RemovesBomAndCrlf) {
  std::string raw;
  std::getline(std::ifstream(kFixtures + "crlf_bom.md", std::ios::binary), raw, '\0');
  ASSERT_NE(raw.find("\r\n"), std::string::npos) << "the fixture lost its CRLF line ends";
  ASSERT_EQ(raw.compare(0, 3, "\xEF\xBB\xBF"), 0) << "the fixture lost its BOM";
  std::string text;
  Diagnostics diagnostics;
  ASSERT_TRUE(ReadDigestFile(kFixtures + "crlf_bom.md", &text, &diagnostics));
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_EQ(text.compare(0, 29, "## Daily Papers (2024-08-08)\n"), 0);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(ReadDigestFileTest, RepairsInvalidUtf8WithOneWarningPerLine) {
  std::string text;
  Diagnostics diagnostics;
  ASSERT_TRUE(ReadDigestFile(kFixtures + "invalid_utf8.md", &text, &diagnostics));
  EXPECT_NE(text.find("Bad Bytes In \xEF\xBF\xBD Title"), std::string::npos);
  EXPECT_NE(text.find("Fay \xEF\xBF\xBD Gold, Gil \xEF\xBF\xBD Hart"), std::string::npos);
  ASSERT_EQ(diagnostics.size(), 2u);
  EXPECT_EQ(diagnostics[0].ToString(),
            kFixtures +
                "invalid_utf8.md:3: warning: invalid UTF-8 replaced by U+FFFD (1 sequence)");
  EXPECT_EQ(diagnostics[1].line, 5);
  EXPECT_EQ(diagnostics[1].message, "invalid UTF-8 replaced by U+FFFD (2 sequences)");
}

TEST(ReadDigestFileTest, BinaryFileIsSkipped) {
  std::string text = "stale";
  Diagnostics diagnostics;
  EXPECT_FALSE(ReadDigestFile(kFixtures + "binary.md", &text, &diagnostics));
  EXPECT_TRUE(text.empty());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].message, "binary file skipped (NUL byte at offset 29)");
}

TEST(ReadDigestFileTest, EmptyFileReadsAsEmptyText) {
  std::string text = "stale";
  Diagnostics diagnostics;
  EXPECT_TRUE(ReadDigestFile(kFixtures + "empty.md", &text, &diagnostics));
  EXPECT_TRUE(text.empty());
  EXPECT_TRUE(diagnostics.empty());
}

TEST(ReadDigestFileTest, MissingFileIsAnError) {
  std::string text;
  Diagnostics diagnostics;
  EXPECT_FALSE(ReadDigestFile(kFixtures + "missing.md", &text, &diagnostics));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(diagnostics[0].message,
            "cannot read " + kFixtures + "missing.md: No such file or directory");
}

}  // namespace
}  // namespace papergraph
