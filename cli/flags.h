// A small command-line parser for the subcommands: positional inputs plus
// `--name value`, `--name=value` and boolean `--name` flags declared up
// front, so that an unknown flag is a usage error that names it.
#ifndef PAPERGRAPH_CLI_FLAGS_H_
#define PAPERGRAPH_CLI_FLAGS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"

namespace papergraph {

class Flags {
 public:
  // `valued`: flags that take a value ("-o", "--max-authors");
  // `boolean`: flags that don't ("--strict").
  Flags(std::set<std::string> valued, std::set<std::string> boolean)
      : valued_(std::move(valued)), boolean_(std::move(boolean)) {}

  // Parses argv[first..argc). "--" ends the flags.
  Status Parse(int argc, char** argv, int first);

  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback) const;
  // Every value of a flag given several times, in order.
  std::vector<std::string> GetAll(const std::string& name) const;
  // Parses an integer flag into *value; a malformed number is an error.
  Status GetInt(const std::string& name, int* value) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::set<std::string> valued_, boolean_;
  std::multimap<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_FLAGS_H_
