//! Persistence in the browser.
