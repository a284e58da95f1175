#include "extractors/hf_api_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <re2/re2.h>

#include <algorithm>

#include "core/text.h"
#include "extractors/ascii.h"
#include "extractors/file_diagnostics.h"
#include "extractors/record_fields.h"

namespace papergraph {
namespace {

using Severity = Diagnostic::Severity;

const RE2 kIsoDate(R"((\d{4}-\d{2}-\d{2}).*)");
const RE2 kBareArxivId(R"(\d{4}\.\d{4,5}|[a-z][a-z.\-]*/\d{7})");

// The offset of the quote closing the string whose opening quote is at
// `open` (one after an odd run of backslashes is escaped), or npos.
size_t StringEnd(std::string_view text, size_t open) {
  for (size_t quote = text.find('"', open + 1); quote != std::string_view::npos;
       quote = text.find('"', quote + 1)) {
    size_t run = quote;
    while (run > open + 1 && text[run - 1] == '\\') --run;
    if ((quote - run) % 2 == 0) return quote;
  }
  return std::string_view::npos;
}

// The line where each element of a top-level array starts, whatever its
// type, so that problems can name a line. One pass, so that a large file
// with many elements stays linear. For a document that parsed: its strings
// hold no raw newline, so they are skipped whole.
std::vector<int> ElementLines(std::string_view text) {
  std::vector<int> lines;
  int depth = 0;
  int line = 1;
  bool top_array = false;
  bool element_next = false;  // after the top-level '[' or a ',' in it
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') ++line;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (element_next && c != ']') lines.push_back(line);
    element_next = false;
    if (c == '"') {
      i = StringEnd(text, i);
      if (i == std::string_view::npos) break;
    } else if (c == '[' || c == '{') {
      if (depth == 0) top_array = element_next = c == '[';
      ++depth;
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (c == ',' && depth == 1) {
      element_next = top_array;
    }
  }
  return lines;
}

int LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// The UTF-16 unit that the escape "\uXXXX" at `i` writes, or -1.
int EscapedUnit(std::string_view text, size_t i) {
  if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
  int unit = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    char c = LowerAsciiChar(text[k]);
    if (c >= '0' && c <= '9') unit = unit * 16 + (c - '0');
    else if (c >= 'a' && c <= 'f') unit = unit * 16 + (c - 'a' + 10);
    else return -1;
  }
  return unit;
}

// Offsets of the "\uXXXX" escapes of lone UTF-16 surrogates: a high one not
// followed by a low one, or a low one alone. RapidJSON refuses the whole
// document for one of them.
std::vector<size_t> LoneSurrogateEscapes(std::string_view text) {
  std::vector<size_t> found;
  for (size_t i = text.find('\\'); i < text.size(); i = text.find('\\', i + 2)) {
    int unit = EscapedUnit(text, i);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      int low = EscapedUnit(text, i + 6);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        i += 10;  // the next search starts after the pair
        continue;
      }
      found.push_back(i);
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      found.push_back(i);
    }
  }
  return found;
}

const rapidjson::Value* Member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(name);
  return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

// A string member, or "" when absent or not a string. JSON escapes can carry
// control characters and NULs ("\u0008"): such a string is copied to
// *storage with them replaced by U+FFFD, counted in *replaced. The result
// lives until the next call with the same storage.
std::string_view StringMember(const rapidjson::Value& object, const char* name, std::string* storage,
                              int* replaced = nullptr) {
  const rapidjson::Value* v = Member(object, name);
  if (!v || !v->IsString()) return {};
  std::string_view s(v->GetString(), v->GetStringLength());
  if (FindControlChar(s) == std::string_view::npos) return s;
  storage->assign(s);
  int n = ReplaceControlChars(storage);
  if (replaced) *replaced += n;
  return *storage;
}

// An ISO date-time "2024-06-19T..." -> *date = "2024-06-19".
bool IsoDate(std::string_view text, std::string* date) {
  return RE2::FullMatch(Piece(text), kIsoDate, date);
}

class ApiReader {
 public:
  ApiReader(std::string_view text, const std::string& file, Diagnostics* diagnostics)
      : text_(text), problems_(file, diagnostics), path_date_(DateFromPath(file)) {}

  std::vector<PaperRecord> Read();

 private:
  void Element(const rapidjson::Value& element, int line);

  std::string_view text_;
  FileDiagnostics problems_;
  std::string path_date_;
  std::vector<PaperRecord> records_;
};

