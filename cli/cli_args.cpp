#include "cli_args.h"

#include <cstdlib>

namespace icp::cli {

const char* const kUsage =
    "usage:\n"
    "  icp-drift analyze [--deals FILE]... [--accounts FILE]... [FILE]...   report JSON on stdout\n"
    "  icp-drift sample DIR [--seed N]                                      write the sample dataset\n"
    "  icp-drift --help | --version\n"
    "\n"
    "Files given without a role flag have their role detected from their header.\n"
    "Exit status: 0 on success, 2 for unusable input or arguments (one line on stderr).\n";

namespace {
Status usage_error(const std::string& message) {
  return Status::error(ErrorCode::invalid_argument, message + " (see icp-drift --help)");
}
}  // namespace

Result<Command> parse_command_line(const std::vector<std::string>& args) {
  Command cmd;
  if (args.empty()) return usage_error("no command given");
  const std::string& verb = args[0];
  if (verb == "--help" || verb == "-h" || verb == "help") return cmd;
  if (verb == "--version") {
    cmd.kind = Command::Kind::version;
    return cmd;
  }
  if (verb == "analyze") {
    cmd.kind = Command::Kind::analyze;
    for (size_t i = 1; i < args.size(); ++i) {
      const std::string& a = args[i];
      if (a == "--deals" || a == "--accounts") {
        if (i + 1 >= args.size()) return usage_error(a + " needs a file");
        cmd.inputs.push_back({args[++i], a.substr(2)});
      } else if (a == "--format") {
        if (i + 1 >= args.size()) return usage_error("--format needs a value");
        cmd.format = args[++i];
        if (cmd.format != "json") return usage_error("unknown format \"" + cmd.format + "\" (this version writes json)");
      } else if (a == "--help" || a == "-h") {
        cmd.kind = Command::Kind::help;
        return cmd;
      } else if (a.size() > 1 && a[0] == '-') {
        return usage_error("unknown option " + a);
      } else {
        cmd.inputs.push_back({a, "auto"});
      }
    }
    if (cmd.inputs.empty()) return usage_error("analyze needs at least one file");
    return cmd;
  }
  if (verb == "sample") {
    cmd.kind = Command::Kind::sample;
    for (size_t i = 1; i < args.size(); ++i) {
      const std::string& a = args[i];
      if (a == "--seed") {
        if (i + 1 >= args.size()) return usage_error("--seed needs a number");
        char* end = nullptr;
        cmd.seed = std::strtoull(args[++i].c_str(), &end, 10);
        if (end == args[i].c_str() || *end != '\0' || cmd.seed == 0) return usage_error("--seed needs a positive integer");
      } else if (a.size() > 1 && a[0] == '-') {
        return usage_error("unknown option " + a);
      } else if (cmd.directory.empty()) {
        cmd.directory = a;
      } else {
        return usage_error("sample takes one directory");
      }
    }
    if (cmd.directory.empty()) return usage_error("sample needs a directory");
    return cmd;
  }
  return usage_error("unknown command \"" + verb + "\"");
}

}  // namespace icp::cli
