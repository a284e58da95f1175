#include "cli/flags.h"

#include <cerrno>
#include <cstdlib>
#include <iterator>

namespace papergraph {

Status Flags::Parse(int argc, char** argv, int first) {
  bool flags_done = false;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (flags_done || arg == "-" || arg.empty() || arg[0] != '-') {
      positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      flags_done = true;
      continue;
    }
    std::string name = arg, value;
    bool inline_value = false;
    size_t eq = arg.find('=');
    if (eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    if (boolean_.count(name)) {
      if (inline_value) return Status::InvalidArgument(name + " takes no value");
      values_.emplace(name, "");
    } else if (valued_.count(name)) {
      if (!inline_value) {
        if (i + 1 >= argc) return Status::InvalidArgument(name + " needs a value");
        value = argv[++i];
      }
      values_.emplace(name, value);
    } else {
      return Status::InvalidArgument("unknown option " + name);
    }
  }
  return Status::Ok();
}

std::string Flags::Get(const std::string& name, const std::string& fallback) const {
  auto range = values_.equal_range(name);
  if (range.first == range.second) return fallback;
  return std::prev(range.second)->second;  // the last one given wins
}

std::vector<std::string> Flags::GetAll(const std::string& name) const {
  std::vector<std::string> out;
  auto range = values_.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  return out;
}

Status Flags::GetInt(const std::string& name, int* value) const {
  if (!Has(name)) return Status::Ok();
  std::string text = Get(name, "");
  errno = 0;
  char* end = nullptr;
  long v = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || errno != 0 || v < 0 || v > 1000000000) {
    return Status::InvalidArgument(name + " expects a non-negative integer, got \"" + text + "\"");
  }
  *value = static_cast<int>(v);
  return Status::Ok();
}

}  // namespace papergraph
