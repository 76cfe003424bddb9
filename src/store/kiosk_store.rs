//! The kiosk settings in localStorage. Practice configuration only: never patient data.

use super::browser::local_storage;
use crate::domain::kiosk::KioskSettings;

pub const KIOSK_KEY: &str = "rugplan.kiosk";

pub fn load() -> Option<KioskSettings> {
    let text = local_storage()?.get_item(KIOSK_KEY).ok()??;
    serde_json::from_str(&text).ok()
}

/// Saves and reads back: `true` only when the stored text is exactly the new settings. Waiting-room
/// mode must not start on a `false` (a reload would then show the normal app): some browsers
/// throw when storage is full or blocked, others (private modes) keep nothing without an error.
pub fn save(settings: &KioskSettings) -> bool {
    let Ok(text) = serde_json::to_string(settings) else {
        return false;
    };
    let Some(storage) = local_storage() else {
        return false;
    };
    storage.set_item(KIOSK_KEY, &text).is_ok()
        && storage.get_item(KIOSK_KEY).ok().flatten().as_deref() == Some(text.as_str())
}

pub fn clear() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(KIOSK_KEY);
    }
}
