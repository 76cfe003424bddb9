// Starts Rugplan: loads the wasm app, then registers the service worker for offline use.
// An external file (not an inline script) so the Content-Security-Policy can forbid inline code.
//
// The app's texts live in the wasm, so the two messages that must work without it are here,
// short, in Dutch (B1) and English: the app could not start, and another tab switched to a new
// version (issue 15).
const TEXTS = {
  nl: {
    failed: 'Rugplan kon niet starten.',
    failedHint: 'Probeer het opnieuw. Lukt het dan nog niet? Probeer het later nog een keer.',
    tryAgain: 'Opnieuw proberen',
    stale: 'Er is een nieuwe versie van Rugplan. Laad de pagina opnieuw om verder te gaan.',
    reload: 'Opnieuw laden',
  },
  en: {
    failed: 'Rugplan could not start.',
    failedHint: 'Please try again. If that does not work, try again later.',
    tryAgain: 'Try again',
    stale: 'There is a new version of Rugplan. Reload the page to continue.',
    reload: 'Reload',
  },
};

// As the app chooses: ?lang=, then the stored choice, then the browser's language; Dutch by default.
function language() {
  let stored = null;
  try {
    stored = localStorage.getItem('rugplan.lang');
  } catch { /* storage blocked: fall through */ }
  const wanted = [new URLSearchParams(location.search).get('lang'), stored?.replaceAll('"', ''), navigator.language]
    .find((l) => l && /^(nl|en)\b/i.test(l));
  return wanted && /^en/i.test(wanted) ? 'en' : 'nl';
}

function element(tag, props = {}, children = []) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

let started = false;
let waitingWorker = null;
let applying = false;

function applyUpdate(worker) {
  applying = true;
  worker.postMessage({ type: 'SKIP_WAITING' });
}

function showStartFailure() {
  const lang = language();
  const t = TEXTS[lang];
  const button = element('button', { type: 'button', className: 'button button-primary', textContent: t.tryAgain });
  // A fixed version may already be waiting: switch to it; otherwise load everything again.
  button.addEventListener('click', () => (waitingWorker ? applyUpdate(waitingWorker) : location.reload()));
  const box = element('div', { role: 'alert', lang }, [
    element('p', {}, [element('strong', { textContent: t.failed })]),
    element('p', { textContent: t.failedHint }),
    button,
  ]);
  box.dataset.testid = 'start-failed';
  const place = document.getElementById('loading') ?? document.body.appendChild(element('div', { className: 'loading' }));
  place.replaceChildren(box);
}

// Another tab switched this browser to a new version: this page's own files (its lazily loaded
// page files among them) may be gone, so it stops here until reloaded, before it fetches or
// saves anything. Everything already saved stays saved.
function showStale() {
  if (document.getElementById('rugplan-stale')) return;
  const lang = language();
  const t = TEXTS[lang];
  const button = element('button', { type: 'button', className: 'button button-primary', textContent: t.reload });
  button.addEventListener('click', () => location.reload());
  for (const child of document.body.children) child.inert = true;
  const message = element('p', { id: 'rugplan-stale-text', textContent: t.stale });
  const dialog = element('div', { id: 'rugplan-stale', className: 'stale-overlay', lang }, [
    element('div', { className: 'stale-dialog' }, [message, button]),
  ]);
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'rugplan-stale-text');
  dialog.dataset.testid = 'stale-version';
  document.body.append(dialog);
  button.focus();
}

// Updates never strand a user: a new version installs in the background and waits. The app
// shows "a new version is ready" and only switches when the patient agrees (rugplanApplyUpdate).
// If the app could not start, a new version is taken at once: it may be the fix.
function announce(worker) {
  waitingWorker = worker;
  if (!started) {
    applyUpdate(worker);
    return;
  }
  window.rugplanWaitingWorker = worker;
  window.dispatchEvent(new CustomEvent('rugplan-update-ready'));
}

window.rugplanApplyUpdate = () => {
  const worker = window.rugplanWaitingWorker;
  if (!worker) return false;
  applyUpdate(worker);
  return true;
};

// Registered whether or not the app started, so that a fixed version can arrive.
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const sw = navigator.serviceWorker;
  // The version this page was loaded by; null on a first visit (then the first version taking
  // control is no change of version).
  let inControl = sw.controller;
  sw.addEventListener('controllerchange', () => {
    const before = inControl;
    inControl = sw.controller;
    if (applying || (before && !started)) location.reload();
    else if (before) showStale();
  });
  sw.register('/sw.js', { scope: '/', updateViaCache: 'none' }).then((reg) => {
    if (reg.waiting && sw.controller) announce(reg.waiting);
    // The app did not start: look for a fixed version now, not only on the next navigation.
    if (!started && reg.active) reg.update().catch(() => {});
    reg.addEventListener('updatefound', () => {
      const incoming = reg.installing;
      incoming?.addEventListener('statechange', () => {
        // "installed" with an existing controller: an update, complete in its own cache.
        if (incoming.state === 'installed' && sw.controller) announce(incoming);
      });
    });
    // Look for a new version now and then while the app stays open (no request when offline fails quietly).
    setInterval(() => reg.update().catch(() => {}), 60 * 60 * 1000);
  }).catch(() => { /* no offline support in this browser; the app still works online */ });
}

const tag = document.querySelector('script[data-rugplan-js]');
try {
  const { default: init } = await import(tag.dataset.rugplanJs);
  await init({ module_or_path: tag.dataset.rugplanWasm });
  started = true;
} catch (error) {
  console.error('Rugplan could not start:', error);
  showStartFailure();
}
registerServiceWorker();
