// Papa Parse in a worker: the File handed over, parsed there (streaming, header rows, dynamicTyping),
// the overall figures computed there and sent back.
export async function prepare() {
  const worker = new Worker(new URL('./papa_worker.js', import.meta.url), { type: 'module' });
  await new Promise((resolve, reject) => {
    worker.addEventListener('message', (event) => event.data.type === 'ready' && resolve(), { once: true });
    worker.addEventListener('error', (event) => reject(new Error(`Papa Parse worker: ${event.message}`)), { once: true });
  });
  return {
    run: (file) =>
      new Promise((resolve, reject) => {
        worker.onmessage = (event) => {
          if (event.data.type === 'error') reject(new Error(event.data.message));
          else resolve({ figures: event.data.figures, rows: event.data.rows });
        };
        worker.onerror = (event) => reject(new Error(`Papa Parse worker: ${event.message}`));
        worker.postMessage(file);
      }),
  };
}
