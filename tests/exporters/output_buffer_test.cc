#include "exporters/output_buffer.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace papergraph {
namespace {

TEST(OutputBuffer, HandsOnEveryPieceInOrder) {
  std::ostringstream stream;
  OutputBuffer out(stream);
  std::string expected;
  for (int i = 0; i < 200000; ++i) {  // several blocks
    out << "line " << i << ' ' << std::string_view() << "end\n";
    expected += "line " + std::to_string(i) + " end\n";
    ASSERT_TRUE(out.Flush());
  }
  ASSERT_TRUE(out.Finish());
  EXPECT_EQ(stream.str(), expected);
}

TEST(OutputBuffer, RoomLargerThanABlock) {
  std::ostringstream stream;
  OutputBuffer out(stream);
  out << "head:";
  const size_t size = (3 << 20) + 7;
  char* at = out.Room(size);
  std::string big(size, 'x');
  big.copy(at, size);
  out.Commit(at + size);
  out << ":tail";
  ASSERT_TRUE(out.Finish());
  EXPECT_EQ(stream.str(), "head:" + big + ":tail");
}

TEST(OutputBuffer, CommitKeepsOnlyWhatWasWritten) {
  std::ostringstream stream;
  OutputBuffer out(stream);
  char* at = out.Room(100);
  at[0] = 'o';
  at[1] = 'k';
  out.Commit(at + 2);
  ASSERT_TRUE(out.Finish());
  EXPECT_EQ(stream.str(), "ok");
}

TEST(OutputBuffer, ReportsAFailedStream) {
  std::ostringstream stream;
  stream.setstate(std::ios::badbit);
  OutputBuffer out(stream);
  out << "text";
  EXPECT_FALSE(out.Finish());
}

}  // namespace
}  // namespace papergraph
