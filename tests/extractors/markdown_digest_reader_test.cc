#include "extractors/markdown_digest_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/input_files.h"

namespace papergraph {
namespace {

using Strings = std::vector<std::string>;
using Severity = Diagnostic::Severity;

const std::string kFixtures = std::string(PAPERGRAPH_FIXTURES) + "/markdown/";
const std::string kReplacement = "\xEF\xBF\xBD";

struct Digest {
  std::vector<PaperRecord> papers;
  Diagnostics diagnostics;

  // The diagnostics reported for `line`, as "severity: message" strings.
  std::vector<std::string> At(int line) const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics) {
      if (d.line != line) continue;
      const char* s = d.severity == Severity::kNote      ? "note: "
                      : d.severity == Severity::kWarning ? "warning: "
                                                         : "error: ";
      out.push_back(s + d.message);
    }
    return out;
  }
};

Digest ReadFixture(const std::string& name) {
  Digest digest;
  std::string path = kFixtures + name;
  std::string text;
  EXPECT_TRUE(ReadDigestFile(path, &text, &digest.diagnostics)) << path;
  digest.papers = ReadMarkdownDigest(text, path, &digest.diagnostics);
  return digest;
}

Digest ReadText(const std::string& text, const std::string& file = "mem.md") {
  Digest digest;
  digest.papers = ReadMarkdownDigest(text, file, &digest.diagnostics);
  return digest;
}

std::vector<std::string> Names(const PaperRecord& p) {
  std::vector<std::string> out;
  for (const Section& s : p.sections) out.push_back(s.name);
  return out;
}

TEST(MarkdownDigestReaderTest, SectionsFormWithMediaVotesAndTruncatedAuthors) {
  Digest d = ReadFixture("sections.md");
  ASSERT_EQ(d.papers.size(), 4u);
  const PaperRecord& p = d.papers[0];
  EXPECT_EQ(p.arxiv, "2405.01234");
  EXPECT_EQ(p.title, "Lantern: Lighting Up Sparse Attention for Long Documents");
  EXPECT_EQ(p.date, "2024-05-14");
  EXPECT_EQ(p.votes, 42);
  EXPECT_EQ(p.authors, Strings({"Ada Quill", "Bram Okafor", "Chen Liwei"}));
  EXPECT_TRUE(p.authors_truncated);
  EXPECT_EQ(Names(p), Strings({"What's New", "Technical Details", "Performance Highlights"}));
  EXPECT_EQ(p.sections[2].text, "LongBench에서 51.3%를 기록했습니다.");
  EXPECT_EQ(p.sections[2].line, 13);
  EXPECT_EQ(p.file, kFixtures + "sections.md");
  EXPECT_EQ(p.line, 3);
  EXPECT_TRUE(d.diagnostics.size() == 1) << "only the unbalanced bold is reported";
}

TEST(MarkdownDigestReaderTest, PdfLinkVersionDashVoteAndTrailingPlus) {
  Digest d = ReadFixture("sections.md");
  const PaperRecord& p = d.papers[1];
  EXPECT_EQ(p.arxiv, "2405.04321");
  EXPECT_FALSE(p.votes.has_value());
  EXPECT_EQ(p.authors, Strings({"Dana Ruiz", "Eli Stone"}));
  EXPECT_TRUE(p.authors_truncated);
  EXPECT_EQ(Names(p), Strings({"What's New", "Technical Details", "Performance Highlights"}));
}

TEST(MarkdownDigestReaderTest, WatchVideoLinesAndSectionNameVariants) {
  Digest d = ReadFixture("sections.md");
  const PaperRecord& p = d.papers[2];
  EXPECT_EQ(p.votes, 7);
  EXPECT_EQ(p.authors, Strings({"Farah Noor"}));
  EXPECT_FALSE(p.authors_truncated);
  EXPECT_EQ(Names(p), Strings({"Performance Highlights", "What’s New", "새로운 점"}));
  EXPECT_EQ(p.sections[0].text, "콜론이 굵은 글씨 안에 있습니다.");
  EXPECT_EQ(d.papers[3].votes, 0);
}

TEST(MarkdownDigestReaderTest, UnbalancedBoldIsRepairedWithAWarning) {
  Digest d = ReadFixture("sections.md");
  const PaperRecord& p = d.papers[3];
  EXPECT_EQ(Names(p), Strings({"What's New", "Technical Details", "Performance Highlights"}));
  EXPECT_EQ(p.sections[1].text, "별표가 맞지 않는 섹션입니다.");
  EXPECT_EQ(d.At(52), Strings({"warning: unbalanced bold around section name "
                                    "\"Technical Details\" repaired"}));
}

