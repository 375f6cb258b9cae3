// The Embind façade over engine::Session — the only file that knows about Emscripten. Bytes cross as
// one copy into a heap buffer owned here; errors cross as values ({ok, error}), never as exceptions.
// The TypeScript declaration of this API is webapp/src/engine/engine_module.d.ts, kept by hand (3.1.6
// has no --emit-tsd) and checked by tests/webapp/engine/engine_contract.test.ts, which calls every
// declared function on the real build.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "engine/session.h"
#include "mapping/header_mapping.h"
#include "sample/sample_generator.h"

namespace {

struct Outcome {
  bool ok = true;
  std::string error;
};

Outcome from_status(const icp::Status& s) { return s.is_ok() ? Outcome{} : Outcome{false, s.message()}; }

class SessionFacade {
 public:
  Outcome set_mapping(const std::string& json, const std::string& source_name) {
    return from_status(session_.set_mapping(json, source_name));
  }
  Outcome set_settings(const std::string& json, const std::string& source_name) {
    return from_status(session_.set_settings(json, source_name));
  }
  std::string settings_json() const { return session_.settings_json(); }
  Outcome set_icp(const std::string& json, const std::string& source_name) {
    return from_status(session_.set_icp(json, source_name));
  }
  std::string scored_csv(const std::string& what) const { return session_.scored_csv(what); }
  Outcome begin_file(const std::string& name, const std::string& role) { return from_status(session_.begin_file(name, role)); }
  // A JS number (exact up to 2^53 bytes); negative or not finite: ignored.
  void expect_file_size(double bytes) {
    if (bytes > 0 && bytes < 9.007199254740992e15) session_.expect_file_size(static_cast<uint64_t>(bytes));
  }

  // Where JS may copy up to `size` bytes of the next chunk (an offset into HEAPU8).
  uintptr_t chunk_buffer(size_t size) {
    if (buffer_.size() < size) buffer_.resize(size);
    return reinterpret_cast<uintptr_t>(buffer_.data());
  }

  Outcome push_chunk(size_t size) {
    if (size > buffer_.size()) return {false, "pushChunk: size is larger than the buffer asked for"};
    return from_status(session_.feed(std::string_view(buffer_.data(), size)));
  }

  Outcome end_file() { return from_status(session_.end_file()); }
  void abandon_file() { session_.abandon_file(); }
  double rows_read() const { return static_cast<double>(session_.rows_read()); }
  std::string report_json() const { return session_.report_json(); }
  std::string mapping_json() const { return session_.mapping_json(); }
  // One ended file's summary, the report's inputs[index] alone (no analysis): the mapping review's look.
  std::string input_json(int index) const { return index < 0 ? std::string() : session_.input_json(static_cast<size_t>(index)); }
  int input_count() const { return static_cast<int>(session_.input_count()); }
  std::string rejected_rows_csv(int index) const {
    return index >= 0 ? session_.rejected_rows_csv(static_cast<size_t>(index)) : std::string();
  }

 private:
  icp::engine::Session session_;
  std::vector<char> buffer_;
};

const std::vector<icp::sample::SampleFile>& sample_files() {
  static const std::vector<icp::sample::SampleFile> files = icp::sample::generate();
  return files;
}

int sample_file_count() { return static_cast<int>(sample_files().size()); }
bool valid_sample(int i) { return i >= 0 && static_cast<size_t>(i) < sample_files().size(); }
std::string sample_file_name(int i) { return valid_sample(i) ? sample_files()[i].name : std::string(); }
std::string sample_file_role(int i) { return valid_sample(i) ? sample_files()[i].role : std::string(); }
// The ICP the sample's company declared (METHODS.md ICP JSON), which "Try the sample" starts from.
std::string sample_icp_json() { return std::string(icp::sample::planted::kDeclaredIcpJson); }
emscripten::val sample_file_bytes(int i) {
  static const std::string none;
  const std::string& bytes = valid_sample(i) ? sample_files()[i].bytes : none;
  // A view into the heap, copied into a JS-owned Uint8Array before returning.
  const emscripten::val view(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data())));
  return view.call<emscripten::val>("slice");
}
std::string version() { return ICP_VERSION; }

// The canonical fields a role can map, as a JSON array of names (for the mapping review's choices).
std::string role_fields(const std::string& role) {
  const auto r = icp::mapping::role_from_name(role);
  std::string out = "[";
  if (r) {
    for (int f = 0; f < icp::mapping::kFieldCount; ++f) {
      const auto field = static_cast<icp::mapping::Field>(f);
      if (!icp::mapping::role_uses(*r, field)) continue;
      if (out.size() > 1) out += ",";
      out += "\"" + std::string(icp::mapping::field_name(field)) + "\"";
    }
  }
  return out + "]";
}

}  // namespace

EMSCRIPTEN_BINDINGS(icp_drift) {
  emscripten::value_object<Outcome>("Outcome").field("ok", &Outcome::ok).field("error", &Outcome::error);
  emscripten::class_<SessionFacade>("Session")
      .constructor<>()
      .function("setMapping", &SessionFacade::set_mapping)
      .function("setSettings", &SessionFacade::set_settings)
      .function("settingsJson", &SessionFacade::settings_json)
      .function("setIcp", &SessionFacade::set_icp)
      .function("scoredCsv", &SessionFacade::scored_csv)
      .function("beginFile", &SessionFacade::begin_file)
      .function("expectFileSize", &SessionFacade::expect_file_size)
      .function("chunkBuffer", &SessionFacade::chunk_buffer)
      .function("pushChunk", &SessionFacade::push_chunk)
      .function("endFile", &SessionFacade::end_file)
      .function("abandonFile", &SessionFacade::abandon_file)
      .function("rowsRead", &SessionFacade::rows_read)
      .function("reportJson", &SessionFacade::report_json)
      .function("mappingJson", &SessionFacade::mapping_json)
      .function("inputJson", &SessionFacade::input_json)
      .function("inputCount", &SessionFacade::input_count)
      .function("rejectedRowsCsv", &SessionFacade::rejected_rows_csv);
  emscripten::function("version", &version);
  emscripten::function("roleFields", &role_fields);
  emscripten::function("sampleFileCount", &sample_file_count);
  emscripten::function("sampleFileName", &sample_file_name);
  emscripten::function("sampleFileRole", &sample_file_role);
  emscripten::function("sampleFileBytes", &sample_file_bytes);
  emscripten::function("sampleIcpJson", &sample_icp_json);
}
