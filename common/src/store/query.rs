//! A bucket URI's query string (contract §6.2), decoded as Go's
//! `url.ParseQuery` does, with the two spellings of each S3 flag folded into one.

use super::ConfigError;

#[cfg(test)]
mod tests;

/// Query keys as KFP documents them (AWS SDK v1 style), the spellings
/// [`QueryParams`] normalises to.
pub mod query_key {
    /// Region.
    pub const REGION: &str = "region";
    /// Endpoint, `host[:port]` or a URL.
    pub const ENDPOINT: &str = "endpoint";
    /// Plain HTTP; gocloud v0.46 (AWS SDK v2) spells it `disable_https`.
    pub const DISABLE_SSL: &str = "disableSSL";
    /// Path-style addressing; gocloud v0.46 spells it `use_path_style`.
    pub const FORCE_PATH_STYLE: &str = "s3ForcePathStyle";
}

/// A bucket URI's query, decoded like Go's `url.ParseQuery`, in order, with
/// duplicates kept.
///
/// Upstream passes the query verbatim to gocloud, whose v0.46 S3 opener
/// names the keys `disable_https`/`use_path_style` while KFP's docs use
/// `disableSSL`/`s3ForcePathStyle` (§6.2, unverified which gocloud still
/// honours). Both spellings are accepted and stored under the documented
/// one ([`query_key`]); other keys pass through unchanged. Lookups return the
/// first occurrence, like `url.Values.Get`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct QueryParams {
    pairs: Vec<(String, String)>,
}

impl QueryParams {
    /// Decode `query` (without `?`). Boolean keys are validated here, so
    /// that the typed getters need not fail.
    pub fn parse(query: &str) -> Result<Self, ConfigError> {
        let invalid = |reason: String| ConfigError::InvalidQuery {
            query: query.to_owned(),
            reason,
        };
        let mut pairs = Vec::new();
        for piece in query.split('&') {
            if piece.is_empty() {
                continue;
            }
            if piece.contains(';') {
                // Go 1.17+ rejects ';' as a separator.
                return Err(invalid(format!("invalid semicolon separator in {piece:?}")));
            }
            let (raw_key, raw_value) = piece.split_once('=').unwrap_or((piece, ""));
            let key = query_unescape(raw_key).map_err(invalid)?;
            let value = query_unescape(raw_value).map_err(invalid)?;
            let canonical = canonical_query_key(&key);
            if (canonical == query_key::DISABLE_SSL || canonical == query_key::FORCE_PATH_STYLE)
                && parse_go_bool(&value).is_none()
            {
                return Err(ConfigError::QueryNotBool {
                    query: query.to_owned(),
                    key,
                    value,
                });
            }
            pairs.push((canonical.to_owned(), value));
        }
        Ok(Self { pairs })
    }

    /// Whether there are no parameters at all.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// All parameters in order, keys normalised.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The first value of `key` (either spelling).
    pub fn get(&self, key: &str) -> Option<&str> {
        let key = canonical_query_key(key);
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// `region`.
    pub fn region(&self) -> Option<&str> {
        self.get(query_key::REGION)
    }

    /// `endpoint`, as written (not yet given a scheme).
    pub fn endpoint(&self) -> Option<&str> {
        self.get(query_key::ENDPOINT)
    }

    /// `disableSSL` or `disable_https`.
    pub fn disable_ssl(&self) -> Option<bool> {
        self.get(query_key::DISABLE_SSL).and_then(parse_go_bool)
    }

    /// `s3ForcePathStyle` or `use_path_style`.
    pub fn force_path_style(&self) -> Option<bool> {
        self.get(query_key::FORCE_PATH_STYLE)
            .and_then(parse_go_bool)
    }
}

fn canonical_query_key(key: &str) -> &str {
    match key {
        "disable_https" => query_key::DISABLE_SSL,
        "use_path_style" => query_key::FORCE_PATH_STYLE,
        other => other,
    }
}

/// Go's `url.QueryUnescape`: `+` is a space, `%XX` a byte.
fn query_unescape(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                let hex = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
                match (hex(b.get(i + 1)), hex(b.get(i + 2))) {
                    (Some(hi), Some(lo)) => {
                        // Two hex digits fit a byte.
                        out.push((hi * 16 + lo) as u8);
                        i += 3;
                    }
                    _ => {
                        let end = (i + 3).min(b.len());
                        return Err(format!(
                            "invalid URL escape {:?}",
                            String::from_utf8_lossy(&b[i..end])
                        ));
                    }
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| format!("{s:?} is not UTF-8 once percent-decoded"))
}

/// Go's `strconv.ParseBool`, which both the gocloud opener and upstream's
/// session-param parsing use.
pub(super) fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}
