// Starts Rugplan: loads the wasm app, then registers the service worker for offline use.
// An external file (not an inline script) so the Content-Security-Policy can forbid inline code.
const tag = document.querySelector('script[data-rugplan-js]');
const { default: init } = await import(tag.dataset.rugplanJs);
await init({ module_or_path: tag.dataset.rugplanWasm });

// Updates never strand a user: a new version installs in the background and waits. The app
// shows "a new version is ready" and only switches when the patient agrees (rugplanApplyUpdate).
function announce(worker) {
  window.rugplanWaitingWorker = worker;
  window.dispatchEvent(new CustomEvent('rugplan-update-ready'));
}

window.rugplanApplyUpdate = () => {
  const worker = window.rugplanWaitingWorker;
  if (!worker) return false;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
  return true;
};

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const incoming = reg.installing;
      incoming?.addEventListener('statechange', () => {
        // "installed" with an existing controller: an update, complete in its own cache.
        if (incoming.state === 'installed' && navigator.serviceWorker.controller) announce(incoming);
      });
    });
    // Look for a new version now and then while the app stays open (no request when offline fails quietly).
    setInterval(() => reg.update().catch(() => {}), 60 * 60 * 1000);
  }).catch(() => { /* no offline support in this browser; the app still works online */ });
}
