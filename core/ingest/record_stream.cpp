#include "ingest/record_stream.h"

namespace icp::ingest {

RecordStream::RecordStream(std::string file_name, FileIngest& sink) : name_(std::move(file_name)), sink_(sink) {}

RecordStream::~RecordStream() = default;

Status RecordStream::start(bool complete) {
  started_ = true;
  guess_ = text::detect_encoding(pending_, complete);
  if (guess_.not_text) {
    return Status::error(ErrorCode::unreadable_input,
                         name_ + ": not a text export (" + guess_.reason + "); save it as CSV and try again");
  }
  transcoder_ = std::make_unique<text::Utf8Transcoder>(guess_.encoding, text::transcoder_options_for(guess_));
  csv_ = std::make_unique<csv::CsvReader>(sink_);
  sink_.attach(csv_.get());
  std::string first;
  first.swap(pending_);
  return push(transcoder_->convert(first));
}

Status RecordStream::push(std::string_view utf8) {
  if (!csv_->feed(utf8)) return Status::error(ErrorCode::unreadable_input, name_ + ": " + csv_->error());
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
  if (!csv_->finish()) return Status::error(ErrorCode::unreadable_input, name_ + ": " + csv_->error());
  return sink_.status();
}

void RecordStream::describe(InputSummary& summary) const {
  if (!transcoder_) return;
  summary.encoding = std::string(text::encoding_name(transcoder_->encoding()));
  summary.bytes = transcoder_->bytes_in();
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
