#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

const TABLE: &[Flag] = &[
    Flag::new("name", Kind::String, "", "a string"),
    Flag::new(
        "with_default",
        Kind::String,
        "dflt",
        "a string with a default",
    ),
    Flag::new("x", Kind::Bool, "false", "a bool"),
    Flag::new("y", Kind::Bool, "true", "a bool defaulting to true"),
    Flag::new("n", Kind::Int, "-1", "an int"),
    Flag::new("id", Kind::Int, "0", "an id"),
];

fn argv(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

fn ok(args: &[&str]) -> Parsed {
    match parse(TABLE, &argv(args)) {
        Ok(p) => p,
        Err(e) => panic!("{args:?}: unexpected error {e}"),
    }
}

fn err(args: &[&str]) -> FlagError {
    match parse(TABLE, &argv(args)) {
        Ok(p) => panic!("{args:?}: expected an error, got {p:?}"),
        Err(e) => e,
    }
}

#[test]
fn defaults_apply_when_absent() {
    let p = ok(&[]);
    assert_eq!(p.str("name"), "");
    assert_eq!(p.str("with_default"), "dflt");
    assert!(!p.bool("x"));
    assert!(p.bool("y"));
    assert_eq!(p.int("n"), -1);
    assert_eq!(p.int("id"), 0);
    assert!(!p.is_set("name"));
    assert!(p.set_names().is_empty());
    assert!(p.rest().is_empty());
}

#[test]
fn four_value_syntaxes() {
    for args in [
        &["-name", "v"][..],
        &["--name", "v"],
        &["-name=v"],
        &["--name=v"],
    ] {
        let p = ok(args);
        assert_eq!(p.str("name"), "v", "{args:?}");
        assert!(p.is_set("name"));
        assert!(p.rest().is_empty());
    }
}

#[test]
fn value_after_equals_may_contain_equals_and_be_empty() {
    assert_eq!(ok(&["--name=a=b"]).str("name"), "a=b");
    let p = ok(&["--name="]);
    assert_eq!(p.str("name"), "");
    assert!(p.is_set("name"));
}

#[test]
fn separate_value_is_taken_even_if_it_looks_like_a_flag() {
    let p = ok(&["--name", "--x", "--with_default", ""]);
    assert_eq!(p.str("name"), "--x");
    assert!(!p.bool("x"));
    assert_eq!(p.str("with_default"), "");
    assert!(p.is_set("with_default"));
    assert_eq!(ok(&["--n", "-5"]).int("n"), -5);
    assert_eq!(ok(&["--name", "-"]).str("name"), "-");
    assert_eq!(ok(&["--name", "--"]).str("name"), "--");
}

#[test]
fn bool_forms() {
    assert!(ok(&["-x"]).bool("x"));
    assert!(ok(&["--x"]).bool("x"));
    for t in ["1", "t", "T", "TRUE", "true", "True"] {
        assert!(ok(&[&format!("--x={t}")]).bool("x"), "{t}");
    }
    for f in ["0", "f", "F", "FALSE", "false", "False"] {
        let p = ok(&[&format!("--y={f}")]);
        assert!(!p.bool("y"), "{f}");
        assert!(p.is_set("y"));
    }
}

#[test]
fn bool_with_separate_value_stops_parsing() {
    let p = ok(&["--x", "false", "--name", "v"]);
    assert!(p.bool("x"));
    assert_eq!(p.str("name"), "");
    assert_eq!(p.rest(), argv(&["false", "--name", "v"]).as_slice());
}

#[test]
fn invalid_bool_value() {
    let e = err(&["--x=yes"]);
    assert_eq!(
        e,
        FlagError::InvalidBool {
            name: "x".into(),
            value: "yes".into()
        }
    );
    assert_eq!(
        e.to_string(),
        r#"invalid boolean value "yes" for -x: parse error"#
    );
    err(&["--x="]);
}

#[test]
fn stops_at_first_non_flag() {
    let p = ok(&["--name", "v", "cmd", "--x", "-n", "3"]);
    assert_eq!(p.str("name"), "v");
    assert!(!p.bool("x"));
    assert_eq!(p.int("n"), -1);
    assert_eq!(p.rest(), argv(&["cmd", "--x", "-n", "3"]).as_slice());
}

#[test]
fn single_dash_and_empty_are_positional() {
    assert_eq!(ok(&["-", "--x"]).rest(), argv(&["-", "--x"]).as_slice());
    assert_eq!(ok(&["", "--x"]).rest(), argv(&["", "--x"]).as_slice());
}

#[test]
fn double_dash_is_consumed() {
    let p = ok(&["--x", "--", "--name", "v", "--"]);
    assert!(p.bool("x"));
    assert_eq!(p.str("name"), "");
    assert_eq!(p.rest(), argv(&["--name", "v", "--"]).as_slice());
    assert!(ok(&["--"]).rest().is_empty());
    assert_eq!(ok(&["--", "--"]).rest(), argv(&["--"]).as_slice());
}

#[test]
fn last_value_wins() {
    let p = ok(&[
        "--name",
        "a",
        "-name=b",
        "--n",
        "1",
        "--n=2",
        "--x",
        "--x=false",
    ]);
    assert_eq!(p.str("name"), "b");
    assert_eq!(p.int("n"), 2);
    assert!(!p.bool("x"));
    assert_eq!(p.set_names(), vec!["n", "name", "x"]);
}

#[test]
fn explicit_default_counts_as_set() {
    let p = ok(&["--id", "0", "--with_default", "dflt"]);
    assert!(p.is_set("id"));
    assert!(p.is_set("with_default"));
    assert!(!p.is_set("name"));
}

#[test]
fn unknown_flag() {
    let e = err(&["--foo", "bar"]);
    assert_eq!(e, FlagError::Undefined { name: "foo".into() });
    assert_eq!(e.to_string(), "flag provided but not defined: -foo");
    assert_eq!(
        err(&["-foo=1"]).to_string(),
        "flag provided but not defined: -foo"
    );
    // Names are case-sensitive.
    err(&["--NAME", "v"]);
}

#[test]
fn missing_argument() {
    let e = err(&["--x", "--name"]);
    assert_eq!(
        e,
        FlagError::MissingArgument {
            name: "name".into()
        }
    );
    assert_eq!(e.to_string(), "flag needs an argument: -name");
    assert_eq!(err(&["-n"]).to_string(), "flag needs an argument: -n");
}

#[test]
fn help() {
    for h in ["-h", "--h", "-help", "--help", "-help=1", "--h=x"] {
        assert_eq!(err(&[h]), FlagError::Help, "{h}");
    }
    // Defined "help"/"h" flags are ordinary flags.
    let table = [Flag::new("h", Kind::Bool, "false", "")];
    let p = parse(&table, &argv(&["-h"])).unwrap();
    assert!(p.bool("h"));
    // After the flags, -h is just an argument.
    assert_eq!(ok(&["--", "-h"]).rest(), argv(&["-h"]).as_slice());
}

#[test]
fn bad_syntax() {
    for a in ["---x", "---", "-=x", "--=x", "--=", "-="] {
        let e = err(&[a]);
        assert_eq!(e, FlagError::BadSyntax { arg: a.into() }, "{a}");
        assert_eq!(e.to_string(), format!("bad flag syntax: {a}"));
    }
}

#[test]
fn non_ascii_does_not_panic() {
    assert_eq!(err(&["-é=1"]), FlagError::Undefined { name: "é".into() });
    assert_eq!(err(&["--é"]), FlagError::Undefined { name: "é".into() });
    assert_eq!(ok(&["--name=é=ü"]).str("name"), "é=ü");
    assert_eq!(ok(&["é", "--x"]).rest().len(), 2);
}

#[test]
fn int_values() {
    let cases: &[(&str, i64)] = &[
        ("0", 0),
        ("7", 7),
        ("+7", 7),
        ("-7", -7),
        ("0x1F", 31),
        ("0X1f", 31),
        ("-0x10", -16),
        ("0b101", 5),
        ("0B11", 3),
        ("0o17", 15),
        ("0O17", 15),
        ("017", 15),
        ("00", 0),
        ("1_000", 1000),
        ("0x_ff", 255),
        ("0_7", 7),
        ("9223372036854775807", i64::MAX),
        ("-9223372036854775808", i64::MIN),
        ("0x7fffffffffffffff", i64::MAX),
    ];
    for (text, want) in cases {
        assert_eq!(parse_int(text), Ok(*want), "{text}");
        assert_eq!(ok(&["--n", text]).int("n"), *want, "{text}");
        assert_eq!(ok(&["--n", text]).str("n"), *text);
    }
}

#[test]
fn int_errors() {
    let syntax = [
        "", "+", "-", "x", "1.5", "1e3", "08", "0x", "0b", "0b2", "0xg", " 1", "1 ", "--1", "1_",
        "_1", "1__0", "0x__1", "١",
    ];
    for text in syntax {
        assert_eq!(parse_int(text), Err(NumError::Syntax), "{text:?}");
    }
    let range = [
        "9223372036854775808",
        "-9223372036854775809",
        "0x8000000000000000",
        "99999999999999999999999",
    ];
    for text in range {
        assert_eq!(parse_int(text), Err(NumError::Range), "{text}");
    }
    let e = err(&["--id", "x"]);
    assert_eq!(
        e.to_string(),
        r#"invalid value "x" for flag -id: parse error"#
    );
    assert_eq!(
        err(&["--id=99999999999999999999"]).to_string(),
        r#"invalid value "99999999999999999999" for flag -id: value out of range"#
    );
}

#[test]
fn table_errors() {
    let dup = [
        Flag::new("a", Kind::String, "", ""),
        Flag::new("a", Kind::Bool, "false", ""),
    ];
    assert_eq!(
        parse(&dup, &[]).unwrap_err(),
        FlagError::Redefined { name: "a".into() }
    );
    let bad_int = [Flag::new("a", Kind::Int, "", "")];
    assert!(matches!(
        parse(&bad_int, &[]),
        Err(FlagError::InvalidDefault { .. })
    ));
    let bad_bool = [Flag::new("a", Kind::Bool, "no", "")];
    assert!(matches!(
        parse(&bad_bool, &[]),
        Err(FlagError::InvalidDefault { .. })
    ));
}

#[test]
fn into_rest() {
    assert_eq!(ok(&["--x", "a", "b"]).into_rest(), argv(&["a", "b"]));
}

#[test]
fn usage_format() {
    let u = usage(&[
        Flag::new("v", Kind::Bool, "false", "verbose"),
        Flag::new("name", Kind::String, "dflt", "the name"),
        Flag::new("n", Kind::Int, "-1", "count"),
        Flag::new("id", Kind::Int, "0", "an id"),
    ]);
    assert_eq!(
        u,
        "  -v\tverbose\n  -name string\n    \tthe name (default \"dflt\")\n  -n int\n    \tcount (default -1)\n  -id int\n    \tan id\n"
    );
}
