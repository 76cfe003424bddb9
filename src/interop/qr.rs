//! QR codes as SVG (one `<path>` of dark modules, with the quiet zone), for the hand-over code.

use qrcodegen::{QrCode, QrCodeEcc};

/// The SVG markup for `text`, or `None` when it does not fit a QR code. The markup is built from
/// numbers only: no text from the record ever goes into it.
pub fn qr_svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let border = 4;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let dim = size + 2 * border;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {dim} {dim}\" shape-rendering=\"crispEdges\">\
<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn makes_an_svg_with_modules() {
        let svg = qr_svg("https://rugplan.example/clinician#c=RP1.x").unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.matches('M').count() > 100);
    }

    #[test]
    fn too_long_text_gives_none() {
        assert!(qr_svg(&"x".repeat(5000)).is_none());
    }
}
