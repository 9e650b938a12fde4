impl serde::Serialize for ConfigMapAsEnv {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.config_map_name.is_empty() {
            len += 1;
        }
        if !self.key_to_env.is_empty() {
            len += 1;
        }
        if self.config_map_name_parameter.is_some() {
            len += 1;
        }
        if self.optional.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.ConfigMapAsEnv", len)?;
        if !self.config_map_name.is_empty() {
            struct_ser.serialize_field("configMapName", &self.config_map_name)?;
        }
        if !self.key_to_env.is_empty() {
            struct_ser.serialize_field("keyToEnv", &self.key_to_env)?;
        }
        if let Some(v) = self.config_map_name_parameter.as_ref() {
            struct_ser.serialize_field("configMapNameParameter", v)?;
        }
        if let Some(v) = self.optional.as_ref() {
            struct_ser.serialize_field("optional", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConfigMapAsEnv {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "config_map_name",
            "configMapName",
            "key_to_env",
            "keyToEnv",
            "config_map_name_parameter",
            "configMapNameParameter",
            "optional",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConfigMapName,
            KeyToEnv,
            ConfigMapNameParameter,
            Optional,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "configMapName" | "config_map_name" => Ok(GeneratedField::ConfigMapName),
                            "keyToEnv" | "key_to_env" => Ok(GeneratedField::KeyToEnv),
                            "configMapNameParameter" | "config_map_name_parameter" => Ok(GeneratedField::ConfigMapNameParameter),
                            "optional" => Ok(GeneratedField::Optional),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConfigMapAsEnv;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.ConfigMapAsEnv")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConfigMapAsEnv, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut config_map_name__ = None;
                let mut key_to_env__ = None;
                let mut config_map_name_parameter__ = None;
                let mut optional__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConfigMapName => {
                            if config_map_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("configMapName"));
                            }
                            config_map_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::KeyToEnv => {
                            if key_to_env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("keyToEnv"));
                            }
                            key_to_env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConfigMapNameParameter => {
                            if config_map_name_parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("configMapNameParameter"));
                            }
                            config_map_name_parameter__ = map_.next_value()?;
                        }
                        GeneratedField::Optional => {
                            if optional__.is_some() {
                                return Err(serde::de::Error::duplicate_field("optional"));
                            }
                            optional__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ConfigMapAsEnv {
                    config_map_name: config_map_name__.unwrap_or_default(),
                    key_to_env: key_to_env__.unwrap_or_default(),
                    config_map_name_parameter: config_map_name_parameter__,
                    optional: optional__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.ConfigMapAsEnv", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for config_map_as_env::ConfigMapKeyToEnvMap {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.config_map_key.is_empty() {
            len += 1;
        }
        if !self.env_var.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.ConfigMapAsEnv.ConfigMapKeyToEnvMap", len)?;
        if !self.config_map_key.is_empty() {
            struct_ser.serialize_field("configMapKey", &self.config_map_key)?;
        }
        if !self.env_var.is_empty() {
            struct_ser.serialize_field("envVar", &self.env_var)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for config_map_as_env::ConfigMapKeyToEnvMap {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "config_map_key",
            "configMapKey",
            "env_var",
            "envVar",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConfigMapKey,
            EnvVar,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "configMapKey" | "config_map_key" => Ok(GeneratedField::ConfigMapKey),
                            "envVar" | "env_var" => Ok(GeneratedField::EnvVar),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = config_map_as_env::ConfigMapKeyToEnvMap;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.ConfigMapAsEnv.ConfigMapKeyToEnvMap")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<config_map_as_env::ConfigMapKeyToEnvMap, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut config_map_key__ = None;
                let mut env_var__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConfigMapKey => {
                            if config_map_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("configMapKey"));
                            }
                            config_map_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnvVar => {
                            if env_var__.is_some() {
                                return Err(serde::de::Error::duplicate_field("envVar"));
                            }
                            env_var__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(config_map_as_env::ConfigMapKeyToEnvMap {
                    config_map_key: config_map_key__.unwrap_or_default(),
                    env_var: env_var__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.ConfigMapAsEnv.ConfigMapKeyToEnvMap", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConfigMapAsVolume {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.config_map_name.is_empty() {
            len += 1;
        }
        if !self.mount_path.is_empty() {
            len += 1;
        }
        if self.optional.is_some() {
            len += 1;
        }
        if self.config_map_name_parameter.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.ConfigMapAsVolume", len)?;
        if !self.config_map_name.is_empty() {
            struct_ser.serialize_field("configMapName", &self.config_map_name)?;
        }
        if !self.mount_path.is_empty() {
            struct_ser.serialize_field("mountPath", &self.mount_path)?;
        }
        if let Some(v) = self.optional.as_ref() {
            struct_ser.serialize_field("optional", v)?;
        }
        if let Some(v) = self.config_map_name_parameter.as_ref() {
            struct_ser.serialize_field("configMapNameParameter", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConfigMapAsVolume {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "config_map_name",
            "configMapName",
            "mount_path",
            "mountPath",
            "optional",
            "config_map_name_parameter",
            "configMapNameParameter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConfigMapName,
            MountPath,
            Optional,
            ConfigMapNameParameter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "configMapName" | "config_map_name" => Ok(GeneratedField::ConfigMapName),
                            "mountPath" | "mount_path" => Ok(GeneratedField::MountPath),
                            "optional" => Ok(GeneratedField::Optional),
                            "configMapNameParameter" | "config_map_name_parameter" => Ok(GeneratedField::ConfigMapNameParameter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConfigMapAsVolume;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.ConfigMapAsVolume")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConfigMapAsVolume, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut config_map_name__ = None;
                let mut mount_path__ = None;
                let mut optional__ = None;
                let mut config_map_name_parameter__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConfigMapName => {
                            if config_map_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("configMapName"));
                            }
                            config_map_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MountPath => {
                            if mount_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mountPath"));
                            }
                            mount_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Optional => {
                            if optional__.is_some() {
                                return Err(serde::de::Error::duplicate_field("optional"));
                            }
                            optional__ = map_.next_value()?;
                        }
                        GeneratedField::ConfigMapNameParameter => {
                            if config_map_name_parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("configMapNameParameter"));
                            }
                            config_map_name_parameter__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ConfigMapAsVolume {
                    config_map_name: config_map_name__.unwrap_or_default(),
                    mount_path: mount_path__.unwrap_or_default(),
                    optional: optional__,
                    config_map_name_parameter: config_map_name_parameter__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.ConfigMapAsVolume", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreatePvc {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.access_modes.is_empty() {
            len += 1;
        }
        if !self.size.is_empty() {
            len += 1;
        }
        if self.default_storage_class {
            len += 1;
        }
        if !self.storage_class_name.is_empty() {
            len += 1;
        }
        if !self.volume_name.is_empty() {
            len += 1;
        }
        if self.annotations.is_some() {
            len += 1;
        }
        if self.data_source.is_some() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.CreatePvc", len)?;
        if !self.access_modes.is_empty() {
            struct_ser.serialize_field("accessModes", &self.access_modes)?;
        }
        if !self.size.is_empty() {
            struct_ser.serialize_field("size", &self.size)?;
        }
        if self.default_storage_class {
            struct_ser.serialize_field("defaultStorageClass", &self.default_storage_class)?;
        }
        if !self.storage_class_name.is_empty() {
            struct_ser.serialize_field("storageClassName", &self.storage_class_name)?;
        }
        if !self.volume_name.is_empty() {
            struct_ser.serialize_field("volumeName", &self.volume_name)?;
        }
        if let Some(v) = self.annotations.as_ref() {
            struct_ser.serialize_field("annotations", v)?;
        }
        if let Some(v) = self.data_source.as_ref() {
            struct_ser.serialize_field("dataSource", v)?;
        }
        if let Some(v) = self.name.as_ref() {
            match v {
                create_pvc::Name::PvcName(v) => {
                    struct_ser.serialize_field("pvcName", v)?;
                }
                create_pvc::Name::PvcNameSuffix(v) => {
                    struct_ser.serialize_field("pvcNameSuffix", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePvc {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "access_modes",
            "accessModes",
            "size",
            "default_storage_class",
            "defaultStorageClass",
            "storage_class_name",
            "storageClassName",
            "volume_name",
            "volumeName",
            "annotations",
            "data_source",
            "dataSource",
            "pvc_name",
            "pvcName",
            "pvc_name_suffix",
            "pvcNameSuffix",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AccessModes,
            Size,
            DefaultStorageClass,
            StorageClassName,
            VolumeName,
            Annotations,
            DataSource,
            PvcName,
            PvcNameSuffix,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "accessModes" | "access_modes" => Ok(GeneratedField::AccessModes),
                            "size" => Ok(GeneratedField::Size),
                            "defaultStorageClass" | "default_storage_class" => Ok(GeneratedField::DefaultStorageClass),
                            "storageClassName" | "storage_class_name" => Ok(GeneratedField::StorageClassName),
                            "volumeName" | "volume_name" => Ok(GeneratedField::VolumeName),
                            "annotations" => Ok(GeneratedField::Annotations),
                            "dataSource" | "data_source" => Ok(GeneratedField::DataSource),
                            "pvcName" | "pvc_name" => Ok(GeneratedField::PvcName),
                            "pvcNameSuffix" | "pvc_name_suffix" => Ok(GeneratedField::PvcNameSuffix),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreatePvc;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.CreatePvc")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreatePvc, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut access_modes__ = None;
                let mut size__ = None;
                let mut default_storage_class__ = None;
                let mut storage_class_name__ = None;
                let mut volume_name__ = None;
                let mut annotations__ = None;
                let mut data_source__ = None;
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AccessModes => {
                            if access_modes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accessModes"));
                            }
                            access_modes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Size => {
                            if size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("size"));
                            }
                            size__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DefaultStorageClass => {
                            if default_storage_class__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultStorageClass"));
                            }
                            default_storage_class__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StorageClassName => {
                            if storage_class_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("storageClassName"));
                            }
                            storage_class_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::VolumeName => {
                            if volume_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("volumeName"));
                            }
                            volume_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Annotations => {
                            if annotations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("annotations"));
                            }
                            annotations__ = map_.next_value()?;
                        }
                        GeneratedField::DataSource => {
                            if data_source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dataSource"));
                            }
                            data_source__ = map_.next_value()?;
                        }
                        GeneratedField::PvcName => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pvcName"));
                            }
                            name__ = map_.next_value::<::std::option::Option<_>>()?.map(create_pvc::Name::PvcName);
                        }
                        GeneratedField::PvcNameSuffix => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pvcNameSuffix"));
                            }
                            name__ = map_.next_value::<::std::option::Option<_>>()?.map(create_pvc::Name::PvcNameSuffix);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CreatePvc {
                    access_modes: access_modes__.unwrap_or_default(),
                    size: size__.unwrap_or_default(),
                    default_storage_class: default_storage_class__.unwrap_or_default(),
                    storage_class_name: storage_class_name__.unwrap_or_default(),
                    volume_name: volume_name__.unwrap_or_default(),
                    annotations: annotations__,
                    data_source: data_source__,
                    name: name__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.CreatePvc", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeletePvc {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pvc_reference.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.DeletePvc", len)?;
        if let Some(v) = self.pvc_reference.as_ref() {
            match v {
                delete_pvc::PvcReference::TaskOutputParameter(v) => {
                    struct_ser.serialize_field("taskOutputParameter", v)?;
                }
                delete_pvc::PvcReference::Constant(v) => {
                    struct_ser.serialize_field("constant", v)?;
                }
                delete_pvc::PvcReference::ComponentInputParameter(v) => {
                    struct_ser.serialize_field("componentInputParameter", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeletePvc {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_output_parameter",
            "taskOutputParameter",
            "constant",
            "component_input_parameter",
            "componentInputParameter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskOutputParameter,
            Constant,
            ComponentInputParameter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "taskOutputParameter" | "task_output_parameter" => Ok(GeneratedField::TaskOutputParameter),
                            "constant" => Ok(GeneratedField::Constant),
                            "componentInputParameter" | "component_input_parameter" => Ok(GeneratedField::ComponentInputParameter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeletePvc;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.DeletePvc")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeletePvc, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pvc_reference__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskOutputParameter => {
                            if pvc_reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskOutputParameter"));
                            }
                            pvc_reference__ = map_.next_value::<::std::option::Option<_>>()?.map(delete_pvc::PvcReference::TaskOutputParameter)
;
                        }
                        GeneratedField::Constant => {
                            if pvc_reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("constant"));
                            }
                            pvc_reference__ = map_.next_value::<::std::option::Option<_>>()?.map(delete_pvc::PvcReference::Constant);
                        }
                        GeneratedField::ComponentInputParameter => {
                            if pvc_reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("componentInputParameter"));
                            }
                            pvc_reference__ = map_.next_value::<::std::option::Option<_>>()?.map(delete_pvc::PvcReference::ComponentInputParameter);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DeletePvc {
                    pvc_reference: pvc_reference__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.DeletePvc", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EmptyDirMount {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.volume_name.is_empty() {
            len += 1;
        }
        if !self.mount_path.is_empty() {
            len += 1;
        }
        if self.medium.is_some() {
            len += 1;
        }
        if self.size_limit.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.EmptyDirMount", len)?;
        if !self.volume_name.is_empty() {
            struct_ser.serialize_field("volumeName", &self.volume_name)?;
        }
        if !self.mount_path.is_empty() {
            struct_ser.serialize_field("mountPath", &self.mount_path)?;
        }
        if let Some(v) = self.medium.as_ref() {
            struct_ser.serialize_field("medium", v)?;
        }
        if let Some(v) = self.size_limit.as_ref() {
            struct_ser.serialize_field("sizeLimit", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EmptyDirMount {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "volume_name",
            "volumeName",
            "mount_path",
            "mountPath",
            "medium",
            "size_limit",
            "sizeLimit",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            VolumeName,
            MountPath,
            Medium,
            SizeLimit,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "volumeName" | "volume_name" => Ok(GeneratedField::VolumeName),
                            "mountPath" | "mount_path" => Ok(GeneratedField::MountPath),
                            "medium" => Ok(GeneratedField::Medium),
                            "sizeLimit" | "size_limit" => Ok(GeneratedField::SizeLimit),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EmptyDirMount;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.EmptyDirMount")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EmptyDirMount, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut volume_name__ = None;
                let mut mount_path__ = None;
                let mut medium__ = None;
                let mut size_limit__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::VolumeName => {
                            if volume_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("volumeName"));
                            }
                            volume_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MountPath => {
                            if mount_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mountPath"));
                            }
                            mount_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Medium => {
                            if medium__.is_some() {
                                return Err(serde::de::Error::duplicate_field("medium"));
                            }
                            medium__ = map_.next_value()?;
                        }
                        GeneratedField::SizeLimit => {
                            if size_limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeLimit"));
                            }
                            size_limit__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(EmptyDirMount {
                    volume_name: volume_name__.unwrap_or_default(),
                    mount_path: mount_path__.unwrap_or_default(),
                    medium: medium__,
                    size_limit: size_limit__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.EmptyDirMount", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EnabledSharedMemory {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.volume_name.is_empty() {
            len += 1;
        }
        if !self.size.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.EnabledSharedMemory", len)?;
        if !self.volume_name.is_empty() {
            struct_ser.serialize_field("volumeName", &self.volume_name)?;
        }
        if !self.size.is_empty() {
            struct_ser.serialize_field("size", &self.size)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnabledSharedMemory {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "volume_name",
            "volumeName",
            "size",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            VolumeName,
            Size,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "volumeName" | "volume_name" => Ok(GeneratedField::VolumeName),
                            "size" => Ok(GeneratedField::Size),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EnabledSharedMemory;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.EnabledSharedMemory")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EnabledSharedMemory, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut volume_name__ = None;
                let mut size__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::VolumeName => {
                            if volume_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("volumeName"));
                            }
                            volume_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Size => {
                            if size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("size"));
                            }
                            size__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(EnabledSharedMemory {
                    volume_name: volume_name__.unwrap_or_default(),
                    size: size__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.EnabledSharedMemory", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FieldPathAsEnv {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.field_path.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.FieldPathAsEnv", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.field_path.is_empty() {
            struct_ser.serialize_field("fieldPath", &self.field_path)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FieldPathAsEnv {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "field_path",
            "fieldPath",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            FieldPath,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "fieldPath" | "field_path" => Ok(GeneratedField::FieldPath),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = FieldPathAsEnv;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.FieldPathAsEnv")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<FieldPathAsEnv, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut field_path__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FieldPath => {
                            if field_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldPath"));
                            }
                            field_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FieldPathAsEnv {
                    name: name__.unwrap_or_default(),
                    field_path: field_path__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.FieldPathAsEnv", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GenericEphemeralVolume {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.volume_name.is_empty() {
            len += 1;
        }
        if !self.mount_path.is_empty() {
            len += 1;
        }
        if !self.access_modes.is_empty() {
            len += 1;
        }
        if !self.size.is_empty() {
            len += 1;
        }
        if self.default_storage_class {
            len += 1;
        }
        if !self.storage_class_name.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.GenericEphemeralVolume", len)?;
        if !self.volume_name.is_empty() {
            struct_ser.serialize_field("volumeName", &self.volume_name)?;
        }
        if !self.mount_path.is_empty() {
            struct_ser.serialize_field("mountPath", &self.mount_path)?;
        }
        if !self.access_modes.is_empty() {
            struct_ser.serialize_field("accessModes", &self.access_modes)?;
        }
        if !self.size.is_empty() {
            struct_ser.serialize_field("size", &self.size)?;
        }
        if self.default_storage_class {
            struct_ser.serialize_field("defaultStorageClass", &self.default_storage_class)?;
        }
        if !self.storage_class_name.is_empty() {
            struct_ser.serialize_field("storageClassName", &self.storage_class_name)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GenericEphemeralVolume {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "volume_name",
            "volumeName",
            "mount_path",
            "mountPath",
            "access_modes",
            "accessModes",
            "size",
            "default_storage_class",
            "defaultStorageClass",
            "storage_class_name",
            "storageClassName",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            VolumeName,
            MountPath,
            AccessModes,
            Size,
            DefaultStorageClass,
            StorageClassName,
            Metadata,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "volumeName" | "volume_name" => Ok(GeneratedField::VolumeName),
                            "mountPath" | "mount_path" => Ok(GeneratedField::MountPath),
                            "accessModes" | "access_modes" => Ok(GeneratedField::AccessModes),
                            "size" => Ok(GeneratedField::Size),
                            "defaultStorageClass" | "default_storage_class" => Ok(GeneratedField::DefaultStorageClass),
                            "storageClassName" | "storage_class_name" => Ok(GeneratedField::StorageClassName),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GenericEphemeralVolume;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.GenericEphemeralVolume")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GenericEphemeralVolume, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut volume_name__ = None;
                let mut mount_path__ = None;
                let mut access_modes__ = None;
                let mut size__ = None;
                let mut default_storage_class__ = None;
                let mut storage_class_name__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::VolumeName => {
                            if volume_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("volumeName"));
                            }
                            volume_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MountPath => {
                            if mount_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mountPath"));
                            }
                            mount_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AccessModes => {
                            if access_modes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accessModes"));
                            }
                            access_modes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Size => {
                            if size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("size"));
                            }
                            size__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DefaultStorageClass => {
                            if default_storage_class__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultStorageClass"));
                            }
                            default_storage_class__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StorageClassName => {
                            if storage_class_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("storageClassName"));
                            }
                            storage_class_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GenericEphemeralVolume {
                    volume_name: volume_name__.unwrap_or_default(),
                    mount_path: mount_path__.unwrap_or_default(),
                    access_modes: access_modes__.unwrap_or_default(),
                    size: size__.unwrap_or_default(),
                    default_storage_class: default_storage_class__.unwrap_or_default(),
                    storage_class_name: storage_class_name__.unwrap_or_default(),
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.GenericEphemeralVolume", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImagePullSecret {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.secret_name.is_empty() {
            len += 1;
        }
        if self.secret_name_parameter.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.ImagePullSecret", len)?;
        if !self.secret_name.is_empty() {
            struct_ser.serialize_field("secretName", &self.secret_name)?;
        }
        if let Some(v) = self.secret_name_parameter.as_ref() {
            struct_ser.serialize_field("secretNameParameter", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImagePullSecret {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret_name",
            "secretName",
            "secret_name_parameter",
            "secretNameParameter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SecretName,
            SecretNameParameter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secretName" | "secret_name" => Ok(GeneratedField::SecretName),
                            "secretNameParameter" | "secret_name_parameter" => Ok(GeneratedField::SecretNameParameter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImagePullSecret;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.ImagePullSecret")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImagePullSecret, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret_name__ = None;
                let mut secret_name_parameter__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SecretName => {
                            if secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretName"));
                            }
                            secret_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecretNameParameter => {
                            if secret_name_parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretNameParameter"));
                            }
                            secret_name_parameter__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ImagePullSecret {
                    secret_name: secret_name__.unwrap_or_default(),
                    secret_name_parameter: secret_name_parameter__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.ImagePullSecret", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for KubernetesExecutorConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.secret_as_volume.is_empty() {
            len += 1;
        }
        if !self.secret_as_env.is_empty() {
            len += 1;
        }
        if !self.pvc_mount.is_empty() {
            len += 1;
        }
        if self.node_selector.is_some() {
            len += 1;
        }
        if self.pod_metadata.is_some() {
            len += 1;
        }
        if !self.image_pull_secret.is_empty() {
            len += 1;
        }
        if !self.image_pull_policy.is_empty() {
            len += 1;
        }
        if !self.config_map_as_volume.is_empty() {
            len += 1;
        }
        if !self.config_map_as_env.is_empty() {
            len += 1;
        }
        if self.active_deadline_seconds != 0 {
            len += 1;
        }
        if !self.field_path_as_env.is_empty() {
            len += 1;
        }
        if !self.tolerations.is_empty() {
            len += 1;
        }
        if !self.generic_ephemeral_volume.is_empty() {
            len += 1;
        }
        if !self.node_affinity.is_empty() {
            len += 1;
        }
        if !self.pod_affinity.is_empty() {
            len += 1;
        }
        if self.enabled_shared_memory.is_some() {
            len += 1;
        }
        if !self.empty_dir_mounts.is_empty() {
            len += 1;
        }
        if self.security_context.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.KubernetesExecutorConfig", len)?;
        if !self.secret_as_volume.is_empty() {
            struct_ser.serialize_field("secretAsVolume", &self.secret_as_volume)?;
        }
        if !self.secret_as_env.is_empty() {
            struct_ser.serialize_field("secretAsEnv", &self.secret_as_env)?;
        }
        if !self.pvc_mount.is_empty() {
            struct_ser.serialize_field("pvcMount", &self.pvc_mount)?;
        }
        if let Some(v) = self.node_selector.as_ref() {
            struct_ser.serialize_field("nodeSelector", v)?;
        }
        if let Some(v) = self.pod_metadata.as_ref() {
            struct_ser.serialize_field("podMetadata", v)?;
        }
        if !self.image_pull_secret.is_empty() {
            struct_ser.serialize_field("imagePullSecret", &self.image_pull_secret)?;
        }
        if !self.image_pull_policy.is_empty() {
            struct_ser.serialize_field("imagePullPolicy", &self.image_pull_policy)?;
        }
        if !self.config_map_as_volume.is_empty() {
            struct_ser.serialize_field("configMapAsVolume", &self.config_map_as_volume)?;
        }
        if !self.config_map_as_env.is_empty() {
            struct_ser.serialize_field("configMapAsEnv", &self.config_map_as_env)?;
        }
        if self.active_deadline_seconds != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("activeDeadlineSeconds", ToString::to_string(&self.active_deadline_seconds).as_str())?;
        }
        if !self.field_path_as_env.is_empty() {
            struct_ser.serialize_field("fieldPathAsEnv", &self.field_path_as_env)?;
        }
        if !self.tolerations.is_empty() {
            struct_ser.serialize_field("tolerations", &self.tolerations)?;
        }
        if !self.generic_ephemeral_volume.is_empty() {
            struct_ser.serialize_field("genericEphemeralVolume", &self.generic_ephemeral_volume)?;
        }
        if !self.node_affinity.is_empty() {
            struct_ser.serialize_field("nodeAffinity", &self.node_affinity)?;
        }
        if !self.pod_affinity.is_empty() {
            struct_ser.serialize_field("podAffinity", &self.pod_affinity)?;
        }
        if let Some(v) = self.enabled_shared_memory.as_ref() {
            struct_ser.serialize_field("enabledSharedMemory", v)?;
        }
        if !self.empty_dir_mounts.is_empty() {
            struct_ser.serialize_field("emptyDirMounts", &self.empty_dir_mounts)?;
        }
        if let Some(v) = self.security_context.as_ref() {
            struct_ser.serialize_field("securityContext", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for KubernetesExecutorConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret_as_volume",
            "secretAsVolume",
            "secret_as_env",
            "secretAsEnv",
            "pvc_mount",
            "pvcMount",
            "node_selector",
            "nodeSelector",
            "pod_metadata",
            "podMetadata",
            "image_pull_secret",
            "imagePullSecret",
            "image_pull_policy",
            "imagePullPolicy",
            "config_map_as_volume",
            "configMapAsVolume",
            "config_map_as_env",
            "configMapAsEnv",
            "active_deadline_seconds",
            "activeDeadlineSeconds",
            "field_path_as_env",
            "fieldPathAsEnv",
            "tolerations",
            "generic_ephemeral_volume",
            "genericEphemeralVolume",
            "node_affinity",
            "nodeAffinity",
            "pod_affinity",
            "podAffinity",
            "enabled_shared_memory",
            "enabledSharedMemory",
            "empty_dir_mounts",
            "emptyDirMounts",
            "security_context",
            "securityContext",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SecretAsVolume,
            SecretAsEnv,
            PvcMount,
            NodeSelector,
            PodMetadata,
            ImagePullSecret,
            ImagePullPolicy,
            ConfigMapAsVolume,
            ConfigMapAsEnv,
            ActiveDeadlineSeconds,
            FieldPathAsEnv,
            Tolerations,
            GenericEphemeralVolume,
            NodeAffinity,
            PodAffinity,
            EnabledSharedMemory,
            EmptyDirMounts,
            SecurityContext,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secretAsVolume" | "secret_as_volume" => Ok(GeneratedField::SecretAsVolume),
                            "secretAsEnv" | "secret_as_env" => Ok(GeneratedField::SecretAsEnv),
                            "pvcMount" | "pvc_mount" => Ok(GeneratedField::PvcMount),
                            "nodeSelector" | "node_selector" => Ok(GeneratedField::NodeSelector),
                            "podMetadata" | "pod_metadata" => Ok(GeneratedField::PodMetadata),
                            "imagePullSecret" | "image_pull_secret" => Ok(GeneratedField::ImagePullSecret),
                            "imagePullPolicy" | "image_pull_policy" => Ok(GeneratedField::ImagePullPolicy),
                            "configMapAsVolume" | "config_map_as_volume" => Ok(GeneratedField::ConfigMapAsVolume),
                            "configMapAsEnv" | "config_map_as_env" => Ok(GeneratedField::ConfigMapAsEnv),
                            "activeDeadlineSeconds" | "active_deadline_seconds" => Ok(GeneratedField::ActiveDeadlineSeconds),
                            "fieldPathAsEnv" | "field_path_as_env" => Ok(GeneratedField::FieldPathAsEnv),
                            "tolerations" => Ok(GeneratedField::Tolerations),
                            "genericEphemeralVolume" | "generic_ephemeral_volume" => Ok(GeneratedField::GenericEphemeralVolume),
                            "nodeAffinity" | "node_affinity" => Ok(GeneratedField::NodeAffinity),
                            "podAffinity" | "pod_affinity" => Ok(GeneratedField::PodAffinity),
                            "enabledSharedMemory" | "enabled_shared_memory" => Ok(GeneratedField::EnabledSharedMemory),
                            "emptyDirMounts" | "empty_dir_mounts" => Ok(GeneratedField::EmptyDirMounts),
                            "securityContext" | "security_context" => Ok(GeneratedField::SecurityContext),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = KubernetesExecutorConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.KubernetesExecutorConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<KubernetesExecutorConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret_as_volume__ = None;
                let mut secret_as_env__ = None;
                let mut pvc_mount__ = None;
                let mut node_selector__ = None;
                let mut pod_metadata__ = None;
                let mut image_pull_secret__ = None;
                let mut image_pull_policy__ = None;
                let mut config_map_as_volume__ = None;
                let mut config_map_as_env__ = None;
                let mut active_deadline_seconds__ = None;
                let mut field_path_as_env__ = None;
                let mut tolerations__ = None;
                let mut generic_ephemeral_volume__ = None;
                let mut node_affinity__ = None;
                let mut pod_affinity__ = None;
                let mut enabled_shared_memory__ = None;
                let mut empty_dir_mounts__ = None;
                let mut security_context__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SecretAsVolume => {
                            if secret_as_volume__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretAsVolume"));
                            }
                            secret_as_volume__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecretAsEnv => {
                            if secret_as_env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretAsEnv"));
                            }
                            secret_as_env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PvcMount => {
                            if pvc_mount__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pvcMount"));
                            }
                            pvc_mount__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NodeSelector => {
                            if node_selector__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nodeSelector"));
                            }
                            node_selector__ = map_.next_value()?;
                        }
                        GeneratedField::PodMetadata => {
                            if pod_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("podMetadata"));
                            }
                            pod_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::ImagePullSecret => {
                            if image_pull_secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("imagePullSecret"));
                            }
                            image_pull_secret__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ImagePullPolicy => {
                            if image_pull_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("imagePullPolicy"));
                            }
                            image_pull_policy__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConfigMapAsVolume => {
                            if config_map_as_volume__.is_some() {
                                return Err(serde::de::Error::duplicate_field("configMapAsVolume"));
                            }
                            config_map_as_volume__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConfigMapAsEnv => {
                            if config_map_as_env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("configMapAsEnv"));
                            }
                            config_map_as_env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ActiveDeadlineSeconds => {
                            if active_deadline_seconds__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeDeadlineSeconds"));
                            }
                            active_deadline_seconds__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FieldPathAsEnv => {
                            if field_path_as_env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldPathAsEnv"));
                            }
                            field_path_as_env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tolerations => {
                            if tolerations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tolerations"));
                            }
                            tolerations__ = Some(map_.next_value()?);
                        }
                        GeneratedField::GenericEphemeralVolume => {
                            if generic_ephemeral_volume__.is_some() {
                                return Err(serde::de::Error::duplicate_field("genericEphemeralVolume"));
                            }
                            generic_ephemeral_volume__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NodeAffinity => {
                            if node_affinity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nodeAffinity"));
                            }
                            node_affinity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PodAffinity => {
                            if pod_affinity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("podAffinity"));
                            }
                            pod_affinity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnabledSharedMemory => {
                            if enabled_shared_memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabledSharedMemory"));
                            }
                            enabled_shared_memory__ = map_.next_value()?;
                        }
                        GeneratedField::EmptyDirMounts => {
                            if empty_dir_mounts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("emptyDirMounts"));
                            }
                            empty_dir_mounts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecurityContext => {
                            if security_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("securityContext"));
                            }
                            security_context__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(KubernetesExecutorConfig {
                    secret_as_volume: secret_as_volume__.unwrap_or_default(),
                    secret_as_env: secret_as_env__.unwrap_or_default(),
                    pvc_mount: pvc_mount__.unwrap_or_default(),
                    node_selector: node_selector__,
                    pod_metadata: pod_metadata__,
                    image_pull_secret: image_pull_secret__.unwrap_or_default(),
                    image_pull_policy: image_pull_policy__.unwrap_or_default(),
                    config_map_as_volume: config_map_as_volume__.unwrap_or_default(),
                    config_map_as_env: config_map_as_env__.unwrap_or_default(),
                    active_deadline_seconds: active_deadline_seconds__.unwrap_or_default(),
                    field_path_as_env: field_path_as_env__.unwrap_or_default(),
                    tolerations: tolerations__.unwrap_or_default(),
                    generic_ephemeral_volume: generic_ephemeral_volume__.unwrap_or_default(),
                    node_affinity: node_affinity__.unwrap_or_default(),
                    pod_affinity: pod_affinity__.unwrap_or_default(),
                    enabled_shared_memory: enabled_shared_memory__,
                    empty_dir_mounts: empty_dir_mounts__.unwrap_or_default(),
                    security_context: security_context__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.KubernetesExecutorConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for NodeAffinityTerm {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.match_expressions.is_empty() {
            len += 1;
        }
        if !self.match_fields.is_empty() {
            len += 1;
        }
        if self.weight.is_some() {
            len += 1;
        }
        if self.node_affinity_json.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.NodeAffinityTerm", len)?;
        if !self.match_expressions.is_empty() {
            struct_ser.serialize_field("matchExpressions", &self.match_expressions)?;
        }
        if !self.match_fields.is_empty() {
            struct_ser.serialize_field("matchFields", &self.match_fields)?;
        }
        if let Some(v) = self.weight.as_ref() {
            struct_ser.serialize_field("weight", v)?;
        }
        if let Some(v) = self.node_affinity_json.as_ref() {
            struct_ser.serialize_field("nodeAffinityJson", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NodeAffinityTerm {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "match_expressions",
            "matchExpressions",
            "match_fields",
            "matchFields",
            "weight",
            "node_affinity_json",
            "nodeAffinityJson",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MatchExpressions,
            MatchFields,
            Weight,
            NodeAffinityJson,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "matchExpressions" | "match_expressions" => Ok(GeneratedField::MatchExpressions),
                            "matchFields" | "match_fields" => Ok(GeneratedField::MatchFields),
                            "weight" => Ok(GeneratedField::Weight),
                            "nodeAffinityJson" | "node_affinity_json" => Ok(GeneratedField::NodeAffinityJson),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = NodeAffinityTerm;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.NodeAffinityTerm")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<NodeAffinityTerm, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut match_expressions__ = None;
                let mut match_fields__ = None;
                let mut weight__ = None;
                let mut node_affinity_json__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MatchExpressions => {
                            if match_expressions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("matchExpressions"));
                            }
                            match_expressions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MatchFields => {
                            if match_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("matchFields"));
                            }
                            match_fields__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Weight => {
                            if weight__.is_some() {
                                return Err(serde::de::Error::duplicate_field("weight"));
                            }
                            weight__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::NodeAffinityJson => {
                            if node_affinity_json__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nodeAffinityJson"));
                            }
                            node_affinity_json__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NodeAffinityTerm {
                    match_expressions: match_expressions__.unwrap_or_default(),
                    match_fields: match_fields__.unwrap_or_default(),
                    weight: weight__,
                    node_affinity_json: node_affinity_json__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.NodeAffinityTerm", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for NodeSelector {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.labels.is_empty() {
            len += 1;
        }
        if self.node_selector_json.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.NodeSelector", len)?;
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if let Some(v) = self.node_selector_json.as_ref() {
            struct_ser.serialize_field("nodeSelectorJson", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NodeSelector {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "labels",
            "node_selector_json",
            "nodeSelectorJson",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Labels,
            NodeSelectorJson,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "labels" => Ok(GeneratedField::Labels),
                            "nodeSelectorJson" | "node_selector_json" => Ok(GeneratedField::NodeSelectorJson),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = NodeSelector;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.NodeSelector")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<NodeSelector, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut labels__ = None;
                let mut node_selector_json__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::NodeSelectorJson => {
                            if node_selector_json__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nodeSelectorJson"));
                            }
                            node_selector_json__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NodeSelector {
                    labels: labels__.unwrap_or_default(),
                    node_selector_json: node_selector_json__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.NodeSelector", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PodAffinityTerm {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.match_pod_expressions.is_empty() {
            len += 1;
        }
        if !self.match_pod_labels.is_empty() {
            len += 1;
        }
        if !self.topology_key.is_empty() {
            len += 1;
        }
        if !self.namespaces.is_empty() {
            len += 1;
        }
        if !self.match_namespace_expressions.is_empty() {
            len += 1;
        }
        if !self.match_namespace_labels.is_empty() {
            len += 1;
        }
        if self.weight.is_some() {
            len += 1;
        }
        if self.anti.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.PodAffinityTerm", len)?;
        if !self.match_pod_expressions.is_empty() {
            struct_ser.serialize_field("matchPodExpressions", &self.match_pod_expressions)?;
        }
        if !self.match_pod_labels.is_empty() {
            struct_ser.serialize_field("matchPodLabels", &self.match_pod_labels)?;
        }
        if !self.topology_key.is_empty() {
            struct_ser.serialize_field("topologyKey", &self.topology_key)?;
        }
        if !self.namespaces.is_empty() {
            struct_ser.serialize_field("namespaces", &self.namespaces)?;
        }
        if !self.match_namespace_expressions.is_empty() {
            struct_ser.serialize_field("matchNamespaceExpressions", &self.match_namespace_expressions)?;
        }
        if !self.match_namespace_labels.is_empty() {
            struct_ser.serialize_field("matchNamespaceLabels", &self.match_namespace_labels)?;
        }
        if let Some(v) = self.weight.as_ref() {
            struct_ser.serialize_field("weight", v)?;
        }
        if let Some(v) = self.anti.as_ref() {
            struct_ser.serialize_field("anti", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PodAffinityTerm {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "match_pod_expressions",
            "matchPodExpressions",
            "match_pod_labels",
            "matchPodLabels",
            "topology_key",
            "topologyKey",
            "namespaces",
            "match_namespace_expressions",
            "matchNamespaceExpressions",
            "match_namespace_labels",
            "matchNamespaceLabels",
            "weight",
            "anti",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MatchPodExpressions,
            MatchPodLabels,
            TopologyKey,
            Namespaces,
            MatchNamespaceExpressions,
            MatchNamespaceLabels,
            Weight,
            Anti,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "matchPodExpressions" | "match_pod_expressions" => Ok(GeneratedField::MatchPodExpressions),
                            "matchPodLabels" | "match_pod_labels" => Ok(GeneratedField::MatchPodLabels),
                            "topologyKey" | "topology_key" => Ok(GeneratedField::TopologyKey),
                            "namespaces" => Ok(GeneratedField::Namespaces),
                            "matchNamespaceExpressions" | "match_namespace_expressions" => Ok(GeneratedField::MatchNamespaceExpressions),
                            "matchNamespaceLabels" | "match_namespace_labels" => Ok(GeneratedField::MatchNamespaceLabels),
                            "weight" => Ok(GeneratedField::Weight),
                            "anti" => Ok(GeneratedField::Anti),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PodAffinityTerm;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.PodAffinityTerm")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PodAffinityTerm, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut match_pod_expressions__ = None;
                let mut match_pod_labels__ = None;
                let mut topology_key__ = None;
                let mut namespaces__ = None;
                let mut match_namespace_expressions__ = None;
                let mut match_namespace_labels__ = None;
                let mut weight__ = None;
                let mut anti__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MatchPodExpressions => {
                            if match_pod_expressions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("matchPodExpressions"));
                            }
                            match_pod_expressions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MatchPodLabels => {
                            if match_pod_labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("matchPodLabels"));
                            }
                            match_pod_labels__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::TopologyKey => {
                            if topology_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("topologyKey"));
                            }
                            topology_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Namespaces => {
                            if namespaces__.is_some() {
                                return Err(serde::de::Error::duplicate_field("namespaces"));
                            }
                            namespaces__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MatchNamespaceExpressions => {
                            if match_namespace_expressions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("matchNamespaceExpressions"));
                            }
                            match_namespace_expressions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MatchNamespaceLabels => {
                            if match_namespace_labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("matchNamespaceLabels"));
                            }
                            match_namespace_labels__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Weight => {
                            if weight__.is_some() {
                                return Err(serde::de::Error::duplicate_field("weight"));
                            }
                            weight__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Anti => {
                            if anti__.is_some() {
                                return Err(serde::de::Error::duplicate_field("anti"));
                            }
                            anti__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PodAffinityTerm {
                    match_pod_expressions: match_pod_expressions__.unwrap_or_default(),
                    match_pod_labels: match_pod_labels__.unwrap_or_default(),
                    topology_key: topology_key__.unwrap_or_default(),
                    namespaces: namespaces__.unwrap_or_default(),
                    match_namespace_expressions: match_namespace_expressions__.unwrap_or_default(),
                    match_namespace_labels: match_namespace_labels__.unwrap_or_default(),
                    weight: weight__,
                    anti: anti__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.PodAffinityTerm", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PodMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.labels.is_empty() {
            len += 1;
        }
        if !self.annotations.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.PodMetadata", len)?;
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if !self.annotations.is_empty() {
            struct_ser.serialize_field("annotations", &self.annotations)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PodMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "labels",
            "annotations",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Labels,
            Annotations,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "labels" => Ok(GeneratedField::Labels),
                            "annotations" => Ok(GeneratedField::Annotations),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PodMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.PodMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PodMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut labels__ = None;
                let mut annotations__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Annotations => {
                            if annotations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("annotations"));
                            }
                            annotations__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PodMetadata {
                    labels: labels__.unwrap_or_default(),
                    annotations: annotations__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.PodMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PvcMount {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.mount_path.is_empty() {
            len += 1;
        }
        if self.pvc_name_parameter.is_some() {
            len += 1;
        }
        if !self.sub_path.is_empty() {
            len += 1;
        }
        if self.pvc_reference.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.PvcMount", len)?;
        if !self.mount_path.is_empty() {
            struct_ser.serialize_field("mountPath", &self.mount_path)?;
        }
        if let Some(v) = self.pvc_name_parameter.as_ref() {
            struct_ser.serialize_field("pvcNameParameter", v)?;
        }
        if !self.sub_path.is_empty() {
            struct_ser.serialize_field("subPath", &self.sub_path)?;
        }
        if let Some(v) = self.pvc_reference.as_ref() {
            match v {
                pvc_mount::PvcReference::TaskOutputParameter(v) => {
                    struct_ser.serialize_field("taskOutputParameter", v)?;
                }
                pvc_mount::PvcReference::Constant(v) => {
                    struct_ser.serialize_field("constant", v)?;
                }
                pvc_mount::PvcReference::ComponentInputParameter(v) => {
                    struct_ser.serialize_field("componentInputParameter", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PvcMount {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "mount_path",
            "mountPath",
            "pvc_name_parameter",
            "pvcNameParameter",
            "sub_path",
            "subPath",
            "task_output_parameter",
            "taskOutputParameter",
            "constant",
            "component_input_parameter",
            "componentInputParameter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MountPath,
            PvcNameParameter,
            SubPath,
            TaskOutputParameter,
            Constant,
            ComponentInputParameter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "mountPath" | "mount_path" => Ok(GeneratedField::MountPath),
                            "pvcNameParameter" | "pvc_name_parameter" => Ok(GeneratedField::PvcNameParameter),
                            "subPath" | "sub_path" => Ok(GeneratedField::SubPath),
                            "taskOutputParameter" | "task_output_parameter" => Ok(GeneratedField::TaskOutputParameter),
                            "constant" => Ok(GeneratedField::Constant),
                            "componentInputParameter" | "component_input_parameter" => Ok(GeneratedField::ComponentInputParameter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PvcMount;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.PvcMount")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PvcMount, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut mount_path__ = None;
                let mut pvc_name_parameter__ = None;
                let mut sub_path__ = None;
                let mut pvc_reference__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MountPath => {
                            if mount_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mountPath"));
                            }
                            mount_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PvcNameParameter => {
                            if pvc_name_parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pvcNameParameter"));
                            }
                            pvc_name_parameter__ = map_.next_value()?;
                        }
                        GeneratedField::SubPath => {
                            if sub_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subPath"));
                            }
                            sub_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TaskOutputParameter => {
                            if pvc_reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskOutputParameter"));
                            }
                            pvc_reference__ = map_.next_value::<::std::option::Option<_>>()?.map(pvc_mount::PvcReference::TaskOutputParameter)
;
                        }
                        GeneratedField::Constant => {
                            if pvc_reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("constant"));
                            }
                            pvc_reference__ = map_.next_value::<::std::option::Option<_>>()?.map(pvc_mount::PvcReference::Constant);
                        }
                        GeneratedField::ComponentInputParameter => {
                            if pvc_reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("componentInputParameter"));
                            }
                            pvc_reference__ = map_.next_value::<::std::option::Option<_>>()?.map(pvc_mount::PvcReference::ComponentInputParameter);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PvcMount {
                    mount_path: mount_path__.unwrap_or_default(),
                    pvc_name_parameter: pvc_name_parameter__,
                    sub_path: sub_path__.unwrap_or_default(),
                    pvc_reference: pvc_reference__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.PvcMount", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SecretAsEnv {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.secret_name.is_empty() {
            len += 1;
        }
        if !self.key_to_env.is_empty() {
            len += 1;
        }
        if self.optional.is_some() {
            len += 1;
        }
        if self.secret_name_parameter.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.SecretAsEnv", len)?;
        if !self.secret_name.is_empty() {
            struct_ser.serialize_field("secretName", &self.secret_name)?;
        }
        if !self.key_to_env.is_empty() {
            struct_ser.serialize_field("keyToEnv", &self.key_to_env)?;
        }
        if let Some(v) = self.optional.as_ref() {
            struct_ser.serialize_field("optional", v)?;
        }
        if let Some(v) = self.secret_name_parameter.as_ref() {
            struct_ser.serialize_field("secretNameParameter", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SecretAsEnv {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret_name",
            "secretName",
            "key_to_env",
            "keyToEnv",
            "optional",
            "secret_name_parameter",
            "secretNameParameter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SecretName,
            KeyToEnv,
            Optional,
            SecretNameParameter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secretName" | "secret_name" => Ok(GeneratedField::SecretName),
                            "keyToEnv" | "key_to_env" => Ok(GeneratedField::KeyToEnv),
                            "optional" => Ok(GeneratedField::Optional),
                            "secretNameParameter" | "secret_name_parameter" => Ok(GeneratedField::SecretNameParameter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SecretAsEnv;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.SecretAsEnv")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SecretAsEnv, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret_name__ = None;
                let mut key_to_env__ = None;
                let mut optional__ = None;
                let mut secret_name_parameter__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SecretName => {
                            if secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretName"));
                            }
                            secret_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::KeyToEnv => {
                            if key_to_env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("keyToEnv"));
                            }
                            key_to_env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Optional => {
                            if optional__.is_some() {
                                return Err(serde::de::Error::duplicate_field("optional"));
                            }
                            optional__ = map_.next_value()?;
                        }
                        GeneratedField::SecretNameParameter => {
                            if secret_name_parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretNameParameter"));
                            }
                            secret_name_parameter__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SecretAsEnv {
                    secret_name: secret_name__.unwrap_or_default(),
                    key_to_env: key_to_env__.unwrap_or_default(),
                    optional: optional__,
                    secret_name_parameter: secret_name_parameter__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.SecretAsEnv", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for secret_as_env::SecretKeyToEnvMap {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.secret_key.is_empty() {
            len += 1;
        }
        if !self.env_var.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.SecretAsEnv.SecretKeyToEnvMap", len)?;
        if !self.secret_key.is_empty() {
            struct_ser.serialize_field("secretKey", &self.secret_key)?;
        }
        if !self.env_var.is_empty() {
            struct_ser.serialize_field("envVar", &self.env_var)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for secret_as_env::SecretKeyToEnvMap {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret_key",
            "secretKey",
            "env_var",
            "envVar",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SecretKey,
            EnvVar,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secretKey" | "secret_key" => Ok(GeneratedField::SecretKey),
                            "envVar" | "env_var" => Ok(GeneratedField::EnvVar),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = secret_as_env::SecretKeyToEnvMap;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.SecretAsEnv.SecretKeyToEnvMap")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<secret_as_env::SecretKeyToEnvMap, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret_key__ = None;
                let mut env_var__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SecretKey => {
                            if secret_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretKey"));
                            }
                            secret_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnvVar => {
                            if env_var__.is_some() {
                                return Err(serde::de::Error::duplicate_field("envVar"));
                            }
                            env_var__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(secret_as_env::SecretKeyToEnvMap {
                    secret_key: secret_key__.unwrap_or_default(),
                    env_var: env_var__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.SecretAsEnv.SecretKeyToEnvMap", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SecretAsVolume {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.secret_name.is_empty() {
            len += 1;
        }
        if !self.mount_path.is_empty() {
            len += 1;
        }
        if self.optional.is_some() {
            len += 1;
        }
        if self.secret_name_parameter.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.SecretAsVolume", len)?;
        if !self.secret_name.is_empty() {
            struct_ser.serialize_field("secretName", &self.secret_name)?;
        }
        if !self.mount_path.is_empty() {
            struct_ser.serialize_field("mountPath", &self.mount_path)?;
        }
        if let Some(v) = self.optional.as_ref() {
            struct_ser.serialize_field("optional", v)?;
        }
        if let Some(v) = self.secret_name_parameter.as_ref() {
            struct_ser.serialize_field("secretNameParameter", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SecretAsVolume {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret_name",
            "secretName",
            "mount_path",
            "mountPath",
            "optional",
            "secret_name_parameter",
            "secretNameParameter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SecretName,
            MountPath,
            Optional,
            SecretNameParameter,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secretName" | "secret_name" => Ok(GeneratedField::SecretName),
                            "mountPath" | "mount_path" => Ok(GeneratedField::MountPath),
                            "optional" => Ok(GeneratedField::Optional),
                            "secretNameParameter" | "secret_name_parameter" => Ok(GeneratedField::SecretNameParameter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SecretAsVolume;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.SecretAsVolume")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SecretAsVolume, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret_name__ = None;
                let mut mount_path__ = None;
                let mut optional__ = None;
                let mut secret_name_parameter__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SecretName => {
                            if secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretName"));
                            }
                            secret_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MountPath => {
                            if mount_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mountPath"));
                            }
                            mount_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Optional => {
                            if optional__.is_some() {
                                return Err(serde::de::Error::duplicate_field("optional"));
                            }
                            optional__ = map_.next_value()?;
                        }
                        GeneratedField::SecretNameParameter => {
                            if secret_name_parameter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretNameParameter"));
                            }
                            secret_name_parameter__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SecretAsVolume {
                    secret_name: secret_name__.unwrap_or_default(),
                    mount_path: mount_path__.unwrap_or_default(),
                    optional: optional__,
                    secret_name_parameter: secret_name_parameter__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.SecretAsVolume", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SecurityContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.run_as_user.is_some() {
            len += 1;
        }
        if self.run_as_group.is_some() {
            len += 1;
        }
        if self.run_as_non_root.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.SecurityContext", len)?;
        if let Some(v) = self.run_as_user.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("runAsUser", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.run_as_group.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("runAsGroup", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.run_as_non_root.as_ref() {
            struct_ser.serialize_field("runAsNonRoot", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SecurityContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run_as_user",
            "runAsUser",
            "run_as_group",
            "runAsGroup",
            "run_as_non_root",
            "runAsNonRoot",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunAsUser,
            RunAsGroup,
            RunAsNonRoot,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "runAsUser" | "run_as_user" => Ok(GeneratedField::RunAsUser),
                            "runAsGroup" | "run_as_group" => Ok(GeneratedField::RunAsGroup),
                            "runAsNonRoot" | "run_as_non_root" => Ok(GeneratedField::RunAsNonRoot),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SecurityContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.SecurityContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SecurityContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut run_as_user__ = None;
                let mut run_as_group__ = None;
                let mut run_as_non_root__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RunAsUser => {
                            if run_as_user__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runAsUser"));
                            }
                            run_as_user__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::RunAsGroup => {
                            if run_as_group__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runAsGroup"));
                            }
                            run_as_group__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::RunAsNonRoot => {
                            if run_as_non_root__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runAsNonRoot"));
                            }
                            run_as_non_root__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SecurityContext {
                    run_as_user: run_as_user__,
                    run_as_group: run_as_group__,
                    run_as_non_root: run_as_non_root__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.SecurityContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SelectorRequirement {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.key.is_empty() {
            len += 1;
        }
        if !self.operator.is_empty() {
            len += 1;
        }
        if !self.values.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.SelectorRequirement", len)?;
        if !self.key.is_empty() {
            struct_ser.serialize_field("key", &self.key)?;
        }
        if !self.operator.is_empty() {
            struct_ser.serialize_field("operator", &self.operator)?;
        }
        if !self.values.is_empty() {
            struct_ser.serialize_field("values", &self.values)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SelectorRequirement {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "operator",
            "values",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            Operator,
            Values,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "key" => Ok(GeneratedField::Key),
                            "operator" => Ok(GeneratedField::Operator),
                            "values" => Ok(GeneratedField::Values),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SelectorRequirement;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.SelectorRequirement")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SelectorRequirement, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut operator__ = None;
                let mut values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Operator => {
                            if operator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("operator"));
                            }
                            operator__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SelectorRequirement {
                    key: key__.unwrap_or_default(),
                    operator: operator__.unwrap_or_default(),
                    values: values__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.SelectorRequirement", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Toleration {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.key.is_empty() {
            len += 1;
        }
        if !self.operator.is_empty() {
            len += 1;
        }
        if !self.value.is_empty() {
            len += 1;
        }
        if !self.effect.is_empty() {
            len += 1;
        }
        if self.toleration_seconds.is_some() {
            len += 1;
        }
        if self.toleration_json.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.Toleration", len)?;
        if !self.key.is_empty() {
            struct_ser.serialize_field("key", &self.key)?;
        }
        if !self.operator.is_empty() {
            struct_ser.serialize_field("operator", &self.operator)?;
        }
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        if !self.effect.is_empty() {
            struct_ser.serialize_field("effect", &self.effect)?;
        }
        if let Some(v) = self.toleration_seconds.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("tolerationSeconds", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.toleration_json.as_ref() {
            struct_ser.serialize_field("tolerationJson", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Toleration {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "operator",
            "value",
            "effect",
            "toleration_seconds",
            "tolerationSeconds",
            "toleration_json",
            "tolerationJson",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            Operator,
            Value,
            Effect,
            TolerationSeconds,
            TolerationJson,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "key" => Ok(GeneratedField::Key),
                            "operator" => Ok(GeneratedField::Operator),
                            "value" => Ok(GeneratedField::Value),
                            "effect" => Ok(GeneratedField::Effect),
                            "tolerationSeconds" | "toleration_seconds" => Ok(GeneratedField::TolerationSeconds),
                            "tolerationJson" | "toleration_json" => Ok(GeneratedField::TolerationJson),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Toleration;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.Toleration")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Toleration, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut operator__ = None;
                let mut value__ = None;
                let mut effect__ = None;
                let mut toleration_seconds__ = None;
                let mut toleration_json__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Operator => {
                            if operator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("operator"));
                            }
                            operator__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Effect => {
                            if effect__.is_some() {
                                return Err(serde::de::Error::duplicate_field("effect"));
                            }
                            effect__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TolerationSeconds => {
                            if toleration_seconds__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tolerationSeconds"));
                            }
                            toleration_seconds__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::TolerationJson => {
                            if toleration_json__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tolerationJson"));
                            }
                            toleration_json__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Toleration {
                    key: key__.unwrap_or_default(),
                    operator: operator__.unwrap_or_default(),
                    value: value__.unwrap_or_default(),
                    effect: effect__.unwrap_or_default(),
                    toleration_seconds: toleration_seconds__,
                    toleration_json: toleration_json__,
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.Toleration", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TypedLocalObjectReference {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.api_group.is_some() {
            len += 1;
        }
        if !self.kind.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("kfp_kubernetes.TypedLocalObjectReference", len)?;
        if let Some(v) = self.api_group.as_ref() {
            struct_ser.serialize_field("apiGroup", v)?;
        }
        if !self.kind.is_empty() {
            struct_ser.serialize_field("kind", &self.kind)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TypedLocalObjectReference {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "api_group",
            "apiGroup",
            "kind",
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ApiGroup,
            Kind,
            Name,
            __SkipField__,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "apiGroup" | "api_group" => Ok(GeneratedField::ApiGroup),
                            "kind" => Ok(GeneratedField::Kind),
                            "name" => Ok(GeneratedField::Name),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TypedLocalObjectReference;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct kfp_kubernetes.TypedLocalObjectReference")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TypedLocalObjectReference, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut api_group__ = None;
                let mut kind__ = None;
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ApiGroup => {
                            if api_group__.is_some() {
                                return Err(serde::de::Error::duplicate_field("apiGroup"));
                            }
                            api_group__ = map_.next_value()?;
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TypedLocalObjectReference {
                    api_group: api_group__,
                    kind: kind__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("kfp_kubernetes.TypedLocalObjectReference", FIELDS, GeneratedVisitor)
    }
}
