//! Saving safely when several pages share one stored record: may this page write, or did
//! another page (another tab, a newer build, a page restored by the back button) store
//! something in between?
//!
//! A page remembers what it last read or wrote (its *basis*: a fingerprint of the stored text,
//! so nothing is added to the record's own format). Before every change it compares the basis
//! with what is stored now. Unchanged: write. Changed and readable: the change is applied to the
//! stored record instead (every change is a function `PatientRecord -> PatientRecord`, so this
//! is the same as having made it after the other page's change). Changed and written by a newer
//! app version: write nothing, so an older page never downgrades data.

use super::migrate::MigrateError;
use super::stored::{DecodeError, decode_record};
use crate::domain::record::PatientRecord;

/// A 64-bit FNV-1a hash of a stored text. Not a security measure: it tells one stored text
/// from another (texts, not attackers, are being compared).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(u64);

pub fn fingerprint(text: &str) -> Fingerprint {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    Fingerprint(hash)
}

/// What a page last read from or wrote to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The stored copy could not be read (yet): nothing may be written before it is.
    Unknown,
    /// No record was stored.
    Absent,
    /// This text was stored.
    Seen(Fingerprint),
}

impl Basis {
    /// The basis after reading or writing `stored`.
    pub fn of(stored: Option<&str>) -> Self {
        match stored {
            None => Basis::Absent,
            Some(text) => Basis::Seen(fingerprint(text)),
        }
    }
}

/// The outcome of comparing a page's basis with what is stored now.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// Nothing was stored in between: the page's own record is the newest.
    Current,
    /// Another page stored a record this build reads: continue from that one.
    Newer(Box<PatientRecord>),
    /// Stored by a newer version of the app: this page must write nothing and be reloaded.
    TooNew,
    /// The stored text is damaged: keep a copy of it before writing over it.
    Damaged(DecodeError),
}

