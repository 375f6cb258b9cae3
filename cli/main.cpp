// icp-drift: the native command line over the engine (SPEC §6).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "cli_args.h"
#include "engine/session.h"
#include "metrics/settings_file.h"
#include "profile/column_profile.h"
#include "report/report_html.h"
#include "report/report_markdown.h"
#include "sample/sample_generator.h"

namespace {

using icp::ErrorCode;
using icp::Status;

constexpr size_t kChunkBytes = 1 << 20;

Status read_whole(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::error(ErrorCode::io_error, path + ": cannot open (" + std::strerror(errno) + ")");
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool failed = std::ferror(f);
  std::fclose(f);
  return failed ? Status::error(ErrorCode::io_error, path + ": read error") : Status::ok();
}

Status write_whole(const std::string& path, std::string_view bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::error(ErrorCode::io_error, path + ": cannot write (" + std::strerror(errno) + ")");
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok ? Status::ok() : Status::error(ErrorCode::io_error, path + ": cannot write");
}

// Progress on stderr, only when a person is watching it (a terminal), for files over 32 MB.
class Progress {
 public:
  Progress(bool quiet, const std::string& name, uint64_t total)
      : on_(!quiet && total > (32u << 20) && isatty(fileno(stderr))), name_(name), total_(total) {}
  void update(uint64_t done, uint64_t rows) {
    if (!on_ || done < next_) return;
    next_ = done + total_ / 50;
    std::fprintf(stderr, "\r%s: %.0f%% (%llu MB, %llu rows)", name_.c_str(), 100.0 * done / total_,
                 static_cast<unsigned long long>(done >> 20), static_cast<unsigned long long>(rows));
  }
  ~Progress() {
    if (on_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool on_;
  std::string name_;
  uint64_t total_;
  uint64_t next_ = 0;
};

Status read_into(icp::engine::Session& session, const icp::cli::InputFile& input, bool quiet) {
  std::FILE* f = std::fopen(input.path.c_str(), "rb");
  if (!f) return Status::error(ErrorCode::io_error, input.path + ": cannot open (" + std::strerror(errno) + ")");
  const std::string name = std::filesystem::path(input.path).filename().string();
  std::error_code ec;
  const auto size = std::filesystem::file_size(input.path, ec);
  Progress progress(quiet, name, ec ? 0 : size);
  Status status = session.begin_file(name, input.role);
  if (status.is_ok() && !ec) session.expect_file_size(size);
  std::vector<char> buffer(kChunkBytes);
  uint64_t done = 0;
  while (status.is_ok()) {
    const size_t n = std::fread(buffer.data(), 1, buffer.size(), f);
    if (n > 0) status = session.feed(std::string_view(buffer.data(), n));
    done += n;
    progress.update(done, session.rows_read());
    if (n < buffer.size()) {
      if (std::ferror(f)) status = Status::error(ErrorCode::io_error, input.path + ": read error");
      break;
    }
  }
  std::fclose(f);
  if (status.is_ok()) status = session.end_file();
  return status;
}

Status load_mapping(icp::engine::Session& session, const std::string& path) {
  if (path.empty()) return Status::ok();
  std::string json;
  if (Status s = read_whole(path, json); !s.is_ok()) return s;
  return session.set_mapping(json, std::filesystem::path(path).filename().string());
}

int fail(const Status& s) {
  std::fprintf(stderr, "icp-drift: %s\n", s.message().c_str());
  return 2;
}

Status load_settings(icp::engine::Session& session, const icp::cli::Command& cmd) {
  if (!cmd.settings.empty()) {
    std::string json;
    if (Status s = read_whole(cmd.settings, json); !s.is_ok()) return s;
    if (Status s = session.set_settings(json, std::filesystem::path(cmd.settings).filename().string()); !s.is_ok()) return s;
  }
  icp::metrics::AnalysisSettings settings = session.settings();
  for (const auto& [name, value] : cmd.setting_flags) {
    if (Status s = icp::metrics::apply_setting(settings, name, value); !s.is_ok()) return s;
  }
  session.set_settings(settings);
  if (!cmd.save_settings.empty()) return write_whole(cmd.save_settings, session.settings_json());
  return Status::ok();
}

Status load_icp(icp::engine::Session& session, const std::string& path) {
  if (path.empty()) return Status::ok();
  std::string json;
  if (Status s = read_whole(path, json); !s.is_ok()) return s;
  return session.set_icp(json, std::filesystem::path(path).filename().string());
}

int run_score(const icp::cli::Command& cmd) {
  icp::engine::Session session;
  if (Status s = load_mapping(session, cmd.mapping); !s.is_ok()) return fail(s);
  if (Status s = load_settings(session, cmd); !s.is_ok()) return fail(s);
  if (Status s = load_icp(session, cmd.icp); !s.is_ok()) return fail(s);
  for (const auto& input : cmd.inputs) {
    if (Status s = read_into(session, input, cmd.quiet); !s.is_ok()) return fail(s);
  }
  const std::string csv = session.scored_csv(cmd.records);
  if (csv.empty()) {
    return fail(Status::error(ErrorCode::unusable_input,
                              "nothing to score: a deals file with both won and lost (or churned) customers is needed "
                              "to learn the fit score from"));
  }
  std::fwrite(csv.data(), 1, csv.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}

int run_analyze(const icp::cli::Command& cmd) {
  icp::engine::Session session;
  if (Status s = load_mapping(session, cmd.mapping); !s.is_ok()) return fail(s);
  if (Status s = load_settings(session, cmd); !s.is_ok()) return fail(s);
  if (Status s = load_icp(session, cmd.icp); !s.is_ok()) return fail(s);
  for (const auto& input : cmd.inputs) {
    if (Status s = read_into(session, input, cmd.quiet); !s.is_ok()) return fail(s);
  }
  if (!cmd.save_mapping.empty()) {
    if (Status s = write_whole(cmd.save_mapping, session.mapping_json()); !s.is_ok()) return fail(s);
  }
  if (!cmd.rejected_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(cmd.rejected_dir, ec);
    if (ec) return fail(Status::error(ErrorCode::io_error, cmd.rejected_dir + ": cannot create (" + ec.message() + ")"));
    for (size_t i = 0; i < session.input_count(); ++i) {
      const std::string csv = session.rejected_rows_csv(i);
      if (csv.empty()) continue;
      const std::string path = (std::filesystem::path(cmd.rejected_dir) / (session.input_name(i) + ".rejected.csv")).string();
      if (Status s = write_whole(path, csv); !s.is_ok()) return fail(s);
    }
  }
  const std::string json = session.report_json();
  if (cmd.format == "md" || cmd.format == "html") {
    const icp::Result<std::string> text =
        cmd.format == "md" ? icp::report::render_markdown(json) : icp::report::render_html(json);
    if (!text) return fail(text.status());
    std::fwrite(text->data(), 1, text->size(), stdout);
  } else {
    std::fwrite(json.data(), 1, json.size(), stdout);
  }
  return std::fflush(stdout) == 0 ? 0 : 2;
}

int run_inspect(const icp::cli::Command& cmd) {
  icp::engine::Session session;
  if (Status s = load_mapping(session, cmd.mapping); !s.is_ok()) return fail(s);
  if (Status s = read_into(session, cmd.inputs[0], cmd.quiet); !s.is_ok()) return fail(s);
  if (cmd.json) {
    const std::string json = session.input_json(0);
    std::fwrite(json.data(), 1, json.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 2;
  }
  const icp::ingest::InputSummary& in = session.input(0);
  std::printf("%s\n", in.file.c_str());
  std::printf("  role       %s (confidence %.2f: %s)\n", in.role.c_str(), in.role_confidence, in.role_reason.c_str());
  std::printf("  format     %s, %s, %s delimiter, %llu bytes\n", in.format.c_str(), in.encoding.c_str(),
              in.delimiter.c_str(), static_cast<unsigned long long>(in.bytes));
  std::printf("  rows       %llu read, %llu used, %llu rejected, %llu blank lines skipped\n",
              static_cast<unsigned long long>(in.accounting.rows_read()),
              static_cast<unsigned long long>(in.accounting.rows_used()),
              static_cast<unsigned long long>(in.accounting.rows_rejected()),
              static_cast<unsigned long long>(in.blank_lines));
  const auto print_reasons = [](const char* title, const std::vector<icp::ingest::ReasonCount>& reasons) {
    for (const auto& r : reasons) {
      std::string lines;
      for (uint64_t l : r.first_lines) lines += (lines.empty() ? "" : ", ") + std::to_string(l);
      std::printf("  %-10s %llu × %s (lines %s%s)\n", title, static_cast<unsigned long long>(r.count), r.reason.c_str(),
                  lines.c_str(), r.count > r.first_lines.size() ? ", …" : "");
      title = "";
    }
  };
  print_reasons("rejected", in.accounting.rejected());
  print_reasons("warnings", in.accounting.warnings());
  // The columns' table, each column as wide as its widest cell (in code points, so that a header
  // with accents lines up too).
  struct Row {
    std::string header, type, field, samples;
  };
  std::vector<Row> rows;
  for (const auto& c : in.columns) {
    Row r{c.header, std::string(icp::profile::value_type_name(c.dominant())), "-", ""};
    for (const auto& m : in.mapping) {
      if (m.column == c.header) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s (%.2f)", std::string(icp::mapping::field_name(m.field)).c_str(), m.confidence);
        r.field = buf;
      }
    }
    for (const auto& s : c.samples) r.samples += (r.samples.empty() ? "" : " | ") + s;
    if (r.samples.size() > 60) r.samples = r.samples.substr(0, 57) + "...";
    rows.push_back(std::move(r));
  }
  const auto width = [](const std::string& s) {
    size_t n = 0;
    for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
    return n;
  };
  const auto padded = [&](const std::string& s, size_t w) { return s + std::string(w - std::min(w, width(s)), ' '); };
  size_t w_header = width("column"), w_type = width("type"), w_field = width("maps to");
  for (const Row& r : rows) {
    w_header = std::max(w_header, width(r.header));
    w_type = std::max(w_type, width(r.type));
    w_field = std::max(w_field, width(r.field));
  }
  std::printf("\n  %s %s %s samples\n", padded("column", w_header).c_str(), padded("type", w_type).c_str(),
              padded("maps to", w_field).c_str());
  for (const Row& r : rows) {
    std::printf("  %s %s %s %s\n", padded(r.header, w_header).c_str(), padded(r.type, w_type).c_str(),
                padded(r.field, w_field).c_str(), r.samples.c_str());
  }
  if (!in.notes.empty()) std::printf("\n");
  for (const auto& n : in.notes) std::printf("  note: %s\n", n.c_str());
  return std::fflush(stdout) == 0 ? 0 : 2;
}

int run_sample(const icp::cli::Command& cmd) {
  std::error_code ec;
  std::filesystem::create_directories(cmd.directory, ec);
  if (ec) return fail(Status::error(ErrorCode::io_error, cmd.directory + ": cannot create directory (" + ec.message() + ")"));
  icp::sample::SampleOptions options;
  if (cmd.seed != 0) options.seed = cmd.seed;
  for (const auto& file : icp::sample::generate(options)) {
    const std::string path = (std::filesystem::path(cmd.directory) / file.name).string();
    if (Status s = write_whole(path, file.bytes); !s.is_ok()) return fail(s);
    std::fprintf(stderr, "wrote %s (%s, %zu bytes)\n", path.c_str(), file.role.c_str(), file.bytes.size());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const icp::Result<icp::cli::Command> cmd = icp::cli::parse_command_line(args);
  if (!cmd) return fail(cmd.status());
  switch (cmd->kind) {
    case icp::cli::Command::Kind::help:
      std::fputs(icp::cli::kUsage, stdout);
      return 0;
    case icp::cli::Command::Kind::version:
      std::printf("icp-drift %s\n", ICP_VERSION);
      return 0;
    case icp::cli::Command::Kind::analyze:
      return run_analyze(*cmd);
    case icp::cli::Command::Kind::inspect:
      return run_inspect(*cmd);
    case icp::cli::Command::Kind::score:
      return run_score(*cmd);
    case icp::cli::Command::Kind::sample:
      return run_sample(*cmd);
  }
  return 2;
}
