//! Cache keys (`driver fingerprint --cache-key`, what the driver hashes):
//! a key that canonicalizes must hash the same once canonical.
#![no_main]
use kfp_common::fingerprint::{canonical_json, fingerprint, of_canonical};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(canonical) = canonical_json(text) {
        let direct = fingerprint(text).expect("canonical, so hashable");
        assert_eq!(direct, of_canonical(&canonical));
        assert_eq!(canonical_json(&canonical).expect("canonical twice"), canonical);
    }
});