std::vector<PaperRecord> ApiReader::Read() {
  // The document is parsed in place, in a copy of the text where each lone
  // surrogate escape becomes "\ufffd" (same length: lines keep, and the
  // original text gives them).
  std::string buffer(text_);
  int line = 1;
  size_t counted = 0;  // lines are counted up to here
  for (size_t at : LoneSurrogateEscapes(text_)) {
    line += static_cast<int>(std::count(text_.begin() + counted, text_.begin() + at, '\n'));
    counted = at;
    problems_.Report(Severity::kWarning, line,
           "lone UTF-16 surrogate " + buffer.substr(at, 6) + " replaced by U+FFFD");
    buffer.replace(at + 2, 4, "fffd");
  }
  // The bytes of a BOM are skipped first, one by one, as RapidJSON's
  // reader of a UTF-8 buffer does.
  size_t start = 0;
  for (unsigned char bom : {0xEF, 0xBB, 0xBF}) {
    if (start < buffer.size() && static_cast<unsigned char>(buffer[start]) == bom) ++start;
  }
  rapidjson::Document doc;
  doc.ParseInsitu<rapidjson::kParseStopWhenDoneFlag>(&buffer[start]);
  if (doc.HasParseError()) {
    problems_.Report(Severity::kError, LineAt(text_, start + doc.GetErrorOffset()),
           std::string("invalid JSON (") + rapidjson::GetParseError_En(doc.GetParseError()) +
               "); expected the Hugging Face daily-papers API response, a list of papers");
    return {};
  }
  std::vector<int> lines = ElementLines(text_);
  auto line_of = [&](size_t i) { return i < lines.size() ? lines[i] : 1; };
  if (doc.IsObject()) {
    Element(doc, 1);
  } else if (doc.IsArray()) {
    for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) Element(doc[i], line_of(i));
  } else {
    problems_.Report(Severity::kError, 1, "JSON is neither a list of papers nor a paper object");
  }
  return std::move(records_);
}

void ApiReader::Element(const rapidjson::Value& element, int line) {
  if (!element.IsObject()) {
    problems_.Report(Severity::kWarning, line, "list element is not an object; skipped");
    return;
  }
  const rapidjson::Value* paper = Member(element, "paper");
  if (!paper || !paper->IsObject()) paper = &element;  // a bare paper object
  PaperRecord r;
  int replaced = 0;
  std::string storage;  // for StringMember
  r.arxiv = StringMember(*paper, "id", &storage);
  if (!RE2::FullMatch(r.arxiv, kBareArxivId) && !ArxivIdFromUrl(r.arxiv, &r.arxiv)) {
    problems_.Report(Severity::kWarning, line,
           r.arxiv.empty() ? "paper without an \"id\" skipped"
                           : "paper id \"" + r.arxiv + "\" is not an arXiv id; skipped");
    return;
  }
  r.title = CollapseWhitespace(StringMember(*paper, "title", &storage, &replaced));
  if (r.title.empty()) r.title = CollapseWhitespace(StringMember(element, "title", &storage, &replaced));
  if (r.title.empty()) problems_.Report(Severity::kWarning, line, "paper " + r.arxiv + " has no title");
  std::string date;
  if (IsoDate(StringMember(element, "publishedAt", &storage), &date) ||
      IsoDate(StringMember(*paper, "publishedAt", &storage), &date)) {
    r.date = date;
  } else {
    r.date = path_date_;
    problems_.Report(Severity::kWarning, line,
           "paper " + r.arxiv + " has no publishedAt" +
               (r.date.empty() ? "; no listing date" : "; dated by the file name"));
  }
  if (const rapidjson::Value* v = Member(*paper, "upvotes"); v && v->IsInt()) r.votes = v->GetInt();
  const rapidjson::Value* authors = Member(*paper, "authors");
  if (authors && authors->IsArray()) {
    int unnamed = 0;
    for (const rapidjson::Value& a : authors->GetArray()) {
      std::string name = NormalizeName(StringMember(a, "name", &storage, &replaced));
      if (!name.empty()) r.authors.push_back(std::move(name));
      else ++unnamed;
    }
    if (unnamed > 0) {
      problems_.Report(Severity::kWarning, line,
             "paper " + r.arxiv + ": " + std::to_string(unnamed) + " author(s) without a name dropped");
    }
  } else {
    problems_.Report(Severity::kWarning, line, "paper " + r.arxiv + " has no authors list");
  }
  std::string_view summary = StringMember(*paper, "summary", &storage, &replaced);
  if (summary.empty()) summary = StringMember(element, "summary", &storage, &replaced);
  if (replaced > 0) {
    problems_.Report(Severity::kWarning, line,
           "paper " + r.arxiv + ": " + std::to_string(replaced) + " control character(s) replaced by U+FFFD");
  }
  if (!summary.empty()) r.sections.push_back({"", std::string(summary), line});
  r.file = problems_.file();
  r.line = line;
  records_.push_back(std::move(r));
}

}  // namespace

std::vector<PaperRecord> ReadHfApiJson(std::string_view text, const std::string& file,
                                       Diagnostics* diagnostics) {
  return ApiReader(text, file, diagnostics).Read();
}

bool LooksLikeJson(std::string_view text) {
  size_t i = text.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && (text[i] == '[' || text[i] == '{');
}

}  // namespace papergraph
