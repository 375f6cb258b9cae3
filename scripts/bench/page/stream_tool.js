// The platform's floor: the File handed to a worker, which reads its bytes with File.stream() and
// does nothing else with them (counts them).
export async function prepare() {
  const worker = new Worker(new URL('./stream_worker.js', import.meta.url), { type: 'module' });
  await new Promise((resolve, reject) => {
    worker.addEventListener('message', (event) => event.data.type === 'ready' && resolve(), { once: true });
    worker.addEventListener('error', (event) => reject(new Error(`stream worker: ${event.message}`)), { once: true });
  });
  return {
    run: (file) =>
      new Promise((resolve, reject) => {
        worker.onmessage = (event) => {
          if (event.data.bytes !== file.size) reject(new Error(`read ${event.data.bytes} bytes of ${file.size}`));
          else resolve({ bytes: event.data.bytes, figures: null });
        };
        worker.onerror = (event) => reject(new Error(`stream worker: ${event.message}`));
        worker.postMessage(file);
      }),
  };
}
