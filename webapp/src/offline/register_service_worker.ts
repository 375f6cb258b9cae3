// Registers dist/sw.js (webapp/vite_plugins/service_worker.js), which keeps the build in a cache so
// the page works offline after its first load. Imported once by main.ts. Never in the dev server (no sw.js
// there), the single-file build or a page opened from disk; a browser that refuses it (private mode,
// a host that does not serve sw.js) still has the page, only not offline.
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || import.meta.env.MODE === 'single-file') return;
  if (!('serviceWorker' in navigator) || !['http:', 'https:'].includes(location.protocol)) return;
  // Relative to the page, so a deploy at any sub-path registers its own worker with its own scope.
  const script = new URL('sw.js', document.baseURI).href;
  const register = () => {
    navigator.serviceWorker.register(script).catch(() => {
      // Offline use is a bonus: the page works the same without it.
    });
  };
  // After the load, so its downloads do not compete with the engine's first one.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

registerServiceWorker();
