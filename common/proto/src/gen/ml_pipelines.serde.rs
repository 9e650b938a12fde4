impl serde::Serialize for ArtifactIteratorSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.items.is_some() {
            len += 1;
        }
        if !self.item_input.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ArtifactIteratorSpec", len)?;
        if let Some(v) = self.items.as_ref() {
            struct_ser.serialize_field("items", v)?;
        }
        if !self.item_input.is_empty() {
            struct_ser.serialize_field("itemInput", &self.item_input)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactIteratorSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "items",
            "item_input",
            "itemInput",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Items,
            ItemInput,
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
                            "items" => Ok(GeneratedField::Items),
                            "itemInput" | "item_input" => Ok(GeneratedField::ItemInput),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactIteratorSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ArtifactIteratorSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactIteratorSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut items__ = None;
                let mut item_input__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Items => {
                            if items__.is_some() {
                                return Err(serde::de::Error::duplicate_field("items"));
                            }
                            items__ = map_.next_value()?;
                        }
                        GeneratedField::ItemInput => {
                            if item_input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("itemInput"));
                            }
                            item_input__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactIteratorSpec {
                    items: items__,
                    item_input: item_input__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ArtifactIteratorSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for artifact_iterator_spec::ItemsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.input_artifact.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ArtifactIteratorSpec.ItemsSpec", len)?;
        if !self.input_artifact.is_empty() {
            struct_ser.serialize_field("inputArtifact", &self.input_artifact)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for artifact_iterator_spec::ItemsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "input_artifact",
            "inputArtifact",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            InputArtifact,
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
                            "inputArtifact" | "input_artifact" => Ok(GeneratedField::InputArtifact),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = artifact_iterator_spec::ItemsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ArtifactIteratorSpec.ItemsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<artifact_iterator_spec::ItemsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut input_artifact__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::InputArtifact => {
                            if input_artifact__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputArtifact"));
                            }
                            input_artifact__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(artifact_iterator_spec::ItemsSpec {
                    input_artifact: input_artifact__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ArtifactIteratorSpec.ItemsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactList {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifacts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ArtifactList", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactList {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
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
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactList;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ArtifactList")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactList, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactList {
                    artifacts: artifacts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ArtifactList", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactTypeSchema {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.schema_version.is_empty() {
            len += 1;
        }
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ArtifactTypeSchema", len)?;
        if !self.schema_version.is_empty() {
            struct_ser.serialize_field("schemaVersion", &self.schema_version)?;
        }
        if let Some(v) = self.kind.as_ref() {
            match v {
                artifact_type_schema::Kind::SchemaTitle(v) => {
                    struct_ser.serialize_field("schemaTitle", v)?;
                }
                artifact_type_schema::Kind::SchemaUri(v) => {
                    struct_ser.serialize_field("schemaUri", v)?;
                }
                artifact_type_schema::Kind::InstanceSchema(v) => {
                    struct_ser.serialize_field("instanceSchema", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactTypeSchema {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "schema_version",
            "schemaVersion",
            "schema_title",
            "schemaTitle",
            "schema_uri",
            "schemaUri",
            "instance_schema",
            "instanceSchema",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SchemaVersion,
            SchemaTitle,
            SchemaUri,
            InstanceSchema,
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
                            "schemaVersion" | "schema_version" => Ok(GeneratedField::SchemaVersion),
                            "schemaTitle" | "schema_title" => Ok(GeneratedField::SchemaTitle),
                            "schemaUri" | "schema_uri" => Ok(GeneratedField::SchemaUri),
                            "instanceSchema" | "instance_schema" => Ok(GeneratedField::InstanceSchema),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactTypeSchema;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ArtifactTypeSchema")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactTypeSchema, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut schema_version__ = None;
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SchemaVersion => {
                            if schema_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schemaVersion"));
                            }
                            schema_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SchemaTitle => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schemaTitle"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_type_schema::Kind::SchemaTitle);
                        }
                        GeneratedField::SchemaUri => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schemaUri"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_type_schema::Kind::SchemaUri);
                        }
                        GeneratedField::InstanceSchema => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("instanceSchema"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_type_schema::Kind::InstanceSchema);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactTypeSchema {
                    schema_version: schema_version__.unwrap_or_default(),
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ArtifactTypeSchema", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ComponentInputsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.parameters.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentInputsSpec", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ComponentInputsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "parameters",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            Parameters,
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
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "parameters" => Ok(GeneratedField::Parameters),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ComponentInputsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentInputsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ComponentInputsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut parameters__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ComponentInputsSpec {
                    artifacts: artifacts__.unwrap_or_default(),
                    parameters: parameters__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentInputsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for component_inputs_spec::ArtifactSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact_type.is_some() {
            len += 1;
        }
        if self.is_artifact_list {
            len += 1;
        }
        if self.is_optional {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentInputsSpec.ArtifactSpec", len)?;
        if let Some(v) = self.artifact_type.as_ref() {
            struct_ser.serialize_field("artifactType", v)?;
        }
        if self.is_artifact_list {
            struct_ser.serialize_field("isArtifactList", &self.is_artifact_list)?;
        }
        if self.is_optional {
            struct_ser.serialize_field("isOptional", &self.is_optional)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for component_inputs_spec::ArtifactSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_type",
            "artifactType",
            "is_artifact_list",
            "isArtifactList",
            "is_optional",
            "isOptional",
            "description",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactType,
            IsArtifactList,
            IsOptional,
            Description,
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
                            "artifactType" | "artifact_type" => Ok(GeneratedField::ArtifactType),
                            "isArtifactList" | "is_artifact_list" => Ok(GeneratedField::IsArtifactList),
                            "isOptional" | "is_optional" => Ok(GeneratedField::IsOptional),
                            "description" => Ok(GeneratedField::Description),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = component_inputs_spec::ArtifactSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentInputsSpec.ArtifactSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<component_inputs_spec::ArtifactSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_type__ = None;
                let mut is_artifact_list__ = None;
                let mut is_optional__ = None;
                let mut description__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactType => {
                            if artifact_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactType"));
                            }
                            artifact_type__ = map_.next_value()?;
                        }
                        GeneratedField::IsArtifactList => {
                            if is_artifact_list__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isArtifactList"));
                            }
                            is_artifact_list__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IsOptional => {
                            if is_optional__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isOptional"));
                            }
                            is_optional__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(component_inputs_spec::ArtifactSpec {
                    artifact_type: artifact_type__,
                    is_artifact_list: is_artifact_list__.unwrap_or_default(),
                    is_optional: is_optional__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentInputsSpec.ArtifactSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for component_inputs_spec::ParameterSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.r#type != 0 {
            len += 1;
        }
        if self.parameter_type != 0 {
            len += 1;
        }
        if self.default_value.is_some() {
            len += 1;
        }
        if self.is_optional {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.literals.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentInputsSpec.ParameterSpec", len)?;
        if self.r#type != 0 {
            let v = primitive_type::PrimitiveTypeEnum::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        if self.parameter_type != 0 {
            let v = parameter_type::ParameterTypeEnum::try_from(self.parameter_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.parameter_type)))?;
            struct_ser.serialize_field("parameterType", &v)?;
        }
        if let Some(v) = self.default_value.as_ref() {
            struct_ser.serialize_field("defaultValue", v)?;
        }
        if self.is_optional {
            struct_ser.serialize_field("isOptional", &self.is_optional)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.literals.is_empty() {
            struct_ser.serialize_field("literals", &self.literals)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for component_inputs_spec::ParameterSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "parameter_type",
            "parameterType",
            "default_value",
            "defaultValue",
            "is_optional",
            "isOptional",
            "description",
            "literals",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            ParameterType,
            DefaultValue,
            IsOptional,
            Description,
            Literals,
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
                            "type" => Ok(GeneratedField::Type),
                            "parameterType" | "parameter_type" => Ok(GeneratedField::ParameterType),
                            "defaultValue" | "default_value" => Ok(GeneratedField::DefaultValue),
                            "isOptional" | "is_optional" => Ok(GeneratedField::IsOptional),
                            "description" => Ok(GeneratedField::Description),
                            "literals" => Ok(GeneratedField::Literals),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = component_inputs_spec::ParameterSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentInputsSpec.ParameterSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<component_inputs_spec::ParameterSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut parameter_type__ = None;
                let mut default_value__ = None;
                let mut is_optional__ = None;
                let mut description__ = None;
                let mut literals__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<primitive_type::PrimitiveTypeEnum>()? as i32);
                        }
                        GeneratedField::ParameterType => {
                            if parameter_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterType"));
                            }
                            parameter_type__ = Some(map_.next_value::<parameter_type::ParameterTypeEnum>()? as i32);
                        }
                        GeneratedField::DefaultValue => {
                            if default_value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultValue"));
                            }
                            default_value__ = map_.next_value()?;
                        }
                        GeneratedField::IsOptional => {
                            if is_optional__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isOptional"));
                            }
                            is_optional__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Literals => {
                            if literals__.is_some() {
                                return Err(serde::de::Error::duplicate_field("literals"));
                            }
                            literals__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(component_inputs_spec::ParameterSpec {
                    r#type: r#type__.unwrap_or_default(),
                    parameter_type: parameter_type__.unwrap_or_default(),
                    default_value: default_value__,
                    is_optional: is_optional__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    literals: literals__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentInputsSpec.ParameterSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ComponentOutputsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.parameters.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentOutputsSpec", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ComponentOutputsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "parameters",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            Parameters,
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
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "parameters" => Ok(GeneratedField::Parameters),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ComponentOutputsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentOutputsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ComponentOutputsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut parameters__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ComponentOutputsSpec {
                    artifacts: artifacts__.unwrap_or_default(),
                    parameters: parameters__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentOutputsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for component_outputs_spec::ArtifactSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact_type.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if !self.custom_properties.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.is_artifact_list {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentOutputsSpec.ArtifactSpec", len)?;
        if let Some(v) = self.artifact_type.as_ref() {
            struct_ser.serialize_field("artifactType", v)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if !self.custom_properties.is_empty() {
            struct_ser.serialize_field("customProperties", &self.custom_properties)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if self.is_artifact_list {
            struct_ser.serialize_field("isArtifactList", &self.is_artifact_list)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for component_outputs_spec::ArtifactSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_type",
            "artifactType",
            "properties",
            "custom_properties",
            "customProperties",
            "metadata",
            "is_artifact_list",
            "isArtifactList",
            "description",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactType,
            Properties,
            CustomProperties,
            Metadata,
            IsArtifactList,
            Description,
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
                            "artifactType" | "artifact_type" => Ok(GeneratedField::ArtifactType),
                            "properties" => Ok(GeneratedField::Properties),
                            "customProperties" | "custom_properties" => Ok(GeneratedField::CustomProperties),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "isArtifactList" | "is_artifact_list" => Ok(GeneratedField::IsArtifactList),
                            "description" => Ok(GeneratedField::Description),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = component_outputs_spec::ArtifactSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentOutputsSpec.ArtifactSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<component_outputs_spec::ArtifactSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_type__ = None;
                let mut properties__ = None;
                let mut custom_properties__ = None;
                let mut metadata__ = None;
                let mut is_artifact_list__ = None;
                let mut description__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactType => {
                            if artifact_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactType"));
                            }
                            artifact_type__ = map_.next_value()?;
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::CustomProperties => {
                            if custom_properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customProperties"));
                            }
                            custom_properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::IsArtifactList => {
                            if is_artifact_list__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isArtifactList"));
                            }
                            is_artifact_list__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(component_outputs_spec::ArtifactSpec {
                    artifact_type: artifact_type__,
                    properties: properties__.unwrap_or_default(),
                    custom_properties: custom_properties__.unwrap_or_default(),
                    metadata: metadata__,
                    is_artifact_list: is_artifact_list__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentOutputsSpec.ArtifactSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for component_outputs_spec::ParameterSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.r#type != 0 {
            len += 1;
        }
        if self.parameter_type != 0 {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentOutputsSpec.ParameterSpec", len)?;
        if self.r#type != 0 {
            let v = primitive_type::PrimitiveTypeEnum::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        if self.parameter_type != 0 {
            let v = parameter_type::ParameterTypeEnum::try_from(self.parameter_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.parameter_type)))?;
            struct_ser.serialize_field("parameterType", &v)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for component_outputs_spec::ParameterSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "parameter_type",
            "parameterType",
            "description",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            ParameterType,
            Description,
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
                            "type" => Ok(GeneratedField::Type),
                            "parameterType" | "parameter_type" => Ok(GeneratedField::ParameterType),
                            "description" => Ok(GeneratedField::Description),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = component_outputs_spec::ParameterSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentOutputsSpec.ParameterSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<component_outputs_spec::ParameterSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut parameter_type__ = None;
                let mut description__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<primitive_type::PrimitiveTypeEnum>()? as i32);
                        }
                        GeneratedField::ParameterType => {
                            if parameter_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterType"));
                            }
                            parameter_type__ = Some(map_.next_value::<parameter_type::ParameterTypeEnum>()? as i32);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(component_outputs_spec::ParameterSpec {
                    r#type: r#type__.unwrap_or_default(),
                    parameter_type: parameter_type__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentOutputsSpec.ParameterSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ComponentRef {
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
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentRef", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ComponentRef {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = ComponentRef;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentRef")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ComponentRef, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                Ok(ComponentRef {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentRef", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ComponentSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.input_definitions.is_some() {
            len += 1;
        }
        if self.output_definitions.is_some() {
            len += 1;
        }
        if !self.single_platform_specs.is_empty() {
            len += 1;
        }
        if !self.task_config_passthroughs.is_empty() {
            len += 1;
        }
        if self.implementation.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ComponentSpec", len)?;
        if let Some(v) = self.input_definitions.as_ref() {
            struct_ser.serialize_field("inputDefinitions", v)?;
        }
        if let Some(v) = self.output_definitions.as_ref() {
            struct_ser.serialize_field("outputDefinitions", v)?;
        }
        if !self.single_platform_specs.is_empty() {
            struct_ser.serialize_field("singlePlatformSpecs", &self.single_platform_specs)?;
        }
        if !self.task_config_passthroughs.is_empty() {
            struct_ser.serialize_field("taskConfigPassthroughs", &self.task_config_passthroughs)?;
        }
        if let Some(v) = self.implementation.as_ref() {
            match v {
                component_spec::Implementation::Dag(v) => {
                    struct_ser.serialize_field("dag", v)?;
                }
                component_spec::Implementation::ExecutorLabel(v) => {
                    struct_ser.serialize_field("executorLabel", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ComponentSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "input_definitions",
            "inputDefinitions",
            "output_definitions",
            "outputDefinitions",
            "single_platform_specs",
            "singlePlatformSpecs",
            "task_config_passthroughs",
            "taskConfigPassthroughs",
            "dag",
            "executor_label",
            "executorLabel",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            InputDefinitions,
            OutputDefinitions,
            SinglePlatformSpecs,
            TaskConfigPassthroughs,
            Dag,
            ExecutorLabel,
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
                            "inputDefinitions" | "input_definitions" => Ok(GeneratedField::InputDefinitions),
                            "outputDefinitions" | "output_definitions" => Ok(GeneratedField::OutputDefinitions),
                            "singlePlatformSpecs" | "single_platform_specs" => Ok(GeneratedField::SinglePlatformSpecs),
                            "taskConfigPassthroughs" | "task_config_passthroughs" => Ok(GeneratedField::TaskConfigPassthroughs),
                            "dag" => Ok(GeneratedField::Dag),
                            "executorLabel" | "executor_label" => Ok(GeneratedField::ExecutorLabel),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ComponentSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ComponentSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ComponentSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut input_definitions__ = None;
                let mut output_definitions__ = None;
                let mut single_platform_specs__ = None;
                let mut task_config_passthroughs__ = None;
                let mut implementation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::InputDefinitions => {
                            if input_definitions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputDefinitions"));
                            }
                            input_definitions__ = map_.next_value()?;
                        }
                        GeneratedField::OutputDefinitions => {
                            if output_definitions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputDefinitions"));
                            }
                            output_definitions__ = map_.next_value()?;
                        }
                        GeneratedField::SinglePlatformSpecs => {
                            if single_platform_specs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("singlePlatformSpecs"));
                            }
                            single_platform_specs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TaskConfigPassthroughs => {
                            if task_config_passthroughs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskConfigPassthroughs"));
                            }
                            task_config_passthroughs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Dag => {
                            if implementation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dag"));
                            }
                            implementation__ = map_.next_value::<::std::option::Option<_>>()?.map(component_spec::Implementation::Dag)
;
                        }
                        GeneratedField::ExecutorLabel => {
                            if implementation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executorLabel"));
                            }
                            implementation__ = map_.next_value::<::std::option::Option<_>>()?.map(component_spec::Implementation::ExecutorLabel);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ComponentSpec {
                    input_definitions: input_definitions__,
                    output_definitions: output_definitions__,
                    single_platform_specs: single_platform_specs__.unwrap_or_default(),
                    task_config_passthroughs: task_config_passthroughs__.unwrap_or_default(),
                    implementation: implementation__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ComponentSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DagOutputsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.parameters.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagOutputsSpec", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DagOutputsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "parameters",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            Parameters,
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
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "parameters" => Ok(GeneratedField::Parameters),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DagOutputsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagOutputsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DagOutputsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut parameters__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DagOutputsSpec {
                    artifacts: artifacts__.unwrap_or_default(),
                    parameters: parameters__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagOutputsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for dag_outputs_spec::ArtifactSelectorSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.producer_subtask.is_empty() {
            len += 1;
        }
        if !self.output_artifact_key.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagOutputsSpec.ArtifactSelectorSpec", len)?;
        if !self.producer_subtask.is_empty() {
            struct_ser.serialize_field("producerSubtask", &self.producer_subtask)?;
        }
        if !self.output_artifact_key.is_empty() {
            struct_ser.serialize_field("outputArtifactKey", &self.output_artifact_key)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for dag_outputs_spec::ArtifactSelectorSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "producer_subtask",
            "producerSubtask",
            "output_artifact_key",
            "outputArtifactKey",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ProducerSubtask,
            OutputArtifactKey,
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
                            "producerSubtask" | "producer_subtask" => Ok(GeneratedField::ProducerSubtask),
                            "outputArtifactKey" | "output_artifact_key" => Ok(GeneratedField::OutputArtifactKey),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = dag_outputs_spec::ArtifactSelectorSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagOutputsSpec.ArtifactSelectorSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<dag_outputs_spec::ArtifactSelectorSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut producer_subtask__ = None;
                let mut output_artifact_key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ProducerSubtask => {
                            if producer_subtask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("producerSubtask"));
                            }
                            producer_subtask__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputArtifactKey => {
                            if output_artifact_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputArtifactKey"));
                            }
                            output_artifact_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(dag_outputs_spec::ArtifactSelectorSpec {
                    producer_subtask: producer_subtask__.unwrap_or_default(),
                    output_artifact_key: output_artifact_key__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagOutputsSpec.ArtifactSelectorSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for dag_outputs_spec::DagOutputArtifactSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_selectors.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagOutputsSpec.DagOutputArtifactSpec", len)?;
        if !self.artifact_selectors.is_empty() {
            struct_ser.serialize_field("artifactSelectors", &self.artifact_selectors)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for dag_outputs_spec::DagOutputArtifactSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_selectors",
            "artifactSelectors",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactSelectors,
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
                            "artifactSelectors" | "artifact_selectors" => Ok(GeneratedField::ArtifactSelectors),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = dag_outputs_spec::DagOutputArtifactSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagOutputsSpec.DagOutputArtifactSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<dag_outputs_spec::DagOutputArtifactSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_selectors__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactSelectors => {
                            if artifact_selectors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactSelectors"));
                            }
                            artifact_selectors__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(dag_outputs_spec::DagOutputArtifactSpec {
                    artifact_selectors: artifact_selectors__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagOutputsSpec.DagOutputArtifactSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for dag_outputs_spec::DagOutputParameterSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagOutputsSpec.DagOutputParameterSpec", len)?;
        if let Some(v) = self.kind.as_ref() {
            match v {
                dag_outputs_spec::dag_output_parameter_spec::Kind::ValueFromParameter(v) => {
                    struct_ser.serialize_field("valueFromParameter", v)?;
                }
                dag_outputs_spec::dag_output_parameter_spec::Kind::ValueFromOneof(v) => {
                    struct_ser.serialize_field("valueFromOneof", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for dag_outputs_spec::DagOutputParameterSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "value_from_parameter",
            "valueFromParameter",
            "value_from_oneof",
            "valueFromOneof",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ValueFromParameter,
            ValueFromOneof,
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
                            "valueFromParameter" | "value_from_parameter" => Ok(GeneratedField::ValueFromParameter),
                            "valueFromOneof" | "value_from_oneof" => Ok(GeneratedField::ValueFromOneof),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = dag_outputs_spec::DagOutputParameterSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagOutputsSpec.DagOutputParameterSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<dag_outputs_spec::DagOutputParameterSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ValueFromParameter => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("valueFromParameter"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(dag_outputs_spec::dag_output_parameter_spec::Kind::ValueFromParameter)
;
                        }
                        GeneratedField::ValueFromOneof => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("valueFromOneof"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(dag_outputs_spec::dag_output_parameter_spec::Kind::ValueFromOneof)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(dag_outputs_spec::DagOutputParameterSpec {
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagOutputsSpec.DagOutputParameterSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for dag_outputs_spec::MapParameterSelectorsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.mapped_parameters.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagOutputsSpec.MapParameterSelectorsSpec", len)?;
        if !self.mapped_parameters.is_empty() {
            struct_ser.serialize_field("mappedParameters", &self.mapped_parameters)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for dag_outputs_spec::MapParameterSelectorsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "mapped_parameters",
            "mappedParameters",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MappedParameters,
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
                            "mappedParameters" | "mapped_parameters" => Ok(GeneratedField::MappedParameters),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = dag_outputs_spec::MapParameterSelectorsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagOutputsSpec.MapParameterSelectorsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<dag_outputs_spec::MapParameterSelectorsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut mapped_parameters__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MappedParameters => {
                            if mapped_parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mappedParameters"));
                            }
                            mapped_parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(dag_outputs_spec::MapParameterSelectorsSpec {
                    mapped_parameters: mapped_parameters__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagOutputsSpec.MapParameterSelectorsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for dag_outputs_spec::ParameterSelectorSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.producer_subtask.is_empty() {
            len += 1;
        }
        if !self.output_parameter_key.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagOutputsSpec.ParameterSelectorSpec", len)?;
        if !self.producer_subtask.is_empty() {
            struct_ser.serialize_field("producerSubtask", &self.producer_subtask)?;
        }
        if !self.output_parameter_key.is_empty() {
            struct_ser.serialize_field("outputParameterKey", &self.output_parameter_key)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for dag_outputs_spec::ParameterSelectorSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "producer_subtask",
            "producerSubtask",
            "output_parameter_key",
            "outputParameterKey",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ProducerSubtask,
            OutputParameterKey,
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
                            "producerSubtask" | "producer_subtask" => Ok(GeneratedField::ProducerSubtask),
                            "outputParameterKey" | "output_parameter_key" => Ok(GeneratedField::OutputParameterKey),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = dag_outputs_spec::ParameterSelectorSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagOutputsSpec.ParameterSelectorSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<dag_outputs_spec::ParameterSelectorSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut producer_subtask__ = None;
                let mut output_parameter_key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ProducerSubtask => {
                            if producer_subtask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("producerSubtask"));
                            }
                            producer_subtask__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputParameterKey => {
                            if output_parameter_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputParameterKey"));
                            }
                            output_parameter_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(dag_outputs_spec::ParameterSelectorSpec {
                    producer_subtask: producer_subtask__.unwrap_or_default(),
                    output_parameter_key: output_parameter_key__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagOutputsSpec.ParameterSelectorSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for dag_outputs_spec::ParameterSelectorsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameter_selectors.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagOutputsSpec.ParameterSelectorsSpec", len)?;
        if !self.parameter_selectors.is_empty() {
            struct_ser.serialize_field("parameterSelectors", &self.parameter_selectors)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for dag_outputs_spec::ParameterSelectorsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameter_selectors",
            "parameterSelectors",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParameterSelectors,
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
                            "parameterSelectors" | "parameter_selectors" => Ok(GeneratedField::ParameterSelectors),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = dag_outputs_spec::ParameterSelectorsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagOutputsSpec.ParameterSelectorsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<dag_outputs_spec::ParameterSelectorsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameter_selectors__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParameterSelectors => {
                            if parameter_selectors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterSelectors"));
                            }
                            parameter_selectors__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(dag_outputs_spec::ParameterSelectorsSpec {
                    parameter_selectors: parameter_selectors__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagOutputsSpec.ParameterSelectorsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DagSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.tasks.is_empty() {
            len += 1;
        }
        if self.outputs.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.DagSpec", len)?;
        if !self.tasks.is_empty() {
            struct_ser.serialize_field("tasks", &self.tasks)?;
        }
        if let Some(v) = self.outputs.as_ref() {
            struct_ser.serialize_field("outputs", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DagSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tasks",
            "outputs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Tasks,
            Outputs,
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
                            "tasks" => Ok(GeneratedField::Tasks),
                            "outputs" => Ok(GeneratedField::Outputs),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DagSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.DagSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DagSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tasks__ = None;
                let mut outputs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Tasks => {
                            if tasks__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tasks"));
                            }
                            tasks__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Outputs => {
                            if outputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputs"));
                            }
                            outputs__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DagSpec {
                    tasks: tasks__.unwrap_or_default(),
                    outputs: outputs__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.DagSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutorInput {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.inputs.is_some() {
            len += 1;
        }
        if self.outputs.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ExecutorInput", len)?;
        if let Some(v) = self.inputs.as_ref() {
            struct_ser.serialize_field("inputs", v)?;
        }
        if let Some(v) = self.outputs.as_ref() {
            struct_ser.serialize_field("outputs", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutorInput {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "inputs",
            "outputs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Inputs,
            Outputs,
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
                            "inputs" => Ok(GeneratedField::Inputs),
                            "outputs" => Ok(GeneratedField::Outputs),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutorInput;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ExecutorInput")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutorInput, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut inputs__ = None;
                let mut outputs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Inputs => {
                            if inputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputs"));
                            }
                            inputs__ = map_.next_value()?;
                        }
                        GeneratedField::Outputs => {
                            if outputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputs"));
                            }
                            outputs__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ExecutorInput {
                    inputs: inputs__,
                    outputs: outputs__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ExecutorInput", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for executor_input::Inputs {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameters.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.parameter_values.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ExecutorInput.Inputs", len)?;
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.parameter_values.is_empty() {
            struct_ser.serialize_field("parameterValues", &self.parameter_values)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for executor_input::Inputs {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameters",
            "artifacts",
            "parameter_values",
            "parameterValues",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parameters,
            Artifacts,
            ParameterValues,
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
                            "parameters" => Ok(GeneratedField::Parameters),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "parameterValues" | "parameter_values" => Ok(GeneratedField::ParameterValues),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = executor_input::Inputs;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ExecutorInput.Inputs")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<executor_input::Inputs, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameters__ = None;
                let mut artifacts__ = None;
                let mut parameter_values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::ParameterValues => {
                            if parameter_values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterValues"));
                            }
                            parameter_values__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(executor_input::Inputs {
                    parameters: parameters__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                    parameter_values: parameter_values__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ExecutorInput.Inputs", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for executor_input::OutputParameter {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.output_file.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ExecutorInput.OutputParameter", len)?;
        if !self.output_file.is_empty() {
            struct_ser.serialize_field("outputFile", &self.output_file)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for executor_input::OutputParameter {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "output_file",
            "outputFile",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OutputFile,
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
                            "outputFile" | "output_file" => Ok(GeneratedField::OutputFile),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = executor_input::OutputParameter;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ExecutorInput.OutputParameter")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<executor_input::OutputParameter, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut output_file__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OutputFile => {
                            if output_file__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputFile"));
                            }
                            output_file__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(executor_input::OutputParameter {
                    output_file: output_file__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ExecutorInput.OutputParameter", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for executor_input::Outputs {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameters.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.output_file.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ExecutorInput.Outputs", len)?;
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.output_file.is_empty() {
            struct_ser.serialize_field("outputFile", &self.output_file)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for executor_input::Outputs {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameters",
            "artifacts",
            "output_file",
            "outputFile",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parameters,
            Artifacts,
            OutputFile,
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
                            "parameters" => Ok(GeneratedField::Parameters),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "outputFile" | "output_file" => Ok(GeneratedField::OutputFile),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = executor_input::Outputs;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ExecutorInput.Outputs")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<executor_input::Outputs, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameters__ = None;
                let mut artifacts__ = None;
                let mut output_file__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::OutputFile => {
                            if output_file__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputFile"));
                            }
                            output_file__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(executor_input::Outputs {
                    parameters: parameters__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                    output_file: output_file__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ExecutorInput.Outputs", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutorOutput {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameters.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.parameter_values.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ExecutorOutput", len)?;
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.parameter_values.is_empty() {
            struct_ser.serialize_field("parameterValues", &self.parameter_values)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutorOutput {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameters",
            "artifacts",
            "parameter_values",
            "parameterValues",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parameters,
            Artifacts,
            ParameterValues,
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
                            "parameters" => Ok(GeneratedField::Parameters),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "parameterValues" | "parameter_values" => Ok(GeneratedField::ParameterValues),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutorOutput;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ExecutorOutput")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutorOutput, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameters__ = None;
                let mut artifacts__ = None;
                let mut parameter_values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::ParameterValues => {
                            if parameter_values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterValues"));
                            }
                            parameter_values__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ExecutorOutput {
                    parameters: parameters__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                    parameter_values: parameter_values__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ExecutorOutput", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for KubernetesWorkspaceConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pvc_spec_patch.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.KubernetesWorkspaceConfig", len)?;
        if let Some(v) = self.pvc_spec_patch.as_ref() {
            struct_ser.serialize_field("pvcSpecPatch", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for KubernetesWorkspaceConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pvc_spec_patch",
            "pvcSpecPatch",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PvcSpecPatch,
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
                            "pvcSpecPatch" | "pvc_spec_patch" => Ok(GeneratedField::PvcSpecPatch),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = KubernetesWorkspaceConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.KubernetesWorkspaceConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<KubernetesWorkspaceConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pvc_spec_patch__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PvcSpecPatch => {
                            if pvc_spec_patch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pvcSpecPatch"));
                            }
                            pvc_spec_patch__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(KubernetesWorkspaceConfig {
                    pvc_spec_patch: pvc_spec_patch__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.KubernetesWorkspaceConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ParameterIteratorSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.items.is_some() {
            len += 1;
        }
        if !self.item_input.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ParameterIteratorSpec", len)?;
        if let Some(v) = self.items.as_ref() {
            struct_ser.serialize_field("items", v)?;
        }
        if !self.item_input.is_empty() {
            struct_ser.serialize_field("itemInput", &self.item_input)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ParameterIteratorSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "items",
            "item_input",
            "itemInput",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Items,
            ItemInput,
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
                            "items" => Ok(GeneratedField::Items),
                            "itemInput" | "item_input" => Ok(GeneratedField::ItemInput),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ParameterIteratorSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ParameterIteratorSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ParameterIteratorSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut items__ = None;
                let mut item_input__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Items => {
                            if items__.is_some() {
                                return Err(serde::de::Error::duplicate_field("items"));
                            }
                            items__ = map_.next_value()?;
                        }
                        GeneratedField::ItemInput => {
                            if item_input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("itemInput"));
                            }
                            item_input__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ParameterIteratorSpec {
                    items: items__,
                    item_input: item_input__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ParameterIteratorSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for parameter_iterator_spec::ItemsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ParameterIteratorSpec.ItemsSpec", len)?;
        if let Some(v) = self.kind.as_ref() {
            match v {
                parameter_iterator_spec::items_spec::Kind::Raw(v) => {
                    struct_ser.serialize_field("raw", v)?;
                }
                parameter_iterator_spec::items_spec::Kind::InputParameter(v) => {
                    struct_ser.serialize_field("inputParameter", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for parameter_iterator_spec::ItemsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "raw",
            "input_parameter",
            "inputParameter",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Raw,
            InputParameter,
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
                            "raw" => Ok(GeneratedField::Raw),
                            "inputParameter" | "input_parameter" => Ok(GeneratedField::InputParameter),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = parameter_iterator_spec::ItemsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ParameterIteratorSpec.ItemsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<parameter_iterator_spec::ItemsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Raw => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("raw"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(parameter_iterator_spec::items_spec::Kind::Raw);
                        }
                        GeneratedField::InputParameter => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputParameter"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(parameter_iterator_spec::items_spec::Kind::InputParameter);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(parameter_iterator_spec::ItemsSpec {
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ParameterIteratorSpec.ItemsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ParameterType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_pipelines.ParameterType", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ParameterType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
                            Ok(GeneratedField::__SkipField__)
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ParameterType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ParameterType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ParameterType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(ParameterType {
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ParameterType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for parameter_type::ParameterTypeEnum {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PARAMETER_TYPE_ENUM_UNSPECIFIED",
            Self::NumberDouble => "NUMBER_DOUBLE",
            Self::NumberInteger => "NUMBER_INTEGER",
            Self::String => "STRING",
            Self::Boolean => "BOOLEAN",
            Self::List => "LIST",
            Self::Struct => "STRUCT",
            Self::TaskFinalStatus => "TASK_FINAL_STATUS",
            Self::TaskConfig => "TASK_CONFIG",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for parameter_type::ParameterTypeEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PARAMETER_TYPE_ENUM_UNSPECIFIED",
            "NUMBER_DOUBLE",
            "NUMBER_INTEGER",
            "STRING",
            "BOOLEAN",
            "LIST",
            "STRUCT",
            "TASK_FINAL_STATUS",
            "TASK_CONFIG",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = parameter_type::ParameterTypeEnum;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "PARAMETER_TYPE_ENUM_UNSPECIFIED" => Ok(parameter_type::ParameterTypeEnum::Unspecified),
                    "NUMBER_DOUBLE" => Ok(parameter_type::ParameterTypeEnum::NumberDouble),
                    "NUMBER_INTEGER" => Ok(parameter_type::ParameterTypeEnum::NumberInteger),
                    "STRING" => Ok(parameter_type::ParameterTypeEnum::String),
                    "BOOLEAN" => Ok(parameter_type::ParameterTypeEnum::Boolean),
                    "LIST" => Ok(parameter_type::ParameterTypeEnum::List),
                    "STRUCT" => Ok(parameter_type::ParameterTypeEnum::Struct),
                    "TASK_FINAL_STATUS" => Ok(parameter_type::ParameterTypeEnum::TaskFinalStatus),
                    "TASK_CONFIG" => Ok(parameter_type::ParameterTypeEnum::TaskConfig),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.resource_ttl_on_completion != 0 {
            len += 1;
        }
        if self.workspace.is_some() {
            len += 1;
        }
        if self.resource_ttl_on_success != 0 {
            len += 1;
        }
        if self.resource_ttl_on_failure != 0 {
            len += 1;
        }
        if self.active_deadline_seconds != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineConfig", len)?;
        if self.resource_ttl_on_completion != 0 {
            struct_ser.serialize_field("resourceTtlOnCompletion", &self.resource_ttl_on_completion)?;
        }
        if let Some(v) = self.workspace.as_ref() {
            struct_ser.serialize_field("workspace", v)?;
        }
        if self.resource_ttl_on_success != 0 {
            struct_ser.serialize_field("resourceTtlOnSuccess", &self.resource_ttl_on_success)?;
        }
        if self.resource_ttl_on_failure != 0 {
            struct_ser.serialize_field("resourceTtlOnFailure", &self.resource_ttl_on_failure)?;
        }
        if self.active_deadline_seconds != 0 {
            struct_ser.serialize_field("activeDeadlineSeconds", &self.active_deadline_seconds)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "resource_ttl_on_completion",
            "resourceTtlOnCompletion",
            "workspace",
            "resource_ttl_on_success",
            "resourceTtlOnSuccess",
            "resource_ttl_on_failure",
            "resourceTtlOnFailure",
            "active_deadline_seconds",
            "activeDeadlineSeconds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ResourceTtlOnCompletion,
            Workspace,
            ResourceTtlOnSuccess,
            ResourceTtlOnFailure,
            ActiveDeadlineSeconds,
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
                            "resourceTtlOnCompletion" | "resource_ttl_on_completion" => Ok(GeneratedField::ResourceTtlOnCompletion),
                            "workspace" => Ok(GeneratedField::Workspace),
                            "resourceTtlOnSuccess" | "resource_ttl_on_success" => Ok(GeneratedField::ResourceTtlOnSuccess),
                            "resourceTtlOnFailure" | "resource_ttl_on_failure" => Ok(GeneratedField::ResourceTtlOnFailure),
                            "activeDeadlineSeconds" | "active_deadline_seconds" => Ok(GeneratedField::ActiveDeadlineSeconds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut resource_ttl_on_completion__ = None;
                let mut workspace__ = None;
                let mut resource_ttl_on_success__ = None;
                let mut resource_ttl_on_failure__ = None;
                let mut active_deadline_seconds__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ResourceTtlOnCompletion => {
                            if resource_ttl_on_completion__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTtlOnCompletion"));
                            }
                            resource_ttl_on_completion__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Workspace => {
                            if workspace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workspace"));
                            }
                            workspace__ = map_.next_value()?;
                        }
                        GeneratedField::ResourceTtlOnSuccess => {
                            if resource_ttl_on_success__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTtlOnSuccess"));
                            }
                            resource_ttl_on_success__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ResourceTtlOnFailure => {
                            if resource_ttl_on_failure__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTtlOnFailure"));
                            }
                            resource_ttl_on_failure__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ActiveDeadlineSeconds => {
                            if active_deadline_seconds__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeDeadlineSeconds"));
                            }
                            active_deadline_seconds__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelineConfig {
                    resource_ttl_on_completion: resource_ttl_on_completion__.unwrap_or_default(),
                    workspace: workspace__,
                    resource_ttl_on_success: resource_ttl_on_success__.unwrap_or_default(),
                    resource_ttl_on_failure: resource_ttl_on_failure__.unwrap_or_default(),
                    active_deadline_seconds: active_deadline_seconds__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineDeploymentConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executors.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig", len)?;
        if !self.executors.is_empty() {
            struct_ser.serialize_field("executors", &self.executors)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineDeploymentConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executors",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executors,
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
                            "executors" => Ok(GeneratedField::Executors),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineDeploymentConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineDeploymentConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executors__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executors => {
                            if executors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executors"));
                            }
                            executors__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelineDeploymentConfig {
                    executors: executors__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::AiPlatformCustomJobSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.custom_job.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.AIPlatformCustomJobSpec", len)?;
        if let Some(v) = self.custom_job.as_ref() {
            struct_ser.serialize_field("customJob", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::AiPlatformCustomJobSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "custom_job",
            "customJob",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CustomJob,
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
                            "customJob" | "custom_job" => Ok(GeneratedField::CustomJob),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::AiPlatformCustomJobSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.AIPlatformCustomJobSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::AiPlatformCustomJobSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut custom_job__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CustomJob => {
                            if custom_job__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customJob"));
                            }
                            custom_job__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::AiPlatformCustomJobSpec {
                    custom_job: custom_job__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.AIPlatformCustomJobSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::ExecutorSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.spec.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.ExecutorSpec", len)?;
        if let Some(v) = self.spec.as_ref() {
            match v {
                pipeline_deployment_config::executor_spec::Spec::Container(v) => {
                    struct_ser.serialize_field("container", v)?;
                }
                pipeline_deployment_config::executor_spec::Spec::Importer(v) => {
                    struct_ser.serialize_field("importer", v)?;
                }
                pipeline_deployment_config::executor_spec::Spec::Resolver(v) => {
                    struct_ser.serialize_field("resolver", v)?;
                }
                pipeline_deployment_config::executor_spec::Spec::CustomJob(v) => {
                    struct_ser.serialize_field("customJob", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::ExecutorSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "container",
            "importer",
            "resolver",
            "custom_job",
            "customJob",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Container,
            Importer,
            Resolver,
            CustomJob,
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
                            "container" => Ok(GeneratedField::Container),
                            "importer" => Ok(GeneratedField::Importer),
                            "resolver" => Ok(GeneratedField::Resolver),
                            "customJob" | "custom_job" => Ok(GeneratedField::CustomJob),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::ExecutorSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.ExecutorSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::ExecutorSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut spec__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Container => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("container"));
                            }
                            spec__ = map_.next_value::<::std::option::Option<_>>()?.map(pipeline_deployment_config::executor_spec::Spec::Container)
;
                        }
                        GeneratedField::Importer => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("importer"));
                            }
                            spec__ = map_.next_value::<::std::option::Option<_>>()?.map(pipeline_deployment_config::executor_spec::Spec::Importer)
;
                        }
                        GeneratedField::Resolver => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resolver"));
                            }
                            spec__ = map_.next_value::<::std::option::Option<_>>()?.map(pipeline_deployment_config::executor_spec::Spec::Resolver)
;
                        }
                        GeneratedField::CustomJob => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customJob"));
                            }
                            spec__ = map_.next_value::<::std::option::Option<_>>()?.map(pipeline_deployment_config::executor_spec::Spec::CustomJob)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::ExecutorSpec {
                    spec: spec__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.ExecutorSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::ImporterSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact_uri.is_some() {
            len += 1;
        }
        if self.type_schema.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if !self.custom_properties.is_empty() {
            len += 1;
        }
        if self.reimport {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.download_to_workspace {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.ImporterSpec", len)?;
        if let Some(v) = self.artifact_uri.as_ref() {
            struct_ser.serialize_field("artifactUri", v)?;
        }
        if let Some(v) = self.type_schema.as_ref() {
            struct_ser.serialize_field("typeSchema", v)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if !self.custom_properties.is_empty() {
            struct_ser.serialize_field("customProperties", &self.custom_properties)?;
        }
        if self.reimport {
            struct_ser.serialize_field("reimport", &self.reimport)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if self.download_to_workspace {
            struct_ser.serialize_field("downloadToWorkspace", &self.download_to_workspace)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::ImporterSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_uri",
            "artifactUri",
            "type_schema",
            "typeSchema",
            "properties",
            "custom_properties",
            "customProperties",
            "reimport",
            "metadata",
            "download_to_workspace",
            "downloadToWorkspace",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactUri,
            TypeSchema,
            Properties,
            CustomProperties,
            Reimport,
            Metadata,
            DownloadToWorkspace,
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
                            "artifactUri" | "artifact_uri" => Ok(GeneratedField::ArtifactUri),
                            "typeSchema" | "type_schema" => Ok(GeneratedField::TypeSchema),
                            "properties" => Ok(GeneratedField::Properties),
                            "customProperties" | "custom_properties" => Ok(GeneratedField::CustomProperties),
                            "reimport" => Ok(GeneratedField::Reimport),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "downloadToWorkspace" | "download_to_workspace" => Ok(GeneratedField::DownloadToWorkspace),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::ImporterSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.ImporterSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::ImporterSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_uri__ = None;
                let mut type_schema__ = None;
                let mut properties__ = None;
                let mut custom_properties__ = None;
                let mut reimport__ = None;
                let mut metadata__ = None;
                let mut download_to_workspace__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactUri => {
                            if artifact_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactUri"));
                            }
                            artifact_uri__ = map_.next_value()?;
                        }
                        GeneratedField::TypeSchema => {
                            if type_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeSchema"));
                            }
                            type_schema__ = map_.next_value()?;
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::CustomProperties => {
                            if custom_properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customProperties"));
                            }
                            custom_properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Reimport => {
                            if reimport__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reimport"));
                            }
                            reimport__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::DownloadToWorkspace => {
                            if download_to_workspace__.is_some() {
                                return Err(serde::de::Error::duplicate_field("downloadToWorkspace"));
                            }
                            download_to_workspace__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::ImporterSpec {
                    artifact_uri: artifact_uri__,
                    type_schema: type_schema__,
                    properties: properties__.unwrap_or_default(),
                    custom_properties: custom_properties__.unwrap_or_default(),
                    reimport: reimport__.unwrap_or_default(),
                    metadata: metadata__,
                    download_to_workspace: download_to_workspace__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.ImporterSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::PipelineContainerSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.image.is_empty() {
            len += 1;
        }
        if !self.command.is_empty() {
            len += 1;
        }
        if !self.args.is_empty() {
            len += 1;
        }
        if self.lifecycle.is_some() {
            len += 1;
        }
        if self.resources.is_some() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec", len)?;
        if !self.image.is_empty() {
            struct_ser.serialize_field("image", &self.image)?;
        }
        if !self.command.is_empty() {
            struct_ser.serialize_field("command", &self.command)?;
        }
        if !self.args.is_empty() {
            struct_ser.serialize_field("args", &self.args)?;
        }
        if let Some(v) = self.lifecycle.as_ref() {
            struct_ser.serialize_field("lifecycle", v)?;
        }
        if let Some(v) = self.resources.as_ref() {
            struct_ser.serialize_field("resources", v)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::PipelineContainerSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "image",
            "command",
            "args",
            "lifecycle",
            "resources",
            "env",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Image,
            Command,
            Args,
            Lifecycle,
            Resources,
            Env,
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
                            "image" => Ok(GeneratedField::Image),
                            "command" => Ok(GeneratedField::Command),
                            "args" => Ok(GeneratedField::Args),
                            "lifecycle" => Ok(GeneratedField::Lifecycle),
                            "resources" => Ok(GeneratedField::Resources),
                            "env" => Ok(GeneratedField::Env),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::PipelineContainerSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::PipelineContainerSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut image__ = None;
                let mut command__ = None;
                let mut args__ = None;
                let mut lifecycle__ = None;
                let mut resources__ = None;
                let mut env__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Command => {
                            if command__.is_some() {
                                return Err(serde::de::Error::duplicate_field("command"));
                            }
                            command__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Args => {
                            if args__.is_some() {
                                return Err(serde::de::Error::duplicate_field("args"));
                            }
                            args__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Lifecycle => {
                            if lifecycle__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lifecycle"));
                            }
                            lifecycle__ = map_.next_value()?;
                        }
                        GeneratedField::Resources => {
                            if resources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resources"));
                            }
                            resources__ = map_.next_value()?;
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::PipelineContainerSpec {
                    image: image__.unwrap_or_default(),
                    command: command__.unwrap_or_default(),
                    args: args__.unwrap_or_default(),
                    lifecycle: lifecycle__,
                    resources: resources__,
                    env: env__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::pipeline_container_spec::EnvVar {
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
        if !self.value.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.EnvVar", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::pipeline_container_spec::EnvVar {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Value,
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
                            "value" => Ok(GeneratedField::Value),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::pipeline_container_spec::EnvVar;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.EnvVar")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::pipeline_container_spec::EnvVar, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::pipeline_container_spec::EnvVar {
                    name: name__.unwrap_or_default(),
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.EnvVar", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::pipeline_container_spec::Lifecycle {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pre_cache_check.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle", len)?;
        if let Some(v) = self.pre_cache_check.as_ref() {
            struct_ser.serialize_field("preCacheCheck", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::pipeline_container_spec::Lifecycle {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pre_cache_check",
            "preCacheCheck",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PreCacheCheck,
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
                            "preCacheCheck" | "pre_cache_check" => Ok(GeneratedField::PreCacheCheck),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::pipeline_container_spec::Lifecycle;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::pipeline_container_spec::Lifecycle, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pre_cache_check__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PreCacheCheck => {
                            if pre_cache_check__.is_some() {
                                return Err(serde::de::Error::duplicate_field("preCacheCheck"));
                            }
                            pre_cache_check__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::pipeline_container_spec::Lifecycle {
                    pre_cache_check: pre_cache_check__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::pipeline_container_spec::lifecycle::Exec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.command.is_empty() {
            len += 1;
        }
        if !self.args.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec", len)?;
        if !self.command.is_empty() {
            struct_ser.serialize_field("command", &self.command)?;
        }
        if !self.args.is_empty() {
            struct_ser.serialize_field("args", &self.args)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::pipeline_container_spec::lifecycle::Exec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "command",
            "args",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Command,
            Args,
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
                            "command" => Ok(GeneratedField::Command),
                            "args" => Ok(GeneratedField::Args),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::pipeline_container_spec::lifecycle::Exec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::pipeline_container_spec::lifecycle::Exec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut command__ = None;
                let mut args__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Command => {
                            if command__.is_some() {
                                return Err(serde::de::Error::duplicate_field("command"));
                            }
                            command__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Args => {
                            if args__.is_some() {
                                return Err(serde::de::Error::duplicate_field("args"));
                            }
                            args__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::pipeline_container_spec::lifecycle::Exec {
                    command: command__.unwrap_or_default(),
                    args: args__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.Lifecycle.Exec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::pipeline_container_spec::ResourceSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.cpu_limit != 0. {
            len += 1;
        }
        if self.memory_limit != 0. {
            len += 1;
        }
        if self.cpu_request != 0. {
            len += 1;
        }
        if self.memory_request != 0. {
            len += 1;
        }
        if !self.resource_cpu_limit.is_empty() {
            len += 1;
        }
        if !self.resource_memory_limit.is_empty() {
            len += 1;
        }
        if !self.resource_cpu_request.is_empty() {
            len += 1;
        }
        if !self.resource_memory_request.is_empty() {
            len += 1;
        }
        if self.accelerator.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec", len)?;
        if self.cpu_limit != 0. {
            struct_ser.serialize_field("cpuLimit", &self.cpu_limit)?;
        }
        if self.memory_limit != 0. {
            struct_ser.serialize_field("memoryLimit", &self.memory_limit)?;
        }
        if self.cpu_request != 0. {
            struct_ser.serialize_field("cpuRequest", &self.cpu_request)?;
        }
        if self.memory_request != 0. {
            struct_ser.serialize_field("memoryRequest", &self.memory_request)?;
        }
        if !self.resource_cpu_limit.is_empty() {
            struct_ser.serialize_field("resourceCpuLimit", &self.resource_cpu_limit)?;
        }
        if !self.resource_memory_limit.is_empty() {
            struct_ser.serialize_field("resourceMemoryLimit", &self.resource_memory_limit)?;
        }
        if !self.resource_cpu_request.is_empty() {
            struct_ser.serialize_field("resourceCpuRequest", &self.resource_cpu_request)?;
        }
        if !self.resource_memory_request.is_empty() {
            struct_ser.serialize_field("resourceMemoryRequest", &self.resource_memory_request)?;
        }
        if let Some(v) = self.accelerator.as_ref() {
            struct_ser.serialize_field("accelerator", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::pipeline_container_spec::ResourceSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "cpu_limit",
            "cpuLimit",
            "memory_limit",
            "memoryLimit",
            "cpu_request",
            "cpuRequest",
            "memory_request",
            "memoryRequest",
            "resource_cpu_limit",
            "resourceCpuLimit",
            "resource_memory_limit",
            "resourceMemoryLimit",
            "resource_cpu_request",
            "resourceCpuRequest",
            "resource_memory_request",
            "resourceMemoryRequest",
            "accelerator",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CpuLimit,
            MemoryLimit,
            CpuRequest,
            MemoryRequest,
            ResourceCpuLimit,
            ResourceMemoryLimit,
            ResourceCpuRequest,
            ResourceMemoryRequest,
            Accelerator,
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
                            "cpuLimit" | "cpu_limit" => Ok(GeneratedField::CpuLimit),
                            "memoryLimit" | "memory_limit" => Ok(GeneratedField::MemoryLimit),
                            "cpuRequest" | "cpu_request" => Ok(GeneratedField::CpuRequest),
                            "memoryRequest" | "memory_request" => Ok(GeneratedField::MemoryRequest),
                            "resourceCpuLimit" | "resource_cpu_limit" => Ok(GeneratedField::ResourceCpuLimit),
                            "resourceMemoryLimit" | "resource_memory_limit" => Ok(GeneratedField::ResourceMemoryLimit),
                            "resourceCpuRequest" | "resource_cpu_request" => Ok(GeneratedField::ResourceCpuRequest),
                            "resourceMemoryRequest" | "resource_memory_request" => Ok(GeneratedField::ResourceMemoryRequest),
                            "accelerator" => Ok(GeneratedField::Accelerator),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::pipeline_container_spec::ResourceSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::pipeline_container_spec::ResourceSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut cpu_limit__ = None;
                let mut memory_limit__ = None;
                let mut cpu_request__ = None;
                let mut memory_request__ = None;
                let mut resource_cpu_limit__ = None;
                let mut resource_memory_limit__ = None;
                let mut resource_cpu_request__ = None;
                let mut resource_memory_request__ = None;
                let mut accelerator__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CpuLimit => {
                            if cpu_limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cpuLimit"));
                            }
                            cpu_limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MemoryLimit => {
                            if memory_limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memoryLimit"));
                            }
                            memory_limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CpuRequest => {
                            if cpu_request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cpuRequest"));
                            }
                            cpu_request__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MemoryRequest => {
                            if memory_request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memoryRequest"));
                            }
                            memory_request__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ResourceCpuLimit => {
                            if resource_cpu_limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceCpuLimit"));
                            }
                            resource_cpu_limit__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResourceMemoryLimit => {
                            if resource_memory_limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceMemoryLimit"));
                            }
                            resource_memory_limit__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResourceCpuRequest => {
                            if resource_cpu_request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceCpuRequest"));
                            }
                            resource_cpu_request__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResourceMemoryRequest => {
                            if resource_memory_request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceMemoryRequest"));
                            }
                            resource_memory_request__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Accelerator => {
                            if accelerator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accelerator"));
                            }
                            accelerator__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::pipeline_container_spec::ResourceSpec {
                    cpu_limit: cpu_limit__.unwrap_or_default(),
                    memory_limit: memory_limit__.unwrap_or_default(),
                    cpu_request: cpu_request__.unwrap_or_default(),
                    memory_request: memory_request__.unwrap_or_default(),
                    resource_cpu_limit: resource_cpu_limit__.unwrap_or_default(),
                    resource_memory_limit: resource_memory_limit__.unwrap_or_default(),
                    resource_cpu_request: resource_cpu_request__.unwrap_or_default(),
                    resource_memory_request: resource_memory_request__.unwrap_or_default(),
                    accelerator: accelerator__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::pipeline_container_spec::resource_spec::AcceleratorConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.r#type.is_empty() {
            len += 1;
        }
        if self.count != 0 {
            len += 1;
        }
        if !self.resource_type.is_empty() {
            len += 1;
        }
        if !self.resource_count.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig", len)?;
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if self.count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("count", ToString::to_string(&self.count).as_str())?;
        }
        if !self.resource_type.is_empty() {
            struct_ser.serialize_field("resourceType", &self.resource_type)?;
        }
        if !self.resource_count.is_empty() {
            struct_ser.serialize_field("resourceCount", &self.resource_count)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::pipeline_container_spec::resource_spec::AcceleratorConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "count",
            "resource_type",
            "resourceType",
            "resource_count",
            "resourceCount",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Count,
            ResourceType,
            ResourceCount,
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
                            "type" => Ok(GeneratedField::Type),
                            "count" => Ok(GeneratedField::Count),
                            "resourceType" | "resource_type" => Ok(GeneratedField::ResourceType),
                            "resourceCount" | "resource_count" => Ok(GeneratedField::ResourceCount),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::pipeline_container_spec::resource_spec::AcceleratorConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::pipeline_container_spec::resource_spec::AcceleratorConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut count__ = None;
                let mut resource_type__ = None;
                let mut resource_count__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Count => {
                            if count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("count"));
                            }
                            count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ResourceType => {
                            if resource_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceType"));
                            }
                            resource_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResourceCount => {
                            if resource_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceCount"));
                            }
                            resource_count__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::pipeline_container_spec::resource_spec::AcceleratorConfig {
                    r#type: r#type__.unwrap_or_default(),
                    count: count__.unwrap_or_default(),
                    resource_type: resource_type__.unwrap_or_default(),
                    resource_count: resource_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.PipelineContainerSpec.ResourceSpec.AcceleratorConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::ResolverSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.output_artifact_queries.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.ResolverSpec", len)?;
        if !self.output_artifact_queries.is_empty() {
            struct_ser.serialize_field("outputArtifactQueries", &self.output_artifact_queries)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::ResolverSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "output_artifact_queries",
            "outputArtifactQueries",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OutputArtifactQueries,
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
                            "outputArtifactQueries" | "output_artifact_queries" => Ok(GeneratedField::OutputArtifactQueries),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::ResolverSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.ResolverSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::ResolverSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut output_artifact_queries__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OutputArtifactQueries => {
                            if output_artifact_queries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputArtifactQueries"));
                            }
                            output_artifact_queries__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::ResolverSpec {
                    output_artifact_queries: output_artifact_queries__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.ResolverSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_deployment_config::resolver_spec::ArtifactQuerySpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.filter.is_empty() {
            len += 1;
        }
        if self.limit != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec", len)?;
        if !self.filter.is_empty() {
            struct_ser.serialize_field("filter", &self.filter)?;
        }
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_deployment_config::resolver_spec::ArtifactQuerySpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "filter",
            "limit",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Filter,
            Limit,
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
                            "filter" => Ok(GeneratedField::Filter),
                            "limit" => Ok(GeneratedField::Limit),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_deployment_config::resolver_spec::ArtifactQuerySpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_deployment_config::resolver_spec::ArtifactQuerySpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut filter__ = None;
                let mut limit__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Filter => {
                            if filter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filter"));
                            }
                            filter__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_deployment_config::resolver_spec::ArtifactQuerySpec {
                    filter: filter__.unwrap_or_default(),
                    limit: limit__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineDeploymentConfig.ResolverSpec.ArtifactQuerySpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineInfo {
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
        if !self.display_name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineInfo", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "display_name",
            "displayName",
            "description",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            DisplayName,
            Description,
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
                            "displayName" | "display_name" => Ok(GeneratedField::DisplayName),
                            "description" => Ok(GeneratedField::Description),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut display_name__ = None;
                let mut description__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("displayName"));
                            }
                            display_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelineInfo {
                    name: name__.unwrap_or_default(),
                    display_name: display_name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineJob {
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
        if !self.display_name.is_empty() {
            len += 1;
        }
        if self.pipeline_spec.is_some() {
            len += 1;
        }
        if !self.labels.is_empty() {
            len += 1;
        }
        if self.runtime_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineJob", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.display_name.is_empty() {
            struct_ser.serialize_field("displayName", &self.display_name)?;
        }
        if let Some(v) = self.pipeline_spec.as_ref() {
            struct_ser.serialize_field("pipelineSpec", v)?;
        }
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if let Some(v) = self.runtime_config.as_ref() {
            struct_ser.serialize_field("runtimeConfig", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineJob {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "display_name",
            "displayName",
            "pipeline_spec",
            "pipelineSpec",
            "labels",
            "runtime_config",
            "runtimeConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            DisplayName,
            PipelineSpec,
            Labels,
            RuntimeConfig,
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
                            "displayName" | "display_name" => Ok(GeneratedField::DisplayName),
                            "pipelineSpec" | "pipeline_spec" => Ok(GeneratedField::PipelineSpec),
                            "labels" => Ok(GeneratedField::Labels),
                            "runtimeConfig" | "runtime_config" => Ok(GeneratedField::RuntimeConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineJob;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineJob")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineJob, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut display_name__ = None;
                let mut pipeline_spec__ = None;
                let mut labels__ = None;
                let mut runtime_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DisplayName => {
                            if display_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("displayName"));
                            }
                            display_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineSpec => {
                            if pipeline_spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineSpec"));
                            }
                            pipeline_spec__ = map_.next_value()?;
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::RuntimeConfig => {
                            if runtime_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtimeConfig"));
                            }
                            runtime_config__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelineJob {
                    name: name__.unwrap_or_default(),
                    display_name: display_name__.unwrap_or_default(),
                    pipeline_spec: pipeline_spec__,
                    labels: labels__.unwrap_or_default(),
                    runtime_config: runtime_config__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineJob", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_job::RuntimeConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameters.is_empty() {
            len += 1;
        }
        if !self.gcs_output_directory.is_empty() {
            len += 1;
        }
        if !self.parameter_values.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineJob.RuntimeConfig", len)?;
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        if !self.gcs_output_directory.is_empty() {
            struct_ser.serialize_field("gcsOutputDirectory", &self.gcs_output_directory)?;
        }
        if !self.parameter_values.is_empty() {
            struct_ser.serialize_field("parameterValues", &self.parameter_values)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_job::RuntimeConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameters",
            "gcs_output_directory",
            "gcsOutputDirectory",
            "parameter_values",
            "parameterValues",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parameters,
            GcsOutputDirectory,
            ParameterValues,
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
                            "parameters" => Ok(GeneratedField::Parameters),
                            "gcsOutputDirectory" | "gcs_output_directory" => Ok(GeneratedField::GcsOutputDirectory),
                            "parameterValues" | "parameter_values" => Ok(GeneratedField::ParameterValues),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_job::RuntimeConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineJob.RuntimeConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_job::RuntimeConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameters__ = None;
                let mut gcs_output_directory__ = None;
                let mut parameter_values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::GcsOutputDirectory => {
                            if gcs_output_directory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gcsOutputDirectory"));
                            }
                            gcs_output_directory__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ParameterValues => {
                            if parameter_values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterValues"));
                            }
                            parameter_values__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_job::RuntimeConfig {
                    parameters: parameters__.unwrap_or_default(),
                    gcs_output_directory: gcs_output_directory__.unwrap_or_default(),
                    parameter_values: parameter_values__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineJob.RuntimeConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pipeline_info.is_some() {
            len += 1;
        }
        if self.deployment_spec.is_some() {
            len += 1;
        }
        if !self.sdk_version.is_empty() {
            len += 1;
        }
        if !self.schema_version.is_empty() {
            len += 1;
        }
        if !self.components.is_empty() {
            len += 1;
        }
        if self.root.is_some() {
            len += 1;
        }
        if !self.default_pipeline_root.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineSpec", len)?;
        if let Some(v) = self.pipeline_info.as_ref() {
            struct_ser.serialize_field("pipelineInfo", v)?;
        }
        if let Some(v) = self.deployment_spec.as_ref() {
            struct_ser.serialize_field("deploymentSpec", v)?;
        }
        if !self.sdk_version.is_empty() {
            struct_ser.serialize_field("sdkVersion", &self.sdk_version)?;
        }
        if !self.schema_version.is_empty() {
            struct_ser.serialize_field("schemaVersion", &self.schema_version)?;
        }
        if !self.components.is_empty() {
            struct_ser.serialize_field("components", &self.components)?;
        }
        if let Some(v) = self.root.as_ref() {
            struct_ser.serialize_field("root", v)?;
        }
        if !self.default_pipeline_root.is_empty() {
            struct_ser.serialize_field("defaultPipelineRoot", &self.default_pipeline_root)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_info",
            "pipelineInfo",
            "deployment_spec",
            "deploymentSpec",
            "sdk_version",
            "sdkVersion",
            "schema_version",
            "schemaVersion",
            "components",
            "root",
            "default_pipeline_root",
            "defaultPipelineRoot",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineInfo,
            DeploymentSpec,
            SdkVersion,
            SchemaVersion,
            Components,
            Root,
            DefaultPipelineRoot,
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
                            "pipelineInfo" | "pipeline_info" => Ok(GeneratedField::PipelineInfo),
                            "deploymentSpec" | "deployment_spec" => Ok(GeneratedField::DeploymentSpec),
                            "sdkVersion" | "sdk_version" => Ok(GeneratedField::SdkVersion),
                            "schemaVersion" | "schema_version" => Ok(GeneratedField::SchemaVersion),
                            "components" => Ok(GeneratedField::Components),
                            "root" => Ok(GeneratedField::Root),
                            "defaultPipelineRoot" | "default_pipeline_root" => Ok(GeneratedField::DefaultPipelineRoot),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_info__ = None;
                let mut deployment_spec__ = None;
                let mut sdk_version__ = None;
                let mut schema_version__ = None;
                let mut components__ = None;
                let mut root__ = None;
                let mut default_pipeline_root__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineInfo => {
                            if pipeline_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineInfo"));
                            }
                            pipeline_info__ = map_.next_value()?;
                        }
                        GeneratedField::DeploymentSpec => {
                            if deployment_spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentSpec"));
                            }
                            deployment_spec__ = map_.next_value()?;
                        }
                        GeneratedField::SdkVersion => {
                            if sdk_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sdkVersion"));
                            }
                            sdk_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SchemaVersion => {
                            if schema_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schemaVersion"));
                            }
                            schema_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Components => {
                            if components__.is_some() {
                                return Err(serde::de::Error::duplicate_field("components"));
                            }
                            components__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Root => {
                            if root__.is_some() {
                                return Err(serde::de::Error::duplicate_field("root"));
                            }
                            root__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultPipelineRoot => {
                            if default_pipeline_root__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultPipelineRoot"));
                            }
                            default_pipeline_root__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelineSpec {
                    pipeline_info: pipeline_info__,
                    deployment_spec: deployment_spec__,
                    sdk_version: sdk_version__.unwrap_or_default(),
                    schema_version: schema_version__.unwrap_or_default(),
                    components: components__.unwrap_or_default(),
                    root: root__,
                    default_pipeline_root: default_pipeline_root__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_spec::RuntimeParameter {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.r#type != 0 {
            len += 1;
        }
        if self.default_value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineSpec.RuntimeParameter", len)?;
        if self.r#type != 0 {
            let v = primitive_type::PrimitiveTypeEnum::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        if let Some(v) = self.default_value.as_ref() {
            struct_ser.serialize_field("defaultValue", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_spec::RuntimeParameter {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "default_value",
            "defaultValue",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            DefaultValue,
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
                            "type" => Ok(GeneratedField::Type),
                            "defaultValue" | "default_value" => Ok(GeneratedField::DefaultValue),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_spec::RuntimeParameter;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineSpec.RuntimeParameter")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_spec::RuntimeParameter, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut default_value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<primitive_type::PrimitiveTypeEnum>()? as i32);
                        }
                        GeneratedField::DefaultValue => {
                            if default_value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultValue"));
                            }
                            default_value__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_spec::RuntimeParameter {
                    r#type: r#type__.unwrap_or_default(),
                    default_value: default_value__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineSpec.RuntimeParameter", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineStateEnum {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_pipelines.PipelineStateEnum", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineStateEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
                            Ok(GeneratedField::__SkipField__)
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineStateEnum;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineStateEnum")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineStateEnum, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(PipelineStateEnum {
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineStateEnum", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_state_enum::PipelineTaskState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::TaskStateUnspecified => "TASK_STATE_UNSPECIFIED",
            Self::Pending => "PENDING",
            Self::RunningDriver => "RUNNING_DRIVER",
            Self::DriverSucceeded => "DRIVER_SUCCEEDED",
            Self::RunningExecutor => "RUNNING_EXECUTOR",
            Self::Succeeded => "SUCCEEDED",
            Self::CancelPending => "CANCEL_PENDING",
            Self::Cancelling => "CANCELLING",
            Self::Cancelled => "CANCELLED",
            Self::Failed => "FAILED",
            Self::Skipped => "SKIPPED",
            Self::Queued => "QUEUED",
            Self::NotTriggered => "NOT_TRIGGERED",
            Self::Unschedulable => "UNSCHEDULABLE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_state_enum::PipelineTaskState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TASK_STATE_UNSPECIFIED",
            "PENDING",
            "RUNNING_DRIVER",
            "DRIVER_SUCCEEDED",
            "RUNNING_EXECUTOR",
            "SUCCEEDED",
            "CANCEL_PENDING",
            "CANCELLING",
            "CANCELLED",
            "FAILED",
            "SKIPPED",
            "QUEUED",
            "NOT_TRIGGERED",
            "UNSCHEDULABLE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = pipeline_state_enum::PipelineTaskState;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TASK_STATE_UNSPECIFIED" => Ok(pipeline_state_enum::PipelineTaskState::TaskStateUnspecified),
                    "PENDING" => Ok(pipeline_state_enum::PipelineTaskState::Pending),
                    "RUNNING_DRIVER" => Ok(pipeline_state_enum::PipelineTaskState::RunningDriver),
                    "DRIVER_SUCCEEDED" => Ok(pipeline_state_enum::PipelineTaskState::DriverSucceeded),
                    "RUNNING_EXECUTOR" => Ok(pipeline_state_enum::PipelineTaskState::RunningExecutor),
                    "SUCCEEDED" => Ok(pipeline_state_enum::PipelineTaskState::Succeeded),
                    "CANCEL_PENDING" => Ok(pipeline_state_enum::PipelineTaskState::CancelPending),
                    "CANCELLING" => Ok(pipeline_state_enum::PipelineTaskState::Cancelling),
                    "CANCELLED" => Ok(pipeline_state_enum::PipelineTaskState::Cancelled),
                    "FAILED" => Ok(pipeline_state_enum::PipelineTaskState::Failed),
                    "SKIPPED" => Ok(pipeline_state_enum::PipelineTaskState::Skipped),
                    "QUEUED" => Ok(pipeline_state_enum::PipelineTaskState::Queued),
                    "NOT_TRIGGERED" => Ok(pipeline_state_enum::PipelineTaskState::NotTriggered),
                    "UNSCHEDULABLE" => Ok(pipeline_state_enum::PipelineTaskState::Unschedulable),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineTaskFinalStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.state.is_empty() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        if self.pipeline_job_uuid != 0 {
            len += 1;
        }
        if !self.pipeline_job_name.is_empty() {
            len += 1;
        }
        if !self.pipeline_job_resource_name.is_empty() {
            len += 1;
        }
        if !self.pipeline_task_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineTaskFinalStatus", len)?;
        if !self.state.is_empty() {
            struct_ser.serialize_field("state", &self.state)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        if self.pipeline_job_uuid != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pipelineJobUuid", ToString::to_string(&self.pipeline_job_uuid).as_str())?;
        }
        if !self.pipeline_job_name.is_empty() {
            struct_ser.serialize_field("pipelineJobName", &self.pipeline_job_name)?;
        }
        if !self.pipeline_job_resource_name.is_empty() {
            struct_ser.serialize_field("pipelineJobResourceName", &self.pipeline_job_resource_name)?;
        }
        if !self.pipeline_task_name.is_empty() {
            struct_ser.serialize_field("pipelineTaskName", &self.pipeline_task_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineTaskFinalStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "state",
            "error",
            "pipeline_job_uuid",
            "pipelineJobUuid",
            "pipeline_job_name",
            "pipelineJobName",
            "pipeline_job_resource_name",
            "pipelineJobResourceName",
            "pipeline_task_name",
            "pipelineTaskName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            State,
            Error,
            PipelineJobUuid,
            PipelineJobName,
            PipelineJobResourceName,
            PipelineTaskName,
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
                            "state" => Ok(GeneratedField::State),
                            "error" => Ok(GeneratedField::Error),
                            "pipelineJobUuid" | "pipeline_job_uuid" => Ok(GeneratedField::PipelineJobUuid),
                            "pipelineJobName" | "pipeline_job_name" => Ok(GeneratedField::PipelineJobName),
                            "pipelineJobResourceName" | "pipeline_job_resource_name" => Ok(GeneratedField::PipelineJobResourceName),
                            "pipelineTaskName" | "pipeline_task_name" => Ok(GeneratedField::PipelineTaskName),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineTaskFinalStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineTaskFinalStatus")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineTaskFinalStatus, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut state__ = None;
                let mut error__ = None;
                let mut pipeline_job_uuid__ = None;
                let mut pipeline_job_name__ = None;
                let mut pipeline_job_resource_name__ = None;
                let mut pipeline_task_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::PipelineJobUuid => {
                            if pipeline_job_uuid__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineJobUuid"));
                            }
                            pipeline_job_uuid__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PipelineJobName => {
                            if pipeline_job_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineJobName"));
                            }
                            pipeline_job_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineJobResourceName => {
                            if pipeline_job_resource_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineJobResourceName"));
                            }
                            pipeline_job_resource_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineTaskName => {
                            if pipeline_task_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineTaskName"));
                            }
                            pipeline_task_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelineTaskFinalStatus {
                    state: state__.unwrap_or_default(),
                    error: error__,
                    pipeline_job_uuid: pipeline_job_uuid__.unwrap_or_default(),
                    pipeline_job_name: pipeline_job_name__.unwrap_or_default(),
                    pipeline_job_resource_name: pipeline_job_resource_name__.unwrap_or_default(),
                    pipeline_task_name: pipeline_task_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineTaskFinalStatus", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineTaskInfo {
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
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineTaskInfo", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineTaskInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = PipelineTaskInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineTaskInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineTaskInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                Ok(PipelineTaskInfo {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineTaskInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineTaskSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task_info.is_some() {
            len += 1;
        }
        if self.inputs.is_some() {
            len += 1;
        }
        if !self.dependent_tasks.is_empty() {
            len += 1;
        }
        if self.caching_options.is_some() {
            len += 1;
        }
        if self.component_ref.is_some() {
            len += 1;
        }
        if self.trigger_policy.is_some() {
            len += 1;
        }
        if self.retry_policy.is_some() {
            len += 1;
        }
        if self.iterator_policy.is_some() {
            len += 1;
        }
        if self.iterator.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineTaskSpec", len)?;
        if let Some(v) = self.task_info.as_ref() {
            struct_ser.serialize_field("taskInfo", v)?;
        }
        if let Some(v) = self.inputs.as_ref() {
            struct_ser.serialize_field("inputs", v)?;
        }
        if !self.dependent_tasks.is_empty() {
            struct_ser.serialize_field("dependentTasks", &self.dependent_tasks)?;
        }
        if let Some(v) = self.caching_options.as_ref() {
            struct_ser.serialize_field("cachingOptions", v)?;
        }
        if let Some(v) = self.component_ref.as_ref() {
            struct_ser.serialize_field("componentRef", v)?;
        }
        if let Some(v) = self.trigger_policy.as_ref() {
            struct_ser.serialize_field("triggerPolicy", v)?;
        }
        if let Some(v) = self.retry_policy.as_ref() {
            struct_ser.serialize_field("retryPolicy", v)?;
        }
        if let Some(v) = self.iterator_policy.as_ref() {
            struct_ser.serialize_field("iteratorPolicy", v)?;
        }
        if let Some(v) = self.iterator.as_ref() {
            match v {
                pipeline_task_spec::Iterator::ArtifactIterator(v) => {
                    struct_ser.serialize_field("artifactIterator", v)?;
                }
                pipeline_task_spec::Iterator::ParameterIterator(v) => {
                    struct_ser.serialize_field("parameterIterator", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineTaskSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_info",
            "taskInfo",
            "inputs",
            "dependent_tasks",
            "dependentTasks",
            "caching_options",
            "cachingOptions",
            "component_ref",
            "componentRef",
            "trigger_policy",
            "triggerPolicy",
            "retry_policy",
            "retryPolicy",
            "iterator_policy",
            "iteratorPolicy",
            "artifact_iterator",
            "artifactIterator",
            "parameter_iterator",
            "parameterIterator",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskInfo,
            Inputs,
            DependentTasks,
            CachingOptions,
            ComponentRef,
            TriggerPolicy,
            RetryPolicy,
            IteratorPolicy,
            ArtifactIterator,
            ParameterIterator,
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
                            "taskInfo" | "task_info" => Ok(GeneratedField::TaskInfo),
                            "inputs" => Ok(GeneratedField::Inputs),
                            "dependentTasks" | "dependent_tasks" => Ok(GeneratedField::DependentTasks),
                            "cachingOptions" | "caching_options" => Ok(GeneratedField::CachingOptions),
                            "componentRef" | "component_ref" => Ok(GeneratedField::ComponentRef),
                            "triggerPolicy" | "trigger_policy" => Ok(GeneratedField::TriggerPolicy),
                            "retryPolicy" | "retry_policy" => Ok(GeneratedField::RetryPolicy),
                            "iteratorPolicy" | "iterator_policy" => Ok(GeneratedField::IteratorPolicy),
                            "artifactIterator" | "artifact_iterator" => Ok(GeneratedField::ArtifactIterator),
                            "parameterIterator" | "parameter_iterator" => Ok(GeneratedField::ParameterIterator),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineTaskSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineTaskSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineTaskSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_info__ = None;
                let mut inputs__ = None;
                let mut dependent_tasks__ = None;
                let mut caching_options__ = None;
                let mut component_ref__ = None;
                let mut trigger_policy__ = None;
                let mut retry_policy__ = None;
                let mut iterator_policy__ = None;
                let mut iterator__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskInfo => {
                            if task_info__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskInfo"));
                            }
                            task_info__ = map_.next_value()?;
                        }
                        GeneratedField::Inputs => {
                            if inputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputs"));
                            }
                            inputs__ = map_.next_value()?;
                        }
                        GeneratedField::DependentTasks => {
                            if dependent_tasks__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dependentTasks"));
                            }
                            dependent_tasks__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CachingOptions => {
                            if caching_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cachingOptions"));
                            }
                            caching_options__ = map_.next_value()?;
                        }
                        GeneratedField::ComponentRef => {
                            if component_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("componentRef"));
                            }
                            component_ref__ = map_.next_value()?;
                        }
                        GeneratedField::TriggerPolicy => {
                            if trigger_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("triggerPolicy"));
                            }
                            trigger_policy__ = map_.next_value()?;
                        }
                        GeneratedField::RetryPolicy => {
                            if retry_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryPolicy"));
                            }
                            retry_policy__ = map_.next_value()?;
                        }
                        GeneratedField::IteratorPolicy => {
                            if iterator_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("iteratorPolicy"));
                            }
                            iterator_policy__ = map_.next_value()?;
                        }
                        GeneratedField::ArtifactIterator => {
                            if iterator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactIterator"));
                            }
                            iterator__ = map_.next_value::<::std::option::Option<_>>()?.map(pipeline_task_spec::Iterator::ArtifactIterator)
;
                        }
                        GeneratedField::ParameterIterator => {
                            if iterator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterIterator"));
                            }
                            iterator__ = map_.next_value::<::std::option::Option<_>>()?.map(pipeline_task_spec::Iterator::ParameterIterator)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PipelineTaskSpec {
                    task_info: task_info__,
                    inputs: inputs__,
                    dependent_tasks: dependent_tasks__.unwrap_or_default(),
                    caching_options: caching_options__,
                    component_ref: component_ref__,
                    trigger_policy: trigger_policy__,
                    retry_policy: retry_policy__,
                    iterator_policy: iterator_policy__,
                    iterator: iterator__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineTaskSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_task_spec::CachingOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.enable_cache {
            len += 1;
        }
        if !self.cache_key.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineTaskSpec.CachingOptions", len)?;
        if self.enable_cache {
            struct_ser.serialize_field("enableCache", &self.enable_cache)?;
        }
        if !self.cache_key.is_empty() {
            struct_ser.serialize_field("cacheKey", &self.cache_key)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_task_spec::CachingOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "enable_cache",
            "enableCache",
            "cache_key",
            "cacheKey",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnableCache,
            CacheKey,
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
                            "enableCache" | "enable_cache" => Ok(GeneratedField::EnableCache),
                            "cacheKey" | "cache_key" => Ok(GeneratedField::CacheKey),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_task_spec::CachingOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineTaskSpec.CachingOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_task_spec::CachingOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut enable_cache__ = None;
                let mut cache_key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnableCache => {
                            if enable_cache__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableCache"));
                            }
                            enable_cache__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CacheKey => {
                            if cache_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cacheKey"));
                            }
                            cache_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_task_spec::CachingOptions {
                    enable_cache: enable_cache__.unwrap_or_default(),
                    cache_key: cache_key__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineTaskSpec.CachingOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_task_spec::IteratorPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.parallelism_limit != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineTaskSpec.IteratorPolicy", len)?;
        if self.parallelism_limit != 0 {
            struct_ser.serialize_field("parallelismLimit", &self.parallelism_limit)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_task_spec::IteratorPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parallelism_limit",
            "parallelismLimit",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParallelismLimit,
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
                            "parallelismLimit" | "parallelism_limit" => Ok(GeneratedField::ParallelismLimit),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_task_spec::IteratorPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineTaskSpec.IteratorPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_task_spec::IteratorPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parallelism_limit__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParallelismLimit => {
                            if parallelism_limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parallelismLimit"));
                            }
                            parallelism_limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_task_spec::IteratorPolicy {
                    parallelism_limit: parallelism_limit__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineTaskSpec.IteratorPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_task_spec::RetryPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_retry_count != 0 {
            len += 1;
        }
        if self.backoff_duration.is_some() {
            len += 1;
        }
        if self.backoff_factor != 0. {
            len += 1;
        }
        if self.backoff_max_duration.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineTaskSpec.RetryPolicy", len)?;
        if self.max_retry_count != 0 {
            struct_ser.serialize_field("maxRetryCount", &self.max_retry_count)?;
        }
        if let Some(v) = self.backoff_duration.as_ref() {
            struct_ser.serialize_field("backoffDuration", v)?;
        }
        if self.backoff_factor != 0. {
            struct_ser.serialize_field("backoffFactor", &self.backoff_factor)?;
        }
        if let Some(v) = self.backoff_max_duration.as_ref() {
            struct_ser.serialize_field("backoffMaxDuration", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_task_spec::RetryPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_retry_count",
            "maxRetryCount",
            "backoff_duration",
            "backoffDuration",
            "backoff_factor",
            "backoffFactor",
            "backoff_max_duration",
            "backoffMaxDuration",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxRetryCount,
            BackoffDuration,
            BackoffFactor,
            BackoffMaxDuration,
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
                            "maxRetryCount" | "max_retry_count" => Ok(GeneratedField::MaxRetryCount),
                            "backoffDuration" | "backoff_duration" => Ok(GeneratedField::BackoffDuration),
                            "backoffFactor" | "backoff_factor" => Ok(GeneratedField::BackoffFactor),
                            "backoffMaxDuration" | "backoff_max_duration" => Ok(GeneratedField::BackoffMaxDuration),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_task_spec::RetryPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineTaskSpec.RetryPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_task_spec::RetryPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_retry_count__ = None;
                let mut backoff_duration__ = None;
                let mut backoff_factor__ = None;
                let mut backoff_max_duration__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxRetryCount => {
                            if max_retry_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxRetryCount"));
                            }
                            max_retry_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::BackoffDuration => {
                            if backoff_duration__.is_some() {
                                return Err(serde::de::Error::duplicate_field("backoffDuration"));
                            }
                            backoff_duration__ = map_.next_value()?;
                        }
                        GeneratedField::BackoffFactor => {
                            if backoff_factor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("backoffFactor"));
                            }
                            backoff_factor__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::BackoffMaxDuration => {
                            if backoff_max_duration__.is_some() {
                                return Err(serde::de::Error::duplicate_field("backoffMaxDuration"));
                            }
                            backoff_max_duration__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_task_spec::RetryPolicy {
                    max_retry_count: max_retry_count__.unwrap_or_default(),
                    backoff_duration: backoff_duration__,
                    backoff_factor: backoff_factor__.unwrap_or_default(),
                    backoff_max_duration: backoff_max_duration__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineTaskSpec.RetryPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_task_spec::TriggerPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.condition.is_empty() {
            len += 1;
        }
        if self.strategy != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PipelineTaskSpec.TriggerPolicy", len)?;
        if !self.condition.is_empty() {
            struct_ser.serialize_field("condition", &self.condition)?;
        }
        if self.strategy != 0 {
            let v = pipeline_task_spec::trigger_policy::TriggerStrategy::try_from(self.strategy)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.strategy)))?;
            struct_ser.serialize_field("strategy", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_task_spec::TriggerPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "condition",
            "strategy",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Condition,
            Strategy,
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
                            "condition" => Ok(GeneratedField::Condition),
                            "strategy" => Ok(GeneratedField::Strategy),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = pipeline_task_spec::TriggerPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PipelineTaskSpec.TriggerPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<pipeline_task_spec::TriggerPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut condition__ = None;
                let mut strategy__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Condition => {
                            if condition__.is_some() {
                                return Err(serde::de::Error::duplicate_field("condition"));
                            }
                            condition__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Strategy => {
                            if strategy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("strategy"));
                            }
                            strategy__ = Some(map_.next_value::<pipeline_task_spec::trigger_policy::TriggerStrategy>()? as i32);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(pipeline_task_spec::TriggerPolicy {
                    condition: condition__.unwrap_or_default(),
                    strategy: strategy__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PipelineTaskSpec.TriggerPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for pipeline_task_spec::trigger_policy::TriggerStrategy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TRIGGER_STRATEGY_UNSPECIFIED",
            Self::AllUpstreamTasksSucceeded => "ALL_UPSTREAM_TASKS_SUCCEEDED",
            Self::AllUpstreamTasksCompleted => "ALL_UPSTREAM_TASKS_COMPLETED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for pipeline_task_spec::trigger_policy::TriggerStrategy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TRIGGER_STRATEGY_UNSPECIFIED",
            "ALL_UPSTREAM_TASKS_SUCCEEDED",
            "ALL_UPSTREAM_TASKS_COMPLETED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = pipeline_task_spec::trigger_policy::TriggerStrategy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TRIGGER_STRATEGY_UNSPECIFIED" => Ok(pipeline_task_spec::trigger_policy::TriggerStrategy::Unspecified),
                    "ALL_UPSTREAM_TASKS_SUCCEEDED" => Ok(pipeline_task_spec::trigger_policy::TriggerStrategy::AllUpstreamTasksSucceeded),
                    "ALL_UPSTREAM_TASKS_COMPLETED" => Ok(pipeline_task_spec::trigger_policy::TriggerStrategy::AllUpstreamTasksCompleted),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for PlatformDeploymentConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executors.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PlatformDeploymentConfig", len)?;
        if !self.executors.is_empty() {
            struct_ser.serialize_field("executors", &self.executors)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PlatformDeploymentConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executors",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executors,
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
                            "executors" => Ok(GeneratedField::Executors),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PlatformDeploymentConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PlatformDeploymentConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PlatformDeploymentConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executors__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executors => {
                            if executors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executors"));
                            }
                            executors__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PlatformDeploymentConfig {
                    executors: executors__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PlatformDeploymentConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PlatformSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.platforms.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.PlatformSpec", len)?;
        if !self.platforms.is_empty() {
            struct_ser.serialize_field("platforms", &self.platforms)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PlatformSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "platforms",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Platforms,
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
                            "platforms" => Ok(GeneratedField::Platforms),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PlatformSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PlatformSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PlatformSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut platforms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Platforms => {
                            if platforms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("platforms"));
                            }
                            platforms__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PlatformSpec {
                    platforms: platforms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PlatformSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PrimitiveType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_pipelines.PrimitiveType", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PrimitiveType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
                            Ok(GeneratedField::__SkipField__)
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PrimitiveType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.PrimitiveType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PrimitiveType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(PrimitiveType {
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.PrimitiveType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for primitive_type::PrimitiveTypeEnum {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::PrimitiveTypeUnspecified => "PRIMITIVE_TYPE_UNSPECIFIED",
            Self::Int => "INT",
            Self::Double => "DOUBLE",
            Self::String => "STRING",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for primitive_type::PrimitiveTypeEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PRIMITIVE_TYPE_UNSPECIFIED",
            "INT",
            "DOUBLE",
            "STRING",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = primitive_type::PrimitiveTypeEnum;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "PRIMITIVE_TYPE_UNSPECIFIED" => Ok(primitive_type::PrimitiveTypeEnum::PrimitiveTypeUnspecified),
                    "INT" => Ok(primitive_type::PrimitiveTypeEnum::Int),
                    "DOUBLE" => Ok(primitive_type::PrimitiveTypeEnum::Double),
                    "STRING" => Ok(primitive_type::PrimitiveTypeEnum::String),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for RuntimeArtifact {
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
        if self.r#type.is_some() {
            len += 1;
        }
        if !self.uri.is_empty() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if !self.custom_properties.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.custom_path.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.RuntimeArtifact", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.r#type.as_ref() {
            struct_ser.serialize_field("type", v)?;
        }
        if !self.uri.is_empty() {
            struct_ser.serialize_field("uri", &self.uri)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if !self.custom_properties.is_empty() {
            struct_ser.serialize_field("customProperties", &self.custom_properties)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if let Some(v) = self.custom_path.as_ref() {
            struct_ser.serialize_field("customPath", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RuntimeArtifact {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "type",
            "uri",
            "properties",
            "custom_properties",
            "customProperties",
            "metadata",
            "custom_path",
            "customPath",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Type,
            Uri,
            Properties,
            CustomProperties,
            Metadata,
            CustomPath,
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
                            "type" => Ok(GeneratedField::Type),
                            "uri" => Ok(GeneratedField::Uri),
                            "properties" => Ok(GeneratedField::Properties),
                            "customProperties" | "custom_properties" => Ok(GeneratedField::CustomProperties),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "customPath" | "custom_path" => Ok(GeneratedField::CustomPath),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RuntimeArtifact;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.RuntimeArtifact")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RuntimeArtifact, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut r#type__ = None;
                let mut uri__ = None;
                let mut properties__ = None;
                let mut custom_properties__ = None;
                let mut metadata__ = None;
                let mut custom_path__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = map_.next_value()?;
                        }
                        GeneratedField::Uri => {
                            if uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uri"));
                            }
                            uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::CustomProperties => {
                            if custom_properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customProperties"));
                            }
                            custom_properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::CustomPath => {
                            if custom_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customPath"));
                            }
                            custom_path__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RuntimeArtifact {
                    name: name__.unwrap_or_default(),
                    r#type: r#type__,
                    uri: uri__.unwrap_or_default(),
                    properties: properties__.unwrap_or_default(),
                    custom_properties: custom_properties__.unwrap_or_default(),
                    metadata: metadata__,
                    custom_path: custom_path__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.RuntimeArtifact", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SinglePlatformSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.deployment_spec.is_some() {
            len += 1;
        }
        if !self.platform.is_empty() {
            len += 1;
        }
        if self.config.is_some() {
            len += 1;
        }
        if self.pipeline_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.SinglePlatformSpec", len)?;
        if let Some(v) = self.deployment_spec.as_ref() {
            struct_ser.serialize_field("deploymentSpec", v)?;
        }
        if !self.platform.is_empty() {
            struct_ser.serialize_field("platform", &self.platform)?;
        }
        if let Some(v) = self.config.as_ref() {
            struct_ser.serialize_field("config", v)?;
        }
        if let Some(v) = self.pipeline_config.as_ref() {
            struct_ser.serialize_field("pipelineConfig", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SinglePlatformSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deployment_spec",
            "deploymentSpec",
            "platform",
            "config",
            "pipelineConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DeploymentSpec,
            Platform,
            Config,
            PipelineConfig,
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
                            "deploymentSpec" | "deployment_spec" => Ok(GeneratedField::DeploymentSpec),
                            "platform" => Ok(GeneratedField::Platform),
                            "config" => Ok(GeneratedField::Config),
                            "pipelineConfig" => Ok(GeneratedField::PipelineConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SinglePlatformSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.SinglePlatformSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SinglePlatformSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deployment_spec__ = None;
                let mut platform__ = None;
                let mut config__ = None;
                let mut pipeline_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DeploymentSpec => {
                            if deployment_spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentSpec"));
                            }
                            deployment_spec__ = map_.next_value()?;
                        }
                        GeneratedField::Platform => {
                            if platform__.is_some() {
                                return Err(serde::de::Error::duplicate_field("platform"));
                            }
                            platform__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Config => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("config"));
                            }
                            config__ = map_.next_value()?;
                        }
                        GeneratedField::PipelineConfig => {
                            if pipeline_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineConfig"));
                            }
                            pipeline_config__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SinglePlatformSpec {
                    deployment_spec: deployment_spec__,
                    platform: platform__.unwrap_or_default(),
                    config: config__,
                    pipeline_config: pipeline_config__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.SinglePlatformSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskConfigPassthrough {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.field != 0 {
            len += 1;
        }
        if self.apply_to_task {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskConfigPassthrough", len)?;
        if self.field != 0 {
            let v = task_config_passthrough_type::TaskConfigPassthroughTypeEnum::try_from(self.field)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.field)))?;
            struct_ser.serialize_field("field", &v)?;
        }
        if self.apply_to_task {
            struct_ser.serialize_field("applyToTask", &self.apply_to_task)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskConfigPassthrough {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "field",
            "apply_to_task",
            "applyToTask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Field,
            ApplyToTask,
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
                            "field" => Ok(GeneratedField::Field),
                            "applyToTask" | "apply_to_task" => Ok(GeneratedField::ApplyToTask),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskConfigPassthrough;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskConfigPassthrough")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskConfigPassthrough, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut field__ = None;
                let mut apply_to_task__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Field => {
                            if field__.is_some() {
                                return Err(serde::de::Error::duplicate_field("field"));
                            }
                            field__ = Some(map_.next_value::<task_config_passthrough_type::TaskConfigPassthroughTypeEnum>()? as i32);
                        }
                        GeneratedField::ApplyToTask => {
                            if apply_to_task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("applyToTask"));
                            }
                            apply_to_task__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TaskConfigPassthrough {
                    field: field__.unwrap_or_default(),
                    apply_to_task: apply_to_task__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskConfigPassthrough", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskConfigPassthroughType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_pipelines.TaskConfigPassthroughType", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskConfigPassthroughType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
                            Ok(GeneratedField::__SkipField__)
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskConfigPassthroughType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskConfigPassthroughType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskConfigPassthroughType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(TaskConfigPassthroughType {
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskConfigPassthroughType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_config_passthrough_type::TaskConfigPassthroughTypeEnum {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::None => "NONE",
            Self::Resources => "RESOURCES",
            Self::Env => "ENV",
            Self::KubernetesAffinity => "KUBERNETES_AFFINITY",
            Self::KubernetesTolerations => "KUBERNETES_TOLERATIONS",
            Self::KubernetesNodeSelector => "KUBERNETES_NODE_SELECTOR",
            Self::KubernetesVolumes => "KUBERNETES_VOLUMES",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for task_config_passthrough_type::TaskConfigPassthroughTypeEnum {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "NONE",
            "RESOURCES",
            "ENV",
            "KUBERNETES_AFFINITY",
            "KUBERNETES_TOLERATIONS",
            "KUBERNETES_NODE_SELECTOR",
            "KUBERNETES_VOLUMES",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = task_config_passthrough_type::TaskConfigPassthroughTypeEnum;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "NONE" => Ok(task_config_passthrough_type::TaskConfigPassthroughTypeEnum::None),
                    "RESOURCES" => Ok(task_config_passthrough_type::TaskConfigPassthroughTypeEnum::Resources),
                    "ENV" => Ok(task_config_passthrough_type::TaskConfigPassthroughTypeEnum::Env),
                    "KUBERNETES_AFFINITY" => Ok(task_config_passthrough_type::TaskConfigPassthroughTypeEnum::KubernetesAffinity),
                    "KUBERNETES_TOLERATIONS" => Ok(task_config_passthrough_type::TaskConfigPassthroughTypeEnum::KubernetesTolerations),
                    "KUBERNETES_NODE_SELECTOR" => Ok(task_config_passthrough_type::TaskConfigPassthroughTypeEnum::KubernetesNodeSelector),
                    "KUBERNETES_VOLUMES" => Ok(task_config_passthrough_type::TaskConfigPassthroughTypeEnum::KubernetesVolumes),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for TaskInputsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameters.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskInputsSpec", len)?;
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskInputsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameters",
            "artifacts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parameters,
            Artifacts,
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
                            "parameters" => Ok(GeneratedField::Parameters),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskInputsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskInputsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskInputsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameters__ = None;
                let mut artifacts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TaskInputsSpec {
                    parameters: parameters__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskInputsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_inputs_spec::InputArtifactSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskInputsSpec.InputArtifactSpec", len)?;
        if let Some(v) = self.kind.as_ref() {
            match v {
                task_inputs_spec::input_artifact_spec::Kind::TaskOutputArtifact(v) => {
                    struct_ser.serialize_field("taskOutputArtifact", v)?;
                }
                task_inputs_spec::input_artifact_spec::Kind::ComponentInputArtifact(v) => {
                    struct_ser.serialize_field("componentInputArtifact", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for task_inputs_spec::InputArtifactSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_output_artifact",
            "taskOutputArtifact",
            "component_input_artifact",
            "componentInputArtifact",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskOutputArtifact,
            ComponentInputArtifact,
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
                            "taskOutputArtifact" | "task_output_artifact" => Ok(GeneratedField::TaskOutputArtifact),
                            "componentInputArtifact" | "component_input_artifact" => Ok(GeneratedField::ComponentInputArtifact),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = task_inputs_spec::InputArtifactSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskInputsSpec.InputArtifactSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<task_inputs_spec::InputArtifactSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskOutputArtifact => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskOutputArtifact"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(task_inputs_spec::input_artifact_spec::Kind::TaskOutputArtifact)
;
                        }
                        GeneratedField::ComponentInputArtifact => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("componentInputArtifact"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(task_inputs_spec::input_artifact_spec::Kind::ComponentInputArtifact);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(task_inputs_spec::InputArtifactSpec {
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskInputsSpec.InputArtifactSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_inputs_spec::input_artifact_spec::TaskOutputArtifactSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.producer_task.is_empty() {
            len += 1;
        }
        if !self.output_artifact_key.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec", len)?;
        if !self.producer_task.is_empty() {
            struct_ser.serialize_field("producerTask", &self.producer_task)?;
        }
        if !self.output_artifact_key.is_empty() {
            struct_ser.serialize_field("outputArtifactKey", &self.output_artifact_key)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for task_inputs_spec::input_artifact_spec::TaskOutputArtifactSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "producer_task",
            "producerTask",
            "output_artifact_key",
            "outputArtifactKey",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ProducerTask,
            OutputArtifactKey,
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
                            "producerTask" | "producer_task" => Ok(GeneratedField::ProducerTask),
                            "outputArtifactKey" | "output_artifact_key" => Ok(GeneratedField::OutputArtifactKey),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = task_inputs_spec::input_artifact_spec::TaskOutputArtifactSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<task_inputs_spec::input_artifact_spec::TaskOutputArtifactSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut producer_task__ = None;
                let mut output_artifact_key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ProducerTask => {
                            if producer_task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("producerTask"));
                            }
                            producer_task__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputArtifactKey => {
                            if output_artifact_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputArtifactKey"));
                            }
                            output_artifact_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(task_inputs_spec::input_artifact_spec::TaskOutputArtifactSpec {
                    producer_task: producer_task__.unwrap_or_default(),
                    output_artifact_key: output_artifact_key__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskInputsSpec.InputArtifactSpec.TaskOutputArtifactSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_inputs_spec::InputParameterSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameter_expression_selector.is_empty() {
            len += 1;
        }
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskInputsSpec.InputParameterSpec", len)?;
        if !self.parameter_expression_selector.is_empty() {
            struct_ser.serialize_field("parameterExpressionSelector", &self.parameter_expression_selector)?;
        }
        if let Some(v) = self.kind.as_ref() {
            match v {
                task_inputs_spec::input_parameter_spec::Kind::TaskOutputParameter(v) => {
                    struct_ser.serialize_field("taskOutputParameter", v)?;
                }
                task_inputs_spec::input_parameter_spec::Kind::RuntimeValue(v) => {
                    struct_ser.serialize_field("runtimeValue", v)?;
                }
                task_inputs_spec::input_parameter_spec::Kind::ComponentInputParameter(v) => {
                    struct_ser.serialize_field("componentInputParameter", v)?;
                }
                task_inputs_spec::input_parameter_spec::Kind::TaskFinalStatus(v) => {
                    struct_ser.serialize_field("taskFinalStatus", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for task_inputs_spec::InputParameterSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameter_expression_selector",
            "parameterExpressionSelector",
            "task_output_parameter",
            "taskOutputParameter",
            "runtime_value",
            "runtimeValue",
            "component_input_parameter",
            "componentInputParameter",
            "task_final_status",
            "taskFinalStatus",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParameterExpressionSelector,
            TaskOutputParameter,
            RuntimeValue,
            ComponentInputParameter,
            TaskFinalStatus,
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
                            "parameterExpressionSelector" | "parameter_expression_selector" => Ok(GeneratedField::ParameterExpressionSelector),
                            "taskOutputParameter" | "task_output_parameter" => Ok(GeneratedField::TaskOutputParameter),
                            "runtimeValue" | "runtime_value" => Ok(GeneratedField::RuntimeValue),
                            "componentInputParameter" | "component_input_parameter" => Ok(GeneratedField::ComponentInputParameter),
                            "taskFinalStatus" | "task_final_status" => Ok(GeneratedField::TaskFinalStatus),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = task_inputs_spec::InputParameterSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskInputsSpec.InputParameterSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<task_inputs_spec::InputParameterSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameter_expression_selector__ = None;
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParameterExpressionSelector => {
                            if parameter_expression_selector__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameterExpressionSelector"));
                            }
                            parameter_expression_selector__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TaskOutputParameter => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskOutputParameter"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(task_inputs_spec::input_parameter_spec::Kind::TaskOutputParameter)
;
                        }
                        GeneratedField::RuntimeValue => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtimeValue"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(task_inputs_spec::input_parameter_spec::Kind::RuntimeValue)
;
                        }
                        GeneratedField::ComponentInputParameter => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("componentInputParameter"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(task_inputs_spec::input_parameter_spec::Kind::ComponentInputParameter);
                        }
                        GeneratedField::TaskFinalStatus => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskFinalStatus"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(task_inputs_spec::input_parameter_spec::Kind::TaskFinalStatus)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(task_inputs_spec::InputParameterSpec {
                    parameter_expression_selector: parameter_expression_selector__.unwrap_or_default(),
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskInputsSpec.InputParameterSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_inputs_spec::input_parameter_spec::TaskFinalStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.producer_task.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskFinalStatus", len)?;
        if !self.producer_task.is_empty() {
            struct_ser.serialize_field("producerTask", &self.producer_task)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for task_inputs_spec::input_parameter_spec::TaskFinalStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "producer_task",
            "producerTask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ProducerTask,
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
                            "producerTask" | "producer_task" => Ok(GeneratedField::ProducerTask),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = task_inputs_spec::input_parameter_spec::TaskFinalStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskFinalStatus")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<task_inputs_spec::input_parameter_spec::TaskFinalStatus, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut producer_task__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ProducerTask => {
                            if producer_task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("producerTask"));
                            }
                            producer_task__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(task_inputs_spec::input_parameter_spec::TaskFinalStatus {
                    producer_task: producer_task__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskFinalStatus", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_inputs_spec::input_parameter_spec::TaskOutputParameterSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.producer_task.is_empty() {
            len += 1;
        }
        if !self.output_parameter_key.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec", len)?;
        if !self.producer_task.is_empty() {
            struct_ser.serialize_field("producerTask", &self.producer_task)?;
        }
        if !self.output_parameter_key.is_empty() {
            struct_ser.serialize_field("outputParameterKey", &self.output_parameter_key)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for task_inputs_spec::input_parameter_spec::TaskOutputParameterSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "producer_task",
            "producerTask",
            "output_parameter_key",
            "outputParameterKey",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ProducerTask,
            OutputParameterKey,
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
                            "producerTask" | "producer_task" => Ok(GeneratedField::ProducerTask),
                            "outputParameterKey" | "output_parameter_key" => Ok(GeneratedField::OutputParameterKey),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = task_inputs_spec::input_parameter_spec::TaskOutputParameterSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<task_inputs_spec::input_parameter_spec::TaskOutputParameterSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut producer_task__ = None;
                let mut output_parameter_key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ProducerTask => {
                            if producer_task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("producerTask"));
                            }
                            producer_task__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputParameterKey => {
                            if output_parameter_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputParameterKey"));
                            }
                            output_parameter_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(task_inputs_spec::input_parameter_spec::TaskOutputParameterSpec {
                    producer_task: producer_task__.unwrap_or_default(),
                    output_parameter_key: output_parameter_key__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskInputsSpec.InputParameterSpec.TaskOutputParameterSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskOutputsSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parameters.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskOutputsSpec", len)?;
        if !self.parameters.is_empty() {
            struct_ser.serialize_field("parameters", &self.parameters)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskOutputsSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parameters",
            "artifacts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Parameters,
            Artifacts,
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
                            "parameters" => Ok(GeneratedField::Parameters),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskOutputsSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskOutputsSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskOutputsSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parameters__ = None;
                let mut artifacts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Parameters => {
                            if parameters__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parameters"));
                            }
                            parameters__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TaskOutputsSpec {
                    parameters: parameters__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskOutputsSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_outputs_spec::OutputArtifactSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact_type.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if !self.custom_properties.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskOutputsSpec.OutputArtifactSpec", len)?;
        if let Some(v) = self.artifact_type.as_ref() {
            struct_ser.serialize_field("artifactType", v)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if !self.custom_properties.is_empty() {
            struct_ser.serialize_field("customProperties", &self.custom_properties)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for task_outputs_spec::OutputArtifactSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_type",
            "artifactType",
            "properties",
            "custom_properties",
            "customProperties",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactType,
            Properties,
            CustomProperties,
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
                            "artifactType" | "artifact_type" => Ok(GeneratedField::ArtifactType),
                            "properties" => Ok(GeneratedField::Properties),
                            "customProperties" | "custom_properties" => Ok(GeneratedField::CustomProperties),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = task_outputs_spec::OutputArtifactSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskOutputsSpec.OutputArtifactSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<task_outputs_spec::OutputArtifactSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_type__ = None;
                let mut properties__ = None;
                let mut custom_properties__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactType => {
                            if artifact_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactType"));
                            }
                            artifact_type__ = map_.next_value()?;
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::CustomProperties => {
                            if custom_properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customProperties"));
                            }
                            custom_properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(task_outputs_spec::OutputArtifactSpec {
                    artifact_type: artifact_type__,
                    properties: properties__.unwrap_or_default(),
                    custom_properties: custom_properties__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskOutputsSpec.OutputArtifactSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for task_outputs_spec::OutputParameterSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.r#type != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.TaskOutputsSpec.OutputParameterSpec", len)?;
        if self.r#type != 0 {
            let v = primitive_type::PrimitiveTypeEnum::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for task_outputs_spec::OutputParameterSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
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
                            "type" => Ok(GeneratedField::Type),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = task_outputs_spec::OutputParameterSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.TaskOutputsSpec.OutputParameterSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<task_outputs_spec::OutputParameterSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<primitive_type::PrimitiveTypeEnum>()? as i32);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(task_outputs_spec::OutputParameterSpec {
                    r#type: r#type__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.TaskOutputsSpec.OutputParameterSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Value {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.Value", len)?;
        if let Some(v) = self.value.as_ref() {
            match v {
                value::Value::IntValue(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser.serialize_field("intValue", ToString::to_string(&v).as_str())?;
                }
                value::Value::DoubleValue(v) => {
                    struct_ser.serialize_field("doubleValue", v)?;
                }
                value::Value::StringValue(v) => {
                    struct_ser.serialize_field("stringValue", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Value {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "int_value",
            "intValue",
            "double_value",
            "doubleValue",
            "string_value",
            "stringValue",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            IntValue,
            DoubleValue,
            StringValue,
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
                            "intValue" | "int_value" => Ok(GeneratedField::IntValue),
                            "doubleValue" | "double_value" => Ok(GeneratedField::DoubleValue),
                            "stringValue" | "string_value" => Ok(GeneratedField::StringValue),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Value;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.Value")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Value, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::IntValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("intValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| value::Value::IntValue(x.0));
                        }
                        GeneratedField::DoubleValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("doubleValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| value::Value::DoubleValue(x.0));
                        }
                        GeneratedField::StringValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stringValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(value::Value::StringValue);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Value {
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.Value", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ValueOrRuntimeParameter {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.ValueOrRuntimeParameter", len)?;
        if let Some(v) = self.value.as_ref() {
            match v {
                value_or_runtime_parameter::Value::ConstantValue(v) => {
                    struct_ser.serialize_field("constantValue", v)?;
                }
                value_or_runtime_parameter::Value::RuntimeParameter(v) => {
                    struct_ser.serialize_field("runtimeParameter", v)?;
                }
                value_or_runtime_parameter::Value::Constant(v) => {
                    struct_ser.serialize_field("constant", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ValueOrRuntimeParameter {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "constant_value",
            "constantValue",
            "runtime_parameter",
            "runtimeParameter",
            "constant",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConstantValue,
            RuntimeParameter,
            Constant,
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
                            "constantValue" | "constant_value" => Ok(GeneratedField::ConstantValue),
                            "runtimeParameter" | "runtime_parameter" => Ok(GeneratedField::RuntimeParameter),
                            "constant" => Ok(GeneratedField::Constant),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ValueOrRuntimeParameter;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.ValueOrRuntimeParameter")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ValueOrRuntimeParameter, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConstantValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("constantValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(value_or_runtime_parameter::Value::ConstantValue)
;
                        }
                        GeneratedField::RuntimeParameter => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtimeParameter"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(value_or_runtime_parameter::Value::RuntimeParameter);
                        }
                        GeneratedField::Constant => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("constant"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(value_or_runtime_parameter::Value::Constant)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ValueOrRuntimeParameter {
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.ValueOrRuntimeParameter", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorkspaceConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.size.is_empty() {
            len += 1;
        }
        if self.kubernetes.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_pipelines.WorkspaceConfig", len)?;
        if !self.size.is_empty() {
            struct_ser.serialize_field("size", &self.size)?;
        }
        if let Some(v) = self.kubernetes.as_ref() {
            struct_ser.serialize_field("kubernetes", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkspaceConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "size",
            "kubernetes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Size,
            Kubernetes,
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
                            "size" => Ok(GeneratedField::Size),
                            "kubernetes" => Ok(GeneratedField::Kubernetes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkspaceConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_pipelines.WorkspaceConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WorkspaceConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut size__ = None;
                let mut kubernetes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Size => {
                            if size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("size"));
                            }
                            size__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kubernetes => {
                            if kubernetes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kubernetes"));
                            }
                            kubernetes__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(WorkspaceConfig {
                    size: size__.unwrap_or_default(),
                    kubernetes: kubernetes__,
                })
            }
        }
        deserializer.deserialize_struct("ml_pipelines.WorkspaceConfig", FIELDS, GeneratedVisitor)
    }
}
