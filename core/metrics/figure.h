// A figure or the reason there is none ("insufficient data (n=4)", "no close dates"): every metric
// is one, so the report writes null with a sibling "<key>_reason" and never a made-up zero.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace icp::metrics {

template <class T>
struct Figure {
  std::optional<T> value;
  std::string reason;

  static Figure of(T v) { return Figure{std::move(v), {}}; }
  static Figure none(std::string why) { return Figure{std::nullopt, std::move(why)}; }
};

// METHODS.md's wording for a figure under its minimum sample.
inline std::string insufficient(uint64_t n) { return "insufficient data (n=" + std::to_string(n) + ")"; }

}  // namespace icp::metrics
