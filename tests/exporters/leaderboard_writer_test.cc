#include "exporters/leaderboard_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>

namespace papergraph {
namespace {

Leaderboard Board() {
  Leaderboard board;
  board.benchmark = "HumanEval";
  LeaderboardRow a;
  a.model = "DeepSeek-Coder-V2";
  a.value = 90.2;
  a.value_text = "90.2";
  a.unit = "%";
  a.paper = "2406.11931";
  a.date = "2024-06-19";
  a.evidence = "HumanEval(90.2%), MBPP(76.2%)";
  LeaderboardRow b;
  b.model = "Model \"X\", v2";
  b.value = 70.53;
  b.value_text = "70.53";
  b.unit = "pass@1";
  b.paper = "2406.11912";
  b.date = "2024-06-19";
  b.evidence = "line one\nline two";
  board.rows = {a, b};
  return board;
}

TEST(LeaderboardWriterTest, CsvFieldQuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\r"), "\"cr\r\"");
  EXPECT_EQ(CsvField("\""), "\"\"\"\"");
  EXPECT_EQ(CsvField("모델 'x'"), "모델 'x'");
}

TEST(LeaderboardWriterTest, CsvRowsInOrderWithHeader) {
  std::ostringstream out;
  ASSERT_TRUE(WriteLeaderboardCsv(Board(), out).ok());
  EXPECT_EQ(
      out.str(),
      "rank,model,value,unit,paper,date,evidence\r\n"
      "1,DeepSeek-Coder-V2,90.2,%,2406.11931,2024-06-19,\"HumanEval(90.2%), MBPP(76.2%)\"\r\n"
      "2,\"Model \"\"X\"\", v2\",70.53,pass@1,2406.11912,2024-06-19,\"line one\nline two\"\r\n");
}

TEST(LeaderboardWriterTest, TableAlignsColumnsAndFlattensLineBreaks) {
  Leaderboard board = Board();
  board.rows[1].model = "a\tb\nc";
  std::ostringstream out;
  ASSERT_TRUE(WriteLeaderboardTable(board, out).ok());
  EXPECT_EQ(out.str(),
            "HumanEval (higher is better)\n"
            "rank  model              value  unit    paper       date\n"
            "1     DeepSeek-Coder-V2  90.2   %       2406.11931  2024-06-19\n"
            "2     a b c              70.53  pass@1  2406.11912  2024-06-19\n");
}

TEST(LeaderboardWriterTest, JsonRoundTrips) {
  std::ostringstream out;
  ASSERT_TRUE(WriteLeaderboardJson(Board(), out).ok());
  rapidjson::Document d;
  d.Parse(out.str().c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_STREQ(d["benchmark"].GetString(), "HumanEval");
  EXPECT_STREQ(d["order"].GetString(), "higher is better");
  ASSERT_EQ(d["rows"].Size(), 2u);
  const auto& second = d["rows"][1];
  EXPECT_EQ(second["rank"].GetInt(), 2);
  EXPECT_STREQ(second["model"].GetString(), "Model \"X\", v2");
  EXPECT_DOUBLE_EQ(second["value"].GetDouble(), 70.53);
  EXPECT_STREQ(second["unit"].GetString(), "pass@1");
  EXPECT_FALSE(second["lower_is_better"].GetBool());
  EXPECT_STREQ(second["evidence"].GetString(), "line one\nline two");
}

TEST(LeaderboardWriterTest, EmptyBoardStillHasHeaders) {
  Leaderboard board;
  board.benchmark = "FID bench";
  board.lower_is_better = true;
  std::ostringstream csv, table;
  ASSERT_TRUE(WriteLeaderboardCsv(board, csv).ok());
  ASSERT_TRUE(WriteLeaderboardTable(board, table).ok());
  EXPECT_EQ(csv.str(), "rank,model,value,unit,paper,date,evidence\r\n");
  EXPECT_EQ(table.str(), "FID bench (lower is better)\nrank  model  value  unit  paper  date\n");
}

TEST(LeaderboardWriterTest, FailedStreamIsAnIoError) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(WriteLeaderboardCsv(Board(), out).code(), Status::Code::kIoError);
  EXPECT_EQ(WriteLeaderboardTable(Board(), out).code(), Status::Code::kIoError);
  EXPECT_EQ(WriteLeaderboardJson(Board(), out).code(), Status::Code::kIoError);
}

}  // namespace
}  // namespace papergraph
