//! What a local run records so that lineage can follow parameters: the
//! `parameter_producers` property (see [`kfp_common::metadata::producers`]).
//!
//! A single-step run takes an upstream output parameter from the latest
//! successful run of the producer task in the home. This finds that
//! execution again and names it, but only when the output it holds is the
//! very value the task received: a producer that finished in between, or a
//! value transformed on the way (a `parameterExpressionSelector`, a type
//! conversion), is not claimed. An unclaimed input only shortens the
//! lineage; a wrong claim would falsify it.

use std::collections::{BTreeMap, HashMap};

use kfp_common::{
    metadata::{
        keys,
        producers::{ParameterProducer, ParameterProducers},
        value, MetadataBackend, MetadataError,
    },
    proto::{
        ml_metadata::{self as mlmd, execution::State},
        ml_pipelines::{task_inputs_spec::input_parameter_spec::Kind, PipelineTaskSpec},
        wkt,
    },
};

/// The producers of `task`'s input parameters that come from upstream
/// tasks (`taskOutputParameter`), given the values resolved for them;
/// one `latest_task_execution` per producer task.
pub async fn parameter_producers<B: MetadataBackend>(
    store: &B,
    pipeline_name: &str,
    task: &PipelineTaskSpec,
    resolved: &BTreeMap<String, wkt::Value>,
) -> Result<ParameterProducers, MetadataError> {
    let mut out = ParameterProducers::new();
    let Some(spec) = &task.inputs else {
        return Ok(out);
    };
    let mut latest: HashMap<&str, Option<mlmd::Execution>> = HashMap::new();
    for (input, parameter) in &spec.parameters {
        let Some(Kind::TaskOutputParameter(source)) = &parameter.kind else {
            continue;
        };
        if !parameter.parameter_expression_selector.is_empty() {
            continue;
        }
        let producer = source.producer_task.as_str();
        if !latest.contains_key(producer) {
            let found = store
                .latest_task_execution(pipeline_name, producer, &[State::Complete, State::Cached])
                .await?;
            latest.insert(producer, found);
        }
        let Some(Some(execution)) = latest.get(producer) else {
            continue;
        };
        let produced = execution
            .custom_properties
            .get(keys::OUTPUTS)
            .and_then(value::as_struct)
            .and_then(|outputs| outputs.fields.get(&source.output_parameter_key));
        let (Some(id), Some(produced)) = (execution.id, produced) else {
            continue;
        };
        if resolved.get(input) != Some(produced) {
            continue;
        }
        out.entry(input.clone())
            .or_default()
            .push(ParameterProducer {
                execution_id: id,
                task: producer.to_owned(),
                output: source.output_parameter_key.clone(),
            });
    }
    Ok(out)
}
