// Name context: the text right before a name, and whether a name is glued
// to the letter before it. Shared by the finders of names the lexicon lacks
// (extractors/marked_names.h, kind_guess.h, proposals.h). Pure.
#ifndef PAPERGRAPH_EXTRACTORS_NAME_CONTEXT_H_
#define PAPERGRAPH_EXTRACTORS_NAME_CONTEXT_H_

#include <string_view>

namespace papergraph {

// `text` from up to `size` bytes before `end`, starting on a UTF-8 boundary.
std::string_view Before(std::string_view text, size_t end, size_t size);

// Whether the name at `offset` follows a letter of a Latin-like script
// ("ℬPO" is not "PO"); Hangul before a name is a boundary.
bool GluedToLetter(std::string_view text, size_t offset);

}  // namespace papergraph

#endif  // PAPERGRAPH_EXTRACTORS_NAME_CONTEXT_H_