TEST(MarkdownDigestReaderTest, PlainBulletsAndContinuationLines) {
  Digest d = ReadFixture("bullets.md");
  ASSERT_EQ(d.papers.size(), 4u);
  const PaperRecord& p = d.papers[0];
  EXPECT_EQ(Names(p), Strings({"", "", ""}));
  EXPECT_EQ(p.sections[1].text,
            "두 번째 요점은 하위 항목을 가집니다:\n- (1) 첫 하위 항목\n- (2) 둘째 하위 항목");
  EXPECT_EQ(p.SummaryText(), "첫 번째 요점입니다.\n" + p.sections[1].text + "\n세 번째 요점입니다.");

  const PaperRecord& q = d.papers[1];
  EXPECT_EQ(Names(q), Strings({"What's New", "Technical Details", "Performance Highlights"}));
  EXPECT_EQ(q.sections[1].text,
            "주요 구성 요소는 다음과 같습니다:\n1. **Encoder**: 작은 인코더.\n"
            "2) 두 번째 구성 요소.\n추가 문단은 앞 섹션에 이어 붙습니다.");
  // Its last two papers have no Authors line, and each is reported.
  for (int line : {27, 29}) {
    EXPECT_EQ(d.At(line), Strings({"warning: paper without an \"Authors:\" line: listed with no authors"}));
  }
  EXPECT_EQ(d.diagnostics.size(), 2u) << d.diagnostics[0].ToString();
}

TEST(MarkdownDigestReaderTest, PapersWithoutAuthorsVoteOrSummary) {
  Digest d = ReadFixture("bullets.md");
  const PaperRecord& empty = d.papers[2];
  EXPECT_EQ(empty.arxiv, "2312.00003");
  EXPECT_TRUE(empty.authors.empty());
  EXPECT_FALSE(empty.authors_truncated);
  EXPECT_FALSE(empty.votes.has_value());
  EXPECT_TRUE(empty.sections.empty());
  const PaperRecord& summary_only = d.papers[3];
  EXPECT_TRUE(summary_only.authors.empty());
  ASSERT_EQ(summary_only.sections.size(), 1u);
  EXPECT_EQ(summary_only.sections[0].text, "저자도 투표도 없는 논문입니다.");
}

TEST(MarkdownDigestReaderTest, PythonLiteralSectionsBecomeTheirStrings) {
  Digest d = ReadFixture("section_literals.md");
  ASSERT_EQ(d.papers.size(), 1u);
  const std::vector<Section>& s = d.papers[0].sections;
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0].text, "첫 문장입니다.\n둘째 문장에 'quote'가 있습니다.\n셋째\n줄바꿈");
  EXPECT_EQ(s[1].text, "인코더와 디코더.\n합성 데이터.");
  EXPECT_EQ(s[2].text, "Code score 90.1%.\nMath score 70.2%.");
  EXPECT_EQ(s[3].text, "['닫히지 않은 리스트',");
  EXPECT_EQ(d.At(12), Strings({"note: section text looks like a Python literal but does "
                                    "not parse; kept as written"}));
  EXPECT_EQ(s[4].text, "[IDK] 토큰은 리터럴이 아닙니다.");
  // A repeated name is a second section; a plain bullet continues the one above.
  EXPECT_EQ(s[5].name, "Technical Details");
  EXPECT_EQ(s[5].text, "같은 이름의 두 번째 섹션입니다.\n- 섹션 형식 안의 일반 글머리표입니다.");
  EXPECT_EQ(d.At(15).size(), 1u);
}

TEST(MarkdownDigestReaderTest, AuthorListForms) {
  Digest d = ReadFixture("authors.md");
  ASSERT_EQ(d.papers.size(), 6u);
  // The same name twice stays twice: the record keeps the list as written.
  EXPECT_EQ(d.papers[0].authors, Strings({"Lena Fischer", "Marc Dubois", "Lena Fischer"}));
  EXPECT_EQ(d.papers[1].authors, Strings({"Niamh O'Neill", "Omar 'Oz' Haddad", "Pia Novak"}));
  EXPECT_EQ(d.papers[2].authors, Strings({"Quinn Avery", "Rosa Lima"}));
  EXPECT_TRUE(d.papers[2].authors_truncated);
  EXPECT_EQ(d.papers[3].authors, Strings({"Sam Otieno", "Tara Quinn"}));
  EXPECT_TRUE(d.papers[3].authors_truncated);
  EXPECT_EQ(d.At(17), Strings({"warning: authors: Python-list form did not parse; names "
                                    "split at commas"}));
  EXPECT_EQ(d.papers[4].authors,
              Strings({"Uma Das", "Victor Hugo Perez", "Uma Das", "Wen Jie"}));
  EXPECT_TRUE(d.papers[4].authors_truncated);
  EXPECT_EQ(d.papers[5].authors, Strings({"Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez",
                                               "Zo\xC3\xAB Kraus"}));
}

