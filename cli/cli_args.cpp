#include "cli_args.h"

#include <cstdlib>

namespace icp::cli {

const char* const kUsage =
    "usage:\n"
    "  icp-drift analyze [--deals F]... [--accounts F]... [--revenue F]... [--tickets F]... [--spend F]...\n"
    "                    [FILE]... [--format json|md|html] [--mapping M] [--save-mapping M]\n"
    "                    [--rejected-dir DIR] [--quiet]\n"
    "                    [--settings S] [--save-settings S] [--period month|quarter|year]\n"
    "                    [--fiscal-year-start MONTH] [--gross-margin 0.8] [--as-of YYYY-MM]\n"
    "      Reads the files and writes the report to stdout: JSON (the default), Markdown (md, or\n"
    "      markdown) or a self-contained HTML page (html) with --format. Files given without a role\n"
    "      flag have their role detected. --mapping applies a mapping file (roles, columns, date order,\n"
    "      stage table); --save-mapping writes the mapping that was used; --rejected-dir writes each\n"
    "      file's rejected rows as <file>.rejected.csv. --settings applies a settings file (periods,\n"
    "      fiscal year start, gross margin, the month revenue figures are taken as of); the flags\n"
    "      override it; --save-settings writes the settings used.\n"
    "      --icp applies a declared ICP (METHODS.md ICP JSON): drift is measured against it, with\n"
    "      the ICP derived from the data beside it.\n"
    "  icp-drift score FILE... [the role flags, --mapping, --settings, --icp of analyze]\n"
    "                  [--records open_deals|accounts]\n"
    "      Writes the fit score (0-100), tier, pass/fail and top reasons of every open deal (or\n"
    "      account) as CSV to stdout, with the CRM's own record ids, to import back.\n"
    "  icp-drift inspect FILE [--json] [--mapping M]\n"
    "      Role, columns, types, mapping with confidences, rows read and rejected, of one file.\n"
    "  icp-drift sample DIR [--seed N]\n"
    "      Writes the built-in sample dataset (a synthetic CRM with a planted drift) to DIR.\n"
    "  icp-drift --help | --version\n"
    "\n"
    "Exit status: 0 on success, 2 for unusable input or arguments (one line on stderr).\n";

namespace {

Status usage_error(const std::string& message) {
  return Status::error(ErrorCode::invalid_argument, message + " (see icp-drift --help)");
}

bool is_role_flag(const std::string& a) {
  return a == "--deals" || a == "--accounts" || a == "--revenue" || a == "--tickets" || a == "--spend";
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
  if (verb == "analyze" || verb == "inspect" || verb == "score") {
    cmd.kind = verb == "analyze" ? Command::Kind::analyze : verb == "score" ? Command::Kind::score : Command::Kind::inspect;
    const bool analyze = cmd.kind != Command::Kind::inspect;
    for (size_t i = 1; i < args.size(); ++i) {
      const std::string& a = args[i];
      const auto value = [&](std::string& into) -> Status {
        if (i + 1 >= args.size()) return usage_error(a + " needs a value");
        into = args[++i];
        return Status::ok();
      };
      Status st;
      if (analyze && is_role_flag(a)) {
        std::string path;
        st = value(path);
        cmd.inputs.push_back({path, a.substr(2)});
      } else if (cmd.kind == Command::Kind::analyze && a == "--format") {
        st = value(cmd.format);
        if (st.is_ok() && cmd.format == "markdown") cmd.format = "md";
        if (st.is_ok() && cmd.format != "json" && cmd.format != "md" && cmd.format != "html") {
          return usage_error("unknown format \"" + cmd.format + "\" (json, md or html)");
        }
      } else if (a == "--mapping") {
        st = value(cmd.mapping);
      } else if (analyze && a == "--icp") {
        st = value(cmd.icp);
      } else if (cmd.kind == Command::Kind::score && a == "--records") {
        st = value(cmd.records);
        if (st.is_ok() && cmd.records != "open_deals" && cmd.records != "accounts") {
          return usage_error("--records takes open_deals or accounts, not \"" + cmd.records + "\"");
        }
      } else if (analyze && a == "--settings") {
        st = value(cmd.settings);
      } else if (analyze && a == "--save-settings") {
        st = value(cmd.save_settings);
      } else if (analyze && (a == "--period" || a == "--fiscal-year-start" || a == "--gross-margin" || a == "--as-of")) {
        std::string v;
        st = value(v);
        const std::string name = a == "--period" ? "period"
                                 : a == "--fiscal-year-start" ? "fiscal_year_start_month"
                                 : a == "--gross-margin" ? "gross_margin"
                                                         : "as_of";
        cmd.setting_flags.emplace_back(name, v);
      } else if (analyze && a == "--save-mapping") {
        st = value(cmd.save_mapping);
      } else if (analyze && a == "--rejected-dir") {
        st = value(cmd.rejected_dir);
      } else if (a == "--quiet" || a == "-q") {
        cmd.quiet = true;
      } else if (!analyze && a == "--json") {
        cmd.json = true;
      } else if (a == "--help" || a == "-h") {
        cmd.kind = Command::Kind::help;
        return cmd;
      } else if (a.size() > 1 && a[0] == '-') {
        return usage_error("unknown option " + a);
      } else {
        cmd.inputs.push_back({a, "auto"});
      }
      if (!st.is_ok()) return st;
    }
    if (cmd.inputs.empty()) return usage_error(verb + " needs a file");
    if (!analyze && cmd.inputs.size() != 1) return usage_error("inspect takes one file");
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
