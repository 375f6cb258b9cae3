// Reads a File's bytes as a stream and reports how many: nothing else.
self.addEventListener('message', async (event) => {
  const reader = event.data.stream().getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  self.postMessage({ type: 'done', bytes });
});
self.postMessage({ type: 'ready' });