TEST(MarkdownDigestReaderTest, TitlesAndIdentifiers) {
  Digest d = ReadFixture("titles.md");
  std::vector<std::string> ids, titles;
  for (const PaperRecord& p : d.papers) {
    ids.push_back(p.arxiv);
    titles.push_back(p.title);
  }
  EXPECT_EQ(ids, Strings({"2501.00011", "2501.00012", "2501.00013", "2501.00014",
                               "2501.00015", "cs/0101001", "2501.00016", "2501.00018"}));
  EXPECT_EQ(titles[0], "I Said \"No\": Quoted Words in a Title");
  EXPECT_EQ(titles[1], "$\\alpha$-Mix: Math in a Title");
  EXPECT_EQ(titles[2], "Coder: Training with \\textsc{Self-Check}");
  EXPECT_EQ(titles[3], "Saying Unsure: an [UNSURE] Token for Models");
  EXPECT_EQ(titles[4], "Reasoning Across Model-[k] and Model-[k+1] Generations");
}

TEST(MarkdownDigestReaderTest, HeadingsWithoutAnArxivLinkAreSkippedWithTheirLines) {
  Digest d = ReadFixture("titles.md");
  EXPECT_EQ(d.At(17), Strings({"warning: paper heading without an arXiv link skipped "
                                    "(link \"https://example.org/blog/post\")"}));
  ASSERT_EQ(d.At(25).size(), 1u);
  EXPECT_NE(d.At(25)[0].find("warning: paper heading not understood"), std::string::npos);
  size_t other = 0;  // than the warnings for the title papers without an Authors line
  for (const Diagnostic& x : d.diagnostics) {
    other += x.message.find("without an \"Authors:\" line") == std::string::npos;
  }
  EXPECT_EQ(other, 2u) << "the skipped blocks' lines are not reported again";
  EXPECT_EQ(d.papers.back().votes, 1);
  EXPECT_TRUE(d.papers.back().authors.empty()) << "the skipped block's authors leaked";
}

TEST(MarkdownDigestReaderTest, WrappedFileRepeatedHeaderAndRepeatedPaper) {
  Digest d = ReadFixture("wrapped.md");
  ASSERT_EQ(d.papers.size(), 3u);
  EXPECT_EQ(d.papers[0].arxiv, "2410.00001");
  EXPECT_EQ(d.papers[1].arxiv, "2410.00002");
  EXPECT_EQ(d.papers[2].arxiv, "2410.00001") << "the reader emits both listings";
  EXPECT_EQ(d.papers[2].votes, 12);
  EXPECT_EQ(d.papers[2].SummaryText(), "같은 논문이 다시 나옵니다.");
  for (const PaperRecord& p : d.papers) EXPECT_EQ(p.date, "2024-10-02");
  EXPECT_EQ(d.At(18), Strings({"note: repeated day header (2024-10-02); papers continue"}));
  EXPECT_EQ(d.At(39), Strings({"note: paper data outside any paper heading ignored: Vote: 100"}));
  EXPECT_EQ(d.At(44), Strings({"note: paper heading inside a code block ignored"}));
  EXPECT_EQ(d.diagnostics.size(), 3u);
}

TEST(MarkdownDigestReaderTest, DayHeaderWithAnotherDateDatesThePapersBelow) {
  Digest d = ReadText("## Daily Papers (2024-01-02)\n### [A](https://arxiv.org/abs/2401.00001)\n"
                      "## Daily Papers (2024-01-03)\n### [B](https://arxiv.org/abs/2401.00002)\n");
  ASSERT_EQ(d.papers.size(), 2u);
  EXPECT_EQ(d.papers[0].date, "2024-01-02");
  EXPECT_EQ(d.papers[1].date, "2024-01-03");
  ASSERT_EQ(d.At(3).size(), 1u);
  EXPECT_EQ(d.At(3)[0].rfind("warning: ", 0), 0u);
}

TEST(MarkdownDigestReaderTest, DateFromPathWithoutHeader) {
  Digest d = ReadFixture("2024/03/05.md");
  ASSERT_EQ(d.papers.size(), 1u);
  EXPECT_EQ(d.papers[0].date, "2024-03-05");
  EXPECT_EQ(d.At(1), Strings({"note: no \"## Daily Papers (YYYY-MM-DD)\" header; date "
                                   "2024-03-05 taken from the path"}));
}

