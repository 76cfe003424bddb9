//! The device's clock and random ids. End-to-end tests control the clock through the browser
//! (Playwright's clock), so nothing here needs a test hook.

use crate::domain::date::{LocalDate, Timestamp};
use crate::domain::id::EntryId;

/// Now, in the device's local time zone, with the UTC offset in force now.
pub fn now() -> Timestamp {
    let d = js_sys::Date::new_0();
    let date = LocalDate::new(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    );
    // getTimezoneOffset is UTC minus local time; our offset is local minus UTC.
    let offset = -(d.get_timezone_offset() as i16);
    date.and_then(|date| {
        Timestamp::new(
            date,
            d.get_hours() as u8,
            d.get_minutes() as u8,
            d.get_seconds() as u8,
            offset,
        )
    })
    .unwrap_or_else(fallback_epoch)
}

pub fn today() -> LocalDate {
    now().date()
}

fn fallback_epoch() -> Timestamp {
    // Only reached if the browser reports an impossible date (year outside 1..=9999).
    LocalDate::new(1970, 1, 1)
        .and_then(|d| Timestamp::new(d, 0, 0, 0, 0))
        .unwrap_or_else(|| unreachable!("1970-01-01 is a valid date"))
}

/// A new random entry id from the browser's cryptographic random source.
pub fn new_id() -> EntryId {
    EntryId::from_random(random_bytes())
}

/// 16 bytes from the browser's cryptographic random source (ids, the kiosk PIN salt).
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes
}
