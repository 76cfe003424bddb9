// Rugplan service worker: precaches every file of one build, serves the app offline (every
// route answers with the cached index.html), and keeps one versioned cache per build.
// BUILD_ID and ASSETS are filled in by scripts/write-sw.mjs after each Trunk build.
const BUILD_ID = '__RUGPLAN_BUILD_ID__';
const ASSETS = ['__RUGPLAN_ASSETS__'];
const CACHE = `rugplan-${BUILD_ID}`;

self.addEventListener('install', (event) => {
  // addAll is all-or-nothing: a half-downloaded version never becomes active.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map((a) => new Request(a, { cache: 'reload' })))));
  // No skipWaiting here: the page decides when to switch (see boot.js).
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // Only now, with the new cache complete and in charge, are older versions removed.
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('rugplan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const isFile = /\.[a-z0-9]+$/i.test(url.pathname);
  if (request.mode === 'navigate' && !isFile) {
    // Deep links (/nprs, /info/work, …) are routes of the one-page app; real files such as
    // /example/lage-rugpijn.html are served as themselves below.
    event.respondWith(caches.open(CACHE).then((c) => c.match('/index.html')).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(request)).then((hit) => hit || fetch(request)));
});
