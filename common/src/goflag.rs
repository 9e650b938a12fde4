//! Go `flag` package syntax (contract §2.1).
//!
//! The KFP compiler and the container driver build the driver and launcher
//! command lines for Go's `flag.FlagSet.Parse`, so a drop-in replacement
//! has to accept exactly the same syntax — including its oddities — rather
//! than a GNU-style parser:
//!
//! * `-name value`, `--name value`, `-name=value`, `--name=value` (one or
//!   two dashes mean the same; three dashes or an empty name are
//!   "bad flag syntax");
//! * bool flags only as `-x` / `-x=<bool>`: `--x false` sets `x = true` and
//!   `false` becomes the first positional argument (which stops parsing);
//! * a non-bool flag always takes the next argument as its value, even if
//!   it starts with `-` (`--ca_cert_path ""` is common);
//! * parsing stops at the first non-flag argument (one not starting with
//!   `-`, or exactly `-`) or right after `--` (which is consumed) —
//!   everything after is positional. The launcher relies on this: its user
//!   command line follows `--`;
//! * a flag given twice: the last value wins;
//! * `-h` / `-help` (when not defined) → [`FlagError::Help`].
//!
//! Flags are described by a static table of [`Flag`]s; [`parse`] returns a
//! [`Parsed`] with defaults applied, the set of explicitly present names
//! (Go's `flag.Visit`, which master's required-flag checks use) and the
//! positional rest. Values are validated while parsing, with Go's messages.

use std::fmt;

#[cfg(test)]
mod tests;

/// The value type of a flag (the subset of Go flag types KFP uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `flag.Bool`: `-x`, `-x=true|false|1|0|t|f|T|F|TRUE|FALSE|True|False`.
    Bool,
    /// `flag.String`: any text.
    String,
    /// `flag.Int` / `flag.Int64`: `strconv.ParseInt(s, 0, 64)` syntax.
    Int,
}

/// One entry of a flag table. `default` is written in flag syntax (e.g.
/// `"-1"`, `"false"`) and validated like a command-line value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flag {
    /// Name without dashes, e.g. `"execution_id"`.
    pub name: &'static str,
    pub kind: Kind,
    pub default: &'static str,
    /// One-line usage text (what Go's `flag.PrintDefaults` prints).
    pub doc: &'static str,
}

impl Flag {
    /// A `const`-friendly constructor for flag tables.
    pub const fn new(
        name: &'static str,
        kind: Kind,
        default: &'static str,
        doc: &'static str,
    ) -> Self {
        Flag {
            name,
            kind,
            default,
            doc,
        }
    }
}

/// Why a number did not parse (Go's `strconv.ErrSyntax` / `ErrRange`, as
/// `flag` reports them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumError {
    /// Not a valid integer literal.
    Syntax,
    /// Does not fit in an `i64`.
    Range,
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The texts of Go's flag.errParse / flag.errRange.
        f.write_str(match self {
            NumError::Syntax => "parse error",
            NumError::Range => "value out of range",
        })
    }
}

/// A command-line (or flag table) error. The messages are Go's, so logs
/// and tests written against the Go binaries keep matching.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlagError {
    /// `-h`, `-help`, `--help` (or `=value` forms) when not defined in the
    /// table: the caller should print usage and exit 0 (what Go's
    /// `flag.ExitOnError` does; every other parse error exits 2).
    #[error("flag: help requested")]
    Help,
    /// A flag that is not in the table.
    #[error("flag provided but not defined: -{name}")]
    Undefined { name: String },
    /// `---x`, `-=x`, `--=x`.
    #[error("bad flag syntax: {arg}")]
    BadSyntax { arg: String },
    /// A non-bool flag as the last argument, without `=value`.
    #[error("flag needs an argument: -{name}")]
    MissingArgument { name: String },
    /// An int flag with a value that is not an integer literal.
    #[error("invalid value {value:?} for flag -{name}: {reason}")]
    InvalidValue {
        name: String,
        value: String,
        reason: NumError,
    },
    /// A flag whose value is one of a few words (e.g. `--cache_store`)
    /// given another: Go's message for a value its `flag.Value` rejects.
    #[error("invalid value {value:?} for flag -{name}: expected {expected}")]
    InvalidChoice {
        name: String,
        value: String,
        expected: &'static str,
    },
    /// A bool flag given `=value` that is not one of Go's bool spellings.
    #[error("invalid boolean value {value:?} for -{name}: parse error")]
    InvalidBool { name: String, value: String },
    /// The flag table itself is wrong: two entries with one name (Go panics
    /// with "flag redefined" at start-up).
    #[error("flag redefined: {name}")]
    Redefined { name: String },
    /// The flag table itself is wrong: a default that does not parse as
    /// its kind.
    #[error("invalid default {default:?} for flag -{name}")]
    InvalidDefault { name: String, default: String },
}

/// A typed flag value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Bool(bool),
    Str(String),
    Int(i64),
}

#[derive(Debug, Clone)]
struct Slot {
    flag: Flag,
    value: Value,
    /// The value as text (as given, or the default).
    text: String,
    /// Explicitly present on the command line (Go's `flag.Visit`).
    set: bool,
}

