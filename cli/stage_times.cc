#include "cli/stage_times.h"

#include <cstdio>

namespace papergraph {

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f s", seconds);
  return text;
}

void StageTimes::Lap(const std::string& stage) {
  Clock::time_point now = Clock::now();
  stages_.emplace_back(stage, std::chrono::duration<double>(now - lap_).count());
  lap_ = now;
}

double StageTimes::Elapsed() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

std::string StageTimes::Summary() const {
  std::string out;
  for (const auto& [stage, seconds] : stages_) out += stage + " " + Seconds(seconds) + ", ";
  return out + "total " + Seconds(std::chrono::duration<double>(lap_ - start_).count());
}

}  // namespace papergraph
