// DuckDB-Wasm, served from this origin (its EH bundle, copied from node_modules by the build; no CDN):
// start-up is instantiating the database in its worker; a run registers the File
// (BROWSER_FILEREADER: read in slices, never copied whole) and computes the overall figures with one
// read_csv query. Extension autoloading is off, so nothing is fetched from extensions.duckdb.org.
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const FIGURES_SQL = `
WITH deals AS (
  SELECT "Stage" AS stage, "Amount" AS amount, "Created Date" AS created, "Close Date" AS closed
  FROM read_csv('deals.csv', header = true, delim = ',', quote = '"', escape = '"',
                dateformat = '%m/%d/%Y',
                types = {'Stage': 'VARCHAR', 'Amount': 'VARCHAR', 'Created Date': 'DATE', 'Close Date': 'DATE'})
)
SELECT
  count(*) AS deals,
  count(*) FILTER (WHERE stage = 'Closed Won') AS won,
  count(*) FILTER (WHERE stage = 'Closed Lost') AS lost,
  count(*) FILTER (WHERE stage IS NULL OR stage NOT IN ('Closed Won', 'Closed Lost')) AS open,
  median(CAST(closed - created AS DOUBLE)) FILTER (WHERE stage = 'Closed Won' AND closed >= created) AS median_cycle_days_won,
  median(CAST(replace(replace(amount, 'USD ', ''), ',', '') AS DOUBLE)) FILTER (WHERE stage = 'Closed Won') AS acv_median
FROM deals`;

const num = (v) => (v === null || v === undefined ? null : Number(v));

export async function prepare() {
  const worker = new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  return {
    async run(file) {
      await db.registerFileHandle('deals.csv', file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
      const table = await conn.query(FIGURES_SQL);
      const row = table.toArray()[0].toJSON();
      await db.dropFile('deals.csv');
      const won = num(row.won);
      const lost = num(row.lost);
      return {
        figures: {
          deals: num(row.deals),
          won,
          lost,
          open: num(row.open),
          win_rate: won + lost > 0 ? won / (won + lost) : null,
          median_cycle_days_won: num(row.median_cycle_days_won),
          acv_median: num(row.acv_median),
        },
      };
    },
  };
}
