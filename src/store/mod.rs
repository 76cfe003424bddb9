//! Persistence in the browser: the record in localStorage, versioned, with corruption and
//! quota handling; the clock and random ids. The only module besides `ui` that touches the browser.

pub mod browser;
pub mod clock;
pub mod kiosk_store;
pub mod persist;
pub mod record_store;
pub mod storage_risk;
