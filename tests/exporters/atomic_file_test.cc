#include "exporters/atomic_file.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/exporters/consumer_tools.h"

namespace papergraph {
namespace {

using testing_tools::ReadText;
using testing_tools::ScratchPath;
using testing_tools::WriteText;

// Names in the directory of `path` that start with its file name, other
// than the file itself: leftover temporary files.
std::vector<std::string> Leftovers(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string dir = path.substr(0, slash);
  std::string base = path.substr(slash + 1);
  std::vector<std::string> found;
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return found;
  while (dirent* entry = ::readdir(d)) {
    std::string name = entry->d_name;
    if (name != base && name.rfind(base, 0) == 0) found.push_back(name);
  }
  ::closedir(d);
  return found;
}

auto Writes(const std::string& text) {
  return [text](std::ostream& out) {
    out << text;
    return Status::Ok();
  };
}

TEST(AtomicFile, WritesANewFile) {
  std::string path = ScratchPath(".txt");
  Status status = WriteFileAtomically(path, Writes("hello\n"));
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(ReadText(path), "hello\n");
  EXPECT_TRUE(Leftovers(path).empty());
  std::remove(path.c_str());
}

TEST(AtomicFile, ReplacesAnExistingFile) {
  std::string path = ScratchPath(".txt");
  WriteText(path, "a much longer old text\n");
  ASSERT_TRUE(WriteFileAtomically(path, Writes("new\n")).ok());
  EXPECT_EQ(ReadText(path), "new\n");
  std::remove(path.c_str());
}

// More than the stream's buffer, in pieces of every size: all of it arrives.
TEST(AtomicFile, WritesLongOutputWhole) {
  std::string path = ScratchPath(".txt");
  std::string text;
  for (int i = 0; i < 20000; ++i) text += std::to_string(i) + (i % 7 == 0 ? "\n" : " ");
  text += std::string(200000, 'x');
  ASSERT_TRUE(WriteFileAtomically(path, Writes(text)).ok());
  EXPECT_EQ(ReadText(path), text);
  std::remove(path.c_str());
}

// Blocks bigger than the stream's buffer go to the file at once, small
// pieces through the buffer: all in the order written.
TEST(AtomicFile, KeepsTheOrderOfPiecesAndBlocks) {
  std::string path = ScratchPath(".txt");
  std::string block(300000, 'b');
  std::string expected;
  Status status = WriteFileAtomically(path, [&](std::ostream& out) {
    for (int i = 0; i < 3; ++i) {
      std::string piece = "piece " + std::to_string(i) + "\n";
      out << piece;
      out.write(block.data(), static_cast<std::streamsize>(block.size()));
      expected += piece + block;
    }
    return Status::Ok();
  });
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(ReadText(path), expected);
  std::remove(path.c_str());
}

// Past several writeback windows (8 MiB each), which are handed to the disk
// and then dropped from the page cache as the file grows: every byte is
// there, in order, when the file is read back.
TEST(AtomicFile, BigOutputDroppedFromTheCacheReadsBackWhole) {
  std::string path = ScratchPath(".txt");
  std::string block(1 << 20, 'b');
  Status status = WriteFileAtomically(path, [&](std::ostream& out) {
    for (int i = 0; i < 40; ++i) {
      block[0] = static_cast<char>('A' + i);  // each mebibyte marked
      out.write(block.data(), static_cast<std::streamsize>(block.size()));
      out << i << "\n";
    }
    return Status::Ok();
  });
  ASSERT_TRUE(status.ok()) << status.message();
  std::string text = ReadText(path);
  std::string expected;
  for (int i = 0; i < 40; ++i) {
    block[0] = static_cast<char>('A' + i);
    expected += block + std::to_string(i) + "\n";
  }
  EXPECT_TRUE(text == expected) << "read back " << text.size() << " bytes of " << expected.size();
  std::remove(path.c_str());
}

// A new file gets the mode any created file gets (0666 less the umask).
TEST(AtomicFile, NewFileHasTheUsualMode) {
  std::string path = ScratchPath(".txt");
  mode_t umask = ::umask(022);
  ::umask(umask);
  ASSERT_TRUE(WriteFileAtomically(path, Writes("x")).ok());
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0666 & ~umask);
  std::remove(path.c_str());
}

// A temporary file left by a killed run whose pid was ours is replaced, and
// gone afterwards.
TEST(AtomicFile, StaleTemporaryOfOurPidIsNoObstacle) {
  std::string path = ScratchPath(".txt");
  WriteText(path, "old\n");
  WriteText(path + ".tmp." + std::to_string(::getpid()), "stale");
  ASSERT_TRUE(WriteFileAtomically(path, Writes("new\n")).ok());
  EXPECT_EQ(ReadText(path), "new\n");
  EXPECT_TRUE(Leftovers(path).empty());
  std::remove(path.c_str());
}

TEST(AtomicFile, FailingWriterLeavesOldFileAndNoTemporary) {
  std::string path = ScratchPath(".txt");
  WriteText(path, "old\n");
  Status status = WriteFileAtomically(path, [](std::ostream& out) {
    out << "half of the new";
    return Status::InputError("the writer gave up");
  });
  EXPECT_EQ(status.code(), Status::Code::kInputError);
  EXPECT_EQ(status.message(), "the writer gave up");
  EXPECT_EQ(ReadText(path), "old\n");
  EXPECT_TRUE(Leftovers(path).empty());
  std::remove(path.c_str());
}

TEST(AtomicFile, FailedStreamIsAnIoError) {
  std::string path = ScratchPath(".txt");
  WriteText(path, "old\n");
  Status status = WriteFileAtomically(path, [](std::ostream& out) {
    out.setstate(std::ios::badbit);  // as a full disk would leave it
    return Status::Ok();
  });
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  EXPECT_EQ(status.message().rfind("cannot write " + path + ": ", 0), 0u) << status.message();
  EXPECT_EQ(ReadText(path), "old\n");
  EXPECT_TRUE(Leftovers(path).empty());
  std::remove(path.c_str());
}

// A directory that cannot exist (a path below a regular file) fails even
// for root, and the message names the file and the reason.
TEST(AtomicFile, UnwritableDirectoryIsAClearError) {
  std::string blocker = ScratchPath(".file");
  WriteText(blocker, "not a directory\n");
  std::string path = blocker + "/out/graph.graphml";
  bool called = false;
  Status status = WriteFileAtomically(path, [&](std::ostream&) {
    called = true;
    return Status::Ok();
  });
  EXPECT_EQ(status.code(), Status::Code::kIoError);
  EXPECT_EQ(status.message(), "cannot write " + path + ": Not a directory");
  EXPECT_FALSE(called);
  std::remove(blocker.c_str());
}

}  // namespace
}  // namespace papergraph