TEST(MarkdownDigestReaderTest, CrlfAndBom) {
  Digest d = ReadFixture("crlf_bom.md");
  ASSERT_EQ(d.papers.size(), 1u);
  EXPECT_EQ(d.papers[0].date, "2024-08-08");
  EXPECT_EQ(d.papers[0].title, "Windows Line Ends");
  EXPECT_EQ(d.papers[0].authors, Strings({"Dora Vance", "Emil Wolf"}));
  EXPECT_EQ(d.papers[0].SummaryText(), "CRLF 줄 끝입니다.\n둘째 줄.");
  EXPECT_TRUE(d.diagnostics.empty());
  // The reader copes with CRLF on its own too, without turning CR into U+FFFD.
  Digest direct = ReadText("## Daily Papers (2024-08-08)\r\n"
                           "### [T](https://arxiv.org/abs/2408.00808)\r\n"
                           "Authors: A B, C D\r\n");
  ASSERT_EQ(direct.papers.size(), 1u);
  EXPECT_EQ(direct.papers[0].authors, Strings({"A B", "C D"}));
  EXPECT_TRUE(direct.diagnostics.empty());
}

TEST(MarkdownDigestReaderTest, ControlCharactersBecomeReplacementsWithWarnings) {
  Digest d = ReadFixture("control_chars.md");
  ASSERT_EQ(d.papers.size(), 1u);
  EXPECT_EQ(d.papers[0].title, "Control " + kReplacement + "Character Title");
  EXPECT_EQ(d.papers[0].authors, Strings({"Hal" + kReplacement + " Ives", "Ida Jones"}));
  EXPECT_EQ(d.papers[0].sections[0].text, kReplacement + "enchname 입니다.");
  for (int line : {3, 5, 7}) {
    EXPECT_EQ(d.At(line), Strings({"warning: 1 control character(s) replaced by U+FFFD"}));
  }
}

TEST(MarkdownDigestReaderTest, RepairedUtf8ReachesTheRecord) {
  Digest d = ReadFixture("invalid_utf8.md");
  ASSERT_EQ(d.papers.size(), 1u);
  EXPECT_EQ(d.papers[0].title, "Bad Bytes In " + kReplacement + " Title");
  EXPECT_EQ(d.papers[0].authors,
            Strings({"Fay " + kReplacement + " Gold", "Gil " + kReplacement + " Hart"}));
  EXPECT_EQ(d.At(3).size(), 1u);
  EXPECT_EQ(d.At(5).size(), 1u);
  EXPECT_EQ(d.At(7), Strings({"warning: 1 control character(s) replaced by U+FFFD"}));
}

TEST(MarkdownDigestReaderTest, UnreadableAndRepeatedVotes) {
  Digest d = ReadText("### [T](https://arxiv.org/abs/2401.00001)\nVote: many\nVote: 3\n"
                      "Authors: A\nAuthors: B\n");
  ASSERT_EQ(d.papers.size(), 1u);
  EXPECT_FALSE(d.papers[0].votes.has_value());
  EXPECT_EQ(d.papers[0].authors, Strings({"A"}));
  EXPECT_EQ(d.At(2), Strings({"warning: unreadable vote \"many\" taken as none"}));
  EXPECT_EQ(d.At(3), Strings({"warning: second Vote line ignored"}));
  EXPECT_EQ(d.At(5), Strings({"warning: second Authors line ignored"}));
}

TEST(MarkdownDigestReaderTest, LongLinesAreQuotedWholeCharacters) {
  std::string ga = "\xEA\xB0\x80";  // U+AC00, three bytes
  std::string forty, twenty_three;
  for (int i = 0; i < 40; ++i) forty += ga;
  for (int i = 0; i < 23; ++i) twenty_three += ga;
  Digest d = ReadText("## Daily Papers (2024-01-02)\nAuthors: " + forty + "\n");
  EXPECT_EQ(d.At(2), Strings({"note: paper data outside any paper heading ignored: Authors: " +
                              twenty_three + "..."}));
}

TEST(MarkdownDigestReaderTest, NoPapers) {
  Digest d = ReadText("## Daily Papers (2024-01-02)\n\nNothing listed today.\n");
  EXPECT_TRUE(d.papers.empty());
  EXPECT_EQ(d.At(0), Strings({"note: no papers in this file"}));
  EXPECT_TRUE(ReadText("").papers.empty());
}

TEST(MarkdownDigestReaderTest, LooksLikeMarkdownDigest) {
  EXPECT_TRUE(LooksLikeMarkdownDigest("## Daily Papers (2024-01-02)\n"));
  EXPECT_TRUE(
      LooksLikeMarkdownDigest("# Notes\r\n\r\n### [T](https://arxiv.org/abs/2401.00001)\r\n"));
  EXPECT_FALSE(LooksLikeMarkdownDigest("### [T](https://example.org/x)\n"));
  EXPECT_FALSE(LooksLikeMarkdownDigest("{\"papers\": []}"));
  EXPECT_FALSE(LooksLikeMarkdownDigest(""));
}

}  // namespace
}  // namespace papergraph
