// One value per record (a deal, a customer), read-only: either the values' own vector, or a view
// of a table column they are equal to. A deal attribute read straight from its column (the
// amounts, a deal text whose codes are the column's own, an account attribute that every deal of
// an account carries alike) then costs no copy of the column: on a million deals, 4 or 8 MB each.
// A view needs its column to outlive it, as the attributes' texts already need their dictionaries.
#pragma once

#include <cstddef>
#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

namespace icp::metrics {

template <typename T>
class RecordValues {
 public:
  using value_type = T;

  RecordValues() = default;
  // Explicit, so that a vector is never copied into one unseen (a ?: with a vector, say).
  explicit RecordValues(std::vector<T> own) : own_(std::move(own)), view_(own_) {}
  explicit RecordValues(std::initializer_list<T> values) : RecordValues(std::vector<T>(values)) {}
  // The column's values, not copied.
  static RecordValues view_of(std::span<const T> column) {
    RecordValues v;
    v.view_ = column;
    v.owned_ = false;
    return v;
  }

  RecordValues(const RecordValues& o) : own_(o.own_), view_(o.owned_ ? std::span<const T>(own_) : o.view_), owned_(o.owned_) {}
  // A moved vector keeps its buffer, so the view stays valid.
  RecordValues(RecordValues&& o) noexcept : own_(std::move(o.own_)), view_(o.view_), owned_(o.owned_) { o.view_ = {}; }
  RecordValues& operator=(const RecordValues& o) {
    if (this != &o) *this = RecordValues(o);
    return *this;
  }
  RecordValues& operator=(RecordValues&& o) noexcept {
    own_ = std::move(o.own_);
    view_ = o.view_;
    owned_ = o.owned_;
    o.view_ = {};
    return *this;
  }

  size_t size() const { return view_.size(); }
  bool empty() const { return view_.empty(); }
  const T& operator[](size_t i) const { return view_[i]; }
  auto begin() const { return view_.begin(); }
  auto end() const { return view_.end(); }
  std::span<const T> span() const { return view_; }
  operator std::span<const T>() const { return view_; }  // NOLINT: implicit on purpose

  // Whether the values are a view of a column (no storage of their own), and the bytes they own.
  bool is_view() const { return !owned_; }
  size_t owned_bytes() const { return own_.capacity() * sizeof(T); }

  friend bool operator==(const RecordValues& a, const RecordValues& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
  }
  friend bool operator==(const RecordValues& a, const std::vector<T>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
  }

 private:
  std::vector<T> own_;
  std::span<const T> view_;
  bool owned_ = true;
};

// Builds the values of `rows` records one at a time, in order, as a view of `column` for as long as
// each value is bit for bit the column's own (so NaN equals NaN), and as an own copy from the first
// record that differs (the column's values before it copied once). A column shorter than the rows
// differs at its end.
template <typename T>
class RecordValuesBuilder {
 public:
  RecordValuesBuilder(std::span<const T> column, size_t rows) : column_(column), rows_(rows) {}

  void push(const T& value) {
    if (!copied_) [[likely]] {
      if (pushed_ < column_.size() && std::memcmp(&value, &column_[pushed_], sizeof(T)) == 0) [[likely]] {
        ++pushed_;
        return;
      }
      copy_column();
    }
    if (pushed_ == own_.size()) [[unlikely]] own_.resize(2 * pushed_ + 1);  // more than `rows` values
    own_[pushed_++] = value;
  }

  RecordValues<T> finish() && {
    if (copied_) {
      own_.resize(pushed_);
      return RecordValues<T>(std::move(own_));
    }
    return RecordValues<T>::view_of(column_.first(pushed_));
  }

 private:
  [[gnu::noinline]] void copy_column() {
    copied_ = true;
    own_.resize(std::max(rows_, pushed_ + 1));
    std::copy(column_.begin(), column_.begin() + static_cast<std::ptrdiff_t>(pushed_), own_.begin());
  }

  std::span<const T> column_;
  size_t rows_;
  size_t pushed_ = 0;
  bool copied_ = false;
  std::vector<T> own_;
};

}  // namespace icp::metrics
