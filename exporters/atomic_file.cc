#include "exporters/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <streambuf>
#include <vector>

namespace papergraph {
namespace {

// The error for `path`, described by errno value `error`; 0 when the stream
// failed without a system call failing (a writer set badbit).
Status IoErrorFor(const std::string& path, int error) {
  return Status::IoError("cannot write " + path + ": " +
                         (error != 0 ? std::strerror(error) : "write failed"));
}

// The directory that holds `path` ("." for a bare file name).
std::string DirectoryOf(const std::string& path) {
  std::string dir = std::filesystem::path(path).parent_path().string();
  return dir.empty() ? "." : dir;
}

// An output stream buffer over a file descriptor, written out with write(2)
// when full and on flush; a block as big as the buffer or bigger (writers
// hand on about 1 MiB at a time) goes to write(2) as it is, not copied
// through the buffer. The first failed write fails the stream from then
// on and is kept as error(), an errno value. Every kWritebackBytes written
// are handed to the disk at once (sync_file_range), and of the window handed
// before them, what is on the disk by then is dropped from the page cache
// (posix_fadvise; nothing waits for the disk): a big output streams to the
// disk while it is made, instead of piling up in the page cache until the
// kernel throttles the writer and the fsync waits for all of it, and it does
// not push the rest of the page cache out. Both are hints; a failure to
// write shows at the final fsync.
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* text, std::streamsize size) override {
    if (size < static_cast<std::streamsize>(buffer_.size())) {
      return std::streambuf::xsputn(text, size);
    }
    return Drain() && Write(text, text + size) ? size : 0;
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  // Writes out what the buffer holds and empties it.
  bool Drain() {
    if (!Write(pbase(), pptr())) return false;
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }

  bool Write(const char* p, const char* end) {
    if (error_ != 0) return false;
    while (p < end) {
      ssize_t n = ::write(fd_, p, static_cast<size_t>(end - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      p += n;
      written_ += static_cast<off_t>(n);
    }
    if (written_ - handed_ >= kWritebackBytes) HandToDisk();
    return true;
  }

  // Starts writing [handed_, written_) to the disk, and drops from the page
  // cache what of the window handed before it is on the disk (pages still
  // being written are left, and stay cached).
  void HandToDisk() {
    ::sync_file_range(fd_, handed_, written_ - handed_, SYNC_FILE_RANGE_WRITE);
    if (handed_ > dropped_) {
      ::posix_fadvise(fd_, dropped_, handed_ - dropped_, POSIX_FADV_DONTNEED);
      dropped_ = handed_;
    }
    handed_ = written_;
  }

  static constexpr off_t kWritebackBytes = 8 << 20;

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
  off_t written_ = 0;  // bytes written to fd_
  off_t handed_ = 0;   // of which handed to the disk by sync_file_range
  off_t dropped_ = 0;  // of which dropped from the page cache
};

// The file that the new contents of `path` go to until Publish gives it that
// name. Until then the destructor closes it and removes its temporary name,
// if it has one. Methods return 0 or an errno value.
class PendingFile {
 public:
  PendingFile(const std::string& path, const std::string& dir)
      : path_(path), dir_(dir), temp_(path + ".tmp." + std::to_string(::getpid())) {}
  ~PendingFile() {
    if (fd_ >= 0) ::close(fd_);  // after fsync, nothing is left for close to report
    if (named_) ::unlink(temp_.c_str());
  }
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  int fd() const { return fd_; }

  // An unnamed file in the directory, or the named temporary where the
  // filesystem has no O_TMPFILE.
  int Create() {
#ifdef O_TMPFILE
    fd_ = ::open(dir_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd_ >= 0) return 0;
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) return errno;
#endif
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd_ < 0) return errno;
    named_ = true;
    return 0;
  }

  // Names the (synced) file `path`, replacing any file there. An unnamed
  // file is linked through /proc/self/fd: straight as `path` when that name
  // is free, else as the temporary name, since a link cannot replace a file.
  int Publish() {
    if (!named_) {
      std::string self = "/proc/self/fd/" + std::to_string(fd_);
      if (Link(self, path_) == 0) return 0;
      if (errno != EEXIST) return errno;
      ::unlink(temp_.c_str());  // left by a killed run that had our pid
      if (Link(self, temp_) != 0) return errno;
      named_ = true;
    }
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) return errno;
    named_ = false;
    return 0;
  }

 private:
  static int Link(const std::string& from, const std::string& to) {
    return ::linkat(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), AT_SYMLINK_FOLLOW);
  }

  const std::string& path_;
  const std::string& dir_;
  const std::string temp_;
  int fd_ = -1;
  bool named_ = false;  // temp_ names the file, and is removed on failure
};

// Makes the names written in `dir` durable. 0 or an errno value; EINVAL, a
// filesystem that cannot sync a directory, counts as done.
int SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  int error = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
  ::close(fd);
  return error;
}

}  // namespace

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write) {
  const std::string dir = DirectoryOf(path);
  PendingFile file(path, dir);
  if (int error = file.Create(); error != 0) return IoErrorFor(path, error);
  FdStreamBuf buffer(file.fd());
  std::ostream out(&buffer);
  Status status = write(out);
  if (!status.ok()) return status;
  out.flush();
  if (!out) return IoErrorFor(path, buffer.error());
  if (::fsync(file.fd()) != 0) return IoErrorFor(path, errno);
  if (int error = file.Publish(); error != 0) return IoErrorFor(path, error);
  if (int error = SyncDirectory(dir); error != 0) return IoErrorFor(path, error);
  return Status::Ok();
}

}  // namespace papergraph
