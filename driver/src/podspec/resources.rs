//! `container.resources` → `main.resources` (contract §2.10). The SDK writes
//! both the string fields (which may hold an input placeholder) and the
//! deprecated doubles; the string field wins when set.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::ResourceRequirements;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use kfp_common::placeholder::{
    driver::{self as placeholder, Inputs},
    text::go_g,
};
use kfp_common::proto::ml_pipelines::pipeline_deployment_config::pipeline_container_spec::ResourceSpec;
use kfp_common::proto::ml_pipelines::pipeline_deployment_config::PipelineContainerSpec;

use super::{quantity, PatchError};

/// Limits and requests of `main`; empty maps are left out, like Go's `omitempty`.
pub(super) fn requirements(
    container: &PipelineContainerSpec,
    inputs: &Inputs<'_>,
) -> Result<ResourceRequirements, PatchError> {
    let Some(spec) = container.resources.as_ref() else {
        return Ok(ResourceRequirements::default());
    };
    let mut limits = BTreeMap::new();
    let mut requests = BTreeMap::new();
    for field in Field::ALL {
        if let Some(q) = field.quantity(spec, inputs)? {
            let map = if field.is_limit() {
                &mut limits
            } else {
                &mut requests
            };
            map.insert(field.resource().to_owned(), q);
        }
    }
    if let Some((name, count)) = accelerator(spec, inputs)? {
        limits.insert(name, count);
    }
    Ok(ResourceRequirements {
        limits: (!limits.is_empty()).then_some(limits),
        requests: (!requests.is_empty()).then_some(requests),
        ..ResourceRequirements::default()
    })
}

#[derive(Debug, Clone, Copy)]
enum Field {
    MemoryLimit,
    MemoryRequest,
    CpuLimit,
    CpuRequest,
}

impl Field {
    const ALL: [Field; 4] = [
        Field::MemoryLimit,
        Field::MemoryRequest,
        Field::CpuLimit,
        Field::CpuRequest,
    ];

    fn is_limit(self) -> bool {
        matches!(self, Field::MemoryLimit | Field::CpuLimit)
    }

    fn resource(self) -> &'static str {
        match self {
            Field::MemoryLimit | Field::MemoryRequest => "memory",
            Field::CpuLimit | Field::CpuRequest => "cpu",
        }
    }

    /// IR name of the string field, for messages.
    fn name(self) -> &'static str {
        match self {
            Field::MemoryLimit => "container.resources.resourceMemoryLimit",
            Field::MemoryRequest => "container.resources.resourceMemoryRequest",
            Field::CpuLimit => "container.resources.resourceCpuLimit",
            Field::CpuRequest => "container.resources.resourceCpuRequest",
        }
    }

    /// The string field, else the deprecated double (`%vG` for memory, `%v`
    /// for cpu, as upstream formats it), else nothing.
    #[allow(deprecated)]
    fn quantity(
        self,
        spec: &ResourceSpec,
        inputs: &Inputs<'_>,
    ) -> Result<Option<Quantity>, PatchError> {
        let (text, old) = match self {
            Field::MemoryLimit => (&spec.resource_memory_limit, spec.memory_limit),
            Field::MemoryRequest => (&spec.resource_memory_request, spec.memory_request),
            Field::CpuLimit => (&spec.resource_cpu_limit, spec.cpu_limit),
            Field::CpuRequest => (&spec.resource_cpu_request, spec.cpu_request),
        };
        let resolved = if !text.is_empty() {
            placeholder::pod_field(text, inputs, self.name())?
        } else if old != 0.0 {
            let unit = if self.resource() == "memory" { "G" } else { "" };
            format!("{}{unit}", go_g(old))
        } else {
            return Ok(None);
        };
        quantity::parse(&resolved, self.name()).map(Some)
    }
}

/// `limits[<type>] = <count>` when both the type and the count are known.
#[allow(deprecated)]
fn accelerator(
    spec: &ResourceSpec,
    inputs: &Inputs<'_>,
) -> Result<Option<(String, Quantity)>, PatchError> {
    let Some(acc) = spec.accelerator.as_ref() else {
        return Ok(None);
    };
    let kind = if !acc.resource_type.is_empty() {
        placeholder::pod_field(
            &acc.resource_type,
            inputs,
            "container.resources.accelerator.resourceType",
        )?
    } else {
        acc.r#type.clone()
    };
    let count = if !acc.resource_count.is_empty() {
        placeholder::pod_field(
            &acc.resource_count,
            inputs,
            "container.resources.accelerator.resourceCount",
        )?
    } else if acc.count > 0 {
        acc.count.to_string()
    } else {
        String::new()
    };
    if kind.is_empty() || count.is_empty() {
        return Ok(None);
    }
    let q = quantity::parse(&count, "container.resources.accelerator.resourceCount")?;
    Ok(Some((kind, q)))
}
