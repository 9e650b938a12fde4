//! Go's `path.Join` and `path.Clean`, because upstream computes object keys
//! and URIs with them and ours must be byte-identical.

/// Go's `path.Join`: non-empty elements joined by `/`, then `path.Clean`d;
/// `""` when every element is empty.
pub(super) fn go_path_join(elems: &[&str]) -> String {
    let mut buf = String::new();
    for e in elems {
        if !buf.is_empty() || !e.is_empty() {
            if !buf.is_empty() {
                buf.push('/');
            }
            buf.push_str(e);
        }
    }
    if buf.is_empty() {
        return buf;
    }
    go_path_clean(&buf)
}

/// Go's `path.Clean`, ported line by line: collapse `//`, drop `.`,
/// resolve `..` lexically (kept when unrooted and nothing precedes it), no
/// trailing slash except for `/` itself.
pub(super) fn go_path_clean(path: &str) -> String {
    if path.is_empty() {
        return ".".to_owned();
    }
    let b = path.as_bytes();
    let n = b.len();
    let rooted = b[0] == b'/';
    let mut out = String::with_capacity(n);
    let (mut r, mut dotdot) = (0, 0);
    if rooted {
        out.push('/');
        r = 1;
        dotdot = 1;
    }
    while r < n {
        if b[r] == b'/' || (b[r] == b'.' && (r + 1 == n || b[r + 1] == b'/')) {
            // Empty element or `.`.
            r += 1;
        } else if b[r] == b'.' && r + 1 < n && b[r + 1] == b'.' && (r + 2 == n || b[r + 2] == b'/')
        {
            r += 2;
            if out.len() > dotdot {
                // Backtrack to the previous '/' (an ASCII byte, so a char boundary).
                let mut w = out.len() - 1;
                while w > dotdot && out.as_bytes()[w] != b'/' {
                    w -= 1;
                }
                out.truncate(w);
            } else if !rooted {
                if !out.is_empty() {
                    out.push('/');
                }
                out.push_str("..");
                dotdot = out.len();
            }
        } else {
            if (rooted && out.len() != 1) || (!rooted && !out.is_empty()) {
                out.push('/');
            }
            let start = r;
            while r < n && b[r] != b'/' {
                r += 1;
            }
            out.push_str(&path[start..r]);
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}
