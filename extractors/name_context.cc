#include "extractors/name_context.h"

#include <utf8proc.h>


#include "extractors/ascii.h"

namespace papergraph {

std::string_view Before(std::string_view text, size_t end, size_t size) {
  size_t begin = end > size ? end - size : 0;
  while (begin < end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
  return text.substr(begin, end - begin);
}

bool GluedToLetter(std::string_view text, size_t offset) {
  if (offset == 0) return false;
  size_t start = offset - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  utf8proc_int32_t cp = 0;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + start),
                   static_cast<utf8proc_ssize_t>(offset - start), &cp);
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp));
  bool hangul_or_cjk = (cp >= 0x1100 && cp < 0x1200) || (cp >= 0x2E80 && cp < 0xA000) ||
                       (cp >= 0xAC00 && cp < 0xD7B0) || (cp >= 0xF900 && cp < 0xFB00) ||
                       (cp >= 0xFF00 && cp < 0xFFF0);
  if (hangul_or_cjk) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

}  // namespace papergraph
