// icp-drift: the native command line over the engine (SPEC §6).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "cli_args.h"
#include "engine/session.h"
#include "sample/sample_generator.h"

namespace {

using icp::ErrorCode;
using icp::Status;

constexpr size_t kChunkBytes = 1 << 20;

Status analyze_file(icp::engine::Session& session, const icp::cli::InputFile& input) {
  std::FILE* f = std::fopen(input.path.c_str(), "rb");
  if (!f) return Status::error(ErrorCode::io_error, input.path + ": cannot open (" + std::strerror(errno) + ")");
  const std::string name = std::filesystem::path(input.path).filename().string();
  Status status = session.begin_file(name, input.role);
  std::vector<char> buffer(kChunkBytes);
  while (status.is_ok()) {
    const size_t n = std::fread(buffer.data(), 1, buffer.size(), f);
    if (n > 0) status = session.feed(std::string_view(buffer.data(), n));
    if (n < buffer.size()) {
      if (std::ferror(f)) status = Status::error(ErrorCode::io_error, input.path + ": read error");
      break;
    }
  }
  std::fclose(f);
  if (status.is_ok()) status = session.end_file();
  return status;
}

int run_analyze(const icp::cli::Command& cmd) {
  icp::engine::Session session;
  for (const auto& input : cmd.inputs) {
    if (Status s = analyze_file(session, input); !s.is_ok()) {
      std::fprintf(stderr, "icp-drift: %s\n", s.message().c_str());
      return 2;
    }
  }
  const std::string json = session.report_json();
  std::fwrite(json.data(), 1, json.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}

int run_sample(const icp::cli::Command& cmd) {
  std::error_code ec;
  std::filesystem::create_directories(cmd.directory, ec);
  if (ec) {
    std::fprintf(stderr, "icp-drift: %s: cannot create directory (%s)\n", cmd.directory.c_str(), ec.message().c_str());
    return 2;
  }
  icp::sample::SampleOptions options;
  if (cmd.seed != 0) options.seed = cmd.seed;
  for (const auto& file : icp::sample::generate(options)) {
    const std::string path = (std::filesystem::path(cmd.directory) / file.name).string();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(file.bytes.data(), 1, file.bytes.size(), f) != file.bytes.size() || std::fclose(f) != 0) {
      std::fprintf(stderr, "icp-drift: %s: cannot write (%s)\n", path.c_str(), std::strerror(errno));
      return 2;
    }
    std::fprintf(stderr, "wrote %s (%s, %zu bytes)\n", path.c_str(), file.role.c_str(), file.bytes.size());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const icp::Result<icp::cli::Command> cmd = icp::cli::parse_command_line(args);
  if (!cmd) {
    std::fprintf(stderr, "icp-drift: %s\n", cmd.status().message().c_str());
    return 2;
  }
  switch (cmd->kind) {
    case icp::cli::Command::Kind::help:
      std::fputs(icp::cli::kUsage, stdout);
      return 0;
    case icp::cli::Command::Kind::version:
      std::printf("icp-drift %s\n", ICP_VERSION);
      return 0;
    case icp::cli::Command::Kind::analyze:
      return run_analyze(*cmd);
    case icp::cli::Command::Kind::sample:
      return run_sample(*cmd);
  }
  return 2;
}
