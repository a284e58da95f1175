#include "cli/progress_line.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace papergraph {

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

std::function<void(int, int)> MakeProgressLine() {
  using Clock = std::chrono::steady_clock;
  auto last = std::make_shared<Clock::time_point>();
  return [last](int done, int total) {
    if (done >= total) {
      std::fputs("\r\033[K", stderr);  // erase the line; the summary follows
      return;
    }
    Clock::time_point now = Clock::now();
    if (now - *last < std::chrono::milliseconds(100)) return;
    *last = now;
    std::fprintf(stderr, "\rpapergraph: reading %d/%d files", done, total);
    std::fflush(stderr);
  };
}

}  // namespace papergraph
