//! The kiosk settings in localStorage. Practice configuration only: never patient data.

use super::browser::local_storage;
use crate::domain::kiosk::KioskSettings;

pub const KIOSK_KEY: &str = "rugplan.kiosk";

pub fn load() -> Option<KioskSettings> {
    let text = local_storage()?.get_item(KIOSK_KEY).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn save(settings: &KioskSettings) -> bool {
    let Ok(text) = serde_json::to_string(settings) else {
        return false;
    };
    local_storage().is_some_and(|s| s.set_item(KIOSK_KEY, &text).is_ok())
}

pub fn clear() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(KIOSK_KEY);
    }
}
