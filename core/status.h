// Status and Diagnostic: how errors and input problems cross module
// boundaries in papergraph. No module prints; each returns values that say
// where (file:line) and what went wrong, and the CLI decides what to print.
#ifndef PAPERGRAPH_CORE_STATUS_H_
#define PAPERGRAPH_CORE_STATUS_H_

#include <string>
#include <vector>

namespace papergraph {

// The outcome of a fallible call. Default-constructed is OK.
//   Status s = WriteFileAtomically(path, text);
//   if (!s.ok()) std::cerr << s.message() << "\n";
class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIoError, kInputError };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status IoError(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  static Status InputError(std::string msg) { return {Code::kInputError, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// One input problem: something skipped, repaired or doubtful, with its place.
struct Diagnostic {
  enum class Severity { kNote, kWarning, kError };
  Severity severity = Severity::kWarning;
  std::string file;  // as given on the command line, or "" when not file-bound
  int line = 0;      // 1-based; 0 when the problem is about the whole file
  std::string message;

  // "file:line: warning: message" (the form compilers use, so editors jump to it).
  std::string ToString() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace papergraph

#endif  // PAPERGRAPH_CORE_STATUS_H_
