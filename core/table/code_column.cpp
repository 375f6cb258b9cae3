#include "table/code_column.h"

#include <algorithm>

namespace icp::table {
namespace {

// Copies codes from a narrower storage into a wider one, the missing cells as the wider all-ones.
template <typename To, typename From>
void widen_into(std::vector<To>& to, const std::vector<From>& from, size_t capacity) {
  constexpr From kFromMissing = static_cast<From>(kMissingCode);
  constexpr To kToMissing = static_cast<To>(kMissingCode);
  to.reserve(std::max(capacity, from.size()));
  for (From c : from) to.push_back(c == kFromMissing ? kToMissing : static_cast<To>(c));
}

}  // namespace

CodeColumn::CodeColumn(std::initializer_list<uint32_t> codes) {
  reserve(codes.size());
  for (uint32_t c : codes) push_back(c);
}

CodeColumn::CodeColumn(const std::vector<uint32_t>& codes) {
  reserve(codes.size());
  for (uint32_t c : codes) push_back(c);
}

void CodeColumn::widen_for(uint32_t code) {
  const size_t capacity = std::max(reserved_, size() + 1);
  if (width_ == 1) {
    if (code < UINT16_MAX) {
      widen_into(middle_, narrow_, capacity);
      width_ = 2;
    } else {
      widen_into(wide_, narrow_, capacity);
      width_ = 4;
    }
    narrow_ = std::vector<uint8_t>();
  } else {
    widen_into(wide_, middle_, capacity);
    width_ = 4;
    middle_ = std::vector<uint16_t>();
  }
}

void CodeColumn::resize(size_t n, uint32_t code) {
  if (n > size() && code != kMissingCode && code >= limit()) widen_for(code);
  switch (width_) {
    case 1: narrow_.resize(n, static_cast<uint8_t>(code)); break;
    case 2: middle_.resize(n, static_cast<uint16_t>(code)); break;
    default: wide_.resize(n, code); break;
  }
}

void CodeColumn::reserve(size_t n) {
  reserved_ = std::max(reserved_, n);
  switch (width_) {
    case 1: narrow_.reserve(n); break;
    case 2: middle_.reserve(n); break;
    default: wide_.reserve(n); break;
  }
}

void CodeColumn::clear() { *this = CodeColumn(); }

std::vector<uint32_t> CodeColumn::to_vector() const {
  std::vector<uint32_t> out;
  out.reserve(size());
  for (uint32_t c : span()) out.push_back(c);
  return out;
}

bool operator==(const CodeColumn& a, const CodeColumn& b) {
  if (a.size() != b.size()) return false;
  const CodeSpan x = a.span(), y = b.span();
  for (size_t i = 0; i < x.size(); ++i) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

}  // namespace icp::table
