//! Mounts the app in the browser; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    rugplan::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Rugplan runs in the browser: see README.md (scripts/run.sh).");
}
