//! YAML from outside (pipeline IR, instance schemas, providers configs,
//! Workflows) with a bound on what its aliases expand to.
//!
//! serde_yaml expands every alias where it is used, so a few kilobytes of
//! anchors that refer to anchors (`b: &b [*a, *a, …]`, "billion laughs")
//! become gigabytes of values: a 5 KB file made the IR loader use more than
//! 1 GiB (found by the `ir_yaml` fuzz target). serde_yaml caps only the
//! number of alias jumps (100 × the events of the document), not what they
//! replay. [`check_expansion`] walks the documents first without keeping
//! anything and stops once they hold more nodes than the text could hold
//! without aliases plus [`ALIAS_ALLOWANCE`]; only then is the text decoded
//! for real. KFP's SDK writes no aliases at all, so the allowance is room
//! for hand-written files, not for anything the compiler emits.
use serde::de::{self, Deserializer as _, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// What aliases may add beyond twice the text's length, counting one per
/// value and one per byte of each string (tens of MB of decoded values at
/// most).
pub const ALIAS_ALLOWANCE: usize = 500_000;

/// A YAML text whose aliases expand past the bound.
#[derive(Debug, thiserror::Error)]
#[error("its aliases expand to more than {limit} values and bytes (a text of {bytes} bytes); refusing a YAML \"billion laughs\"")]
pub struct TooLarge {
    pub limit: usize,
    pub bytes: usize,
}

/// Refuse `text` if decoding its documents would build more than twice its
/// length plus [`ALIAS_ALLOWANCE`], counting one per value and one per
/// byte of every string and key: an alias of a long string costs what it
/// copies, not one. Without aliases a text never comes near (a value
/// takes at least one byte of text, a string's bytes are in the text).
/// A syntax error is not reported here: the caller's own decoding names it
/// with its context.
pub fn check_expansion(text: &str) -> Result<(), TooLarge> {
    let limit = text.len().saturating_mul(2).saturating_add(ALIAS_ALLOWANCE);
    let mut counter = Counter { left: limit };
    for doc in serde_yaml::Deserializer::from_str(text) {
        match doc.deserialize_any(&mut counter) {
            Ok(()) => {}
            Err(_) if counter.left == 0 => {
                return Err(TooLarge {
                    limit,
                    bytes: text.len(),
                })
            }
            Err(_) => return Ok(()),
        }
    }
    Ok(())
}

/// `serde_yaml::from_str` after [`check_expansion`], which it reports as
/// a serde_yaml error (so callers keep one error for "this YAML is bad").
pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_yaml::Error> {
    check_expansion(text).map_err(<serde_yaml::Error as de::Error>::custom)?;
    serde_yaml::from_str(text)
}

/// Counts the nodes it is shown, failing once `left` runs out.
struct Counter {
    left: usize,
}

impl Counter {
    fn take<E: de::Error>(&mut self) -> Result<(), E> {
        self.take_n(1)
    }

    fn take_n<E: de::Error>(&mut self, n: usize) -> Result<(), E> {
        match self.left.checked_sub(n) {
            Some(left) if left > 0 => {
                self.left = left;
                Ok(())
            }
            _ => {
                self.left = 0;
                Err(E::custom("too many values"))
            }
        }
    }
}

impl<'de> de::DeserializeSeed<'de> for &mut Counter {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

macro_rules! count_scalar {
    ($($f:ident: $t:ty),*) => {$(
        fn $f<E: de::Error>(self, _: $t) -> Result<(), E> {
            self.take()
        }
    )*};
}

impl<'de> Visitor<'de> for &mut Counter {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    count_scalar!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_i128: i128,
        visit_u128: u128, visit_f64: f64);
    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        self.take_n(s.len().saturating_add(1))
    }
    fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<(), E> {
        self.take_n(b.len().saturating_add(1))
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.take()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.take()
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.take()?;
        while seq.next_element_seed(&mut *self)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.take()?;
        while map.next_key_seed(&mut *self)?.is_some() {
            map.next_value_seed(&mut *self)?;
        }
        Ok(())
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        // A tagged value (`!Tag x`): count the tag, then walk what it tags.
        use de::VariantAccess;
        let (IgnoredAny, variant) = data.variant::<IgnoredAny>()?;
        self.take()?;
        variant.newtype_variant_seed(&mut *self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `levels` anchors, each a list of `width` aliases of the one before.
    fn laughs(width: usize, levels: usize) -> String {
        let mut text = format!("a0: &a0 [{}]\n", vec!["0"; width].join(","));
        for l in 1..levels {
            let items = vec![format!("*a{}", l - 1); width].join(",");
            text.push_str(&format!("a{l}: &a{l} [{items}]\n"));
        }
        text
    }

    #[test]
    fn a_billion_laughs_is_refused_before_it_is_built() {
        // 1000 × 1000 × 100 zeros from 5 KB (over 1 GiB when decoded).
        let mut text = laughs(1000, 2);
        text.push_str(&format!("z: [{}]\n", vec!["*a1"; 100].join(",")));
        let e = check_expansion(&text).unwrap_err();
        assert_eq!(e.bytes, text.len());
        assert!(e.to_string().contains("billion laughs"), "{e}");
        // Deeper ones are cut short by serde_yaml's own cap on alias jumps
        // (reported by the caller's decoding, as a syntax error is).
        assert!(serde_yaml::from_str::<serde_yaml::Value>(&laughs(10, 10)).is_err());
    }

    /// Every reader of outside YAML in this crate checks first (the
    /// driver's `rewrite-workflow` has its own test).
    #[test]
    fn every_yaml_reader_refuses_a_billion_laughs() {
        let mut bomb = laughs(1000, 2);
        bomb.push_str(&format!("z: [{}]\n", vec!["*a1"; 100].join(",")));
        let ir = format!("root: {{}}\ncomponents: {{}}\n{bomb}");
        let e = crate::ir::Pipeline::from_yaml(&ir, std::path::Path::new("p.yaml")).unwrap_err();
        assert!(matches!(e, crate::ir::IrError::Expansion { .. }), "{e:?}");
        assert!(
            crate::error_chain(&e).starts_with("p.yaml: not loaded: its aliases expand"),
            "{e}"
        );

        let e = crate::store::providers::ProvidersConfig::from_yaml(&bomb).unwrap_err();
        assert!(crate::error_chain(&e).contains("billion laughs"), "{e}");

        use kfp_proto::ml_pipelines::{artifact_type_schema::Kind, ArtifactTypeSchema};
        let ty = ArtifactTypeSchema {
            kind: Some(Kind::InstanceSchema(format!("title: x\n{bomb}"))),
            ..Default::default()
        };
        assert!(crate::artifact::type_name(Some(&ty), "model").is_err());
    }

    /// An alias of a long string costs one alias in the text and the whole
    /// string in memory: 150,000 aliases of 500 KB would be 75 GB.
    #[test]
    fn aliases_of_long_strings_count_their_bytes() {
        let long = "x".repeat(500_000);
        let text = format!("s: &s \"{long}\"\nl: [{}]\n", vec!["*s"; 150_000].join(","));
        assert!(text.len() < 2_000_000);
        assert!(check_expansion(&text).is_err());
        // The string itself, and a few aliases of it, are fine.
        let few = format!("s: &s \"{long}\"\nl: [*s, *s]\n");
        check_expansion(&few).unwrap();
    }

    #[test]
    fn ordinary_yaml_and_modest_aliases_pass() {
        let text = "a: &x {k: [1, 2.5, true, null, ~, !Tag v]}\nb: *x\nc: *x\n---\n- x\n";
        check_expansion(text).unwrap();
        // 100 × 1000 values from aliases: within the allowance.
        let hundred = format!("{}\nz: [{}]\n", laughs(1000, 1), vec!["*a0"; 100].join(","));
        check_expansion(&hundred).unwrap();
        // Syntax errors are the caller's to report, with its context.
        check_expansion("a: [1, 2\n").unwrap();
        check_expansion("a: *nowhere\n").unwrap();
    }

    #[test]
    fn every_fixture_passes() {
        for dir in [
            crate::test_util::ir_fixtures(),
            crate::test_util::argo_fixtures(),
        ] {
            let Some(dir) = dir else { continue };
            let mut n = 0;
            let mut dirs = vec![dir.clone()];
            while let Some(d) = dirs.pop() {
                for entry in std::fs::read_dir(&d).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        dirs.push(path);
                    } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                        let text = std::fs::read_to_string(&path).unwrap();
                        check_expansion(&text)
                            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                        n += 1;
                    }
                }
            }
            assert!(n > 0, "no YAML in {}", dir.display());
        }
    }
}
