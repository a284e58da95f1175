// A lexicon built from TSV text for extractor tests, so that each test file
// shows the entries its tests depend on. Fails the calling test when the TSV
// has a malformed line.
#ifndef PAPERGRAPH_TESTS_EXTRACTORS_TEST_LEXICON_H_
#define PAPERGRAPH_TESTS_EXTRACTORS_TEST_LEXICON_H_

#include <gtest/gtest.h>

#include "extractors/lexicon.h"

namespace papergraph {

inline Lexicon LexiconFromTsv(const char* tsv) {
  Lexicon lexicon;
  Diagnostics diagnostics;
  lexicon.AddTsv(tsv, "test", &diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.front().ToString();
  return lexicon;
}

}  // namespace papergraph

#endif  // PAPERGRAPH_TESTS_EXTRACTORS_TEST_LEXICON_H_
