// One value per record (a deal, a customer), read-only, held in the least memory that gives it:
// - a view of a table column the values are equal to (the amounts; a deal text whose codes are its
//   column's; an account attribute every deal of an account carries alike): no copy;
// - gathered through the deals' customer keys: a deal with a customer takes its customer's value
//   from a table by key, one without takes its column's (an account attribute whose deals disagree
//   about it, when the account speaks for them all): a value per customer, not per deal;
// - its own values, otherwise.
// On a million deals a copy is 8 MB for numbers, and 1 to 4 MB for text codes, which are kept in
// the fewest bytes they need (table/code_column.h). A view and a gathering need their column and
// keys to outlive them, as the attributes' texts already need their dictionaries.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "table/code_column.h"

namespace icp::metrics {

// How the values of a type are stored and read: doubles side by side, text codes by width.
template <typename T>
struct ValueStorage;
template <>
struct ValueStorage<double> {
  using Own = std::vector<double>;
  using View = std::span<const double>;
  static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
  static View view_of(const Own& own) { return View(own); }
  template <typename F>
  static void for_each(View v, F&& f) {
    for (double x : v) f(x);
  }
};
template <>
struct ValueStorage<uint32_t> {
  using Own = table::CodeColumn;
  using View = table::CodeSpan;
  static constexpr uint32_t kMissing = table::kMissingCode;
  static View view_of(const Own& own) { return own.span(); }
  template <typename F>
  static void for_each(View v, F&& f) {
    v.for_each(f);
  }
};

// Whether two values are the same bits (so NaN equals NaN, and -0 differs from 0).
template <typename T>
bool same_bits(const T& a, const T& b) {
  return std::memcmp(&a, &b, sizeof(T)) == 0;
}

// The deals' customer keys and the value each customer gives its deals, for gathered values.
template <typename T>
struct ByKey {
  std::span<const int32_t> keys;  // per deal: its customer, or negative (none); none past the end
  std::span<const T> of_key;      // per customer
};

template <typename T>
class RecordValues {
 public:
  using value_type = T;
  using Own = typename ValueStorage<T>::Own;
  using View = typename ValueStorage<T>::View;

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = T;

    iterator() = default;
    iterator(const RecordValues* values, size_t i) : values_(values), i_(i) {}
    T operator*() const { return (*values_)[i_]; }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    iterator operator++(int) {
      iterator was = *this;
      ++i_;
      return was;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.i_ == b.i_; }

   private:
    const RecordValues* values_ = nullptr;
    size_t i_ = 0;
  };

  RecordValues() = default;
  // Explicit, so that values are never copied into one unseen (a ?: with a vector, say).
  explicit RecordValues(Own own) : own_(std::move(own)), view_(ValueStorage<T>::view_of(own_)), size_(view_.size()) {}
  explicit RecordValues(const std::vector<T>& values) requires(!std::is_same_v<Own, std::vector<T>>)
      : RecordValues(Own(values)) {}
  // The column's values, not copied.
  static RecordValues view_of(View column) {
    RecordValues v;
    v.view_ = column;
    v.size_ = column.size();
    v.owned_ = false;
    return v;
  }
  // `records` values: record i takes of_key[keys[i]] when it has a key, else fallback[i] (missing
  // past the fallback's end). The keys and the fallback are not copied; of_key is.
  static RecordValues gathered(ByKey<T> by_key, View fallback, size_t records) {
    RecordValues v;
    v.keys_ = by_key.keys;
    v.of_key_.assign(by_key.of_key.begin(), by_key.of_key.end());
    v.view_ = fallback;
    v.size_ = records;
    v.owned_ = false;
    v.gathered_ = true;
    return v;
  }

