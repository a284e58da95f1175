// Wall-clock time of the stages of a run, for `build --timings`: each Lap
// closes the stage that ran since the previous one.
#ifndef PAPERGRAPH_CLI_STAGE_TIMES_H_
#define PAPERGRAPH_CLI_STAGE_TIMES_H_

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace papergraph {

// "0.123 s"
std::string Seconds(double seconds);

class StageTimes {
 public:
  StageTimes() : start_(Clock::now()), lap_(start_) {}
  void Lap(const std::string& stage);
  // Seconds since construction.
  double Elapsed() const;
  // "read and extract 0.412 s, graph 0.101 s, ..., total 0.900 s"
  std::string Summary() const;

 private:
  using Clock = std::chrono::steady_clock;
  Clock::time_point start_, lap_;
  std::vector<std::pair<std::string, double>> stages_;
};

}  // namespace papergraph

#endif  // PAPERGRAPH_CLI_STAGE_TIMES_H_
