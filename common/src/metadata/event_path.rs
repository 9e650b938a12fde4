//! The paths of INPUT events, when one artifact is more than one input.
//!
//! KFP writes one INPUT event per input artifact with the path
//! `[{key: <input name>}]` (contract §4.5). MLMD keeps one event per
//! (artifact, execution, type) and refuses a second, so a task whose inputs
//! name one artifact twice — two inputs fed by one cached producer, a
//! `dsl.Collected` list in which two iterations hit the same cache entry —
//! cannot be recorded that way (upstream's driver fails there). Then every
//! INPUT event of that execution carries, for each time its artifact is an
//! input, the input's name and its position among the execution's inputs:
//! `[{key: a}, {index: 0}, {key: b}, {index: 3}]`. A reader of
//! `steps[0].key` (KFP's UI) still finds the first name; ours find them all,
//! in input order. Executions without a repeat keep KFP's paths exactly.

use std::collections::{BTreeMap, HashMap};

use super::Id;

/// One step of an event path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(i64),
}

/// The INPUT events of an execution whose inputs are `inputs` (name,
/// artifact) in order: one per distinct artifact, in order of first use.
pub fn input_paths(inputs: &[(String, Id)]) -> Vec<(Id, Vec<Step>)> {
    let mut first: HashMap<Id, usize> = HashMap::new();
    let mut out: Vec<(Id, Vec<Step>)> = Vec::new();
    let repeats = {
        let mut seen = std::collections::HashSet::new();
        !inputs.iter().all(|(_, id)| seen.insert(*id))
    };
    for (position, (name, id)) in inputs.iter().enumerate() {
        let slot = *first.entry(*id).or_insert_with(|| {
            out.push((*id, Vec::new()));
            out.len() - 1
        });
        out[slot].1.push(Step::Key(name.clone()));
        if repeats {
            out[slot]
                .1
                .push(Step::Index(i64::try_from(position).unwrap_or(i64::MAX)));
        }
    }
    out
}

/// The (name, position) uses a path records: KFP's one-key path is one use
/// without a position.
fn uses(steps: &[Step]) -> Vec<(String, Option<i64>)> {
    let mut out: Vec<(String, Option<i64>)> = Vec::new();
    for step in steps {
        match step {
            Step::Key(k) => out.push((k.clone(), None)),
            Step::Index(i) => {
                if let Some(last) = out.last_mut().filter(|l| l.1.is_none()) {
                    last.1 = Some(*i);
                }
            }
        }
    }
    if out.is_empty() {
        out.push((String::new(), None));
    }
    out
}

/// Events (in the backend's order) as one item per use: `name` makes the
/// item of one use. The uses that carry positions are put in position order
/// within their execution, in the slots those uses occupy; everything else
/// keeps its place.
pub fn expand<E, T>(
    events: Vec<(E, Vec<Step>)>,
    execution_of: impl Fn(&E) -> Id,
    name: impl Fn(&E, String) -> T,
) -> Vec<T> {
    let mut items: Vec<(Id, Option<i64>, T)> = Vec::with_capacity(events.len());
    for (event, steps) in events {
        let execution = execution_of(&event);
        for (key, position) in uses(&steps) {
            items.push((execution, position, name(&event, key)));
        }
    }
    let mut positioned: BTreeMap<Id, Vec<usize>> = BTreeMap::new();
    for (slot, (execution, position, _)) in items.iter().enumerate() {
        if position.is_some() {
            positioned.entry(*execution).or_default().push(slot);
        }
    }
    let mut slots: Vec<Option<(Id, Option<i64>, T)>> = items.into_iter().map(Some).collect();
    for taken in positioned.values() {
        let mut moved: Vec<(Id, Option<i64>, T)> =
            taken.iter().filter_map(|&s| slots[s].take()).collect();
        moved.sort_by_key(|(_, position, _)| *position);
        for (&slot, item) in taken.iter().zip(moved) {
            slots[slot] = Some(item);
        }
    }
    slots.into_iter().flatten().map(|(_, _, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(inputs: &[(&str, Id)]) -> Vec<(String, Id)> {
        inputs
            .iter()
            .map(|(k, id)| ((*k).to_owned(), *id))
            .collect()
    }

    #[test]
    fn without_a_repeat_the_paths_are_kfps() {
        let paths = input_paths(&names(&[("a", 1), ("xs", 2), ("xs", 3)]));
        assert_eq!(
            paths,
            vec![
                (1, vec![Step::Key("a".into())]),
                (2, vec![Step::Key("xs".into())]),
                (3, vec![Step::Key("xs".into())]),
            ]
        );
    }

    #[test]
    fn a_repeated_artifact_is_one_event_and_reads_back_in_input_order() {
        let inputs = names(&[("xs", 7), ("xs", 8), ("xs", 7), ("b", 8)]);
        let paths = input_paths(&inputs);
        assert_eq!(paths.len(), 2, "{paths:?}");
        assert_eq!(
            paths[0],
            (
                7,
                vec![
                    Step::Key("xs".into()),
                    Step::Index(0),
                    Step::Key("xs".into()),
                    Step::Index(2)
                ]
            )
        );
        // Another execution's events around it keep their places.
        let mut events = vec![((1, 100), vec![Step::Key("out".into())])];
        events.extend(paths.into_iter().map(|(id, steps)| ((5, id), steps)));
        events.push(((9, 101), vec![Step::Key("in".into())]));
        let read = expand(events, |(e, _)| *e, |(e, a), k| (*e, k, *a));
        assert_eq!(
            read,
            vec![
                (1, "out".to_owned(), 100),
                (5, "xs".to_owned(), 7),
                (5, "xs".to_owned(), 8),
                (5, "xs".to_owned(), 7),
                (5, "b".to_owned(), 8),
                (9, "in".to_owned(), 101),
            ]
        );
    }

    #[test]
    fn a_path_without_a_key_reads_as_an_empty_name() {
        let read = expand(vec![(3, Vec::new())], |e| *e, |_, k| k);
        assert_eq!(read, vec![String::new()]);
    }
}
