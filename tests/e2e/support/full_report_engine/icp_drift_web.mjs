// A stand-in for the engine's browser glue that answers every analysis with the full fake report of
// the page's unit tests (every section of docs/REPORT.md filled). The end-to-end test builds the page
// against it (ICP_ENGINE_DIR) to see every view's charts in Chromium, under the page's CSP, before the
// real engine emits those sections. icp_drift_web.wasm beside it is an empty module: only its URL is used.
import { fullReport } from '../../../webapp/fakes/full_report.ts';

const SAMPLE = 'Opportunity ID,Stage,Amount\n1,Closed Won,100\n2,Closed Lost,200\n';

export default async function createModule() {
  const module = {
    HEAPU8: new Uint8Array(1 << 16),
    Session: class {
      files = [];
      setMapping() { return { ok: true, error: '' }; }
      setSettings() { return { ok: true, error: '' }; }
      settingsJson() { return '{}'; }
      setIcp() { return { ok: true, error: '' }; }
      scoredCsv(what) {
        return what === 'open_deals'
          ? 'record_id,name,score,tier,pass,reasons\r\n0061,"=Acme, Inc.",82.5,A,true,industry = Software: +12.0\r\n0062,Beta,31.0,D,false,employees = 5001+: -15.0\r\n'
          : 'record_id,name,score,tier,pass,reasons\r\n0011,Acme,70.0,B,true,industry = Software: +12.0\r\n';
      }
      beginFile(name) { this.files.push(name); return { ok: true, error: '' }; }
      expectFileSize() {}
      chunkBuffer(size) {
        if (size + 8 > module.HEAPU8.length) module.HEAPU8 = new Uint8Array(size + 8);
        return 8;
      }
      pushChunk() { return { ok: true, error: '' }; }
      endFile() { return { ok: true, error: '' }; }
      abandonFile() {}
      rowsRead() { return 2; }
      reportJson() { return JSON.stringify(fullReport()); }
      mappingJson() { return JSON.stringify({ icp_drift_mapping: 1, files: [] }); }
      inputCount() { return this.files.length; }
      inputJson(index) { return JSON.stringify({ file: this.files[index], rows: 2 }); }
      rejectedRowsCsv(index) { return index === 0 ? 'line,reason\r\n4,"\'=cmd|calc"\r\n' : ''; }
      delete() {}
    },
    version: () => 'full-report-fake',
    roleFields: () => JSON.stringify(['deal_id', 'stage', 'amount']),
    sampleFileCount: () => 1,
    sampleFileName: () => 'deals.csv',
    sampleFileRole: () => 'deals',
    sampleFileBytes: () => new TextEncoder().encode(SAMPLE),
    sampleIcpJson: () => '{"name":"Fake ICP","match":"all","rules":[{"field":"industry","op":"in","values":["Software"]}]}',
  };
  return module;
}
