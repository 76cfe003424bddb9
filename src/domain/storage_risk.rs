//! Will this browser keep the data? The likely cases where it will not, from facts the browser
//! reports (user agent, touch points, whether the app runs from the home screen), and the backup
//! reminder interval that follows.
//!
//! Source: WebKit blog, "Full Third-Party Cookie Blocking and More" (J. Wilander, 24 March 2020,
//! https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/), section "7-Day Cap
//! on All Script-Writeable Storage": Safari (iOS/iPadOS 13.4, macOS Safari 13.1 and later)
//! deletes all of a site's script-writable storage, localStorage included, "after seven days of
//! Safari use without user interaction on the site"; the author's clarification in that post:
//! "Web applications added to the home screen are not part of Safari and thus have their own
//! counter of days of use [...] We do not expect the first-party in such a web application to
//! have its website data deleted." Browsers on iPhone and iPad use Safari's engine (App Store
//! Review Guideline 2.5.6; other engines only in the EU since iOS 17.4, and rare), and Apple
//! turned tracking prevention on for all of them in iOS 14, so there any browser counts as likely.
//! A detection is a likelihood, never a certainty: the texts say "may".

/// How safe the stored data is from being erased by the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageRisk {
    /// Nothing known: the usual reminder applies.
    Usual,
    /// Safari's engine, opened in the browser (not from the home screen): data may be erased
    /// after 7 days without a visit.
    SevenDays,
    /// A private window: everything is erased when it is closed.
    PrivateWindow,
}

/// What the browser reports about itself.
#[derive(Debug, Clone, Copy)]
pub struct BrowserFacts<'a> {
    pub user_agent: &'a str,
    /// `navigator.maxTouchPoints`: iPadOS reports a Mac user agent, but a touch screen.
    pub max_touch_points: u32,
    /// Opened from the home screen (`display-mode: standalone` or `navigator.standalone`).
    pub standalone: bool,
    /// A private window was detected (see [`is_private_window_error`]).
    pub private: bool,
}

/// Safari's engine on iPhone/iPad (any browser there) or Safari itself on a Mac.
pub fn is_safari_engine(user_agent: &str, max_touch_points: u32) -> bool {
    let ua = user_agent;
    let ios = ["iPhone", "iPad", "iPod"].iter().any(|d| ua.contains(d));
    let mac = ua.contains("Macintosh");
    // iPadOS 13+ asks for desktop sites with a Mac user agent; Macs have no touch screen.
    let ipad_as_mac = mac && max_touch_points > 1;
    let other_engine = ["Chrome/", "Chromium/", "Edg/", "Firefox/", "OPR/"]
        .iter()
        .any(|e| ua.contains(e));
    let mac_safari = mac && ua.contains("Safari/") && ua.contains("Version/") && !other_engine;
    ios || ipad_as_mac || mac_safari
}

pub fn storage_risk(facts: BrowserFacts) -> StorageRisk {
    if facts.private {
        StorageRisk::PrivateWindow
    } else if !facts.standalone && is_safari_engine(facts.user_agent, facts.max_touch_points) {
        StorageRisk::SevenDays
    } else {
        StorageRisk::Usual
    }
}

/// Days after which the home screen reminds the patient to make a new backup. With Safari's
/// 7-day limit a backup older than that may be the only copy left (WebKit blog, above).
pub fn backup_reminder_days(risk: StorageRisk) -> i64 {
    match risk {
        StorageRisk::Usual => 14,
        StorageRisk::SevenDays | StorageRisk::PrivateWindow => 7,
    }
}

/// Safari 17 and later refuse the origin private file system in a private window with an error
/// whose message says "unknown transient reason" (the method of the detectIncognito library,
/// MIT, https://github.com/Joe12387/detectIncognito). Only asked on Safari's engine.
pub fn is_private_window_error(message: &str) -> bool {
    message.contains("unknown transient reason")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1";
    const MAC_SAFARI: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    const MAC_CHROME: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
    const MAC_FIREFOX: &str =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0";

    fn facts(user_agent: &str, touch: u32, standalone: bool) -> BrowserFacts<'_> {
        BrowserFacts {
            user_agent,
            max_touch_points: touch,
            standalone,
            private: false,
        }
    }

    #[test]
    fn safari_engine_in_the_browser_has_the_seven_day_limit() {
        for ua in [IPHONE_SAFARI, IPHONE_CHROME, MAC_SAFARI] {
            assert_eq!(storage_risk(facts(ua, 0, false)), StorageRisk::SevenDays, "{ua}");
        }
        // An iPad asking for the desktop site: a Mac user agent with a touch screen.
        let ipad_desktop = MAC_SAFARI;
        assert_eq!(
            storage_risk(facts(ipad_desktop, 5, false)),
            StorageRisk::SevenDays
        );
    }

    #[test]
    fn home_screen_apps_and_other_engines_keep_the_usual_reminder() {
        assert_eq!(storage_risk(facts(IPHONE_SAFARI, 5, true)), StorageRisk::Usual);
        for ua in [MAC_CHROME, ANDROID_CHROME, MAC_FIREFOX, ""] {
            assert_eq!(storage_risk(facts(ua, 0, false)), StorageRisk::Usual, "{ua}");
        }
        assert_eq!(backup_reminder_days(StorageRisk::Usual), 14);
        assert_eq!(backup_reminder_days(StorageRisk::SevenDays), 7);
    }

    #[test]
    fn a_private_window_is_said_as_such() {
        let f = BrowserFacts {
            private: true,
            ..facts(IPHONE_SAFARI, 5, false)
        };
        assert_eq!(storage_risk(f), StorageRisk::PrivateWindow);
        assert_eq!(backup_reminder_days(StorageRisk::PrivateWindow), 7);
        assert!(is_private_window_error(
            "UnknownError: The operation failed for an unknown transient reason"
        ));
        assert!(!is_private_window_error("SecurityError: not allowed"));
    }
}