/// The result of [`parse`]: every flag of the table with its value
/// (defaults applied), which flags were explicitly present, and the
/// positional arguments after the flags.
///
/// The accessors take a flag name; asking for a name that is not in the
/// table (or with the wrong kind) is a programming error: it trips a
/// `debug_assert!` and returns the zero value in release builds.
#[derive(Debug, Clone)]
pub struct Parsed {
    slots: Vec<Slot>,
    rest: Vec<String>,
}

impl Parsed {
    fn slot(&self, name: &str) -> Option<&Slot> {
        let slot = self.slots.iter().find(|s| s.flag.name == name);
        debug_assert!(
            slot.is_some(),
            "goflag: no flag named {name:?} in the table"
        );
        slot
    }

    /// The value of any flag as text: the argument as given, or the
    /// table's default. For string flags this is the value.
    pub fn str(&self, name: &str) -> &str {
        self.slot(name).map_or("", |s| s.text.as_str())
    }

    /// The value of a bool flag.
    pub fn bool(&self, name: &str) -> bool {
        match self.slot(name).map(|s| &s.value) {
            Some(Value::Bool(b)) => *b,
            other => {
                debug_assert!(other.is_none(), "goflag: flag {name:?} is not a bool");
                false
            }
        }
    }

    /// The value of an int flag.
    pub fn int(&self, name: &str) -> i64 {
        match self.slot(name).map(|s| &s.value) {
            Some(Value::Int(n)) => *n,
            other => {
                debug_assert!(other.is_none(), "goflag: flag {name:?} is not an int");
                0
            }
        }
    }

    /// Whether the flag was explicitly present on the command line (even
    /// if with its default value) — Go's `flag.Visit` semantics.
    pub fn is_set(&self, name: &str) -> bool {
        self.slot(name).is_some_and(|s| s.set)
    }

    /// The names of the explicitly present flags, in lexicographic order
    /// (the order `flag.Visit` uses).
    pub fn set_names(&self) -> Vec<&'static str> {
        let mut names: Vec<_> = self
            .slots
            .iter()
            .filter(|s| s.set)
            .map(|s| s.flag.name)
            .collect();
        names.sort_unstable();
        names
    }

    /// The positional arguments after the flags (Go's `flag.Args()`).
    pub fn rest(&self) -> &[String] {
        &self.rest
    }

    /// Consumes the result, returning the positional arguments.
    pub fn into_rest(self) -> Vec<String> {
        self.rest
    }
}

/// Parses `args` (without the program name) against the table `flags`
/// with Go `flag.FlagSet.Parse` semantics (see the module docs).
///
/// Never panics; a wrong table is reported as [`FlagError::Redefined`] or
/// [`FlagError::InvalidDefault`].
pub fn parse(flags: &[Flag], args: &[String]) -> Result<Parsed, FlagError> {
    let mut slots: Vec<Slot> = Vec::with_capacity(flags.len());
    for flag in flags {
        if slots.iter().any(|s| s.flag.name == flag.name) {
            return Err(FlagError::Redefined {
                name: flag.name.to_string(),
            });
        }
        let value = convert(flag, flag.default).map_err(|_| FlagError::InvalidDefault {
            name: flag.name.to_string(),
            default: flag.default.to_string(),
        })?;
        slots.push(Slot {
            flag: *flag,
            value,
            text: flag.default.to_string(),
            set: false,
        });
    }

    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        let bytes = arg.as_bytes();
        // A non-flag argument (including "" and "-") stops parsing.
        if bytes.len() < 2 || bytes[0] != b'-' {
            break;
        }
        let dashes = if bytes[1] == b'-' {
            if bytes.len() == 2 {
                // "--" terminates the flags and is consumed.
                i += 1;
                break;
            }
            2
        } else {
            1
        };
        // `dashes` ASCII bytes precede, so this is a char boundary.
        let body = &arg[dashes..];
        if body.is_empty() || body.starts_with('-') || body.starts_with('=') {
            return Err(FlagError::BadSyntax { arg: arg.clone() });
        }
        i += 1;

        // "name=value": the '=' cannot be first (checked above). Searching
        // bytes keeps the split on a char boundary ('=' is ASCII).
        let (name, inline) = match body.bytes().position(|b| b == b'=') {
            Some(eq) => (&body[..eq], Some(&body[eq + 1..])),
            None => (body, None),
        };

        let Some(slot) = slots.iter_mut().find(|s| s.flag.name == name) else {
            if name == "help" || name == "h" {
                return Err(FlagError::Help);
            }
            return Err(FlagError::Undefined {
                name: name.to_string(),
            });
        };

        let text: String = match (slot.flag.kind, inline) {
            (Kind::Bool, Some(v)) => v.to_string(),
            (Kind::Bool, None) => "true".to_string(),
            (_, Some(v)) => v.to_string(),
            (_, None) => match args.get(i) {
                Some(next) => {
                    i += 1;
                    next.clone()
                }
                None => {
                    return Err(FlagError::MissingArgument {
                        name: name.to_string(),
                    })
                }
            },
        };
        slot.value = convert(&slot.flag, &text)?;
        slot.text = text;
        slot.set = true;
    }

    Ok(Parsed {
        slots,
        rest: args[i..].to_vec(),
    })
}

