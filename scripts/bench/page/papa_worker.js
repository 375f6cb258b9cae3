// Papa Parse on a File inside a worker, as a developer would use it: streaming in chunks, header rows,
// dynamicTyping; each chunk folded into the overall figures (the same code as in Node).
import Papa from 'papaparse';
import { OverallFigures } from '../overall_figures.mjs';

self.addEventListener('message', (event) => {
  const figures = new OverallFigures();
  let rows = 0;
  let errors = 0;
  Papa.parse(event.data, {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
    chunk(results) {
      for (const row of results.data) figures.add(row);
      rows += results.data.length;
      errors += results.errors.length;
    },
    complete() {
      if (errors > 0) self.postMessage({ type: 'error', message: `Papa Parse reported ${errors} errors` });
      else self.postMessage({ type: 'done', figures: figures.result(), rows });
    },
    error(error) {
      self.postMessage({ type: 'error', message: String(error) });
    },
  });
});
self.postMessage({ type: 'ready' });
