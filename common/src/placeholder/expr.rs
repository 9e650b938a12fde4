//! `{{$…}}` expressions: the grammar both passes read.

use super::PlaceholderError;

/// Parsed placeholder expression.
#[derive(Debug, PartialEq)]
pub(super) enum Expr<'s> {
    Whole,
    Runtime(&'s str),
    InputParameter(&'s str),
    OutputParameterFile(&'s str),
    OutputFile,
    Artifact {
        output: bool,
        name: &'s str,
        field: Field<'s>,
    },
}

#[derive(Debug, PartialEq)]
pub(super) enum Field<'s> {
    List,
    Uri,
    Path,
    Metadata,
    MetadataKey(&'s str),
}

/// `['name']` (or `["name"]`) at the start of `s`: the name and the rest.
fn bracketed(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_prefix('[')?;
    let quote = s.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let s = &s[1..];
    let close = s.find(quote)?;
    let rest = s[close + 1..].strip_prefix(']')?;
    Some((&s[..close], rest))
}

pub(super) fn parse(expr: &str) -> Option<Expr<'_>> {
    if expr == "$" {
        return Some(Expr::Whole);
    }
    let path = expr.strip_prefix("$.")?;
    if path == "outputs.output_file" {
        return Some(Expr::OutputFile);
    }
    if let Some(rest) = path.strip_prefix("inputs.parameters") {
        let (name, rest) = bracketed(rest)?;
        return rest.is_empty().then_some(Expr::InputParameter(name));
    }
    if let Some(rest) = path.strip_prefix("outputs.parameters") {
        let (name, rest) = bracketed(rest)?;
        return (rest == ".output_file").then_some(Expr::OutputParameterFile(name));
    }
    let (output, rest) = if let Some(r) = path.strip_prefix("inputs.artifacts") {
        (false, r)
    } else if let Some(r) = path.strip_prefix("outputs.artifacts") {
        (true, r)
    } else {
        // `{{$.pipeline_job_name}}` and friends: a bare identifier.
        return path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
            .then_some(Expr::Runtime(path));
    };
    let (name, rest) = bracketed(rest)?;
    let field = match rest {
        "" => Field::List,
        ".uri" => Field::Uri,
        ".path" => Field::Path,
        ".metadata" => Field::Metadata,
        r => {
            let (key, tail) = bracketed(r.strip_prefix(".metadata")?)?;
            if !tail.is_empty() {
                return None;
            }
            Field::MetadataKey(key)
        }
    };
    Some(Expr::Artifact {
        output,
        name,
        field,
    })
}

/// `text` with each `{{$}}` / `{{$.…}}` replaced by `replace(expression, placeholder)`
/// (expression without the braces); `None` keeps the placeholder verbatim,
/// and the flag says whether any was kept. Replacements are not re-scanned.
pub(super) fn substitute_each(
    text: &str,
    mut replace: impl FnMut(&str, &str) -> Result<Option<String>, PlaceholderError>,
) -> Result<(String, bool), PlaceholderError> {
    let mut out = String::with_capacity(text.len());
    let mut kept = false;
    let mut rest = text;
    while let Some(start) = rest.find("{{$") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        // Only `{{$}}` and `{{$.…}}` are placeholders (the SDK's grammar):
        // other text that starts like one is the user's.
        if !(after[3..].starts_with('.') || after[3..].starts_with("}}")) {
            out.push_str("{{$");
            rest = &after[3..];
            continue;
        }
        let Some(end) = after.find("}}") else {
            return Err(PlaceholderError::Invalid {
                placeholder: after.to_owned(),
                message: "unterminated placeholder (no closing }})".into(),
            });
        };
        let placeholder = &after[..end + 2];
        match replace(&placeholder[2..end], placeholder)? {
            Some(value) => out.push_str(&value),
            None => {
                kept = true;
                out.push_str(placeholder);
            }
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok((out, kept))
}