/// Converts `text` to the flag's kind, with Go's error for that kind.
fn convert(flag: &Flag, text: &str) -> Result<Value, FlagError> {
    match flag.kind {
        Kind::String => Ok(Value::Str(text.to_string())),
        Kind::Bool => parse_bool(text)
            .map(Value::Bool)
            .ok_or_else(|| FlagError::InvalidBool {
                name: flag.name.to_string(),
                value: text.to_string(),
            }),
        Kind::Int => parse_int(text)
            .map(Value::Int)
            .map_err(|reason| FlagError::InvalidValue {
                name: flag.name.to_string(),
                value: text.to_string(),
                reason,
            }),
    }
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Go's `strconv.ParseInt(s, 0, 64)`: optional sign, then a decimal
/// literal, or `0x`/`0X` hex, `0b`/`0B` binary, `0o`/`0O` or leading-`0`
/// octal; `_` digit separators as in Go integer literals (between digits,
/// or after a base prefix).
pub fn parse_int(s: &str) -> Result<i64, NumError> {
    let (neg, unsigned) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let magnitude = parse_uint_base0(unsigned)?;
    // The magnitude of i64::MIN.
    const CUTOFF: u64 = 1 << 63;
    if neg {
        if magnitude > CUTOFF {
            return Err(NumError::Range);
        }
        // 0 - magnitude in two's complement; exact for magnitude == CUTOFF.
        Ok(0i64.wrapping_sub_unsigned(magnitude))
    } else {
        i64::try_from(magnitude).map_err(|_| NumError::Range)
    }
}

/// Go's `strconv.ParseUint(s, 0, 64)`.
fn parse_uint_base0(s: &str) -> Result<u64, NumError> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(NumError::Syntax);
    }
    let (base, digits): (u64, &[u8]) = if bytes[0] == b'0' {
        match bytes.get(1).map(u8::to_ascii_lowercase) {
            Some(b'b') if bytes.len() >= 3 => (2, &bytes[2..]),
            Some(b'o') if bytes.len() >= 3 => (8, &bytes[2..]),
            Some(b'x') if bytes.len() >= 3 => (16, &bytes[2..]),
            _ => (8, &bytes[1..]),
        }
    } else {
        (10, bytes)
    };

    let mut n: u64 = 0;
    let mut underscores = false;
    for &c in digits {
        let d = match c {
            b'_' => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => u64::from(c - b'0'),
            _ if c.is_ascii_alphabetic() => u64::from(c.to_ascii_lowercase() - b'a') + 10,
            _ => return Err(NumError::Syntax),
        };
        if d >= base {
            return Err(NumError::Syntax);
        }
        n = n
            .checked_mul(base)
            .and_then(|n| n.checked_add(d))
            .ok_or(NumError::Range)?;
    }
    if underscores && !underscore_ok(s) {
        return Err(NumError::Syntax);
    }
    Ok(n)
}

/// Go's `strconv.underscoreOK`: underscores only between digits or between
/// a base prefix and a digit.
fn underscore_ok(s: &str) -> bool {
    let mut b = s.as_bytes();
    if let Some(b'+' | b'-') = b.first() {
        b = &b[1..];
    }
    // What was seen last: b'^' start, b'0' digit or prefix, b'_', b'!' other.
    let mut saw = b'^';
    let mut hex = false;
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && matches!(b[1].to_ascii_lowercase(), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = b[1].eq_ignore_ascii_case(&b'x');
    }
    for &c in &b[i..] {
        if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Usage text in the format of Go's `flag.PrintDefaults` (one entry per
/// flag, in table order; Go sorts by name — table order reads better and
/// tables are kept grouped by purpose).
pub fn usage(flags: &[Flag]) -> String {
    let mut out = String::new();
    for flag in flags {
        out.push_str("  -");
        out.push_str(flag.name);
        let type_name = match flag.kind {
            Kind::Bool => "",
            Kind::String => "string",
            Kind::Int => "int",
        };
        if !type_name.is_empty() {
            out.push(' ');
            out.push_str(type_name);
        }
        // Go puts one-letter bool flags' usage on the same line.
        if flag.name.len() == 1 && type_name.is_empty() {
            out.push('\t');
        } else {
            out.push_str("\n    \t");
        }
        out.push_str(&flag.doc.replace('\n', "\n    \t"));
        let zero = match flag.kind {
            Kind::Bool => flag.default == "false",
            Kind::String => flag.default.is_empty(),
            Kind::Int => flag.default == "0",
        };
        if !zero {
            match flag.kind {
                Kind::String => out.push_str(&format!(" (default {:?})", flag.default)),
                _ => out.push_str(&format!(" (default {})", flag.default)),
            }
        }
        out.push('\n');
    }
    out
}
