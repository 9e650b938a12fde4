//! The driver's pass over a container's command line and pod fields
//! (contract §2.10): input parameters substituted with the Go driver's text,
//! `IfPresent` decided, `Concat` joined where complete; `{{$}}`, artifact and
//! output placeholders are left for the launcher's pass.

use std::cell::Cell;

use super::{
    element,
    expr::{parse, substitute_each, Expr},
    is_present, is_structure,
    text::value_text,
    Pass, Piece, PlaceholderError,
};
use crate::proto::{ml_pipelines::ExecutorInput, wkt::Value};

/// The task's inputs as the driver resolved them.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// As resolved: `IfPresent` asks about these (a default is not presence).
    pub provided: &'a ExecutorInput,
    /// With component defaults applied: what a placeholder's value is, as
    /// the launcher would see it.
    pub with_defaults: &'a ExecutorInput,
}

/// Pre-resolve command-line elements, each with the field it came from
/// (`container.args[2]`) for errors. A structure may become zero or more
/// elements; one the launcher must finish stays a structure.
///
/// The launcher scans what the driver hands it, so an element whose
/// resolved text would read as a placeholder or a structure there (a value
/// `}{` next to a literal `{$`, a value holding `{{$…}}`) goes to the
/// launcher as written: its pass alone resolves it as the SDK does.
pub fn command_line<'e>(
    elements: impl IntoIterator<Item = (String, &'e str)>,
    inputs: &Inputs<'_>,
) -> Result<Vec<String>, PlaceholderError> {
    let mut out = Vec::new();
    for (at, el) in elements {
        let pass = DriverPass {
            inputs,
            ambiguous: Cell::new(false),
        };
        let resolved = element(el, &pass, &at)?;
        if pass.ambiguous.get() {
            out.push(el.to_owned());
        } else {
            out.extend(resolved);
        }
    }
    Ok(out)
}

/// The driver's pass over one element; `ambiguous` is set when a final text
/// would be read again by the launcher as something else.
struct DriverPass<'i, 'a> {
    inputs: &'i Inputs<'a>,
    ambiguous: Cell<bool>,
}

impl Pass for DriverPass<'_, '_> {
    fn is_present(&self, name: &str) -> bool {
        self.inputs.is_present(name)
    }

    /// Input parameters substituted (unknown names are errors: the launcher
    /// would fail later with less context); a leaf that also holds the
    /// launcher's placeholders is left as written, for the launcher.
    fn leaf(&self, text: &str, at: &str) -> Result<Piece, PlaceholderError> {
        let (resolved, kept) = substitute_each(text, |expr, _| match parse(expr) {
            Some(Expr::InputParameter(name)) => match self.inputs.parameter(name) {
                Some(value) => Ok(Some(value_text(value))),
                None => Err(PlaceholderError::UnknownParameter {
                    at: at.to_owned(),
                    name: name.to_owned(),
                }),
            },
            _ => Ok(None),
        })?;
        Ok(if kept {
            Piece::Open(serde_json::Value::String(text.to_owned()))
        } else {
            self.done(resolved)
        })
    }

    fn done(&self, text: String) -> Piece {
        if text.contains("{{$") || is_structure(&text) {
            self.ambiguous.set(true);
        }
        Piece::Done(text)
    }
}

impl<'a> Inputs<'a> {
    /// The value a placeholder of input parameter `name` reads.
    fn parameter(&self, name: &str) -> Option<&'a Value> {
        self.with_defaults
            .inputs
            .as_ref()?
            .parameter_values
            .get(name)
    }

    fn is_present(&self, name: &str) -> bool {
        is_present(self.provided, name)
    }
}

/// Upstream's pod-field pattern `\$.inputs.parameters\['(.+?)'\]`: no braces needed.
const CHANNEL: &str = "$.inputs.parameters['";

/// A pod field (image, resource quantities, accelerator) that may name an
/// input parameter anywhere in it: the whole field becomes that input's text.
/// Upstream takes only string values (others become ""); numbers and bools
/// are written as in args here, so `set_cpu_limit(<int output>)` works.
pub fn pod_field(text: &str, inputs: &Inputs<'_>, field: &str) -> Result<String, PlaceholderError> {
    let Some(name) = channel_name(text) else {
        return Ok(text.to_owned());
    };
    match inputs.parameter(name) {
        Some(value) => Ok(value_text(value)),
        None => Err(PlaceholderError::UnknownParameter {
            at: field.to_owned(),
            name: name.to_owned(),
        }),
    }
}

/// First `$.inputs.parameters['<name>']` in `text` (name at least one char).
fn channel_name(text: &str) -> Option<&str> {
    let start = text.find(CHANNEL)? + CHANNEL.len();
    let rest = &text[start..];
    let first = rest.chars().next()?;
    let end = rest[first.len_utf8()..].find("']")? + first.len_utf8();
    Some(&rest[..end])
}
