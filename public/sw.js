// Rugplan service worker: precaches every file of one build, serves the app offline (every
// route answers with the cached index.html), and keeps one versioned cache per build.
// BUILD_ID, ASSETS and HASHES are filled in by scripts/write-sw.mjs after each Trunk build.
//
// Deploy safety (issue 15): a version only installs when every file it lists arrived exactly
// as built (SHA-256 of its bytes), so a half-uploaded deployment, a host that answers a missing
// file with index.html (an SPA fallback) or a wrong file never replaces a working version. The
// old version stays active and its cache stays until the new one is complete and in control.
const BUILD_ID = '__RUGPLAN_BUILD_ID__';
const ASSETS = ['__RUGPLAN_ASSETS__'];
const HASHES = {'__RUGPLAN_HASHES__': ''};
const CACHE = `rugplan-${BUILD_ID}`;

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// One file, checked against the build's list. A redirect is followed (a host may send
// /index.html to /), but what is cached is always a fresh, non-redirected response holding the
// verified bytes: Chromium refuses a redirected response as the answer to a navigation.
async function verified(path) {
  const response = await fetch(new Request(path, { cache: 'reload' }));
  if (!response.ok || response.type !== 'basic' || new URL(response.url).origin !== self.location.origin) {
    throw new Error(`${path}: status ${response.status} ${response.type}`);
  }
  const body = await response.arrayBuffer();
  const digest = hex(await crypto.subtle.digest('SHA-256', body));
  if (digest !== HASHES[path]) throw new Error(`${path}: not the file of build ${BUILD_ID}`);
  const headers = new Headers();
  for (const name of ['content-type', 'content-security-policy']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(body, { status: 200, statusText: 'OK', headers });
}

async function precache() {
  try {
    // Every file is fetched and checked before anything is stored: all or nothing.
    const responses = await Promise.all(ASSETS.map(verified));
    const cache = await caches.open(CACHE);
    await Promise.all(ASSETS.map((path, i) => cache.put(path, responses[i])));
  } catch (error) {
    // Incomplete: this version never becomes active; the one in use stays as it is.
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
  // No skipWaiting here: the page decides when to switch (see boot.js).
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  // First take control (the new cache is complete: install checked it), only then remove
  // older versions. Pages of the old version see the change and ask to reload (boot.js).
  event.waitUntil(
    self.clients.claim()
      .then(() => caches.keys())
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('rugplan-') && k !== CACHE).map((k) => caches.delete(k)))),
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
