#include "exporters/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace papergraph {
namespace {

// The error for `path`, described by errno (or by `fallback` when the
// failing call did not set errno, as iostreams may not).
Status IoErrorFor(const std::string& path, int error, const char* fallback) {
  return Status::IoError("cannot write " + path + ": " +
                         (error != 0 ? std::strerror(error) : fallback));
}

// Flushes the file's data to the device. Opening a second descriptor is
// enough: fsync covers every cached write to the file, whichever descriptor
// made it.
int SyncFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  int error = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return error;
}

}  // namespace

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write) {
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  errno = 0;
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  if (!out.is_open()) return IoErrorFor(path, errno, "cannot create the file");

  auto fail = [&](Status status) {
    out.close();
    std::remove(temp.c_str());
    return status;
  };
  Status status = write(out);
  if (!status.ok()) return fail(std::move(status));
  errno = 0;
  out.flush();
  if (!out) return fail(IoErrorFor(path, errno, "write failed"));
  out.close();
  if (out.fail()) return fail(IoErrorFor(path, errno, "close failed"));
  if (int error = SyncFile(temp); error != 0) return fail(IoErrorFor(path, error, ""));
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    return fail(IoErrorFor(path, errno, "rename failed"));
  }
  return Status::Ok();
}

}  // namespace papergraph
