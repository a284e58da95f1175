// Name tokens: the words the entity extractor looks names up by. A token is
// a maximal run of ASCII letters and digits and of letters and digits below
// U+1100 (Latin, Greek, Cyrillic: "Tülu", "τ-bench", "μP"); Hangul, CJK,
// spaces and punctuation separate tokens, so a token boundary is a word
// boundary ("MMLU에서" gives MMLU). Each token comes with its folded key
// (core/text.h FoldKey), all keys in one buffer so that the key of a run of
// tokens is one slice of it.
#ifndef PAPERGRAPH_EXTRACTORS_NAME_TOKENS_H_
#define PAPERGRAPH_EXTRACTORS_NAME_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace papergraph {

// One token: text[begin, end).
struct Token {
  size_t begin = 0;
  size_t end = 0;
  size_t folded_end = 0;  // where its folded form ends in TokenizedText::folded
};

// The tokens of a text and their folded keys, one after another in one
// buffer: the key of tokens i..j is folded[tokens[i - 1].folded_end,
// tokens[j].folded_end) (from 0 for the first token).
struct TokenizedText {
  std::vector<Token> tokens;
  std::string folded;

  size_t FoldedBegin(size_t t) const { return t == 0 ? 0 : tokens[t - 1].folded_end; }
  std::string_view Folded(size_t first, size_t last) const {
    size_t begin = FoldedBegin(first);
    return std::string_view(folded).substr(begin, tokens[last].folded_end - begin);
  }
};

// The tokens of `text` (UTF-8; an invalid byte is a separator).
TokenizedText Tokenize(std::string_view text);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_NAME_TOKENS_H_
