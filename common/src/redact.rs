//! Credentials in URLs (`http://user:password@host`) never reach an error
//! message, a log line or an MLMD property: an endpoint that carries them
//! is refused where it is configured ([`has_userinfo`]), and every error
//! chain we print or record passes through [`credentials`] as well, since
//! foreign errors (the HTTP client's, for one) quote the URLs they tried.

use std::borrow::Cow;

/// Whether `url` has a userinfo part (`scheme://user[:password]@host…`).
pub fn has_userinfo(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    authority(rest).contains('@')
}

/// The authority of what follows `scheme://`: up to the path, query,
/// fragment, or anything that cannot be in a URL.
fn authority(rest: &str) -> &str {
    let end = rest
        .find(|c: char| {
            matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>' | '\\') || c.is_whitespace()
        })
        .unwrap_or(rest.len());
    &rest[..end]
}

/// `text` with the userinfo of every `scheme://user:password@host` in it
/// replaced by `***`.
pub fn credentials(text: &str) -> Cow<'_, str> {
    if !text.contains("://") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let auth = authority(tail);
        match auth.rfind('@') {
            Some(user_end) => {
                out.push_str("***");
                out.push_str(&auth[user_end..]);
                changed = true;
            }
            None => out.push_str(auth),
        }
        rest = &tail[auth.len()..];
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_is_replaced_wherever_a_url_is() {
        for (text, want) in [
            (
                "HEAD http://b.user:secretpw@127.0.0.1:1/x failed",
                "HEAD http://***@127.0.0.1:1/x failed",
            ),
            (
                r#"query "endpoint=http://u:p@h:9&disableSSL=true": bad"#,
                r#"query "endpoint=http://***@h:9&disableSSL=true": bad"#,
            ),
            (
                "a https://only-user@h b https://x:y@h2?q",
                "a https://***@h b https://***@h2?q",
            ),
            (
                "s3://bucket/key@version and minio://b/k",
                "s3://bucket/key@version and minio://b/k",
            ),
            ("no url here", "no url here"),
            ("trailing ://", "trailing ://"),
        ] {
            assert_eq!(credentials(text), want, "{text}");
        }
    }

    #[test]
    fn userinfo_is_found_in_the_authority_only() {
        assert!(has_userinfo("http://user:pw@host:9000"));
        assert!(has_userinfo("user@host"));
        assert!(!has_userinfo("http://host:9000/a@b"));
        assert!(!has_userinfo("host:9000"));
    }
}
