//! Identifiers of entries, so that imports can merge without duplicates.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// An opaque entry id: 1 to 64 characters from `[A-Za-z0-9-]`.
///
/// The browser makes them from random bytes; the check keeps hostile import files from
/// smuggling markup or huge strings in through an id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct EntryId(String);

impl EntryId {
    pub fn parse(s: &str) -> Option<Self> {
        let ok = !s.is_empty() && s.len() <= 64 && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-');
        ok.then(|| Self(s.to_owned()))
    }

    /// Builds an id from 16 random bytes (hex, UUID layout).
    pub fn from_random(bytes: [u8; 16]) -> Self {
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        Self(format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for EntryId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        EntryId::parse(&s).ok_or_else(|| serde::de::Error::custom("invalid entry id"))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn random_ids_have_uuid_shape() {
        let id = EntryId::from_random([0xab; 16]);
        assert_eq!(id.as_str(), "abababab-abab-abab-abab-abababababab");
        assert_eq!(EntryId::parse(id.as_str()), Some(id));
    }

    #[test]
    fn hostile_ids_are_refused() {
        for s in ["", "<script>", "a b", &"x".repeat(65), "é"] {
            assert!(EntryId::parse(s).is_none(), "{s}");
        }
    }
}