  RecordValues(const RecordValues& o)
      : own_(o.own_), view_(o.owned_ ? ValueStorage<T>::view_of(own_) : o.view_), keys_(o.keys_), of_key_(o.of_key_),
        size_(o.size_), owned_(o.owned_), gathered_(o.gathered_) {}
  // A moved vector keeps its buffer, so the view stays valid.
  RecordValues(RecordValues&& o) noexcept
      : own_(std::move(o.own_)), view_(o.view_), keys_(o.keys_), of_key_(std::move(o.of_key_)), size_(o.size_),
        owned_(o.owned_), gathered_(o.gathered_) {
    o.forget();
  }
  RecordValues& operator=(const RecordValues& o) {
    if (this != &o) *this = RecordValues(o);
    return *this;
  }
  RecordValues& operator=(RecordValues&& o) noexcept {
    own_ = std::move(o.own_);
    view_ = o.view_;
    keys_ = o.keys_;
    of_key_ = std::move(o.of_key_);
    size_ = o.size_;
    owned_ = o.owned_;
    gathered_ = o.gathered_;
    o.forget();
    return *this;
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T operator[](size_t i) const {
    if (!gathered_) [[likely]] return view_[i];
    const int32_t k = i < keys_.size() ? keys_[i] : -1;
    if (k >= 0) return of_key_[static_cast<size_t>(k)];
    return i < view_.size() ? view_[i] : ValueStorage<T>::kMissing;
  }
  iterator begin() const { return iterator(this, 0); }
  iterator end() const { return iterator(this, size_); }
  // f(value) for every record in order: the way to read them all in a loop that counts.
  template <typename F>
  void for_each(F&& f) const {
    if (!gathered_) {
      ValueStorage<T>::for_each(view_, f);
      return;
    }
    const size_t keyed = std::min(keys_.size(), size_);
    for (size_t i = 0; i < keyed; ++i) {
      const int32_t k = keys_[i];
      f(k >= 0 ? of_key_[static_cast<size_t>(k)] : i < view_.size() ? view_[i] : ValueStorage<T>::kMissing);
    }
    for (size_t i = keyed; i < size_; ++i) f(i < view_.size() ? view_[i] : ValueStorage<T>::kMissing);
  }

  // Whether the values are a view of a column (no storage of their own), gathered by key (their
  // storage a value per key), and the bytes they own.
  bool is_view() const { return !owned_ && !gathered_; }
  bool is_gathered() const { return gathered_; }
  // The storage read: the column viewed, the own values, or a gathering's fallback column.
  const void* data() const { return view_.data(); }
  size_t owned_bytes() const { return storage_bytes(own_) + of_key_.capacity() * sizeof(T); }

  friend bool operator==(const RecordValues& a, const RecordValues& b) { return equal(a, b); }
  friend bool operator==(const RecordValues& a, const std::vector<T>& b) { return equal(a, b); }

 private:
  template <typename Other>
  static bool equal(const RecordValues& a, const Other& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!same_bits<T>(a[i], b[i])) return false;
    }
    return true;
  }
  static size_t storage_bytes(const std::vector<double>& v) { return v.capacity() * sizeof(double); }
  static size_t storage_bytes(const table::CodeColumn& c) { return c.storage_bytes(); }
  void forget() {
    view_ = {};
    keys_ = {};
    size_ = 0;
    gathered_ = false;
  }

  Own own_;
  View view_;                      // the values read: a column's, own_'s, or a gathering's fallback
  std::span<const int32_t> keys_;  // a gathering's keys
  std::vector<T> of_key_;          // a gathering's value per key
  size_t size_ = 0;
  bool owned_ = true;
  bool gathered_ = false;
};

// Builds the values of `rows` records one at a time, in order, in the least memory that holds them
// (above): as a view of `column` for as long as each value is bit for bit the column's own (so NaN
// equals NaN); given keys, then gathered by key for as long as each value is the one its key (or,
// keyless, the column) gives; and otherwise as its own copy, from the first record that fits
// neither (the values before it copied once). A column shorter than the rows differs at its end.
template <typename T>
class RecordValuesBuilder {
 public:
  using View = typename ValueStorage<T>::View;
  using Own = typename ValueStorage<T>::Own;

  RecordValuesBuilder(View column, size_t rows) : column_(column), rows_(rows) {}
  RecordValuesBuilder(View column, size_t rows, ByKey<T> by_key)
      : column_(column), rows_(rows), by_key_(by_key), gather_holds_(true) {}

  void push(const T& value) {
    if (state_ == State::view) [[likely]] {
      const bool view_holds = pushed_ < column_.size() && same_bits<T>(value, column_[pushed_]);
      gather_holds_ = gather_holds_ && same_bits<T>(value, gathered(pushed_));
      if (view_holds) [[likely]] {
        ++pushed_;
        return;
      }
      if (gather_holds_) {
        state_ = State::gathered;
        ++pushed_;
        return;
      }
      copy_so_far();
    } else if (state_ == State::gathered) {
      if (same_bits<T>(value, gathered(pushed_))) [[likely]] {
        ++pushed_;
        return;
      }
      copy_so_far();
    }
    own_.push_back(value);
    ++pushed_;
  }

  RecordValues<T> finish() && {
    switch (state_) {
      case State::view: return RecordValues<T>::view_of(column_.first(pushed_));
      case State::gathered: return RecordValues<T>::gathered(by_key_, column_, pushed_);
      default: return RecordValues<T>(std::move(own_));
    }
  }

 private:
  enum class State : uint8_t { view, gathered, own };

  T gathered(size_t i) const {
    const int32_t k = i < by_key_.keys.size() ? by_key_.keys[i] : -1;
    if (k >= 0) return by_key_.of_key[static_cast<size_t>(k)];
    return i < column_.size() ? column_[i] : ValueStorage<T>::kMissing;
  }
  // The values pushed so far, as the view or the gathering gave them, into own_; from now on, own.
  [[gnu::noinline]] void copy_so_far() {
    own_.reserve(std::max(rows_, pushed_ + 1));
    for (size_t i = 0; i < pushed_; ++i) own_.push_back(state_ == State::gathered ? gathered(i) : column_[i]);
    state_ = State::own;
  }

  View column_;
  size_t rows_;
  ByKey<T> by_key_;
  bool gather_holds_ = false;  // every value so far is the one the keys give (given keys)
  State state_ = State::view;
  size_t pushed_ = 0;
  Own own_;
};

}  // namespace icp::metrics
