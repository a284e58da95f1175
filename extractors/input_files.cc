#include "extractors/input_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "core/utf8.h"
#include "extractors/ascii.h"
#include "extractors/hf_api_reader.h"

namespace papergraph {
namespace fs = std::filesystem;
namespace {

constexpr size_t kBinaryProbeBytes = 8192;

void Report(Diagnostic::Severity severity, const std::string& file, int line, std::string message,
            Diagnostics* diagnostics) {
  Diagnostic d;
  d.severity = severity;
  d.file = file;
  d.line = line;
  d.message = std::move(message);
  diagnostics->push_back(std::move(d));
}

// *.md or *.json, in any letter case.
bool IsDigestName(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 LowerAsciiChar);
  return ext == ".md" || ext == ".json";
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Appends the digests below `dir`, sorted by path. Hidden directories
// (".git", ".github") are not searched.
void CollectDirectory(const std::string& dir, std::vector<std::string>* files,
                      Diagnostics* diagnostics) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_directory(type_ec)) {
      if (IsHidden(entry.path())) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(type_ec) && IsDigestName(entry.path())) {
      found.push_back(entry.path().generic_string());
    }
  }
  if (ec) {
    Report(Diagnostic::Severity::kError, dir, 0, "cannot read " + dir + ": " + ec.message(),
           diagnostics);
  }
  if (found.empty()) {
    Report(Diagnostic::Severity::kError, dir, 0,
           "no digests found under " + dir + ": expected *.md or *.json files", diagnostics);
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
}

// Line ends to LF, leading BOM removed.
std::string NormalizeLineEnds(std::string raw) {
  if (raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);
  if (raw.find('\r') == std::string::npos) return raw;
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\r') {
      out += raw[i];
    } else {
      out += '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    }
  }
  return out;
}

// Repairs invalid UTF-8 line by line so that each warning names its line.
void RepairLines(const std::string& path, std::string* text, Diagnostics* diagnostics) {
  if (IsValidUtf8(*text)) return;
  std::string out;
  out.reserve(text->size());
  size_t start = 0;
  for (int line = 1; start <= text->size(); ++line) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string piece = text->substr(start, end - start);
    int bad = RepairUtf8(&piece);
    if (bad > 0) {
      Report(Diagnostic::Severity::kWarning, path, line,
             "invalid UTF-8 replaced by U+FFFD (" + std::to_string(bad) +
                 (bad == 1 ? " sequence)" : " sequences)"),
             diagnostics);
    }
    out += piece;
    if (end < text->size()) out += '\n';
    start = end + 1;
  }
  text->swap(out);
}

}  // namespace

std::vector<std::string> CollectInputFiles(const std::vector<std::string>& inputs,
                                           Diagnostics* diagnostics) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    if (input == "-") {  // standard input
      files.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      std::string why = ec ? ec.message() : std::strerror(ENOENT);
      Report(Diagnostic::Severity::kError, input, 0, "cannot read " + input + ": " + why,
             diagnostics);
    } else if (fs::is_directory(status)) {
      CollectDirectory(input, &files, diagnostics);
    } else {
      files.push_back(input);
    }
  }
  return files;
}

bool ReadDigestFile(const std::string& path, std::string* text, Diagnostics* diagnostics,
                    const InputLimits& limits) {
  text->clear();
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      Report(Diagnostic::Severity::kError, path, 0,
             "cannot read " + path + ": " + std::strerror(errno), diagnostics);
      return false;
    }
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::string raw;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    raw.append(buffer, static_cast<size_t>(in.gcount()));
    if (static_cast<int64_t>(raw.size()) > limits.max_file_bytes) {
      Report(Diagnostic::Severity::kWarning, path, 0,
             "file larger than " + std::to_string(limits.max_file_bytes >> 20) +
                 " MiB (--max-file-mb) skipped",
             diagnostics);
      return false;
    }
  }
  if (in.bad()) {
    Report(Diagnostic::Severity::kError, path, 0, "cannot read " + path + ": read error",
           diagnostics);
    return false;
  }
  size_t nul = raw.find('\0');
  if (nul != std::string::npos && nul < kBinaryProbeBytes) {
    Report(Diagnostic::Severity::kWarning, path, 0,
           "binary file skipped (NUL byte at offset " + std::to_string(nul) + ")", diagnostics);
    return false;
  }
  *text = NormalizeLineEnds(std::move(raw));
  RepairLines(path, text, diagnostics);
  if (!LooksLikeJson(*text)) CutLongLines(path, limits.max_line_bytes, text, diagnostics);
  return true;
}

}  // namespace papergraph
