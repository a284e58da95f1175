// Helpers for the exporter tests that hand our files to the real consumers
// (xmllint, Graphviz, NetworkX): run a command and collect what it printed,
// find the tools and the shared schema folder, and make scratch files.
#ifndef PAPERGRAPH_TESTS_EXPORTERS_CONSUMER_TOOLS_H_
#define PAPERGRAPH_TESTS_EXPORTERS_CONSUMER_TOOLS_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace papergraph {
namespace testing_tools {

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout, followed by stderr when the command redirects it
};

// Runs `command` with /bin/sh and returns its exit code and stdout.
inline CommandResult RunCommand(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) result.output.append(buf, n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline bool ToolExists(const std::string& path) { return ::access(path.c_str(), X_OK) == 0; }

// The shared folder (corpus, gold, schemas): $PAPERGRAPH_SHARED, else the
// sibling of the repository that holds the fixtures.
inline std::string SharedDir() {
  const char* env = std::getenv("PAPERGRAPH_SHARED");
  if (env != nullptr && *env != '\0') return env;
  return std::string(PAPERGRAPH_FIXTURES) + "/../../../shared";
}

// A fresh path in the test's temporary directory, unique per test.
inline std::string ScratchPath(const std::string& suffix) {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return ::testing::TempDir() + "papergraph_" + info->test_suite_name() + "_" + info->name() +
         "_" + std::to_string(::getpid()) + suffix;
}

inline void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace testing_tools
}  // namespace papergraph

#endif  // PAPERGRAPH_TESTS_EXPORTERS_CONSUMER_TOOLS_H_
