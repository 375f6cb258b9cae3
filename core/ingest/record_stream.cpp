#include "ingest/record_stream.h"

#include <algorithm>
#include <cstring>

namespace icp::ingest {

RecordStream::RecordStream(std::string file_name, FileIngest& sink) : name_(std::move(file_name)), sink_(sink) {}

RecordStream::~RecordStream() = default;

Status RecordStream::start(bool complete) {
  started_ = true;
  // The encoding and the format are decided on exactly the first kEncodingSniffBytes, never on
  // however much the chunk that crossed that mark brought: the CLI reads 1 MB at a time, the page
  // less, and both must decide (and report) alike.
  std::string first;
  first.swap(pending_);
  const std::string_view head = std::string_view(first).substr(0, text::kEncodingSniffBytes);
  guess_ = text::detect_encoding(head, complete);
  if (guess_.not_text) {
    return Status::error(ErrorCode::unreadable_input,
                         name_ + ": not a text export (" + guess_.reason + "); save it as CSV and try again");
  }
  transcoder_ = std::make_unique<text::Utf8Transcoder>(guess_.encoding, text::transcoder_options_for(guess_));
  const std::string_view decoded = transcoder_->convert(head);
  // The size as decoded text, by the head's ratio (a UTF-16 file decodes to about half).
  const uint64_t text_bytes =
      expected_size_ > 0 && !head.empty()
          ? static_cast<uint64_t>(static_cast<double>(expected_size_) * static_cast<double>(decoded.size()) /
                                  static_cast<double>(head.size()))
          : 0;
  if (json::looks_like_json(decoded)) {
    json_ = std::make_unique<json::JsonRecordReader>(sink_);
    sink_.scan_every_row_for_nul();
    // JSON is held whole: one buffer of the file's size from the start, not one grown by doubling
    // (whose old and new copies were both held at each growth, and in wasm the memory never shrinks).
    if (text_bytes > 0) json_->reserve(text_bytes + text_bytes / 64);
  } else {
    csv_ = std::make_unique<csv::CsvReader>(sink_);
    sink_.attach(csv_.get());
    if (text_bytes > 0) sink_.expect_text_bytes(text_bytes);
  }
  if (Status s = push(decoded); !s.is_ok()) return s;
  if (first.size() == head.size()) return Status::ok();
  return push(transcoder_->convert(std::string_view(first).substr(head.size())));
}

Status RecordStream::push(std::string_view utf8) {
  // One memchr a chunk; counting and finding the rows only when the chunk holds a NUL byte.
  if (const void* nul = utf8.empty() ? nullptr : std::memchr(utf8.data(), 0, utf8.size())) [[unlikely]] {
    const auto from = static_cast<std::ptrdiff_t>(static_cast<const char*>(nul) - utf8.data());
    sink_.expect_nul_bytes(static_cast<uint64_t>(std::count(utf8.begin() + from, utf8.end(), '\0')));
  }
  if (json_) {
    if (!json_->feed(utf8)) return Status::error(json_->error_code(), name_ + ": " + json_->error());
  } else if (!csv_->feed(utf8)) {
    return Status::error(ErrorCode::unreadable_input, name_ + ": " + csv_->error());
  }
  return sink_.status();
}

Status RecordStream::feed(std::string_view bytes) {
  if (!started_) {
    pending_.append(bytes);
    if (pending_.size() < text::kEncodingSniffBytes) return Status::ok();
    return start(false);
  }
  return push(transcoder_->convert(bytes));
}

Status RecordStream::finish() {
  if (!started_) {
    if (Status s = start(true); !s.is_ok()) return s;
  }
  if (Status s = push(transcoder_->finish()); !s.is_ok()) return s;
  if (json_) {
    if (!json_->finish()) return Status::error(json_->error_code(), name_ + ": " + json_->error());
    if (json_->stats().records == 0) {
      return Status::error(ErrorCode::unusable_input, name_ + ": the JSON holds no records (" +
                                                          std::string(json_->shape()) + " with nothing in it)");
    }
  } else if (!csv_->finish()) {
    return Status::error(ErrorCode::unreadable_input, name_ + ": " + csv_->error());
  }
  return sink_.status();
}

void RecordStream::describe(InputSummary& summary) const {
  if (!transcoder_) return;
  summary.encoding = std::string(text::encoding_name(transcoder_->encoding()));
  summary.bytes = transcoder_->bytes_in();
  if (json_) {
    summary.format = "json";
    summary.json_shape = std::string(json_->shape());
    summary.delimiter.clear();
    summary.blank_lines = json_->stats().blank_lines;
    if (json_->stats().skipped > 0) {
      summary.notes.push_back(std::to_string(json_->stats().skipped) +
                              " values of the records array are not objects and were skipped (first at line " +
                              std::to_string(json_->stats().first_skipped_line) + ")");
    }
  }
  if (transcoder_->fell_back()) {
    summary.notes.push_back("read as UTF-8 until byte " + std::to_string(transcoder_->fallback_offset()) +
                            ", then as Windows-1252 (the first byte that is not UTF-8)");
  } else if (guess_.encoding != text::Encoding::utf8) {
    summary.notes.push_back("encoding: " + guess_.reason);
  }
  if (transcoder_->replacements() > 0) {
    summary.notes.push_back(std::to_string(transcoder_->replacements()) +
                            " bytes could not be decoded and were replaced (first at byte " +
                            std::to_string(transcoder_->first_replacement_offset()) + ")");
  }
}

}  // namespace icp::ingest