/// Compares `basis` with the text stored now (`None`: no record stored).
///
/// No record stored any more (the browser cleared it, or it never was) is `Current`: the page's
/// record is then the best copy there is, and writing it loses nothing.
pub fn check(basis: Basis, stored: Option<&str>) -> Check {
    let Some(text) = stored else {
        return Check::Current;
    };
    if basis == Basis::Seen(fingerprint(text)) {
        return Check::Current;
    }
    match decode_record(text) {
        Ok(record) => Check::Newer(Box::new(record)),
        Err(DecodeError::Version(MigrateError::TooNew { .. })) => Check::TooNew,
        Err(e) => Check::Damaged(e),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::date::Timestamp;
    use crate::domain::id::EntryId;
    use crate::domain::nprs::NprsScore;
    use crate::interop::stored::encode_record;
    use proptest::prelude::*;

    /// A page as `store/` and `ui/` run it: check, continue from the newest, change, write.
    struct Page {
        record: PatientRecord,
        basis: Basis,
    }

    impl Page {
        fn open(store: &Option<String>) -> Self {
            // Only a record this build reads becomes the basis; otherwise nothing may be written.
            match check(Basis::Unknown, store.as_deref()) {
                Check::Newer(r) => Page {
                    record: *r,
                    basis: Basis::of(store.as_deref()),
                },
                Check::Current => Page {
                    record: PatientRecord::default(),
                    basis: Basis::Absent,
                },
                Check::TooNew | Check::Damaged(_) => Page {
                    record: PatientRecord::default(),
                    basis: Basis::Unknown,
                },
            }
        }

        /// `false` when the page had to stop (nothing written).
        fn change(&mut self, store: &mut Option<String>, f: impl FnOnce(&mut PatientRecord)) -> bool {
            match check(self.basis, store.as_deref()) {
                Check::Current => {}
                Check::Newer(r) => self.record = *r,
                Check::TooNew | Check::Damaged(_) => return false,
            }
            f(&mut self.record);
            let text = encode_record(&self.record);
            self.basis = Basis::of(Some(&text));
            *store = Some(text);
            true
        }
    }

    fn at(minute: u32) -> Timestamp {
        Timestamp::parse(&format!(
            "2026-11-{:02}T{:02}:{:02}:00+01:00",
            1 + minute / 1440,
            minute / 60 % 24,
            minute % 60
        ))
        .unwrap()
    }

    fn add(r: &mut PatientRecord, n: u8) {
        r.add_nprs(
            EntryId::from_random([n; 16]),
            at(u32::from(n)),
            NprsScore::new(n % 11).unwrap(),
        );
    }

    #[test]
    fn unchanged_store_is_current_and_a_change_elsewhere_is_newer() {
        let mut r = PatientRecord::default();
        add(&mut r, 1);
        let text = encode_record(&r);
        assert_eq!(check(Basis::of(Some(&text)), Some(&text)), Check::Current);
        assert_eq!(check(Basis::Absent, None), Check::Current);
        assert_eq!(check(Basis::Unknown, None), Check::Current);
        assert_eq!(
            check(Basis::Absent, Some(&text)),
            Check::Newer(Box::new(r.clone()))
        );
        assert_eq!(check(Basis::Unknown, Some(&text)), Check::Newer(Box::new(r)));
    }

    #[test]
    fn two_pages_saving_different_things_keep_both() {
        let mut store = None;
        let mut a = Page::open(&store);
        let mut b = Page::open(&store);
        assert!(a.change(&mut store, |r| add(r, 1)));
        // B never heard of A's save (no storage event, or restored from the back/forward cache).
        assert!(b.change(&mut store, |r| add(r, 2)));
        let stored = check(Basis::Unknown, store.as_deref());
        let Check::Newer(r) = stored else {
            panic!("{stored:?}")
        };
        assert_eq!(r.nprs.len(), 2);
        // And A's next change keeps B's.
        assert!(a.change(&mut store, |r| add(r, 3)));
        assert_eq!(a.record.nprs.len(), 3);
    }

    #[test]
    fn a_record_of_a_newer_app_version_is_never_written_over() {
        let newer = r#"{"schema_version":999,"nprs":[],"something_new":true}"#.to_owned();
        let mut store = Some(newer.clone());
        let mut old = Page::open(&store);
        assert!(!old.change(&mut store, |r| add(r, 1)));
        assert_eq!(store.as_deref(), Some(newer.as_str()));
        assert_eq!(check(Basis::Unknown, Some(&newer)), Check::TooNew);
        // Also when the newer record arrives while the page is open.
        let mut store = None;
        let mut page = Page::open(&store);
        store = Some(newer.clone());
        assert!(!page.change(&mut store, |r| add(r, 1)));
        assert_eq!(store.as_deref(), Some(newer.as_str()));
    }

    #[test]
    fn damaged_text_is_reported_not_taken_for_a_record() {
        assert!(matches!(check(Basis::Absent, Some("{broken")), Check::Damaged(_)));
        // A damaged text this page saw before (and kept aside) may be written over.
        assert_eq!(check(Basis::of(Some("{broken")), Some("{broken")), Check::Current);
    }

    #[test]
    fn a_page_that_could_not_read_the_store_continues_from_the_stored_record() {
        let mut real = PatientRecord::default();
        add(&mut real, 1);
        add(&mut real, 2);
        let mut store = Some(encode_record(&real));
        // The first read failed: the page starts empty, with an unknown basis.
        let mut page = Page {
            record: PatientRecord::default(),
            basis: Basis::Unknown,
        };
        assert!(page.change(&mut store, |r| add(r, 3)));
        let Check::Newer(r) = check(Basis::Unknown, store.as_deref()) else {
            panic!()
        };
        assert_eq!(r.nprs.len(), 3, "the real record is kept, with the new entry");
    }

    #[test]
    fn fingerprints_tell_texts_apart() {
        assert_eq!(fingerprint("abc"), fingerprint("abc"));
        assert_ne!(fingerprint("abc"), fingerprint("abd"));
        assert_ne!(fingerprint(""), fingerprint(" "));
    }

    proptest! {
        /// Pages taking turns in any order, each knowing only what it read or wrote itself, end
        /// with what one page making every change in that order would have: nothing lost, and a
        /// deletion in one page is not undone by another.
        #[test]
        fn interleaved_pages_lose_nothing(
            ops in proptest::collection::vec((0usize..3, any::<bool>(), 1u8..40), 1..40)
        ) {
            let mut store = None;
            let mut pages: Vec<Page> = (0..3).map(|_| Page::open(&store)).collect();
            let mut reference = PatientRecord::default();
            for (page, delete, n) in ops {
                let change = move |r: &mut PatientRecord| {
                    if delete {
                        r.delete_nprs(&EntryId::from_random([n; 16]));
                    } else if !r.nprs.iter().any(|e| e.id == EntryId::from_random([n; 16])) {
                        add(r, n);
                    }
                };
                prop_assert!(pages[page].change(&mut store, change));
                change(&mut reference);
            }
            let Check::Newer(stored) = check(Basis::Unknown, store.as_deref()) else {
                return Err(TestCaseError::fail("nothing readable stored"));
            };
            prop_assert_eq!(*stored, reference);
        }
    }
}
