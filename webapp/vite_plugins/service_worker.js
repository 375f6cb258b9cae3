// The page's service worker: keeps every file of one build in one cache, so the page opens and runs
// offline after its first load. Written to dist/sw.js by service_worker_plugin.mjs, which puts before
// this text the build's file list (PRECACHE, relative to this script) and a hash of their content
// (VERSION): a new deploy is a new sw.js, whose install fills a new cache and whose activation drops the
// old one. Its scope is the folder it is served from, so a deploy at any sub-path has its own cache.
/* global PRECACHE, VERSION */
const SCOPE = new URL('./', self.location.href).href;
const PREFIX = `icp-drift ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const PAGE = new URL('index.html', SCOPE).href;
const PRECACHED = new Set(PRECACHE.map((file) => new URL(file, SCOPE).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'reload' skips the HTTP cache, so the cache holds this deploy's files and no older ones.
      await cache.addAll(PRECACHE.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    const path = url.origin + url.pathname;
    if (path === SCOPE || path === PAGE) event.respondWith(page(request));
    return;
  }
  // Anything that is not a file of this build goes to the network as if there were no worker.
  if (PRECACHED.has(url.origin + url.pathname) && !url.search) event.respondWith(file(request));
});

/** The page from the network when there is one (a new deploy shows at once), else this build's copy. */
async function page(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cached = await caches.match(PAGE, { cacheName: CACHE });
    if (cached) return cached;
    throw offline;
  }
}

/** The build's files never change under their hashed names: the cached copy first, else the network. */
async function file(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}
