//! Kubernetes quantities (`resource.ParseQuantity`). The Go driver refuses a
//! patch with an unparsable quantity; checking here turns a pod that the API
//! server would reject later into a driver error that names the field.

use k8s_openapi::apimachinery::pkg::api::resource::Quantity;

use super::PatchError;

/// Validates `text` against the quantity grammar and keeps it as written
/// (the API server canonicalises it, e.g. `1000m` → `1`, when it stores the pod).
pub(super) fn parse(text: &str, field: &str) -> Result<Quantity, PatchError> {
    if is_quantity(text) {
        Ok(Quantity(text.to_owned()))
    } else {
        Err(PatchError::invalid(
            field,
            format!("{text:?} is not a Kubernetes quantity"),
        ))
    }
}

/// `<sign>?<digits>[.<digits>]<suffix>` with suffix a binary SI (`Ki`..`Ei`),
/// a decimal SI (`n u m "" k M G T P E`) or a decimal exponent (`e3`, `E-2`).
fn is_quantity(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let number_len = unsigned
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(unsigned.len());
    let (number, suffix) = unsigned.split_at(number_len);
    is_number(number) && is_suffix(suffix)
}

fn is_number(number: &str) -> bool {
    let mut parts = number.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    if fraction.is_some_and(|f| f.contains('.')) {
        return false;
    }
    !whole.is_empty() || fraction.is_some_and(|f| !f.is_empty())
}

fn is_suffix(suffix: &str) -> bool {
    const SI: [&str; 16] = [
        "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
    ];
    if SI.contains(&suffix) {
        return true;
    }
    let Some(exp) = suffix.strip_prefix(['e', 'E']) else {
        return false;
    };
    let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::is_quantity;

    #[test]
    fn accepts_what_kubernetes_accepts() {
        for q in [
            "1",
            "0.5",
            ".5",
            "5.",
            "100m",
            "2G",
            "256Mi",
            "1.5Gi",
            "1e3",
            "1E-2",
            "+1",
            "-1",
            "0.268435456G",
            "1e-07",
            "7Ei",
        ] {
            assert!(is_quantity(q), "{q}");
        }
    }

    #[test]
    fn refuses_the_rest() {
        for q in [
            "", "abc", "1.2.3", "1GB", "G", "1e", "1 Gi", "..", "1ki", "e3",
        ] {
            assert!(!is_quantity(q), "{q}");
        }
    }
}
