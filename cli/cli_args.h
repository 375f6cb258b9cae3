// The command line, parsed into a value (errors as values: a message for stderr, exit code 2).
#pragma once

#include <string>
#include <vector>

#include "util/status.h"

namespace icp::cli {

struct InputFile {
  std::string path;
  std::string role;  // "deals", "accounts", "revenue", "tickets", "spend", or "auto" when given positionally
};

struct Command {
  enum class Kind { help, version, analyze, inspect, sample, score } kind = Kind::help;
  std::vector<InputFile> inputs;  // analyze, inspect
  std::string format = "json";    // analyze: "json", "md" (also given as "markdown") or "html"
  bool json = false;              // inspect --json
  std::string mapping;            // --mapping FILE
  std::string icp;                // --icp FILE (a declared ICP)
  std::string records = "open_deals";  // score: "open_deals" or "accounts"
  std::string settings;           // --settings FILE (analysis settings)
  std::vector<std::pair<std::string, std::string>> setting_flags;  // --period, --fiscal-year-start, ... (after --settings)
  std::string save_settings;      // --save-settings FILE
  std::string save_mapping;       // --save-mapping FILE
  std::string rejected_dir;       // --rejected-dir DIR
  bool quiet = false;             // no progress on stderr
  std::string directory;          // sample
  uint64_t seed = 0;              // sample; 0 = the built-in default
};

Result<Command> parse_command_line(const std::vector<std::string>& args);

extern const char* const kUsage;

}  // namespace icp::cli
