// The codes of a dictionary-encoded column (string_dictionary.h), each in as few bytes as its
// largest code needs: one byte while every code is under 255, two under 65535, four past that. The
// width's all-ones value stands for a missing cell, which every reader sees as kMissingCode. A deal
// export's categories (owners, lead sources, industries, countries) have tens of values, its
// account names some thousands: on a million deals such a column takes 1 or 2 MB, not 4. A code
// too large for the width widens the column once, copying its codes into the wider storage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <vector>

namespace icp::table {

inline constexpr uint32_t kMissingCode = UINT32_MAX;

class CodeIterator;

// Codes of any width read as 32-bit codes (kMissingCode when missing), without owning them.
class CodeSpan {
 public:
  using iterator = CodeIterator;

  CodeSpan() = default;
  // size codes of width bytes each (1, 2 or 4) from data.
  CodeSpan(const void* data, size_t size, unsigned width)
      : data_(static_cast<const uint8_t*>(data)), size_(size), width_(static_cast<uint8_t>(width)) {}

  uint32_t operator[](size_t i) const {
    switch (width_) {
      case 1: {
        const uint8_t c = data_[i];
        return c == UINT8_MAX ? kMissingCode : c;
      }
      case 2: {
        uint16_t c;
        std::memcpy(&c, data_ + 2 * i, 2);
        return c == UINT16_MAX ? kMissingCode : c;
      }
      default: {
        uint32_t c;
        std::memcpy(&c, data_ + 4 * i, 4);
        return c;
      }
    }
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  unsigned width() const { return width_; }
  const void* data() const { return data_; }
  CodeSpan first(size_t n) const { return CodeSpan(data_, n, width_); }
  // f(code) for every code in order, choosing the width once (a loop over operator[] chooses it per code).
  template <typename F>
  void for_each(F&& f) const {
    switch (width_) {
      case 1:
        for (size_t i = 0; i < size_; ++i) f(data_[i] == UINT8_MAX ? kMissingCode : uint32_t{data_[i]});
        break;
      case 2:
        for (size_t i = 0; i < size_; ++i) {
          uint16_t c;
          std::memcpy(&c, data_ + 2 * i, 2);
          f(c == UINT16_MAX ? kMissingCode : uint32_t{c});
        }
        break;
      default:
        for (size_t i = 0; i < size_; ++i) {
          uint32_t c;
          std::memcpy(&c, data_ + 4 * i, 4);
          f(c);
        }
        break;
    }
  }
  iterator begin() const;
  iterator end() const;

 private:
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  uint8_t width_ = 1;
};

class CodeIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = uint32_t;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = uint32_t;

  CodeIterator() = default;
  CodeIterator(const CodeSpan& codes, size_t i) : codes_(codes), i_(i) {}
  uint32_t operator*() const { return codes_[i_]; }
  CodeIterator& operator++() {
    ++i_;
    return *this;
  }
  CodeIterator operator++(int) {
    CodeIterator was = *this;
    ++i_;
    return was;
  }
  friend bool operator==(const CodeIterator& a, const CodeIterator& b) { return a.i_ == b.i_; }

 private:
  CodeSpan codes_;  // a copy (three words), so that an iterator outlives the span it came from
  size_t i_ = 0;
};

inline CodeSpan::iterator CodeSpan::begin() const { return iterator(*this, 0); }
inline CodeSpan::iterator CodeSpan::end() const { return iterator(*this, size_); }

class CodeColumn {
 public:
  CodeColumn() = default;
  CodeColumn(std::initializer_list<uint32_t> codes);
  explicit CodeColumn(const std::vector<uint32_t>& codes);

  void push_back(uint32_t code) {
    if (code >= limit() && code != kMissingCode) [[unlikely]] widen_for(code);
    switch (width_) {
      case 1: narrow_.push_back(static_cast<uint8_t>(code)); break;
      case 2: middle_.push_back(static_cast<uint16_t>(code)); break;
      default: wide_.push_back(code); break;
    }
  }
  // Pads or cuts to n codes; padding takes `code` (kMissingCode, or any code that fits).
  void resize(size_t n, uint32_t code = kMissingCode);
  void reserve(size_t n);
  void clear();

  uint32_t operator[](size_t i) const { return span()[i]; }
  size_t size() const { return width_ == 1 ? narrow_.size() : width_ == 2 ? middle_.size() : wide_.size(); }
  bool empty() const { return size() == 0; }
  size_t capacity() const { return width_ == 1 ? narrow_.capacity() : width_ == 2 ? middle_.capacity() : wide_.capacity(); }
  unsigned width() const { return width_; }
  // The bytes the codes take (their storage's capacity).
  size_t storage_bytes() const { return capacity() * width_; }

  CodeSpan span() const {
    switch (width_) {
      case 1: return CodeSpan(narrow_.data(), narrow_.size(), 1);
      case 2: return CodeSpan(middle_.data(), middle_.size(), 2);
      default: return CodeSpan(wide_.data(), wide_.size(), 4);
    }
  }
  operator CodeSpan() const { return span(); }  // NOLINT: implicit on purpose
  CodeSpan::iterator begin() const { return span().begin(); }
  CodeSpan::iterator end() const { return span().end(); }
  const void* data() const { return span().data(); }

  std::vector<uint32_t> to_vector() const;
  friend bool operator==(const CodeColumn& a, const CodeColumn& b);

 private:
  // The first code the width cannot hold (its all-ones value is the missing cell).
  uint32_t limit() const { return width_ == 1 ? UINT8_MAX : width_ == 2 ? UINT16_MAX : kMissingCode; }
  void widen_for(uint32_t code);

  std::vector<uint8_t> narrow_;    // width 1
  std::vector<uint16_t> middle_;   // width 2
  std::vector<uint32_t> wide_;     // width 4
  size_t reserved_ = 0;            // the codes reserve() asked room for, kept through a widening
  uint8_t width_ = 1;
};

}  // namespace icp::table
