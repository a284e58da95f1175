#include "cli/output_directory.h"

#include <filesystem>
#include <system_error>

namespace papergraph {

Status CreateOutputDirectory(const std::string& dir) {
  if (dir.empty()) return Status::Ok();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create output directory " + dir + ": " + ec.message());
  return Status::Ok();
}

std::string DirectoryOf(const std::string& file) {
  return std::filesystem::path(file).parent_path().string();
}

}  // namespace papergraph
