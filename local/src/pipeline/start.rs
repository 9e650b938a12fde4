//! Starting a whole-pipeline local run: parameters, the run's flags, the
//! store (the home's SQLite file or `--mlmd`) and the engine, then the walk.

use std::{collections::BTreeMap, path::PathBuf, time::Instant};

use kfp_common::{ir::Pipeline, metadata::MetadataBackend};

use super::{argv::RunFlags, engine, Ended, Walk};
use kfp_step::init::Signals;

use crate::summary::TaskSummary;

/// `launcher local run PIPELINE.yaml` without `--task`.
pub(crate) async fn run(
    args: &crate::LocalArgs,
    signals: &Signals,
) -> Result<crate::Summary, crate::LocalError> {
    use crate::LocalError;
    let pipeline = Pipeline::load(&args.pipeline)?;
    let home = &args.home;
    std::fs::create_dir_all(home).map_err(|source| LocalError::Home {
        path: home.clone(),
        source,
    })?;
    let params = crate::root_parameters_strict(&pipeline, &args.params)?;
    // Read before anything runs: a bad --secret or --config-map fails here.
    let sources = crate::kube::Sources::load(&args.secrets, &args.config_maps)?;
    let run_id = uuid::Uuid::new_v4().to_string();
    let root = args
        .pipeline_root
        .clone()
        .unwrap_or_else(|| crate::PIPELINE_ROOT.to_owned());
    kfp_common::store::bucket::parse_bucket_config(&root)
        .map_err(LocalError::pipeline_root(&root))?;
    // The default root lives in the home; a given one is a real bucket.
    let session = args
        .pipeline_root
        .is_none()
        .then(|| crate::SESSION_INFO.to_owned());
    let objects = home.join("objects");
    let runtime_config = serde_json::json!({
        "parameterValues": params
            .iter()
            .map(|(k, v)| (k.clone(), kfp_common::executor_io::to_json(v)))
            .collect::<serde_json::Map<_, _>>(),
        "gcsOutputDirectory": root,
    })
    .to_string();
    let scratch = home.join("runs").join(&run_id);
    let short: String = run_id.chars().take(8).collect();
    let run = RunFlags {
        pipeline_name: pipeline.name().to_owned(),
        run_id: run_id.clone(),
        run_name: format!("{}-{short}", pipeline.name()),
        run_display_name: format!("local run of {}", pipeline.name()),
        create_time: kfp_driver::task::rfc3339(now_epoch()).unwrap_or_default(),
        mlmd_address: args
            .mlmd
            .as_ref()
            .map_or("embedded".into(), |m| m.0.clone()),
        mlmd_port: args.mlmd.as_ref().map_or("0".into(), |m| m.1.to_string()),
        api_address: "none".into(),
        api_port: "0".into(),
        cache_disabled: args.no_cache,
        extra: vec![("cache_store".into(), "mlmd".into())],
    };
    let exe = std::env::current_exe().map_err(|source| LocalError::Home {
        path: PathBuf::from("/proc/self/exe"),
        source,
    })?;
    let mlmd = args.mlmd.as_ref().map(|(h, p)| format!("{h}:{p}"));
    let parallelism = args.parallelism.unwrap_or_else(default_parallelism);
    let started = Instant::now();
    let workspace = crate::kube::LocalPvcs::new(home).dir(&format!(
        "{}-{}",
        run.run_name,
        kfp_driver::podspec::WORKSPACE_VOLUME
    ));
    let kube = crate::kube::LocalKube {
        sources,
        pvcs: crate::kube::LocalPvcs::new(home),
        can_mount: crate::isolation::mount_namespace(args.isolation),
        volumes_dir: scratch.join("volumes"),
    };
    let setup = Setup {
        kube,
        pipeline: &pipeline,
        run,
        session,
        exe,
        launch_flags: engine::launch_flags(home, mlmd.as_deref(), args.isolation, Some(&objects)),
        scratch,
        objects,
        parallelism,
        no_cache: args.no_cache,
        signals,
        verbatim_steps: args.verbatim_steps,
    };
    let orphans = crate::owner::close_out_orphans(home).await;
    let _owner = args
        .mlmd
        .is_none()
        .then(|| crate::owner::Owner::claim(home, pipeline.name(), &run_id));
    let outcome = match &args.mlmd {
        Some((host, port)) => {
            let store =
                kfp_common::metadata::grpc::MlmdStore::connect(host, *port, Default::default())
                    .await?;
            setup.walk(&store, &runtime_config).await
        }
        None => {
            let store =
                kfp_common::metadata::sqlite::SqliteStore::open(&home.join("metadata.sqlite"))?;
            setup.walk(&store, &runtime_config).await
        }
    };
    // The run's workspace PVC goes with the run, as Argo's
    // volumeClaimTemplates do.
    if let Some(dir) = workspace.filter(|d| d.exists()) {
        if let Err(e) = std::fs::remove_dir_all(&dir) {
            tracing::warn!("removing the run's workspace {}: {e}", dir.display());
        }
    }
    let (_, root_id, tasks) = outcome?;
    let mut notes = orphans;
    notes.push(format!(
        "run {run_id} (root DAG execution {root_id}) took {:.2}s",
        started.elapsed().as_secs_f64()
    ));
    Ok(crate::Summary {
        run_id,
        tasks,
        notes,
    })
}

/// What a whole-pipeline run needs besides its metadata store.
struct Setup<'a> {
    kube: crate::kube::LocalKube,
    pipeline: &'a Pipeline,
    run: RunFlags,
    session: Option<String>,
    exe: PathBuf,
    launch_flags: Vec<String>,
    scratch: PathBuf,
    objects: PathBuf,
    parallelism: usize,
    no_cache: bool,
    signals: &'a Signals,
    verbatim_steps: bool,
}

impl Setup<'_> {
    async fn walk<M: MetadataBackend>(
        &self,
        store: &M,
        runtime_config: &str,
    ) -> Result<(Ended, i64, BTreeMap<String, TaskSummary>), super::WalkError> {
        let engine = engine::InProcess {
            store,
            namespace: crate::LOCAL_NAMESPACE.to_owned(),
            session: self.session.clone(),
            cache_disabled: self.no_cache,
            exe: self.exe.clone(),
            launch_flags: self.launch_flags.clone(),
            scratch: self.scratch.join("tasks"),
            check: kfp_driver::stale::StoreCheck::new(kfp_step::buckets::NoSecrets)
                .with_local_objects(self.objects.clone()),
            pvcs: Some(self.kube.pvcs.clone()),
        };
        let walk = Walk::new(
            self.pipeline,
            store,
            &engine,
            self.run.clone(),
            self.scratch.clone(),
            self.parallelism,
            self.signals,
        )
        .local_objects(self.objects.clone())
        .skip_sdk_install(!self.verbatim_steps)
        .kubernetes(self.kube.clone());
        let out = walk.run(runtime_config).await;
        if let n @ 1.. = walk.skipped_installs() {
            tracing::info!("{n} steps skipped the SDK's no-op `pip install kfp`");
        }
        out
    }
}

/// One launcher per core by default: steps are usually CPU-bound.
fn default_parallelism() -> usize {
    std::thread::available_parallelism().map_or(4, |n| n.get().max(2))
}

fn now_epoch() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
