impl serde::Serialize for AnyArtifactStructType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_metadata.AnyArtifactStructType", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AnyArtifactStructType {
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
            type Value = AnyArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.AnyArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AnyArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(AnyArtifactStructType {
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.AnyArtifactStructType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Artifact {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.type_id.is_some() {
            len += 1;
        }
        if self.r#type.is_some() {
            len += 1;
        }
        if self.uri.is_some() {
            len += 1;
        }
        if self.external_id.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if !self.custom_properties.is_empty() {
            len += 1;
        }
        if self.state.is_some() {
            len += 1;
        }
        if self.create_time_since_epoch.is_some() {
            len += 1;
        }
        if self.last_update_time_since_epoch.is_some() {
            len += 1;
        }
        if self.system_metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Artifact", len)?;
        if let Some(v) = self.id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("id", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.type_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("typeId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.r#type.as_ref() {
            struct_ser.serialize_field("type", v)?;
        }
        if let Some(v) = self.uri.as_ref() {
            struct_ser.serialize_field("uri", v)?;
        }
        if let Some(v) = self.external_id.as_ref() {
            struct_ser.serialize_field("externalId", v)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if !self.custom_properties.is_empty() {
            struct_ser.serialize_field("customProperties", &self.custom_properties)?;
        }
        if let Some(v) = self.state.as_ref() {
            let v = artifact::State::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if let Some(v) = self.create_time_since_epoch.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createTimeSinceEpoch", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.last_update_time_since_epoch.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("lastUpdateTimeSinceEpoch", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.system_metadata.as_ref() {
            struct_ser.serialize_field("systemMetadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Artifact {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "type_id",
            "typeId",
            "type",
            "uri",
            "external_id",
            "externalId",
            "properties",
            "custom_properties",
            "customProperties",
            "state",
            "create_time_since_epoch",
            "createTimeSinceEpoch",
            "last_update_time_since_epoch",
            "lastUpdateTimeSinceEpoch",
            "system_metadata",
            "systemMetadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            TypeId,
            Type,
            Uri,
            ExternalId,
            Properties,
            CustomProperties,
            State,
            CreateTimeSinceEpoch,
            LastUpdateTimeSinceEpoch,
            SystemMetadata,
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
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "typeId" | "type_id" => Ok(GeneratedField::TypeId),
                            "type" => Ok(GeneratedField::Type),
                            "uri" => Ok(GeneratedField::Uri),
                            "externalId" | "external_id" => Ok(GeneratedField::ExternalId),
                            "properties" => Ok(GeneratedField::Properties),
                            "customProperties" | "custom_properties" => Ok(GeneratedField::CustomProperties),
                            "state" => Ok(GeneratedField::State),
                            "createTimeSinceEpoch" | "create_time_since_epoch" => Ok(GeneratedField::CreateTimeSinceEpoch),
                            "lastUpdateTimeSinceEpoch" | "last_update_time_since_epoch" => Ok(GeneratedField::LastUpdateTimeSinceEpoch),
                            "systemMetadata" | "system_metadata" => Ok(GeneratedField::SystemMetadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Artifact;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Artifact")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Artifact, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut type_id__ = None;
                let mut r#type__ = None;
                let mut uri__ = None;
                let mut external_id__ = None;
                let mut properties__ = None;
                let mut custom_properties__ = None;
                let mut state__ = None;
                let mut create_time_since_epoch__ = None;
                let mut last_update_time_since_epoch__ = None;
                let mut system_metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeId => {
                            if type_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeId"));
                            }
                            type_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
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
                            uri__ = map_.next_value()?;
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = map_.next_value()?;
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
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = map_.next_value::<::std::option::Option<artifact::State>>()?.map(|x| x as i32);
                        }
                        GeneratedField::CreateTimeSinceEpoch => {
                            if create_time_since_epoch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTimeSinceEpoch"));
                            }
                            create_time_since_epoch__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::LastUpdateTimeSinceEpoch => {
                            if last_update_time_since_epoch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastUpdateTimeSinceEpoch"));
                            }
                            last_update_time_since_epoch__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SystemMetadata => {
                            if system_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemMetadata"));
                            }
                            system_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Artifact {
                    id: id__,
                    name: name__,
                    type_id: type_id__,
                    r#type: r#type__,
                    uri: uri__,
                    external_id: external_id__,
                    properties: properties__.unwrap_or_default(),
                    custom_properties: custom_properties__.unwrap_or_default(),
                    state: state__,
                    create_time_since_epoch: create_time_since_epoch__,
                    last_update_time_since_epoch: last_update_time_since_epoch__,
                    system_metadata: system_metadata__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Artifact", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for artifact::State {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unknown => "UNKNOWN",
            Self::Pending => "PENDING",
            Self::Live => "LIVE",
            Self::MarkedForDeletion => "MARKED_FOR_DELETION",
            Self::Deleted => "DELETED",
            Self::Abandoned => "ABANDONED",
            Self::Reference => "REFERENCE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for artifact::State {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNKNOWN",
            "PENDING",
            "LIVE",
            "MARKED_FOR_DELETION",
            "DELETED",
            "ABANDONED",
            "REFERENCE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = artifact::State;

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
                    "UNKNOWN" => Ok(artifact::State::Unknown),
                    "PENDING" => Ok(artifact::State::Pending),
                    "LIVE" => Ok(artifact::State::Live),
                    "MARKED_FOR_DELETION" => Ok(artifact::State::MarkedForDeletion),
                    "DELETED" => Ok(artifact::State::Deleted),
                    "ABANDONED" => Ok(artifact::State::Abandoned),
                    "REFERENCE" => Ok(artifact::State::Reference),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactAndType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact.is_some() {
            len += 1;
        }
        if self.r#type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ArtifactAndType", len)?;
        if let Some(v) = self.artifact.as_ref() {
            struct_ser.serialize_field("artifact", v)?;
        }
        if let Some(v) = self.r#type.as_ref() {
            struct_ser.serialize_field("type", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactAndType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact",
            "type",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifact,
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
                            "artifact" => Ok(GeneratedField::Artifact),
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
            type Value = ArtifactAndType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ArtifactAndType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactAndType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact__ = None;
                let mut r#type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifact => {
                            if artifact__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifact"));
                            }
                            artifact__ = map_.next_value()?;
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactAndType {
                    artifact: artifact__,
                    r#type: r#type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ArtifactAndType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactStruct {
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
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ArtifactStruct", len)?;
        if let Some(v) = self.value.as_ref() {
            match v {
                artifact_struct::Value::Artifact(v) => {
                    struct_ser.serialize_field("artifact", v)?;
                }
                artifact_struct::Value::Map(v) => {
                    struct_ser.serialize_field("map", v)?;
                }
                artifact_struct::Value::List(v) => {
                    struct_ser.serialize_field("list", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactStruct {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact",
            "map",
            "list",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifact,
            Map,
            List,
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
                            "artifact" => Ok(GeneratedField::Artifact),
                            "map" => Ok(GeneratedField::Map),
                            "list" => Ok(GeneratedField::List),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactStruct;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ArtifactStruct")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactStruct, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifact => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifact"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct::Value::Artifact)
;
                        }
                        GeneratedField::Map => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("map"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct::Value::Map)
;
                        }
                        GeneratedField::List => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("list"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct::Value::List)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactStruct {
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ArtifactStruct", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactStructList {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.elements.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ArtifactStructList", len)?;
        if !self.elements.is_empty() {
            struct_ser.serialize_field("elements", &self.elements)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactStructList {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "elements",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Elements,
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
                            "elements" => Ok(GeneratedField::Elements),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactStructList;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ArtifactStructList")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactStructList, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut elements__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Elements => {
                            if elements__.is_some() {
                                return Err(serde::de::Error::duplicate_field("elements"));
                            }
                            elements__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactStructList {
                    elements: elements__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ArtifactStructList", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactStructMap {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.properties.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ArtifactStructMap", len)?;
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactStructMap {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "properties",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Properties,
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
                            "properties" => Ok(GeneratedField::Properties),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactStructMap;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ArtifactStructMap")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactStructMap, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut properties__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactStructMap {
                    properties: properties__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ArtifactStructMap", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactStructType {
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
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ArtifactStructType", len)?;
        if let Some(v) = self.kind.as_ref() {
            match v {
                artifact_struct_type::Kind::Simple(v) => {
                    struct_ser.serialize_field("simple", v)?;
                }
                artifact_struct_type::Kind::UnionType(v) => {
                    struct_ser.serialize_field("unionType", v)?;
                }
                artifact_struct_type::Kind::Intersection(v) => {
                    struct_ser.serialize_field("intersection", v)?;
                }
                artifact_struct_type::Kind::List(v) => {
                    struct_ser.serialize_field("list", v)?;
                }
                artifact_struct_type::Kind::None(v) => {
                    struct_ser.serialize_field("none", v)?;
                }
                artifact_struct_type::Kind::Any(v) => {
                    struct_ser.serialize_field("any", v)?;
                }
                artifact_struct_type::Kind::Tuple(v) => {
                    struct_ser.serialize_field("tuple", v)?;
                }
                artifact_struct_type::Kind::Dict(v) => {
                    struct_ser.serialize_field("dict", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactStructType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "simple",
            "union_type",
            "unionType",
            "intersection",
            "list",
            "none",
            "any",
            "tuple",
            "dict",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Simple,
            UnionType,
            Intersection,
            List,
            None,
            Any,
            Tuple,
            Dict,
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
                            "simple" => Ok(GeneratedField::Simple),
                            "unionType" | "union_type" => Ok(GeneratedField::UnionType),
                            "intersection" => Ok(GeneratedField::Intersection),
                            "list" => Ok(GeneratedField::List),
                            "none" => Ok(GeneratedField::None),
                            "any" => Ok(GeneratedField::Any),
                            "tuple" => Ok(GeneratedField::Tuple),
                            "dict" => Ok(GeneratedField::Dict),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Simple => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("simple"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::Simple)
;
                        }
                        GeneratedField::UnionType => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("unionType"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::UnionType)
;
                        }
                        GeneratedField::Intersection => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("intersection"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::Intersection)
;
                        }
                        GeneratedField::List => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("list"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::List)
;
                        }
                        GeneratedField::None => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("none"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::None)
;
                        }
                        GeneratedField::Any => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("any"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::Any)
;
                        }
                        GeneratedField::Tuple => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tuple"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::Tuple)
;
                        }
                        GeneratedField::Dict => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dict"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(artifact_struct_type::Kind::Dict)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactStructType {
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ArtifactStructType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArtifactType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.version.is_some() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.external_id.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if self.base_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ArtifactType", len)?;
        if let Some(v) = self.id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("id", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.version.as_ref() {
            struct_ser.serialize_field("version", v)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if let Some(v) = self.external_id.as_ref() {
            struct_ser.serialize_field("externalId", v)?;
        }
        if !self.properties.is_empty() {
            let v: std::collections::HashMap<_, _> = self.properties.iter()
                .map(|(k, v)| {
                    let v = PropertyType::try_from(*v)
                        .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
                    Ok((k, v))
                }).collect::<std::result::Result<_,_>>()?;
            struct_ser.serialize_field("properties", &v)?;
        }
        if let Some(v) = self.base_type.as_ref() {
            let v = artifact_type::SystemDefinedBaseType::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("baseType", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArtifactType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "version",
            "description",
            "external_id",
            "externalId",
            "properties",
            "base_type",
            "baseType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Version,
            Description,
            ExternalId,
            Properties,
            BaseType,
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
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "version" => Ok(GeneratedField::Version),
                            "description" => Ok(GeneratedField::Description),
                            "externalId" | "external_id" => Ok(GeneratedField::ExternalId),
                            "properties" => Ok(GeneratedField::Properties),
                            "baseType" | "base_type" => Ok(GeneratedField::BaseType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArtifactType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ArtifactType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArtifactType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut version__ = None;
                let mut description__ = None;
                let mut external_id__ = None;
                let mut properties__ = None;
                let mut base_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = map_.next_value()?;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = map_.next_value()?;
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, PropertyType>>()?
                                    .into_iter().map(|(k,v)| (k, v as i32)).collect()
                            );
                        }
                        GeneratedField::BaseType => {
                            if base_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baseType"));
                            }
                            base_type__ = map_.next_value::<::std::option::Option<artifact_type::SystemDefinedBaseType>>()?.map(|x| x as i32);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ArtifactType {
                    id: id__,
                    name: name__,
                    version: version__,
                    description: description__,
                    external_id: external_id__,
                    properties: properties__.unwrap_or_default(),
                    base_type: base_type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ArtifactType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for artifact_type::SystemDefinedBaseType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unset => "UNSET",
            Self::Dataset => "DATASET",
            Self::Model => "MODEL",
            Self::Metrics => "METRICS",
            Self::Statistics => "STATISTICS",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for artifact_type::SystemDefinedBaseType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNSET",
            "DATASET",
            "MODEL",
            "METRICS",
            "STATISTICS",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = artifact_type::SystemDefinedBaseType;

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
                    "UNSET" => Ok(artifact_type::SystemDefinedBaseType::Unset),
                    "DATASET" => Ok(artifact_type::SystemDefinedBaseType::Dataset),
                    "MODEL" => Ok(artifact_type::SystemDefinedBaseType::Model),
                    "METRICS" => Ok(artifact_type::SystemDefinedBaseType::Metrics),
                    "STATISTICS" => Ok(artifact_type::SystemDefinedBaseType::Statistics),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Association {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution_id.is_some() {
            len += 1;
        }
        if self.context_id.is_some() {
            len += 1;
        }
        if self.system_metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Association", len)?;
        if let Some(v) = self.execution_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("executionId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.context_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contextId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.system_metadata.as_ref() {
            struct_ser.serialize_field("systemMetadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Association {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "context_id",
            "contextId",
            "system_metadata",
            "systemMetadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            ContextId,
            SystemMetadata,
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
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "contextId" | "context_id" => Ok(GeneratedField::ContextId),
                            "systemMetadata" | "system_metadata" => Ok(GeneratedField::SystemMetadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Association;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Association")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Association, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut context_id__ = None;
                let mut system_metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ContextId => {
                            if context_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextId"));
                            }
                            context_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SystemMetadata => {
                            if system_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemMetadata"));
                            }
                            system_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Association {
                    execution_id: execution_id__,
                    context_id: context_id__,
                    system_metadata: system_metadata__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Association", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Attribution {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact_id.is_some() {
            len += 1;
        }
        if self.context_id.is_some() {
            len += 1;
        }
        if self.system_metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Attribution", len)?;
        if let Some(v) = self.artifact_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("artifactId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.context_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contextId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.system_metadata.as_ref() {
            struct_ser.serialize_field("systemMetadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Attribution {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_id",
            "artifactId",
            "context_id",
            "contextId",
            "system_metadata",
            "systemMetadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactId,
            ContextId,
            SystemMetadata,
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
                            "artifactId" | "artifact_id" => Ok(GeneratedField::ArtifactId),
                            "contextId" | "context_id" => Ok(GeneratedField::ContextId),
                            "systemMetadata" | "system_metadata" => Ok(GeneratedField::SystemMetadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Attribution;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Attribution")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Attribution, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_id__ = None;
                let mut context_id__ = None;
                let mut system_metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactId => {
                            if artifact_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactId"));
                            }
                            artifact_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ContextId => {
                            if context_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextId"));
                            }
                            context_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SystemMetadata => {
                            if system_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemMetadata"));
                            }
                            system_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Attribution {
                    artifact_id: artifact_id__,
                    context_id: context_id__,
                    system_metadata: system_metadata__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Attribution", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConnectionConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.retry_options.is_some() {
            len += 1;
        }
        if self.config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ConnectionConfig", len)?;
        if let Some(v) = self.retry_options.as_ref() {
            struct_ser.serialize_field("retryOptions", v)?;
        }
        if let Some(v) = self.config.as_ref() {
            match v {
                connection_config::Config::FakeDatabase(v) => {
                    struct_ser.serialize_field("fakeDatabase", v)?;
                }
                connection_config::Config::Mysql(v) => {
                    struct_ser.serialize_field("mysql", v)?;
                }
                connection_config::Config::Sqlite(v) => {
                    struct_ser.serialize_field("sqlite", v)?;
                }
                connection_config::Config::Postgresql(v) => {
                    struct_ser.serialize_field("postgresql", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConnectionConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "retry_options",
            "retryOptions",
            "fake_database",
            "fakeDatabase",
            "mysql",
            "sqlite",
            "postgresql",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RetryOptions,
            FakeDatabase,
            Mysql,
            Sqlite,
            Postgresql,
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
                            "retryOptions" | "retry_options" => Ok(GeneratedField::RetryOptions),
                            "fakeDatabase" | "fake_database" => Ok(GeneratedField::FakeDatabase),
                            "mysql" => Ok(GeneratedField::Mysql),
                            "sqlite" => Ok(GeneratedField::Sqlite),
                            "postgresql" => Ok(GeneratedField::Postgresql),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConnectionConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ConnectionConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConnectionConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut retry_options__ = None;
                let mut config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RetryOptions => {
                            if retry_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryOptions"));
                            }
                            retry_options__ = map_.next_value()?;
                        }
                        GeneratedField::FakeDatabase => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fakeDatabase"));
                            }
                            config__ = map_.next_value::<::std::option::Option<_>>()?.map(connection_config::Config::FakeDatabase)
;
                        }
                        GeneratedField::Mysql => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mysql"));
                            }
                            config__ = map_.next_value::<::std::option::Option<_>>()?.map(connection_config::Config::Mysql)
;
                        }
                        GeneratedField::Sqlite => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sqlite"));
                            }
                            config__ = map_.next_value::<::std::option::Option<_>>()?.map(connection_config::Config::Sqlite)
;
                        }
                        GeneratedField::Postgresql => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("postgresql"));
                            }
                            config__ = map_.next_value::<::std::option::Option<_>>()?.map(connection_config::Config::Postgresql)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ConnectionConfig {
                    retry_options: retry_options__,
                    config: config__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ConnectionConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Context {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.type_id.is_some() {
            len += 1;
        }
        if self.r#type.is_some() {
            len += 1;
        }
        if self.external_id.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if !self.custom_properties.is_empty() {
            len += 1;
        }
        if self.create_time_since_epoch.is_some() {
            len += 1;
        }
        if self.last_update_time_since_epoch.is_some() {
            len += 1;
        }
        if self.system_metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Context", len)?;
        if let Some(v) = self.id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("id", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.type_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("typeId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.r#type.as_ref() {
            struct_ser.serialize_field("type", v)?;
        }
        if let Some(v) = self.external_id.as_ref() {
            struct_ser.serialize_field("externalId", v)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if !self.custom_properties.is_empty() {
            struct_ser.serialize_field("customProperties", &self.custom_properties)?;
        }
        if let Some(v) = self.create_time_since_epoch.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createTimeSinceEpoch", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.last_update_time_since_epoch.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("lastUpdateTimeSinceEpoch", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.system_metadata.as_ref() {
            struct_ser.serialize_field("systemMetadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Context {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "type_id",
            "typeId",
            "type",
            "external_id",
            "externalId",
            "properties",
            "custom_properties",
            "customProperties",
            "create_time_since_epoch",
            "createTimeSinceEpoch",
            "last_update_time_since_epoch",
            "lastUpdateTimeSinceEpoch",
            "system_metadata",
            "systemMetadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            TypeId,
            Type,
            ExternalId,
            Properties,
            CustomProperties,
            CreateTimeSinceEpoch,
            LastUpdateTimeSinceEpoch,
            SystemMetadata,
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
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "typeId" | "type_id" => Ok(GeneratedField::TypeId),
                            "type" => Ok(GeneratedField::Type),
                            "externalId" | "external_id" => Ok(GeneratedField::ExternalId),
                            "properties" => Ok(GeneratedField::Properties),
                            "customProperties" | "custom_properties" => Ok(GeneratedField::CustomProperties),
                            "createTimeSinceEpoch" | "create_time_since_epoch" => Ok(GeneratedField::CreateTimeSinceEpoch),
                            "lastUpdateTimeSinceEpoch" | "last_update_time_since_epoch" => Ok(GeneratedField::LastUpdateTimeSinceEpoch),
                            "systemMetadata" | "system_metadata" => Ok(GeneratedField::SystemMetadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Context;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Context")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Context, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut type_id__ = None;
                let mut r#type__ = None;
                let mut external_id__ = None;
                let mut properties__ = None;
                let mut custom_properties__ = None;
                let mut create_time_since_epoch__ = None;
                let mut last_update_time_since_epoch__ = None;
                let mut system_metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeId => {
                            if type_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeId"));
                            }
                            type_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = map_.next_value()?;
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = map_.next_value()?;
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
                        GeneratedField::CreateTimeSinceEpoch => {
                            if create_time_since_epoch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTimeSinceEpoch"));
                            }
                            create_time_since_epoch__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::LastUpdateTimeSinceEpoch => {
                            if last_update_time_since_epoch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastUpdateTimeSinceEpoch"));
                            }
                            last_update_time_since_epoch__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SystemMetadata => {
                            if system_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemMetadata"));
                            }
                            system_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Context {
                    id: id__,
                    name: name__,
                    type_id: type_id__,
                    r#type: r#type__,
                    external_id: external_id__,
                    properties: properties__.unwrap_or_default(),
                    custom_properties: custom_properties__.unwrap_or_default(),
                    create_time_since_epoch: create_time_since_epoch__,
                    last_update_time_since_epoch: last_update_time_since_epoch__,
                    system_metadata: system_metadata__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Context", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ContextType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.version.is_some() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.external_id.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if self.base_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ContextType", len)?;
        if let Some(v) = self.id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("id", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.version.as_ref() {
            struct_ser.serialize_field("version", v)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if let Some(v) = self.external_id.as_ref() {
            struct_ser.serialize_field("externalId", v)?;
        }
        if !self.properties.is_empty() {
            let v: std::collections::HashMap<_, _> = self.properties.iter()
                .map(|(k, v)| {
                    let v = PropertyType::try_from(*v)
                        .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
                    Ok((k, v))
                }).collect::<std::result::Result<_,_>>()?;
            struct_ser.serialize_field("properties", &v)?;
        }
        if let Some(v) = self.base_type.as_ref() {
            let v = context_type::SystemDefinedBaseType::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("baseType", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ContextType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "version",
            "description",
            "external_id",
            "externalId",
            "properties",
            "base_type",
            "baseType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Version,
            Description,
            ExternalId,
            Properties,
            BaseType,
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
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "version" => Ok(GeneratedField::Version),
                            "description" => Ok(GeneratedField::Description),
                            "externalId" | "external_id" => Ok(GeneratedField::ExternalId),
                            "properties" => Ok(GeneratedField::Properties),
                            "baseType" | "base_type" => Ok(GeneratedField::BaseType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ContextType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ContextType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ContextType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut version__ = None;
                let mut description__ = None;
                let mut external_id__ = None;
                let mut properties__ = None;
                let mut base_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = map_.next_value()?;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = map_.next_value()?;
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, PropertyType>>()?
                                    .into_iter().map(|(k,v)| (k, v as i32)).collect()
                            );
                        }
                        GeneratedField::BaseType => {
                            if base_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baseType"));
                            }
                            base_type__ = map_.next_value::<::std::option::Option<context_type::SystemDefinedBaseType>>()?.map(|x| x as i32);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ContextType {
                    id: id__,
                    name: name__,
                    version: version__,
                    description: description__,
                    external_id: external_id__,
                    properties: properties__.unwrap_or_default(),
                    base_type: base_type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ContextType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for context_type::SystemDefinedBaseType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unset => "UNSET",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for context_type::SystemDefinedBaseType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNSET",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = context_type::SystemDefinedBaseType;

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
                    "UNSET" => Ok(context_type::SystemDefinedBaseType::Unset),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for DictArtifactStructType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.properties.is_empty() {
            len += 1;
        }
        if self.none_type_not_required.is_some() {
            len += 1;
        }
        if self.extra_properties_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.DictArtifactStructType", len)?;
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if let Some(v) = self.none_type_not_required.as_ref() {
            struct_ser.serialize_field("noneTypeNotRequired", v)?;
        }
        if let Some(v) = self.extra_properties_type.as_ref() {
            struct_ser.serialize_field("extraPropertiesType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DictArtifactStructType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "properties",
            "none_type_not_required",
            "noneTypeNotRequired",
            "extra_properties_type",
            "extraPropertiesType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Properties,
            NoneTypeNotRequired,
            ExtraPropertiesType,
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
                            "properties" => Ok(GeneratedField::Properties),
                            "noneTypeNotRequired" | "none_type_not_required" => Ok(GeneratedField::NoneTypeNotRequired),
                            "extraPropertiesType" | "extra_properties_type" => Ok(GeneratedField::ExtraPropertiesType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DictArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.DictArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DictArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut properties__ = None;
                let mut none_type_not_required__ = None;
                let mut extra_properties_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::NoneTypeNotRequired => {
                            if none_type_not_required__.is_some() {
                                return Err(serde::de::Error::duplicate_field("noneTypeNotRequired"));
                            }
                            none_type_not_required__ = map_.next_value()?;
                        }
                        GeneratedField::ExtraPropertiesType => {
                            if extra_properties_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extraPropertiesType"));
                            }
                            extra_properties_type__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DictArtifactStructType {
                    properties: properties__.unwrap_or_default(),
                    none_type_not_required: none_type_not_required__,
                    extra_properties_type: extra_properties_type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.DictArtifactStructType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Event {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact_id.is_some() {
            len += 1;
        }
        if self.execution_id.is_some() {
            len += 1;
        }
        if self.path.is_some() {
            len += 1;
        }
        if self.r#type.is_some() {
            len += 1;
        }
        if self.milliseconds_since_epoch.is_some() {
            len += 1;
        }
        if self.system_metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Event", len)?;
        if let Some(v) = self.artifact_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("artifactId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.execution_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("executionId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.path.as_ref() {
            struct_ser.serialize_field("path", v)?;
        }
        if let Some(v) = self.r#type.as_ref() {
            let v = event::Type::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        if let Some(v) = self.milliseconds_since_epoch.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("millisecondsSinceEpoch", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.system_metadata.as_ref() {
            struct_ser.serialize_field("systemMetadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Event {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_id",
            "artifactId",
            "execution_id",
            "executionId",
            "path",
            "type",
            "milliseconds_since_epoch",
            "millisecondsSinceEpoch",
            "system_metadata",
            "systemMetadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactId,
            ExecutionId,
            Path,
            Type,
            MillisecondsSinceEpoch,
            SystemMetadata,
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
                            "artifactId" | "artifact_id" => Ok(GeneratedField::ArtifactId),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "path" => Ok(GeneratedField::Path),
                            "type" => Ok(GeneratedField::Type),
                            "millisecondsSinceEpoch" | "milliseconds_since_epoch" => Ok(GeneratedField::MillisecondsSinceEpoch),
                            "systemMetadata" | "system_metadata" => Ok(GeneratedField::SystemMetadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Event;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Event")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Event, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_id__ = None;
                let mut execution_id__ = None;
                let mut path__ = None;
                let mut r#type__ = None;
                let mut milliseconds_since_epoch__ = None;
                let mut system_metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactId => {
                            if artifact_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactId"));
                            }
                            artifact_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Path => {
                            if path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            path__ = map_.next_value()?;
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = map_.next_value::<::std::option::Option<event::Type>>()?.map(|x| x as i32);
                        }
                        GeneratedField::MillisecondsSinceEpoch => {
                            if milliseconds_since_epoch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("millisecondsSinceEpoch"));
                            }
                            milliseconds_since_epoch__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SystemMetadata => {
                            if system_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemMetadata"));
                            }
                            system_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Event {
                    artifact_id: artifact_id__,
                    execution_id: execution_id__,
                    path: path__,
                    r#type: r#type__,
                    milliseconds_since_epoch: milliseconds_since_epoch__,
                    system_metadata: system_metadata__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Event", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for event::Path {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.steps.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Event.Path", len)?;
        if !self.steps.is_empty() {
            struct_ser.serialize_field("steps", &self.steps)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for event::Path {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "steps",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Steps,
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
                            "steps" => Ok(GeneratedField::Steps),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = event::Path;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Event.Path")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<event::Path, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut steps__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Steps => {
                            if steps__.is_some() {
                                return Err(serde::de::Error::duplicate_field("steps"));
                            }
                            steps__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(event::Path {
                    steps: steps__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Event.Path", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for event::path::Step {
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
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Event.Path.Step", len)?;
        if let Some(v) = self.value.as_ref() {
            match v {
                event::path::step::Value::Index(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser.serialize_field("index", ToString::to_string(&v).as_str())?;
                }
                event::path::step::Value::Key(v) => {
                    struct_ser.serialize_field("key", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for event::path::Step {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "index",
            "key",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Index,
            Key,
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
                            "index" => Ok(GeneratedField::Index),
                            "key" => Ok(GeneratedField::Key),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = event::path::Step;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Event.Path.Step")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<event::path::Step, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Index => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("index"));
                            }
                            value__ = map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| event::path::step::Value::Index(x.0));
                        }
                        GeneratedField::Key => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(event::path::step::Value::Key);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(event::path::Step {
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Event.Path.Step", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for event::Type {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unknown => "UNKNOWN",
            Self::DeclaredOutput => "DECLARED_OUTPUT",
            Self::DeclaredInput => "DECLARED_INPUT",
            Self::Input => "INPUT",
            Self::Output => "OUTPUT",
            Self::InternalInput => "INTERNAL_INPUT",
            Self::InternalOutput => "INTERNAL_OUTPUT",
            Self::PendingOutput => "PENDING_OUTPUT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for event::Type {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNKNOWN",
            "DECLARED_OUTPUT",
            "DECLARED_INPUT",
            "INPUT",
            "OUTPUT",
            "INTERNAL_INPUT",
            "INTERNAL_OUTPUT",
            "PENDING_OUTPUT",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = event::Type;

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
                    "UNKNOWN" => Ok(event::Type::Unknown),
                    "DECLARED_OUTPUT" => Ok(event::Type::DeclaredOutput),
                    "DECLARED_INPUT" => Ok(event::Type::DeclaredInput),
                    "INPUT" => Ok(event::Type::Input),
                    "OUTPUT" => Ok(event::Type::Output),
                    "INTERNAL_INPUT" => Ok(event::Type::InternalInput),
                    "INTERNAL_OUTPUT" => Ok(event::Type::InternalOutput),
                    "PENDING_OUTPUT" => Ok(event::Type::PendingOutput),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Execution {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.type_id.is_some() {
            len += 1;
        }
        if self.r#type.is_some() {
            len += 1;
        }
        if self.external_id.is_some() {
            len += 1;
        }
        if self.last_known_state.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if !self.custom_properties.is_empty() {
            len += 1;
        }
        if self.create_time_since_epoch.is_some() {
            len += 1;
        }
        if self.last_update_time_since_epoch.is_some() {
            len += 1;
        }
        if self.system_metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Execution", len)?;
        if let Some(v) = self.id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("id", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.type_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("typeId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.r#type.as_ref() {
            struct_ser.serialize_field("type", v)?;
        }
        if let Some(v) = self.external_id.as_ref() {
            struct_ser.serialize_field("externalId", v)?;
        }
        if let Some(v) = self.last_known_state.as_ref() {
            let v = execution::State::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("lastKnownState", &v)?;
        }
        if !self.properties.is_empty() {
            struct_ser.serialize_field("properties", &self.properties)?;
        }
        if !self.custom_properties.is_empty() {
            struct_ser.serialize_field("customProperties", &self.custom_properties)?;
        }
        if let Some(v) = self.create_time_since_epoch.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createTimeSinceEpoch", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.last_update_time_since_epoch.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("lastUpdateTimeSinceEpoch", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.system_metadata.as_ref() {
            struct_ser.serialize_field("systemMetadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Execution {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "type_id",
            "typeId",
            "type",
            "external_id",
            "externalId",
            "last_known_state",
            "lastKnownState",
            "properties",
            "custom_properties",
            "customProperties",
            "create_time_since_epoch",
            "createTimeSinceEpoch",
            "last_update_time_since_epoch",
            "lastUpdateTimeSinceEpoch",
            "system_metadata",
            "systemMetadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            TypeId,
            Type,
            ExternalId,
            LastKnownState,
            Properties,
            CustomProperties,
            CreateTimeSinceEpoch,
            LastUpdateTimeSinceEpoch,
            SystemMetadata,
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
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "typeId" | "type_id" => Ok(GeneratedField::TypeId),
                            "type" => Ok(GeneratedField::Type),
                            "externalId" | "external_id" => Ok(GeneratedField::ExternalId),
                            "lastKnownState" | "last_known_state" => Ok(GeneratedField::LastKnownState),
                            "properties" => Ok(GeneratedField::Properties),
                            "customProperties" | "custom_properties" => Ok(GeneratedField::CustomProperties),
                            "createTimeSinceEpoch" | "create_time_since_epoch" => Ok(GeneratedField::CreateTimeSinceEpoch),
                            "lastUpdateTimeSinceEpoch" | "last_update_time_since_epoch" => Ok(GeneratedField::LastUpdateTimeSinceEpoch),
                            "systemMetadata" | "system_metadata" => Ok(GeneratedField::SystemMetadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Execution;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.Execution")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Execution, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut type_id__ = None;
                let mut r#type__ = None;
                let mut external_id__ = None;
                let mut last_known_state__ = None;
                let mut properties__ = None;
                let mut custom_properties__ = None;
                let mut create_time_since_epoch__ = None;
                let mut last_update_time_since_epoch__ = None;
                let mut system_metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeId => {
                            if type_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeId"));
                            }
                            type_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = map_.next_value()?;
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = map_.next_value()?;
                        }
                        GeneratedField::LastKnownState => {
                            if last_known_state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastKnownState"));
                            }
                            last_known_state__ = map_.next_value::<::std::option::Option<execution::State>>()?.map(|x| x as i32);
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
                        GeneratedField::CreateTimeSinceEpoch => {
                            if create_time_since_epoch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTimeSinceEpoch"));
                            }
                            create_time_since_epoch__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::LastUpdateTimeSinceEpoch => {
                            if last_update_time_since_epoch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastUpdateTimeSinceEpoch"));
                            }
                            last_update_time_since_epoch__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SystemMetadata => {
                            if system_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemMetadata"));
                            }
                            system_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Execution {
                    id: id__,
                    name: name__,
                    type_id: type_id__,
                    r#type: r#type__,
                    external_id: external_id__,
                    last_known_state: last_known_state__,
                    properties: properties__.unwrap_or_default(),
                    custom_properties: custom_properties__.unwrap_or_default(),
                    create_time_since_epoch: create_time_since_epoch__,
                    last_update_time_since_epoch: last_update_time_since_epoch__,
                    system_metadata: system_metadata__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.Execution", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for execution::State {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unknown => "UNKNOWN",
            Self::New => "NEW",
            Self::Running => "RUNNING",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
            Self::Cached => "CACHED",
            Self::Canceled => "CANCELED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for execution::State {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNKNOWN",
            "NEW",
            "RUNNING",
            "COMPLETE",
            "FAILED",
            "CACHED",
            "CANCELED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = execution::State;

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
                    "UNKNOWN" => Ok(execution::State::Unknown),
                    "NEW" => Ok(execution::State::New),
                    "RUNNING" => Ok(execution::State::Running),
                    "COMPLETE" => Ok(execution::State::Complete),
                    "FAILED" => Ok(execution::State::Failed),
                    "CACHED" => Ok(execution::State::Cached),
                    "CANCELED" => Ok(execution::State::Canceled),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutionType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.name.is_some() {
            len += 1;
        }
        if self.version.is_some() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if self.external_id.is_some() {
            len += 1;
        }
        if !self.properties.is_empty() {
            len += 1;
        }
        if self.input_type.is_some() {
            len += 1;
        }
        if self.output_type.is_some() {
            len += 1;
        }
        if self.base_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ExecutionType", len)?;
        if let Some(v) = self.id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("id", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.name.as_ref() {
            struct_ser.serialize_field("name", v)?;
        }
        if let Some(v) = self.version.as_ref() {
            struct_ser.serialize_field("version", v)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if let Some(v) = self.external_id.as_ref() {
            struct_ser.serialize_field("externalId", v)?;
        }
        if !self.properties.is_empty() {
            let v: std::collections::HashMap<_, _> = self.properties.iter()
                .map(|(k, v)| {
                    let v = PropertyType::try_from(*v)
                        .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
                    Ok((k, v))
                }).collect::<std::result::Result<_,_>>()?;
            struct_ser.serialize_field("properties", &v)?;
        }
        if let Some(v) = self.input_type.as_ref() {
            struct_ser.serialize_field("inputType", v)?;
        }
        if let Some(v) = self.output_type.as_ref() {
            struct_ser.serialize_field("outputType", v)?;
        }
        if let Some(v) = self.base_type.as_ref() {
            let v = execution_type::SystemDefinedBaseType::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("baseType", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutionType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "version",
            "description",
            "external_id",
            "externalId",
            "properties",
            "input_type",
            "inputType",
            "output_type",
            "outputType",
            "base_type",
            "baseType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Version,
            Description,
            ExternalId,
            Properties,
            InputType,
            OutputType,
            BaseType,
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
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "version" => Ok(GeneratedField::Version),
                            "description" => Ok(GeneratedField::Description),
                            "externalId" | "external_id" => Ok(GeneratedField::ExternalId),
                            "properties" => Ok(GeneratedField::Properties),
                            "inputType" | "input_type" => Ok(GeneratedField::InputType),
                            "outputType" | "output_type" => Ok(GeneratedField::OutputType),
                            "baseType" | "base_type" => Ok(GeneratedField::BaseType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutionType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ExecutionType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutionType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut version__ = None;
                let mut description__ = None;
                let mut external_id__ = None;
                let mut properties__ = None;
                let mut input_type__ = None;
                let mut output_type__ = None;
                let mut base_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = map_.next_value()?;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = map_.next_value()?;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = map_.next_value()?;
                        }
                        GeneratedField::Properties => {
                            if properties__.is_some() {
                                return Err(serde::de::Error::duplicate_field("properties"));
                            }
                            properties__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, PropertyType>>()?
                                    .into_iter().map(|(k,v)| (k, v as i32)).collect()
                            );
                        }
                        GeneratedField::InputType => {
                            if input_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputType"));
                            }
                            input_type__ = map_.next_value()?;
                        }
                        GeneratedField::OutputType => {
                            if output_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputType"));
                            }
                            output_type__ = map_.next_value()?;
                        }
                        GeneratedField::BaseType => {
                            if base_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baseType"));
                            }
                            base_type__ = map_.next_value::<::std::option::Option<execution_type::SystemDefinedBaseType>>()?.map(|x| x as i32);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ExecutionType {
                    id: id__,
                    name: name__,
                    version: version__,
                    description: description__,
                    external_id: external_id__,
                    properties: properties__.unwrap_or_default(),
                    input_type: input_type__,
                    output_type: output_type__,
                    base_type: base_type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ExecutionType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for execution_type::SystemDefinedBaseType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unset => "UNSET",
            Self::Train => "TRAIN",
            Self::Transform => "TRANSFORM",
            Self::Process => "PROCESS",
            Self::Evaluate => "EVALUATE",
            Self::Deploy => "DEPLOY",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for execution_type::SystemDefinedBaseType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNSET",
            "TRAIN",
            "TRANSFORM",
            "PROCESS",
            "EVALUATE",
            "DEPLOY",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = execution_type::SystemDefinedBaseType;

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
                    "UNSET" => Ok(execution_type::SystemDefinedBaseType::Unset),
                    "TRAIN" => Ok(execution_type::SystemDefinedBaseType::Train),
                    "TRANSFORM" => Ok(execution_type::SystemDefinedBaseType::Transform),
                    "PROCESS" => Ok(execution_type::SystemDefinedBaseType::Process),
                    "EVALUATE" => Ok(execution_type::SystemDefinedBaseType::Evaluate),
                    "DEPLOY" => Ok(execution_type::SystemDefinedBaseType::Deploy),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for FakeDatabaseConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_metadata.FakeDatabaseConfig", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for FakeDatabaseConfig {
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
            type Value = FakeDatabaseConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.FakeDatabaseConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<FakeDatabaseConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(FakeDatabaseConfig {
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.FakeDatabaseConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactByTypeAndNameRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.artifact_name.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactByTypeAndNameRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.artifact_name.as_ref() {
            struct_ser.serialize_field("artifactName", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactByTypeAndNameRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "artifact_name",
            "artifactName",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            ArtifactName,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "artifactName" | "artifact_name" => Ok(GeneratedField::ArtifactName),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactByTypeAndNameRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactByTypeAndNameRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactByTypeAndNameRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut artifact_name__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::ArtifactName => {
                            if artifact_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactName"));
                            }
                            artifact_name__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactByTypeAndNameRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    artifact_name: artifact_name__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactByTypeAndNameRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactByTypeAndNameResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactByTypeAndNameResponse", len)?;
        if let Some(v) = self.artifact.as_ref() {
            struct_ser.serialize_field("artifact", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactByTypeAndNameResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifact,
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
                            "artifact" => Ok(GeneratedField::Artifact),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactByTypeAndNameResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactByTypeAndNameResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactByTypeAndNameResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifact => {
                            if artifact__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifact"));
                            }
                            artifact__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactByTypeAndNameResponse {
                    artifact: artifact__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactByTypeAndNameResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypeRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypeRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypeResponse {
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
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypeResponse", len)?;
        if let Some(v) = self.artifact_type.as_ref() {
            struct_ser.serialize_field("artifactType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_type",
            "artifactType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactType,
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
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactType => {
                            if artifact_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactType"));
                            }
                            artifact_type__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypeResponse {
                    artifact_type: artifact_type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypesByExternalIdsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.external_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypesByExternalIdsRequest", len)?;
        if !self.external_ids.is_empty() {
            struct_ser.serialize_field("externalIds", &self.external_ids)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypesByExternalIdsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "external_ids",
            "externalIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExternalIds,
            TransactionOptions,
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
                            "externalIds" | "external_ids" => Ok(GeneratedField::ExternalIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypesByExternalIdsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypesByExternalIdsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypesByExternalIdsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut external_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExternalIds => {
                            if external_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalIds"));
                            }
                            external_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypesByExternalIdsRequest {
                    external_ids: external_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypesByExternalIdsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypesByExternalIdsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypesByExternalIdsResponse", len)?;
        if !self.artifact_types.is_empty() {
            struct_ser.serialize_field("artifactTypes", &self.artifact_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypesByExternalIdsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_types",
            "artifactTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactTypes,
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
                            "artifactTypes" | "artifact_types" => Ok(GeneratedField::ArtifactTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypesByExternalIdsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypesByExternalIdsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypesByExternalIdsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactTypes => {
                            if artifact_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactTypes"));
                            }
                            artifact_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypesByExternalIdsResponse {
                    artifact_types: artifact_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypesByExternalIdsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypesByIdRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.type_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypesByIDRequest", len)?;
        if !self.type_ids.is_empty() {
            struct_ser.serialize_field("typeIds", &self.type_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypesByIdRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_ids",
            "typeIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeIds,
            TransactionOptions,
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
                            "typeIds" | "type_ids" => Ok(GeneratedField::TypeIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypesByIdRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypesByIDRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypesByIdRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeIds => {
                            if type_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeIds"));
                            }
                            type_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypesByIdRequest {
                    type_ids: type_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypesByIDRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypesByIdResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypesByIDResponse", len)?;
        if !self.artifact_types.is_empty() {
            struct_ser.serialize_field("artifactTypes", &self.artifact_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypesByIdResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_types",
            "artifactTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactTypes,
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
                            "artifactTypes" | "artifact_types" => Ok(GeneratedField::ArtifactTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypesByIdResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypesByIDResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypesByIdResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactTypes => {
                            if artifact_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactTypes"));
                            }
                            artifact_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypesByIdResponse {
                    artifact_types: artifact_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypesByIDResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypesRequest", len)?;
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TransactionOptions,
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
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypesRequest {
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactTypesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactTypesResponse", len)?;
        if !self.artifact_types.is_empty() {
            struct_ser.serialize_field("artifactTypes", &self.artifact_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactTypesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_types",
            "artifactTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactTypes,
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
                            "artifactTypes" | "artifact_types" => Ok(GeneratedField::ArtifactTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactTypesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactTypesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactTypesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactTypes => {
                            if artifact_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactTypes"));
                            }
                            artifact_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactTypesResponse {
                    artifact_types: artifact_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactTypesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByContextRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.context_id.is_some() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByContextRequest", len)?;
        if let Some(v) = self.context_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contextId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByContextRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_id",
            "contextId",
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextId,
            Options,
            TransactionOptions,
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
                            "contextId" | "context_id" => Ok(GeneratedField::ContextId),
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByContextRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByContextRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByContextRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_id__ = None;
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextId => {
                            if context_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextId"));
                            }
                            context_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByContextRequest {
                    context_id: context_id__,
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByContextRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByContextResponse {
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
        if self.next_page_token.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByContextResponse", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByContextResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            NextPageToken,
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
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByContextResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByContextResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByContextResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByContextResponse {
                    artifacts: artifacts__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByContextResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByExternalIdsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.external_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByExternalIdsRequest", len)?;
        if !self.external_ids.is_empty() {
            struct_ser.serialize_field("externalIds", &self.external_ids)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByExternalIdsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "external_ids",
            "externalIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExternalIds,
            TransactionOptions,
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
                            "externalIds" | "external_ids" => Ok(GeneratedField::ExternalIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByExternalIdsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByExternalIdsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByExternalIdsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut external_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExternalIds => {
                            if external_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalIds"));
                            }
                            external_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByExternalIdsRequest {
                    external_ids: external_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByExternalIdsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByExternalIdsResponse {
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
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByExternalIdsResponse", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByExternalIdsResponse {
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
            type Value = GetArtifactsByExternalIdsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByExternalIdsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByExternalIdsResponse, V::Error>
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
                Ok(GetArtifactsByExternalIdsResponse {
                    artifacts: artifacts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByExternalIdsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByIdRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_ids.is_empty() {
            len += 1;
        }
        if self.populate_artifact_types.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByIDRequest", len)?;
        if !self.artifact_ids.is_empty() {
            struct_ser.serialize_field("artifactIds", &self.artifact_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.populate_artifact_types.as_ref() {
            struct_ser.serialize_field("populateArtifactTypes", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByIdRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_ids",
            "artifactIds",
            "populate_artifact_types",
            "populateArtifactTypes",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactIds,
            PopulateArtifactTypes,
            TransactionOptions,
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
                            "artifactIds" | "artifact_ids" => Ok(GeneratedField::ArtifactIds),
                            "populateArtifactTypes" | "populate_artifact_types" => Ok(GeneratedField::PopulateArtifactTypes),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByIdRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByIDRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByIdRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_ids__ = None;
                let mut populate_artifact_types__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactIds => {
                            if artifact_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactIds"));
                            }
                            artifact_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::PopulateArtifactTypes => {
                            if populate_artifact_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("populateArtifactTypes"));
                            }
                            populate_artifact_types__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByIdRequest {
                    artifact_ids: artifact_ids__.unwrap_or_default(),
                    populate_artifact_types: populate_artifact_types__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByIDRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByIdResponse {
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
        if !self.artifact_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByIDResponse", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.artifact_types.is_empty() {
            struct_ser.serialize_field("artifactTypes", &self.artifact_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByIdResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "artifact_types",
            "artifactTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            ArtifactTypes,
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
                            "artifactTypes" | "artifact_types" => Ok(GeneratedField::ArtifactTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByIdResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByIDResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByIdResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut artifact_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ArtifactTypes => {
                            if artifact_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactTypes"));
                            }
                            artifact_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByIdResponse {
                    artifacts: artifacts__.unwrap_or_default(),
                    artifact_types: artifact_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByIDResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByTypeRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            Options,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByTypeRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByTypeResponse {
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
        if self.next_page_token.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByTypeResponse", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            NextPageToken,
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
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByTypeResponse {
                    artifacts: artifacts__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByUriRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.uris.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByURIRequest", len)?;
        if !self.uris.is_empty() {
            struct_ser.serialize_field("uris", &self.uris)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByUriRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "uris",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Uris,
            TransactionOptions,
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
                            "uris" => Ok(GeneratedField::Uris),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsByUriRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByURIRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByUriRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut uris__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Uris => {
                            if uris__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uris"));
                            }
                            uris__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsByUriRequest {
                    uris: uris__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByURIRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsByUriResponse {
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
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsByURIResponse", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsByUriResponse {
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
            type Value = GetArtifactsByUriResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsByURIResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsByUriResponse, V::Error>
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
                Ok(GetArtifactsByUriResponse {
                    artifacts: artifacts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsByURIResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsRequest", len)?;
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Options,
            TransactionOptions,
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
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsRequest {
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetArtifactsResponse {
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
        if self.next_page_token.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetArtifactsResponse", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetArtifactsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            NextPageToken,
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
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetArtifactsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetArtifactsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetArtifactsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetArtifactsResponse {
                    artifacts: artifacts__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetArtifactsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetChildrenContextsByContextRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.context_id.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetChildrenContextsByContextRequest", len)?;
        if let Some(v) = self.context_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contextId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetChildrenContextsByContextRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_id",
            "contextId",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextId,
            TransactionOptions,
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
                            "contextId" | "context_id" => Ok(GeneratedField::ContextId),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetChildrenContextsByContextRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetChildrenContextsByContextRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetChildrenContextsByContextRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_id__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextId => {
                            if context_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextId"));
                            }
                            context_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetChildrenContextsByContextRequest {
                    context_id: context_id__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetChildrenContextsByContextRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetChildrenContextsByContextResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetChildrenContextsByContextResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetChildrenContextsByContextResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetChildrenContextsByContextResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetChildrenContextsByContextResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetChildrenContextsByContextResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetChildrenContextsByContextResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetChildrenContextsByContextResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetChildrenContextsByContextsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetChildrenContextsByContextsRequest", len)?;
        if !self.context_ids.is_empty() {
            struct_ser.serialize_field("contextIds", &self.context_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetChildrenContextsByContextsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_ids",
            "contextIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextIds,
            TransactionOptions,
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
                            "contextIds" | "context_ids" => Ok(GeneratedField::ContextIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetChildrenContextsByContextsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetChildrenContextsByContextsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetChildrenContextsByContextsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextIds => {
                            if context_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextIds"));
                            }
                            context_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetChildrenContextsByContextsRequest {
                    context_ids: context_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetChildrenContextsByContextsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetChildrenContextsByContextsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetChildrenContextsByContextsResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetChildrenContextsByContextsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetChildrenContextsByContextsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetChildrenContextsByContextsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetChildrenContextsByContextsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<::pbjson::private::NumberDeserialize<i64>, _>>()?
                                    .into_iter().map(|(k,v)| (k.0, v)).collect()
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetChildrenContextsByContextsResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetChildrenContextsByContextsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for get_children_contexts_by_contexts_response::ChildrenContextsPerParent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.children_contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetChildrenContextsByContextsResponse.ChildrenContextsPerParent", len)?;
        if !self.children_contexts.is_empty() {
            struct_ser.serialize_field("childrenContexts", &self.children_contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for get_children_contexts_by_contexts_response::ChildrenContextsPerParent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "children_contexts",
            "childrenContexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ChildrenContexts,
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
                            "childrenContexts" | "children_contexts" => Ok(GeneratedField::ChildrenContexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = get_children_contexts_by_contexts_response::ChildrenContextsPerParent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetChildrenContextsByContextsResponse.ChildrenContextsPerParent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<get_children_contexts_by_contexts_response::ChildrenContextsPerParent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut children_contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ChildrenContexts => {
                            if children_contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("childrenContexts"));
                            }
                            children_contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(get_children_contexts_by_contexts_response::ChildrenContextsPerParent {
                    children_contexts: children_contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetChildrenContextsByContextsResponse.ChildrenContextsPerParent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextByTypeAndNameRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.context_name.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextByTypeAndNameRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.context_name.as_ref() {
            struct_ser.serialize_field("contextName", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextByTypeAndNameRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "context_name",
            "contextName",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            ContextName,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "contextName" | "context_name" => Ok(GeneratedField::ContextName),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextByTypeAndNameRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextByTypeAndNameRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextByTypeAndNameRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut context_name__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::ContextName => {
                            if context_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextName"));
                            }
                            context_name__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextByTypeAndNameRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    context_name: context_name__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextByTypeAndNameRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextByTypeAndNameResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.context.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextByTypeAndNameResponse", len)?;
        if let Some(v) = self.context.as_ref() {
            struct_ser.serialize_field("context", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextByTypeAndNameResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Context,
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
                            "context" => Ok(GeneratedField::Context),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextByTypeAndNameResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextByTypeAndNameResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextByTypeAndNameResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Context => {
                            if context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("context"));
                            }
                            context__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextByTypeAndNameResponse {
                    context: context__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextByTypeAndNameResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypeRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypeRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.context_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypeResponse", len)?;
        if let Some(v) = self.context_type.as_ref() {
            struct_ser.serialize_field("contextType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_type",
            "contextType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextType,
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
                            "contextType" | "context_type" => Ok(GeneratedField::ContextType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextType => {
                            if context_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextType"));
                            }
                            context_type__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypeResponse {
                    context_type: context_type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypesByExternalIdsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.external_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypesByExternalIdsRequest", len)?;
        if !self.external_ids.is_empty() {
            struct_ser.serialize_field("externalIds", &self.external_ids)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypesByExternalIdsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "external_ids",
            "externalIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExternalIds,
            TransactionOptions,
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
                            "externalIds" | "external_ids" => Ok(GeneratedField::ExternalIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypesByExternalIdsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypesByExternalIdsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypesByExternalIdsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut external_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExternalIds => {
                            if external_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalIds"));
                            }
                            external_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypesByExternalIdsRequest {
                    external_ids: external_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypesByExternalIdsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypesByExternalIdsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypesByExternalIdsResponse", len)?;
        if !self.context_types.is_empty() {
            struct_ser.serialize_field("contextTypes", &self.context_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypesByExternalIdsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_types",
            "contextTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextTypes,
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
                            "contextTypes" | "context_types" => Ok(GeneratedField::ContextTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypesByExternalIdsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypesByExternalIdsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypesByExternalIdsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextTypes => {
                            if context_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextTypes"));
                            }
                            context_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypesByExternalIdsResponse {
                    context_types: context_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypesByExternalIdsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypesByIdRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.type_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypesByIDRequest", len)?;
        if !self.type_ids.is_empty() {
            struct_ser.serialize_field("typeIds", &self.type_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypesByIdRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_ids",
            "typeIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeIds,
            TransactionOptions,
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
                            "typeIds" | "type_ids" => Ok(GeneratedField::TypeIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypesByIdRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypesByIDRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypesByIdRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeIds => {
                            if type_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeIds"));
                            }
                            type_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypesByIdRequest {
                    type_ids: type_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypesByIDRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypesByIdResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypesByIDResponse", len)?;
        if !self.context_types.is_empty() {
            struct_ser.serialize_field("contextTypes", &self.context_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypesByIdResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_types",
            "contextTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextTypes,
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
                            "contextTypes" | "context_types" => Ok(GeneratedField::ContextTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypesByIdResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypesByIDResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypesByIdResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextTypes => {
                            if context_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextTypes"));
                            }
                            context_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypesByIdResponse {
                    context_types: context_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypesByIDResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypesRequest", len)?;
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TransactionOptions,
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
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypesRequest {
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextTypesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextTypesResponse", len)?;
        if !self.context_types.is_empty() {
            struct_ser.serialize_field("contextTypes", &self.context_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextTypesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_types",
            "contextTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextTypes,
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
                            "contextTypes" | "context_types" => Ok(GeneratedField::ContextTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextTypesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextTypesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextTypesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextTypes => {
                            if context_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextTypes"));
                            }
                            context_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextTypesResponse {
                    context_types: context_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextTypesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByArtifactRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact_id.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByArtifactRequest", len)?;
        if let Some(v) = self.artifact_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("artifactId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByArtifactRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_id",
            "artifactId",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactId,
            TransactionOptions,
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
                            "artifactId" | "artifact_id" => Ok(GeneratedField::ArtifactId),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByArtifactRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByArtifactRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByArtifactRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_id__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactId => {
                            if artifact_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactId"));
                            }
                            artifact_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByArtifactRequest {
                    artifact_id: artifact_id__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByArtifactRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByArtifactResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByArtifactResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByArtifactResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByArtifactResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByArtifactResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByArtifactResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByArtifactResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByArtifactResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByExecutionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution_id.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByExecutionRequest", len)?;
        if let Some(v) = self.execution_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("executionId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByExecutionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            TransactionOptions,
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
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByExecutionRequest {
                    execution_id: execution_id__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByExecutionResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByExecutionResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByExternalIdsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.external_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByExternalIdsRequest", len)?;
        if !self.external_ids.is_empty() {
            struct_ser.serialize_field("externalIds", &self.external_ids)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByExternalIdsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "external_ids",
            "externalIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExternalIds,
            TransactionOptions,
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
                            "externalIds" | "external_ids" => Ok(GeneratedField::ExternalIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByExternalIdsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByExternalIdsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByExternalIdsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut external_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExternalIds => {
                            if external_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalIds"));
                            }
                            external_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByExternalIdsRequest {
                    external_ids: external_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByExternalIdsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByExternalIdsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByExternalIdsResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByExternalIdsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByExternalIdsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByExternalIdsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByExternalIdsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByExternalIdsResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByExternalIdsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByIdRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByIDRequest", len)?;
        if !self.context_ids.is_empty() {
            struct_ser.serialize_field("contextIds", &self.context_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByIdRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_ids",
            "contextIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextIds,
            TransactionOptions,
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
                            "contextIds" | "context_ids" => Ok(GeneratedField::ContextIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByIdRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByIDRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByIdRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextIds => {
                            if context_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextIds"));
                            }
                            context_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByIdRequest {
                    context_ids: context_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByIDRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByIdResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByIDResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByIdResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByIdResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByIDResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByIdResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByIdResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByIDResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByTypeRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "options",
            "type_version",
            "typeVersion",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            Options,
            TypeVersion,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "options" => Ok(GeneratedField::Options),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut options__ = None;
                let mut type_version__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByTypeRequest {
                    type_name: type_name__,
                    options: options__,
                    type_version: type_version__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsByTypeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        if self.next_page_token.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsByTypeResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsByTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
            NextPageToken,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsByTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsByTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsByTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsByTypeResponse {
                    contexts: contexts__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsByTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsRequest", len)?;
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Options,
            TransactionOptions,
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
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsRequest {
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetContextsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        if self.next_page_token.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetContextsResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetContextsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
            NextPageToken,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetContextsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetContextsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetContextsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetContextsResponse {
                    contexts: contexts__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetContextsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEventsByArtifactIDsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetEventsByArtifactIDsRequest", len)?;
        if !self.artifact_ids.is_empty() {
            struct_ser.serialize_field("artifactIds", &self.artifact_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEventsByArtifactIDsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_ids",
            "artifactIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactIds,
            TransactionOptions,
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
                            "artifactIds" | "artifact_ids" => Ok(GeneratedField::ArtifactIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetEventsByArtifactIDsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetEventsByArtifactIDsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEventsByArtifactIDsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactIds => {
                            if artifact_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactIds"));
                            }
                            artifact_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetEventsByArtifactIDsRequest {
                    artifact_ids: artifact_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetEventsByArtifactIDsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEventsByArtifactIDsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.events.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetEventsByArtifactIDsResponse", len)?;
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEventsByArtifactIDsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "events",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Events,
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
                            "events" => Ok(GeneratedField::Events),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetEventsByArtifactIDsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetEventsByArtifactIDsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEventsByArtifactIDsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut events__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetEventsByArtifactIDsResponse {
                    events: events__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetEventsByArtifactIDsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEventsByExecutionIDsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetEventsByExecutionIDsRequest", len)?;
        if !self.execution_ids.is_empty() {
            struct_ser.serialize_field("executionIds", &self.execution_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEventsByExecutionIDsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_ids",
            "executionIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionIds,
            TransactionOptions,
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
                            "executionIds" | "execution_ids" => Ok(GeneratedField::ExecutionIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetEventsByExecutionIDsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetEventsByExecutionIDsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEventsByExecutionIDsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionIds => {
                            if execution_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionIds"));
                            }
                            execution_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetEventsByExecutionIDsRequest {
                    execution_ids: execution_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetEventsByExecutionIDsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEventsByExecutionIDsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.events.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetEventsByExecutionIDsResponse", len)?;
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEventsByExecutionIDsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "events",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Events,
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
                            "events" => Ok(GeneratedField::Events),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetEventsByExecutionIDsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetEventsByExecutionIDsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEventsByExecutionIDsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut events__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetEventsByExecutionIDsResponse {
                    events: events__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetEventsByExecutionIDsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionByTypeAndNameRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.execution_name.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionByTypeAndNameRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.execution_name.as_ref() {
            struct_ser.serialize_field("executionName", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionByTypeAndNameRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "execution_name",
            "executionName",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            ExecutionName,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "executionName" | "execution_name" => Ok(GeneratedField::ExecutionName),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionByTypeAndNameRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionByTypeAndNameRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionByTypeAndNameRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut execution_name__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::ExecutionName => {
                            if execution_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionName"));
                            }
                            execution_name__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionByTypeAndNameRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    execution_name: execution_name__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionByTypeAndNameRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionByTypeAndNameResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionByTypeAndNameResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionByTypeAndNameResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
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
                            "execution" => Ok(GeneratedField::Execution),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionByTypeAndNameResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionByTypeAndNameResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionByTypeAndNameResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionByTypeAndNameResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionByTypeAndNameResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypeRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypeRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypeResponse", len)?;
        if let Some(v) = self.execution_type.as_ref() {
            struct_ser.serialize_field("executionType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_type",
            "executionType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionType,
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
                            "executionType" | "execution_type" => Ok(GeneratedField::ExecutionType),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionType => {
                            if execution_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionType"));
                            }
                            execution_type__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypeResponse {
                    execution_type: execution_type__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypesByExternalIdsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.external_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypesByExternalIdsRequest", len)?;
        if !self.external_ids.is_empty() {
            struct_ser.serialize_field("externalIds", &self.external_ids)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypesByExternalIdsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "external_ids",
            "externalIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExternalIds,
            TransactionOptions,
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
                            "externalIds" | "external_ids" => Ok(GeneratedField::ExternalIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypesByExternalIdsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypesByExternalIdsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypesByExternalIdsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut external_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExternalIds => {
                            if external_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalIds"));
                            }
                            external_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypesByExternalIdsRequest {
                    external_ids: external_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypesByExternalIdsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypesByExternalIdsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypesByExternalIdsResponse", len)?;
        if !self.execution_types.is_empty() {
            struct_ser.serialize_field("executionTypes", &self.execution_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypesByExternalIdsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_types",
            "executionTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionTypes,
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
                            "executionTypes" | "execution_types" => Ok(GeneratedField::ExecutionTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypesByExternalIdsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypesByExternalIdsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypesByExternalIdsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionTypes => {
                            if execution_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionTypes"));
                            }
                            execution_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypesByExternalIdsResponse {
                    execution_types: execution_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypesByExternalIdsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypesByIdRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.type_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypesByIDRequest", len)?;
        if !self.type_ids.is_empty() {
            struct_ser.serialize_field("typeIds", &self.type_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypesByIdRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_ids",
            "typeIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeIds,
            TransactionOptions,
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
                            "typeIds" | "type_ids" => Ok(GeneratedField::TypeIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypesByIdRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypesByIDRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypesByIdRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeIds => {
                            if type_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeIds"));
                            }
                            type_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypesByIdRequest {
                    type_ids: type_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypesByIDRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypesByIdResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypesByIDResponse", len)?;
        if !self.execution_types.is_empty() {
            struct_ser.serialize_field("executionTypes", &self.execution_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypesByIdResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_types",
            "executionTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionTypes,
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
                            "executionTypes" | "execution_types" => Ok(GeneratedField::ExecutionTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypesByIdResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypesByIDResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypesByIdResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionTypes => {
                            if execution_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionTypes"));
                            }
                            execution_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypesByIdResponse {
                    execution_types: execution_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypesByIDResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypesRequest", len)?;
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TransactionOptions,
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
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypesRequest {
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionTypesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_types.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionTypesResponse", len)?;
        if !self.execution_types.is_empty() {
            struct_ser.serialize_field("executionTypes", &self.execution_types)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionTypesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_types",
            "executionTypes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionTypes,
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
                            "executionTypes" | "execution_types" => Ok(GeneratedField::ExecutionTypes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionTypesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionTypesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionTypesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_types__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionTypes => {
                            if execution_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionTypes"));
                            }
                            execution_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionTypesResponse {
                    execution_types: execution_types__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionTypesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByContextRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.context_id.is_some() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByContextRequest", len)?;
        if let Some(v) = self.context_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contextId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByContextRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_id",
            "contextId",
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextId,
            Options,
            TransactionOptions,
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
                            "contextId" | "context_id" => Ok(GeneratedField::ContextId),
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByContextRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByContextRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByContextRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_id__ = None;
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextId => {
                            if context_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextId"));
                            }
                            context_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByContextRequest {
                    context_id: context_id__,
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByContextRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByContextResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if self.next_page_token.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByContextResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByContextResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "next_page_token",
            "nextPageToken",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            NextPageToken,
            TransactionOptions,
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
                            "executions" => Ok(GeneratedField::Executions),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByContextResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByContextResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByContextResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut next_page_token__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByContextResponse {
                    executions: executions__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByContextResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByExternalIdsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.external_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByExternalIdsRequest", len)?;
        if !self.external_ids.is_empty() {
            struct_ser.serialize_field("externalIds", &self.external_ids)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByExternalIdsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "external_ids",
            "externalIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExternalIds,
            TransactionOptions,
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
                            "externalIds" | "external_ids" => Ok(GeneratedField::ExternalIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByExternalIdsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByExternalIdsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByExternalIdsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut external_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExternalIds => {
                            if external_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalIds"));
                            }
                            external_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByExternalIdsRequest {
                    external_ids: external_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByExternalIdsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByExternalIdsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByExternalIdsResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByExternalIdsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
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
                            "executions" => Ok(GeneratedField::Executions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByExternalIdsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByExternalIdsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByExternalIdsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByExternalIdsResponse {
                    executions: executions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByExternalIdsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByIdRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByIDRequest", len)?;
        if !self.execution_ids.is_empty() {
            struct_ser.serialize_field("executionIds", &self.execution_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByIdRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_ids",
            "executionIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionIds,
            TransactionOptions,
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
                            "executionIds" | "execution_ids" => Ok(GeneratedField::ExecutionIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByIdRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByIDRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByIdRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionIds => {
                            if execution_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionIds"));
                            }
                            execution_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByIdRequest {
                    execution_ids: execution_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByIDRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByIdResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByIDResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByIdResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
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
                            "executions" => Ok(GeneratedField::Executions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByIdResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByIDResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByIdResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByIdResponse {
                    executions: executions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByIDResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        if self.type_version.is_some() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByTypeRequest", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        if let Some(v) = self.type_version.as_ref() {
            struct_ser.serialize_field("typeVersion", v)?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
            "type_version",
            "typeVersion",
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
            TypeVersion,
            Options,
            TransactionOptions,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            "typeVersion" | "type_version" => Ok(GeneratedField::TypeVersion),
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                let mut type_version__ = None;
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::TypeVersion => {
                            if type_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeVersion"));
                            }
                            type_version__ = map_.next_value()?;
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByTypeRequest {
                    type_name: type_name__,
                    type_version: type_version__,
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsByTypeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if self.next_page_token.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsByTypeResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsByTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            NextPageToken,
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
                            "executions" => Ok(GeneratedField::Executions),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsByTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsByTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsByTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsByTypeResponse {
                    executions: executions__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsByTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsRequest", len)?;
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Options,
            TransactionOptions,
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
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsRequest {
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if self.next_page_token.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetExecutionsResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            NextPageToken,
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
                            "executions" => Ok(GeneratedField::Executions),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetExecutionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetExecutionsResponse {
                    executions: executions__.unwrap_or_default(),
                    next_page_token: next_page_token__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetExecutionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetLineageGraphRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetLineageGraphRequest", len)?;
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetLineageGraphRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Options,
            TransactionOptions,
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
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetLineageGraphRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetLineageGraphRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetLineageGraphRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetLineageGraphRequest {
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetLineageGraphRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetLineageGraphResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.subgraph.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetLineageGraphResponse", len)?;
        if let Some(v) = self.subgraph.as_ref() {
            struct_ser.serialize_field("subgraph", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetLineageGraphResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "subgraph",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Subgraph,
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
                            "subgraph" => Ok(GeneratedField::Subgraph),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetLineageGraphResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetLineageGraphResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetLineageGraphResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut subgraph__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Subgraph => {
                            if subgraph__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subgraph"));
                            }
                            subgraph__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetLineageGraphResponse {
                    subgraph: subgraph__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetLineageGraphResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetLineageSubgraphRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.lineage_subgraph_query_options.is_some() {
            len += 1;
        }
        if self.read_mask.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetLineageSubgraphRequest", len)?;
        if let Some(v) = self.lineage_subgraph_query_options.as_ref() {
            struct_ser.serialize_field("lineageSubgraphQueryOptions", v)?;
        }
        if let Some(v) = self.read_mask.as_ref() {
            struct_ser.serialize_field("readMask", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetLineageSubgraphRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "lineage_subgraph_query_options",
            "lineageSubgraphQueryOptions",
            "read_mask",
            "readMask",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            LineageSubgraphQueryOptions,
            ReadMask,
            TransactionOptions,
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
                            "lineageSubgraphQueryOptions" | "lineage_subgraph_query_options" => Ok(GeneratedField::LineageSubgraphQueryOptions),
                            "readMask" | "read_mask" => Ok(GeneratedField::ReadMask),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetLineageSubgraphRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetLineageSubgraphRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetLineageSubgraphRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut lineage_subgraph_query_options__ = None;
                let mut read_mask__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::LineageSubgraphQueryOptions => {
                            if lineage_subgraph_query_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lineageSubgraphQueryOptions"));
                            }
                            lineage_subgraph_query_options__ = map_.next_value()?;
                        }
                        GeneratedField::ReadMask => {
                            if read_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("readMask"));
                            }
                            read_mask__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetLineageSubgraphRequest {
                    lineage_subgraph_query_options: lineage_subgraph_query_options__,
                    read_mask: read_mask__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetLineageSubgraphRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetLineageSubgraphResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.lineage_subgraph.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetLineageSubgraphResponse", len)?;
        if let Some(v) = self.lineage_subgraph.as_ref() {
            struct_ser.serialize_field("lineageSubgraph", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetLineageSubgraphResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "lineage_subgraph",
            "lineageSubgraph",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            LineageSubgraph,
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
                            "lineageSubgraph" | "lineage_subgraph" => Ok(GeneratedField::LineageSubgraph),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetLineageSubgraphResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetLineageSubgraphResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetLineageSubgraphResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut lineage_subgraph__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::LineageSubgraph => {
                            if lineage_subgraph__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lineageSubgraph"));
                            }
                            lineage_subgraph__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetLineageSubgraphResponse {
                    lineage_subgraph: lineage_subgraph__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetLineageSubgraphResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetParentContextsByContextRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.context_id.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetParentContextsByContextRequest", len)?;
        if let Some(v) = self.context_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contextId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetParentContextsByContextRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_id",
            "contextId",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextId,
            TransactionOptions,
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
                            "contextId" | "context_id" => Ok(GeneratedField::ContextId),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetParentContextsByContextRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetParentContextsByContextRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetParentContextsByContextRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_id__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextId => {
                            if context_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextId"));
                            }
                            context_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetParentContextsByContextRequest {
                    context_id: context_id__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetParentContextsByContextRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetParentContextsByContextResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetParentContextsByContextResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetParentContextsByContextResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetParentContextsByContextResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetParentContextsByContextResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetParentContextsByContextResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetParentContextsByContextResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetParentContextsByContextResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetParentContextsByContextsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_ids.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetParentContextsByContextsRequest", len)?;
        if !self.context_ids.is_empty() {
            struct_ser.serialize_field("contextIds", &self.context_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetParentContextsByContextsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_ids",
            "contextIds",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextIds,
            TransactionOptions,
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
                            "contextIds" | "context_ids" => Ok(GeneratedField::ContextIds),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetParentContextsByContextsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetParentContextsByContextsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetParentContextsByContextsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_ids__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextIds => {
                            if context_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextIds"));
                            }
                            context_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetParentContextsByContextsRequest {
                    context_ids: context_ids__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetParentContextsByContextsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetParentContextsByContextsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetParentContextsByContextsResponse", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetParentContextsByContextsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetParentContextsByContextsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetParentContextsByContextsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetParentContextsByContextsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(
                                map_.next_value::<std::collections::BTreeMap<::pbjson::private::NumberDeserialize<i64>, _>>()?
                                    .into_iter().map(|(k,v)| (k.0, v)).collect()
                            );
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GetParentContextsByContextsResponse {
                    contexts: contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetParentContextsByContextsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for get_parent_contexts_by_contexts_response::ParentContextsPerChild {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parent_contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GetParentContextsByContextsResponse.ParentContextsPerChild", len)?;
        if !self.parent_contexts.is_empty() {
            struct_ser.serialize_field("parentContexts", &self.parent_contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for get_parent_contexts_by_contexts_response::ParentContextsPerChild {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent_contexts",
            "parentContexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParentContexts,
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
                            "parentContexts" | "parent_contexts" => Ok(GeneratedField::ParentContexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = get_parent_contexts_by_contexts_response::ParentContextsPerChild;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GetParentContextsByContextsResponse.ParentContextsPerChild")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<get_parent_contexts_by_contexts_response::ParentContextsPerChild, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent_contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParentContexts => {
                            if parent_contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentContexts"));
                            }
                            parent_contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(get_parent_contexts_by_contexts_response::ParentContextsPerChild {
                    parent_contexts: parent_contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GetParentContextsByContextsResponse.ParentContextsPerChild", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GrpcChannelArguments {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_receive_message_length.is_some() {
            len += 1;
        }
        if self.http2_max_ping_strikes.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.GrpcChannelArguments", len)?;
        if let Some(v) = self.max_receive_message_length.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxReceiveMessageLength", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.http2_max_ping_strikes.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("http2MaxPingStrikes", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GrpcChannelArguments {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_receive_message_length",
            "maxReceiveMessageLength",
            "http2_max_ping_strikes",
            "http2MaxPingStrikes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxReceiveMessageLength,
            Http2MaxPingStrikes,
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
                            "maxReceiveMessageLength" | "max_receive_message_length" => Ok(GeneratedField::MaxReceiveMessageLength),
                            "http2MaxPingStrikes" | "http2_max_ping_strikes" => Ok(GeneratedField::Http2MaxPingStrikes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GrpcChannelArguments;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.GrpcChannelArguments")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GrpcChannelArguments, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_receive_message_length__ = None;
                let mut http2_max_ping_strikes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxReceiveMessageLength => {
                            if max_receive_message_length__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxReceiveMessageLength"));
                            }
                            max_receive_message_length__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Http2MaxPingStrikes => {
                            if http2_max_ping_strikes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("http2MaxPingStrikes"));
                            }
                            http2_max_ping_strikes__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(GrpcChannelArguments {
                    max_receive_message_length: max_receive_message_length__,
                    http2_max_ping_strikes: http2_max_ping_strikes__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.GrpcChannelArguments", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IntersectionArtifactStructType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.constraints.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.IntersectionArtifactStructType", len)?;
        if !self.constraints.is_empty() {
            struct_ser.serialize_field("constraints", &self.constraints)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IntersectionArtifactStructType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "constraints",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Constraints,
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
                            "constraints" => Ok(GeneratedField::Constraints),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IntersectionArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.IntersectionArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IntersectionArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut constraints__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Constraints => {
                            if constraints__.is_some() {
                                return Err(serde::de::Error::duplicate_field("constraints"));
                            }
                            constraints__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IntersectionArtifactStructType {
                    constraints: constraints__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.IntersectionArtifactStructType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LineageGraph {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_types.is_empty() {
            len += 1;
        }
        if !self.execution_types.is_empty() {
            len += 1;
        }
        if !self.context_types.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.executions.is_empty() {
            len += 1;
        }
        if !self.contexts.is_empty() {
            len += 1;
        }
        if !self.events.is_empty() {
            len += 1;
        }
        if !self.attributions.is_empty() {
            len += 1;
        }
        if !self.associations.is_empty() {
            len += 1;
        }
        if !self.parent_contexts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.LineageGraph", len)?;
        if !self.artifact_types.is_empty() {
            struct_ser.serialize_field("artifactTypes", &self.artifact_types)?;
        }
        if !self.execution_types.is_empty() {
            struct_ser.serialize_field("executionTypes", &self.execution_types)?;
        }
        if !self.context_types.is_empty() {
            struct_ser.serialize_field("contextTypes", &self.context_types)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        if !self.attributions.is_empty() {
            struct_ser.serialize_field("attributions", &self.attributions)?;
        }
        if !self.associations.is_empty() {
            struct_ser.serialize_field("associations", &self.associations)?;
        }
        if !self.parent_contexts.is_empty() {
            struct_ser.serialize_field("parentContexts", &self.parent_contexts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LineageGraph {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_types",
            "artifactTypes",
            "execution_types",
            "executionTypes",
            "context_types",
            "contextTypes",
            "artifacts",
            "executions",
            "contexts",
            "events",
            "attributions",
            "associations",
            "parent_contexts",
            "parentContexts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactTypes,
            ExecutionTypes,
            ContextTypes,
            Artifacts,
            Executions,
            Contexts,
            Events,
            Attributions,
            Associations,
            ParentContexts,
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
                            "artifactTypes" | "artifact_types" => Ok(GeneratedField::ArtifactTypes),
                            "executionTypes" | "execution_types" => Ok(GeneratedField::ExecutionTypes),
                            "contextTypes" | "context_types" => Ok(GeneratedField::ContextTypes),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "executions" => Ok(GeneratedField::Executions),
                            "contexts" => Ok(GeneratedField::Contexts),
                            "events" => Ok(GeneratedField::Events),
                            "attributions" => Ok(GeneratedField::Attributions),
                            "associations" => Ok(GeneratedField::Associations),
                            "parentContexts" | "parent_contexts" => Ok(GeneratedField::ParentContexts),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LineageGraph;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.LineageGraph")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LineageGraph, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_types__ = None;
                let mut execution_types__ = None;
                let mut context_types__ = None;
                let mut artifacts__ = None;
                let mut executions__ = None;
                let mut contexts__ = None;
                let mut events__ = None;
                let mut attributions__ = None;
                let mut associations__ = None;
                let mut parent_contexts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactTypes => {
                            if artifact_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactTypes"));
                            }
                            artifact_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionTypes => {
                            if execution_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionTypes"));
                            }
                            execution_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextTypes => {
                            if context_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextTypes"));
                            }
                            context_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Attributions => {
                            if attributions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attributions"));
                            }
                            attributions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Associations => {
                            if associations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("associations"));
                            }
                            associations__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ParentContexts => {
                            if parent_contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentContexts"));
                            }
                            parent_contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(LineageGraph {
                    artifact_types: artifact_types__.unwrap_or_default(),
                    execution_types: execution_types__.unwrap_or_default(),
                    context_types: context_types__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                    executions: executions__.unwrap_or_default(),
                    contexts: contexts__.unwrap_or_default(),
                    events: events__.unwrap_or_default(),
                    attributions: attributions__.unwrap_or_default(),
                    associations: associations__.unwrap_or_default(),
                    parent_contexts: parent_contexts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.LineageGraph", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LineageGraphQueryOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.stop_conditions.is_some() {
            len += 1;
        }
        if self.max_node_size.is_some() {
            len += 1;
        }
        if self.query_nodes.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.LineageGraphQueryOptions", len)?;
        if let Some(v) = self.stop_conditions.as_ref() {
            struct_ser.serialize_field("stopConditions", v)?;
        }
        if let Some(v) = self.max_node_size.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxNodeSize", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.query_nodes.as_ref() {
            match v {
                lineage_graph_query_options::QueryNodes::ArtifactsOptions(v) => {
                    struct_ser.serialize_field("artifactsOptions", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LineageGraphQueryOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "stop_conditions",
            "stopConditions",
            "max_node_size",
            "maxNodeSize",
            "artifacts_options",
            "artifactsOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StopConditions,
            MaxNodeSize,
            ArtifactsOptions,
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
                            "stopConditions" | "stop_conditions" => Ok(GeneratedField::StopConditions),
                            "maxNodeSize" | "max_node_size" => Ok(GeneratedField::MaxNodeSize),
                            "artifactsOptions" | "artifacts_options" => Ok(GeneratedField::ArtifactsOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LineageGraphQueryOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.LineageGraphQueryOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LineageGraphQueryOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut stop_conditions__ = None;
                let mut max_node_size__ = None;
                let mut query_nodes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::StopConditions => {
                            if stop_conditions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stopConditions"));
                            }
                            stop_conditions__ = map_.next_value()?;
                        }
                        GeneratedField::MaxNodeSize => {
                            if max_node_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxNodeSize"));
                            }
                            max_node_size__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ArtifactsOptions => {
                            if query_nodes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactsOptions"));
                            }
                            query_nodes__ = map_.next_value::<::std::option::Option<_>>()?.map(lineage_graph_query_options::QueryNodes::ArtifactsOptions)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(LineageGraphQueryOptions {
                    stop_conditions: stop_conditions__,
                    max_node_size: max_node_size__,
                    query_nodes: query_nodes__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.LineageGraphQueryOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for lineage_graph_query_options::BoundaryConstraint {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_num_hops.is_some() {
            len += 1;
        }
        if self.boundary_artifacts.is_some() {
            len += 1;
        }
        if self.boundary_executions.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.LineageGraphQueryOptions.BoundaryConstraint", len)?;
        if let Some(v) = self.max_num_hops.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxNumHops", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.boundary_artifacts.as_ref() {
            struct_ser.serialize_field("boundaryArtifacts", v)?;
        }
        if let Some(v) = self.boundary_executions.as_ref() {
            struct_ser.serialize_field("boundaryExecutions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for lineage_graph_query_options::BoundaryConstraint {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_num_hops",
            "maxNumHops",
            "boundary_artifacts",
            "boundaryArtifacts",
            "boundary_executions",
            "boundaryExecutions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxNumHops,
            BoundaryArtifacts,
            BoundaryExecutions,
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
                            "maxNumHops" | "max_num_hops" => Ok(GeneratedField::MaxNumHops),
                            "boundaryArtifacts" | "boundary_artifacts" => Ok(GeneratedField::BoundaryArtifacts),
                            "boundaryExecutions" | "boundary_executions" => Ok(GeneratedField::BoundaryExecutions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = lineage_graph_query_options::BoundaryConstraint;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.LineageGraphQueryOptions.BoundaryConstraint")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<lineage_graph_query_options::BoundaryConstraint, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_num_hops__ = None;
                let mut boundary_artifacts__ = None;
                let mut boundary_executions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxNumHops => {
                            if max_num_hops__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxNumHops"));
                            }
                            max_num_hops__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::BoundaryArtifacts => {
                            if boundary_artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boundaryArtifacts"));
                            }
                            boundary_artifacts__ = map_.next_value()?;
                        }
                        GeneratedField::BoundaryExecutions => {
                            if boundary_executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boundaryExecutions"));
                            }
                            boundary_executions__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(lineage_graph_query_options::BoundaryConstraint {
                    max_num_hops: max_num_hops__,
                    boundary_artifacts: boundary_artifacts__,
                    boundary_executions: boundary_executions__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.LineageGraphQueryOptions.BoundaryConstraint", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LineageSubgraphQueryOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_num_hops.is_some() {
            len += 1;
        }
        if self.direction.is_some() {
            len += 1;
        }
        if self.ending_artifacts.is_some() {
            len += 1;
        }
        if self.ending_executions.is_some() {
            len += 1;
        }
        if self.starting_nodes.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.LineageSubgraphQueryOptions", len)?;
        if let Some(v) = self.max_num_hops.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxNumHops", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.direction.as_ref() {
            let v = lineage_subgraph_query_options::Direction::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("direction", &v)?;
        }
        if let Some(v) = self.ending_artifacts.as_ref() {
            struct_ser.serialize_field("endingArtifacts", v)?;
        }
        if let Some(v) = self.ending_executions.as_ref() {
            struct_ser.serialize_field("endingExecutions", v)?;
        }
        if let Some(v) = self.starting_nodes.as_ref() {
            match v {
                lineage_subgraph_query_options::StartingNodesOneOf::StartingArtifacts(v) => {
                    struct_ser.serialize_field("startingArtifacts", v)?;
                }
                lineage_subgraph_query_options::StartingNodesOneOf::StartingExecutions(v) => {
                    struct_ser.serialize_field("startingExecutions", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LineageSubgraphQueryOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_num_hops",
            "maxNumHops",
            "direction",
            "ending_artifacts",
            "endingArtifacts",
            "ending_executions",
            "endingExecutions",
            "starting_artifacts",
            "startingArtifacts",
            "starting_executions",
            "startingExecutions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxNumHops,
            Direction,
            EndingArtifacts,
            EndingExecutions,
            StartingArtifacts,
            StartingExecutions,
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
                            "maxNumHops" | "max_num_hops" => Ok(GeneratedField::MaxNumHops),
                            "direction" => Ok(GeneratedField::Direction),
                            "endingArtifacts" | "ending_artifacts" => Ok(GeneratedField::EndingArtifacts),
                            "endingExecutions" | "ending_executions" => Ok(GeneratedField::EndingExecutions),
                            "startingArtifacts" | "starting_artifacts" => Ok(GeneratedField::StartingArtifacts),
                            "startingExecutions" | "starting_executions" => Ok(GeneratedField::StartingExecutions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LineageSubgraphQueryOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.LineageSubgraphQueryOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LineageSubgraphQueryOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_num_hops__ = None;
                let mut direction__ = None;
                let mut ending_artifacts__ = None;
                let mut ending_executions__ = None;
                let mut starting_nodes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxNumHops => {
                            if max_num_hops__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxNumHops"));
                            }
                            max_num_hops__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Direction => {
                            if direction__.is_some() {
                                return Err(serde::de::Error::duplicate_field("direction"));
                            }
                            direction__ = map_.next_value::<::std::option::Option<lineage_subgraph_query_options::Direction>>()?.map(|x| x as i32);
                        }
                        GeneratedField::EndingArtifacts => {
                            if ending_artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endingArtifacts"));
                            }
                            ending_artifacts__ = map_.next_value()?;
                        }
                        GeneratedField::EndingExecutions => {
                            if ending_executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endingExecutions"));
                            }
                            ending_executions__ = map_.next_value()?;
                        }
                        GeneratedField::StartingArtifacts => {
                            if starting_nodes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startingArtifacts"));
                            }
                            starting_nodes__ = map_.next_value::<::std::option::Option<_>>()?.map(lineage_subgraph_query_options::StartingNodesOneOf::StartingArtifacts)
;
                        }
                        GeneratedField::StartingExecutions => {
                            if starting_nodes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startingExecutions"));
                            }
                            starting_nodes__ = map_.next_value::<::std::option::Option<_>>()?.map(lineage_subgraph_query_options::StartingNodesOneOf::StartingExecutions)
;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(LineageSubgraphQueryOptions {
                    max_num_hops: max_num_hops__,
                    direction: direction__,
                    ending_artifacts: ending_artifacts__,
                    ending_executions: ending_executions__,
                    starting_nodes: starting_nodes__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.LineageSubgraphQueryOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for lineage_subgraph_query_options::Direction {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "DIRECTION_UNSPECIFIED",
            Self::Upstream => "UPSTREAM",
            Self::Downstream => "DOWNSTREAM",
            Self::Bidirectional => "BIDIRECTIONAL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for lineage_subgraph_query_options::Direction {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "DIRECTION_UNSPECIFIED",
            "UPSTREAM",
            "DOWNSTREAM",
            "BIDIRECTIONAL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = lineage_subgraph_query_options::Direction;

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
                    "DIRECTION_UNSPECIFIED" => Ok(lineage_subgraph_query_options::Direction::Unspecified),
                    "UPSTREAM" => Ok(lineage_subgraph_query_options::Direction::Upstream),
                    "DOWNSTREAM" => Ok(lineage_subgraph_query_options::Direction::Downstream),
                    "BIDIRECTIONAL" => Ok(lineage_subgraph_query_options::Direction::Bidirectional),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for lineage_subgraph_query_options::EndingNodes {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.filter_query.is_some() {
            len += 1;
        }
        if self.include_ending_nodes.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.LineageSubgraphQueryOptions.EndingNodes", len)?;
        if let Some(v) = self.filter_query.as_ref() {
            struct_ser.serialize_field("filterQuery", v)?;
        }
        if let Some(v) = self.include_ending_nodes.as_ref() {
            struct_ser.serialize_field("includeEndingNodes", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for lineage_subgraph_query_options::EndingNodes {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "filter_query",
            "filterQuery",
            "include_ending_nodes",
            "includeEndingNodes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FilterQuery,
            IncludeEndingNodes,
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
                            "filterQuery" | "filter_query" => Ok(GeneratedField::FilterQuery),
                            "includeEndingNodes" | "include_ending_nodes" => Ok(GeneratedField::IncludeEndingNodes),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = lineage_subgraph_query_options::EndingNodes;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.LineageSubgraphQueryOptions.EndingNodes")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<lineage_subgraph_query_options::EndingNodes, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut filter_query__ = None;
                let mut include_ending_nodes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FilterQuery => {
                            if filter_query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filterQuery"));
                            }
                            filter_query__ = map_.next_value()?;
                        }
                        GeneratedField::IncludeEndingNodes => {
                            if include_ending_nodes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("includeEndingNodes"));
                            }
                            include_ending_nodes__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(lineage_subgraph_query_options::EndingNodes {
                    filter_query: filter_query__,
                    include_ending_nodes: include_ending_nodes__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.LineageSubgraphQueryOptions.EndingNodes", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for lineage_subgraph_query_options::StartingNodes {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.filter_query.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.LineageSubgraphQueryOptions.StartingNodes", len)?;
        if let Some(v) = self.filter_query.as_ref() {
            struct_ser.serialize_field("filterQuery", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for lineage_subgraph_query_options::StartingNodes {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "filter_query",
            "filterQuery",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FilterQuery,
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
                            "filterQuery" | "filter_query" => Ok(GeneratedField::FilterQuery),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = lineage_subgraph_query_options::StartingNodes;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.LineageSubgraphQueryOptions.StartingNodes")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<lineage_subgraph_query_options::StartingNodes, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut filter_query__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FilterQuery => {
                            if filter_query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filterQuery"));
                            }
                            filter_query__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(lineage_subgraph_query_options::StartingNodes {
                    filter_query: filter_query__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.LineageSubgraphQueryOptions.StartingNodes", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListArtifactStructType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.element.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ListArtifactStructType", len)?;
        if let Some(v) = self.element.as_ref() {
            struct_ser.serialize_field("element", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListArtifactStructType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "element",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Element,
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
                            "element" => Ok(GeneratedField::Element),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ListArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut element__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Element => {
                            if element__.is_some() {
                                return Err(serde::de::Error::duplicate_field("element"));
                            }
                            element__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListArtifactStructType {
                    element: element__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ListArtifactStructType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListOperationNextPageToken {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id_offset.is_some() {
            len += 1;
        }
        if self.field_offset.is_some() {
            len += 1;
        }
        if self.set_options.is_some() {
            len += 1;
        }
        if !self.listed_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ListOperationNextPageToken", len)?;
        if let Some(v) = self.id_offset.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("idOffset", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.field_offset.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("fieldOffset", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.set_options.as_ref() {
            struct_ser.serialize_field("setOptions", v)?;
        }
        if !self.listed_ids.is_empty() {
            struct_ser.serialize_field("listedIds", &self.listed_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListOperationNextPageToken {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id_offset",
            "idOffset",
            "field_offset",
            "fieldOffset",
            "set_options",
            "setOptions",
            "listed_ids",
            "listedIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            IdOffset,
            FieldOffset,
            SetOptions,
            ListedIds,
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
                            "idOffset" | "id_offset" => Ok(GeneratedField::IdOffset),
                            "fieldOffset" | "field_offset" => Ok(GeneratedField::FieldOffset),
                            "setOptions" | "set_options" => Ok(GeneratedField::SetOptions),
                            "listedIds" | "listed_ids" => Ok(GeneratedField::ListedIds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListOperationNextPageToken;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ListOperationNextPageToken")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListOperationNextPageToken, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id_offset__ = None;
                let mut field_offset__ = None;
                let mut set_options__ = None;
                let mut listed_ids__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::IdOffset => {
                            if id_offset__.is_some() {
                                return Err(serde::de::Error::duplicate_field("idOffset"));
                            }
                            id_offset__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::FieldOffset => {
                            if field_offset__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fieldOffset"));
                            }
                            field_offset__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SetOptions => {
                            if set_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("setOptions"));
                            }
                            set_options__ = map_.next_value()?;
                        }
                        GeneratedField::ListedIds => {
                            if listed_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("listedIds"));
                            }
                            listed_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListOperationNextPageToken {
                    id_offset: id_offset__,
                    field_offset: field_offset__,
                    set_options: set_options__,
                    listed_ids: listed_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ListOperationNextPageToken", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListOperationOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_result_size.is_some() {
            len += 1;
        }
        if self.order_by_field.is_some() {
            len += 1;
        }
        if self.next_page_token.is_some() {
            len += 1;
        }
        if self.filter_query.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ListOperationOptions", len)?;
        if let Some(v) = self.max_result_size.as_ref() {
            struct_ser.serialize_field("maxResultSize", v)?;
        }
        if let Some(v) = self.order_by_field.as_ref() {
            struct_ser.serialize_field("orderByField", v)?;
        }
        if let Some(v) = self.next_page_token.as_ref() {
            struct_ser.serialize_field("nextPageToken", v)?;
        }
        if let Some(v) = self.filter_query.as_ref() {
            struct_ser.serialize_field("filterQuery", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListOperationOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_result_size",
            "maxResultSize",
            "order_by_field",
            "orderByField",
            "next_page_token",
            "nextPageToken",
            "filter_query",
            "filterQuery",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxResultSize,
            OrderByField,
            NextPageToken,
            FilterQuery,
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
                            "maxResultSize" | "max_result_size" => Ok(GeneratedField::MaxResultSize),
                            "orderByField" | "order_by_field" => Ok(GeneratedField::OrderByField),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            "filterQuery" | "filter_query" => Ok(GeneratedField::FilterQuery),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListOperationOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ListOperationOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListOperationOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_result_size__ = None;
                let mut order_by_field__ = None;
                let mut next_page_token__ = None;
                let mut filter_query__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxResultSize => {
                            if max_result_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxResultSize"));
                            }
                            max_result_size__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::OrderByField => {
                            if order_by_field__.is_some() {
                                return Err(serde::de::Error::duplicate_field("orderByField"));
                            }
                            order_by_field__ = map_.next_value()?;
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = map_.next_value()?;
                        }
                        GeneratedField::FilterQuery => {
                            if filter_query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filterQuery"));
                            }
                            filter_query__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ListOperationOptions {
                    max_result_size: max_result_size__,
                    order_by_field: order_by_field__,
                    next_page_token: next_page_token__,
                    filter_query: filter_query__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ListOperationOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for list_operation_options::OrderByField {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.field.is_some() {
            len += 1;
        }
        if self.is_asc.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ListOperationOptions.OrderByField", len)?;
        if let Some(v) = self.field.as_ref() {
            let v = list_operation_options::order_by_field::Field::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("field", &v)?;
        }
        if let Some(v) = self.is_asc.as_ref() {
            struct_ser.serialize_field("isAsc", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for list_operation_options::OrderByField {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "field",
            "is_asc",
            "isAsc",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Field,
            IsAsc,
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
                            "isAsc" | "is_asc" => Ok(GeneratedField::IsAsc),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = list_operation_options::OrderByField;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ListOperationOptions.OrderByField")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<list_operation_options::OrderByField, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut field__ = None;
                let mut is_asc__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Field => {
                            if field__.is_some() {
                                return Err(serde::de::Error::duplicate_field("field"));
                            }
                            field__ = map_.next_value::<::std::option::Option<list_operation_options::order_by_field::Field>>()?.map(|x| x as i32);
                        }
                        GeneratedField::IsAsc => {
                            if is_asc__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isAsc"));
                            }
                            is_asc__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(list_operation_options::OrderByField {
                    field: field__,
                    is_asc: is_asc__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ListOperationOptions.OrderByField", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for list_operation_options::order_by_field::Field {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "FIELD_UNSPECIFIED",
            Self::CreateTime => "CREATE_TIME",
            Self::LastUpdateTime => "LAST_UPDATE_TIME",
            Self::Id => "ID",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for list_operation_options::order_by_field::Field {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "FIELD_UNSPECIFIED",
            "CREATE_TIME",
            "LAST_UPDATE_TIME",
            "ID",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = list_operation_options::order_by_field::Field;

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
                    "FIELD_UNSPECIFIED" => Ok(list_operation_options::order_by_field::Field::Unspecified),
                    "CREATE_TIME" => Ok(list_operation_options::order_by_field::Field::CreateTime),
                    "LAST_UPDATE_TIME" => Ok(list_operation_options::order_by_field::Field::LastUpdateTime),
                    "ID" => Ok(list_operation_options::order_by_field::Field::Id),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for MetadataStoreClientConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.host.is_some() {
            len += 1;
        }
        if self.port.is_some() {
            len += 1;
        }
        if self.ssl_config.is_some() {
            len += 1;
        }
        if self.channel_arguments.is_some() {
            len += 1;
        }
        if self.client_timeout_sec.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.MetadataStoreClientConfig", len)?;
        if let Some(v) = self.host.as_ref() {
            struct_ser.serialize_field("host", v)?;
        }
        if let Some(v) = self.port.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("port", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.ssl_config.as_ref() {
            struct_ser.serialize_field("sslConfig", v)?;
        }
        if let Some(v) = self.channel_arguments.as_ref() {
            struct_ser.serialize_field("channelArguments", v)?;
        }
        if let Some(v) = self.client_timeout_sec.as_ref() {
            struct_ser.serialize_field("clientTimeoutSec", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MetadataStoreClientConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "host",
            "port",
            "ssl_config",
            "sslConfig",
            "channel_arguments",
            "channelArguments",
            "client_timeout_sec",
            "clientTimeoutSec",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Host,
            Port,
            SslConfig,
            ChannelArguments,
            ClientTimeoutSec,
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
                            "host" => Ok(GeneratedField::Host),
                            "port" => Ok(GeneratedField::Port),
                            "sslConfig" | "ssl_config" => Ok(GeneratedField::SslConfig),
                            "channelArguments" | "channel_arguments" => Ok(GeneratedField::ChannelArguments),
                            "clientTimeoutSec" | "client_timeout_sec" => Ok(GeneratedField::ClientTimeoutSec),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MetadataStoreClientConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.MetadataStoreClientConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MetadataStoreClientConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut host__ = None;
                let mut port__ = None;
                let mut ssl_config__ = None;
                let mut channel_arguments__ = None;
                let mut client_timeout_sec__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Host => {
                            if host__.is_some() {
                                return Err(serde::de::Error::duplicate_field("host"));
                            }
                            host__ = map_.next_value()?;
                        }
                        GeneratedField::Port => {
                            if port__.is_some() {
                                return Err(serde::de::Error::duplicate_field("port"));
                            }
                            port__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SslConfig => {
                            if ssl_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslConfig"));
                            }
                            ssl_config__ = map_.next_value()?;
                        }
                        GeneratedField::ChannelArguments => {
                            if channel_arguments__.is_some() {
                                return Err(serde::de::Error::duplicate_field("channelArguments"));
                            }
                            channel_arguments__ = map_.next_value()?;
                        }
                        GeneratedField::ClientTimeoutSec => {
                            if client_timeout_sec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("clientTimeoutSec"));
                            }
                            client_timeout_sec__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MetadataStoreClientConfig {
                    host: host__,
                    port: port__,
                    ssl_config: ssl_config__,
                    channel_arguments: channel_arguments__,
                    client_timeout_sec: client_timeout_sec__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.MetadataStoreClientConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for metadata_store_client_config::SslConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.client_key.is_some() {
            len += 1;
        }
        if self.server_cert.is_some() {
            len += 1;
        }
        if self.custom_ca.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.MetadataStoreClientConfig.SSLConfig", len)?;
        if let Some(v) = self.client_key.as_ref() {
            struct_ser.serialize_field("clientKey", v)?;
        }
        if let Some(v) = self.server_cert.as_ref() {
            struct_ser.serialize_field("serverCert", v)?;
        }
        if let Some(v) = self.custom_ca.as_ref() {
            struct_ser.serialize_field("customCa", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for metadata_store_client_config::SslConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "client_key",
            "clientKey",
            "server_cert",
            "serverCert",
            "custom_ca",
            "customCa",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ClientKey,
            ServerCert,
            CustomCa,
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
                            "clientKey" | "client_key" => Ok(GeneratedField::ClientKey),
                            "serverCert" | "server_cert" => Ok(GeneratedField::ServerCert),
                            "customCa" | "custom_ca" => Ok(GeneratedField::CustomCa),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = metadata_store_client_config::SslConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.MetadataStoreClientConfig.SSLConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<metadata_store_client_config::SslConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut client_key__ = None;
                let mut server_cert__ = None;
                let mut custom_ca__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ClientKey => {
                            if client_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("clientKey"));
                            }
                            client_key__ = map_.next_value()?;
                        }
                        GeneratedField::ServerCert => {
                            if server_cert__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serverCert"));
                            }
                            server_cert__ = map_.next_value()?;
                        }
                        GeneratedField::CustomCa => {
                            if custom_ca__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customCa"));
                            }
                            custom_ca__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(metadata_store_client_config::SslConfig {
                    client_key: client_key__,
                    server_cert: server_cert__,
                    custom_ca: custom_ca__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.MetadataStoreClientConfig.SSLConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MetadataStoreServerConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.connection_config.is_some() {
            len += 1;
        }
        if self.migration_options.is_some() {
            len += 1;
        }
        if self.ssl_config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.MetadataStoreServerConfig", len)?;
        if let Some(v) = self.connection_config.as_ref() {
            struct_ser.serialize_field("connectionConfig", v)?;
        }
        if let Some(v) = self.migration_options.as_ref() {
            struct_ser.serialize_field("migrationOptions", v)?;
        }
        if let Some(v) = self.ssl_config.as_ref() {
            struct_ser.serialize_field("sslConfig", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MetadataStoreServerConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "connection_config",
            "connectionConfig",
            "migration_options",
            "migrationOptions",
            "ssl_config",
            "sslConfig",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConnectionConfig,
            MigrationOptions,
            SslConfig,
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
                            "connectionConfig" | "connection_config" => Ok(GeneratedField::ConnectionConfig),
                            "migrationOptions" | "migration_options" => Ok(GeneratedField::MigrationOptions),
                            "sslConfig" | "ssl_config" => Ok(GeneratedField::SslConfig),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MetadataStoreServerConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.MetadataStoreServerConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MetadataStoreServerConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut connection_config__ = None;
                let mut migration_options__ = None;
                let mut ssl_config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConnectionConfig => {
                            if connection_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connectionConfig"));
                            }
                            connection_config__ = map_.next_value()?;
                        }
                        GeneratedField::MigrationOptions => {
                            if migration_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("migrationOptions"));
                            }
                            migration_options__ = map_.next_value()?;
                        }
                        GeneratedField::SslConfig => {
                            if ssl_config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslConfig"));
                            }
                            ssl_config__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MetadataStoreServerConfig {
                    connection_config: connection_config__,
                    migration_options: migration_options__,
                    ssl_config: ssl_config__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.MetadataStoreServerConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for metadata_store_server_config::SslConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.server_key.is_some() {
            len += 1;
        }
        if self.server_cert.is_some() {
            len += 1;
        }
        if self.custom_ca.is_some() {
            len += 1;
        }
        if self.client_verify.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.MetadataStoreServerConfig.SSLConfig", len)?;
        if let Some(v) = self.server_key.as_ref() {
            struct_ser.serialize_field("serverKey", v)?;
        }
        if let Some(v) = self.server_cert.as_ref() {
            struct_ser.serialize_field("serverCert", v)?;
        }
        if let Some(v) = self.custom_ca.as_ref() {
            struct_ser.serialize_field("customCa", v)?;
        }
        if let Some(v) = self.client_verify.as_ref() {
            struct_ser.serialize_field("clientVerify", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for metadata_store_server_config::SslConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "server_key",
            "serverKey",
            "server_cert",
            "serverCert",
            "custom_ca",
            "customCa",
            "client_verify",
            "clientVerify",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ServerKey,
            ServerCert,
            CustomCa,
            ClientVerify,
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
                            "serverKey" | "server_key" => Ok(GeneratedField::ServerKey),
                            "serverCert" | "server_cert" => Ok(GeneratedField::ServerCert),
                            "customCa" | "custom_ca" => Ok(GeneratedField::CustomCa),
                            "clientVerify" | "client_verify" => Ok(GeneratedField::ClientVerify),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = metadata_store_server_config::SslConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.MetadataStoreServerConfig.SSLConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<metadata_store_server_config::SslConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut server_key__ = None;
                let mut server_cert__ = None;
                let mut custom_ca__ = None;
                let mut client_verify__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ServerKey => {
                            if server_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serverKey"));
                            }
                            server_key__ = map_.next_value()?;
                        }
                        GeneratedField::ServerCert => {
                            if server_cert__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serverCert"));
                            }
                            server_cert__ = map_.next_value()?;
                        }
                        GeneratedField::CustomCa => {
                            if custom_ca__.is_some() {
                                return Err(serde::de::Error::duplicate_field("customCa"));
                            }
                            custom_ca__ = map_.next_value()?;
                        }
                        GeneratedField::ClientVerify => {
                            if client_verify__.is_some() {
                                return Err(serde::de::Error::duplicate_field("clientVerify"));
                            }
                            client_verify__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(metadata_store_server_config::SslConfig {
                    server_key: server_key__,
                    server_cert: server_cert__,
                    custom_ca: custom_ca__,
                    client_verify: client_verify__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.MetadataStoreServerConfig.SSLConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MigrationOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.enable_upgrade_migration.is_some() {
            len += 1;
        }
        if self.downgrade_to_schema_version.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.MigrationOptions", len)?;
        if let Some(v) = self.enable_upgrade_migration.as_ref() {
            struct_ser.serialize_field("enableUpgradeMigration", v)?;
        }
        if let Some(v) = self.downgrade_to_schema_version.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("downgradeToSchemaVersion", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MigrationOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "enable_upgrade_migration",
            "enableUpgradeMigration",
            "downgrade_to_schema_version",
            "downgradeToSchemaVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnableUpgradeMigration,
            DowngradeToSchemaVersion,
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
                            "enableUpgradeMigration" | "enable_upgrade_migration" => Ok(GeneratedField::EnableUpgradeMigration),
                            "downgradeToSchemaVersion" | "downgrade_to_schema_version" => Ok(GeneratedField::DowngradeToSchemaVersion),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MigrationOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.MigrationOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MigrationOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut enable_upgrade_migration__ = None;
                let mut downgrade_to_schema_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnableUpgradeMigration => {
                            if enable_upgrade_migration__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enableUpgradeMigration"));
                            }
                            enable_upgrade_migration__ = map_.next_value()?;
                        }
                        GeneratedField::DowngradeToSchemaVersion => {
                            if downgrade_to_schema_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("downgradeToSchemaVersion"));
                            }
                            downgrade_to_schema_version__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MigrationOptions {
                    enable_upgrade_migration: enable_upgrade_migration__,
                    downgrade_to_schema_version: downgrade_to_schema_version__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.MigrationOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MySqlDatabaseConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.host.is_some() {
            len += 1;
        }
        if self.port.is_some() {
            len += 1;
        }
        if self.database.is_some() {
            len += 1;
        }
        if self.user.is_some() {
            len += 1;
        }
        if self.password.is_some() {
            len += 1;
        }
        if self.socket.is_some() {
            len += 1;
        }
        if self.ssl_options.is_some() {
            len += 1;
        }
        if self.skip_db_creation.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.MySQLDatabaseConfig", len)?;
        if let Some(v) = self.host.as_ref() {
            struct_ser.serialize_field("host", v)?;
        }
        if let Some(v) = self.port.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("port", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.database.as_ref() {
            struct_ser.serialize_field("database", v)?;
        }
        if let Some(v) = self.user.as_ref() {
            struct_ser.serialize_field("user", v)?;
        }
        if let Some(v) = self.password.as_ref() {
            struct_ser.serialize_field("password", v)?;
        }
        if let Some(v) = self.socket.as_ref() {
            struct_ser.serialize_field("socket", v)?;
        }
        if let Some(v) = self.ssl_options.as_ref() {
            struct_ser.serialize_field("sslOptions", v)?;
        }
        if let Some(v) = self.skip_db_creation.as_ref() {
            struct_ser.serialize_field("skipDbCreation", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MySqlDatabaseConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "host",
            "port",
            "database",
            "user",
            "password",
            "socket",
            "ssl_options",
            "sslOptions",
            "skip_db_creation",
            "skipDbCreation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Host,
            Port,
            Database,
            User,
            Password,
            Socket,
            SslOptions,
            SkipDbCreation,
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
                            "host" => Ok(GeneratedField::Host),
                            "port" => Ok(GeneratedField::Port),
                            "database" => Ok(GeneratedField::Database),
                            "user" => Ok(GeneratedField::User),
                            "password" => Ok(GeneratedField::Password),
                            "socket" => Ok(GeneratedField::Socket),
                            "sslOptions" | "ssl_options" => Ok(GeneratedField::SslOptions),
                            "skipDbCreation" | "skip_db_creation" => Ok(GeneratedField::SkipDbCreation),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MySqlDatabaseConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.MySQLDatabaseConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MySqlDatabaseConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut host__ = None;
                let mut port__ = None;
                let mut database__ = None;
                let mut user__ = None;
                let mut password__ = None;
                let mut socket__ = None;
                let mut ssl_options__ = None;
                let mut skip_db_creation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Host => {
                            if host__.is_some() {
                                return Err(serde::de::Error::duplicate_field("host"));
                            }
                            host__ = map_.next_value()?;
                        }
                        GeneratedField::Port => {
                            if port__.is_some() {
                                return Err(serde::de::Error::duplicate_field("port"));
                            }
                            port__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Database => {
                            if database__.is_some() {
                                return Err(serde::de::Error::duplicate_field("database"));
                            }
                            database__ = map_.next_value()?;
                        }
                        GeneratedField::User => {
                            if user__.is_some() {
                                return Err(serde::de::Error::duplicate_field("user"));
                            }
                            user__ = map_.next_value()?;
                        }
                        GeneratedField::Password => {
                            if password__.is_some() {
                                return Err(serde::de::Error::duplicate_field("password"));
                            }
                            password__ = map_.next_value()?;
                        }
                        GeneratedField::Socket => {
                            if socket__.is_some() {
                                return Err(serde::de::Error::duplicate_field("socket"));
                            }
                            socket__ = map_.next_value()?;
                        }
                        GeneratedField::SslOptions => {
                            if ssl_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslOptions"));
                            }
                            ssl_options__ = map_.next_value()?;
                        }
                        GeneratedField::SkipDbCreation => {
                            if skip_db_creation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("skipDbCreation"));
                            }
                            skip_db_creation__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MySqlDatabaseConfig {
                    host: host__,
                    port: port__,
                    database: database__,
                    user: user__,
                    password: password__,
                    socket: socket__,
                    ssl_options: ssl_options__,
                    skip_db_creation: skip_db_creation__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.MySQLDatabaseConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for my_sql_database_config::SslOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        if self.cert.is_some() {
            len += 1;
        }
        if self.ca.is_some() {
            len += 1;
        }
        if self.capath.is_some() {
            len += 1;
        }
        if self.cipher.is_some() {
            len += 1;
        }
        if self.verify_server_cert.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.MySQLDatabaseConfig.SSLOptions", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        if let Some(v) = self.cert.as_ref() {
            struct_ser.serialize_field("cert", v)?;
        }
        if let Some(v) = self.ca.as_ref() {
            struct_ser.serialize_field("ca", v)?;
        }
        if let Some(v) = self.capath.as_ref() {
            struct_ser.serialize_field("capath", v)?;
        }
        if let Some(v) = self.cipher.as_ref() {
            struct_ser.serialize_field("cipher", v)?;
        }
        if let Some(v) = self.verify_server_cert.as_ref() {
            struct_ser.serialize_field("verifyServerCert", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for my_sql_database_config::SslOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "cert",
            "ca",
            "capath",
            "cipher",
            "verify_server_cert",
            "verifyServerCert",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            Cert,
            Ca,
            Capath,
            Cipher,
            VerifyServerCert,
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
                            "cert" => Ok(GeneratedField::Cert),
                            "ca" => Ok(GeneratedField::Ca),
                            "capath" => Ok(GeneratedField::Capath),
                            "cipher" => Ok(GeneratedField::Cipher),
                            "verifyServerCert" | "verify_server_cert" => Ok(GeneratedField::VerifyServerCert),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = my_sql_database_config::SslOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.MySQLDatabaseConfig.SSLOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<my_sql_database_config::SslOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut cert__ = None;
                let mut ca__ = None;
                let mut capath__ = None;
                let mut cipher__ = None;
                let mut verify_server_cert__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                        GeneratedField::Cert => {
                            if cert__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cert"));
                            }
                            cert__ = map_.next_value()?;
                        }
                        GeneratedField::Ca => {
                            if ca__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ca"));
                            }
                            ca__ = map_.next_value()?;
                        }
                        GeneratedField::Capath => {
                            if capath__.is_some() {
                                return Err(serde::de::Error::duplicate_field("capath"));
                            }
                            capath__ = map_.next_value()?;
                        }
                        GeneratedField::Cipher => {
                            if cipher__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cipher"));
                            }
                            cipher__ = map_.next_value()?;
                        }
                        GeneratedField::VerifyServerCert => {
                            if verify_server_cert__.is_some() {
                                return Err(serde::de::Error::duplicate_field("verifyServerCert"));
                            }
                            verify_server_cert__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(my_sql_database_config::SslOptions {
                    key: key__,
                    cert: cert__,
                    ca: ca__,
                    capath: capath__,
                    cipher: cipher__,
                    verify_server_cert: verify_server_cert__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.MySQLDatabaseConfig.SSLOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for NoneArtifactStructType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_metadata.NoneArtifactStructType", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NoneArtifactStructType {
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
            type Value = NoneArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.NoneArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<NoneArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(NoneArtifactStructType {
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.NoneArtifactStructType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ParentContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.child_id.is_some() {
            len += 1;
        }
        if self.parent_id.is_some() {
            len += 1;
        }
        if self.system_metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.ParentContext", len)?;
        if let Some(v) = self.child_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("childId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.parent_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("parentId", ToString::to_string(&v).as_str())?;
        }
        if let Some(v) = self.system_metadata.as_ref() {
            struct_ser.serialize_field("systemMetadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ParentContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "child_id",
            "childId",
            "parent_id",
            "parentId",
            "system_metadata",
            "systemMetadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ChildId,
            ParentId,
            SystemMetadata,
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
                            "childId" | "child_id" => Ok(GeneratedField::ChildId),
                            "parentId" | "parent_id" => Ok(GeneratedField::ParentId),
                            "systemMetadata" | "system_metadata" => Ok(GeneratedField::SystemMetadata),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ParentContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.ParentContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ParentContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut child_id__ = None;
                let mut parent_id__ = None;
                let mut system_metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ChildId => {
                            if child_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("childId"));
                            }
                            child_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ParentId => {
                            if parent_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentId"));
                            }
                            parent_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::SystemMetadata => {
                            if system_metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("systemMetadata"));
                            }
                            system_metadata__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ParentContext {
                    child_id: child_id__,
                    parent_id: parent_id__,
                    system_metadata: system_metadata__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.ParentContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PostgreSqlDatabaseConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.host.is_some() {
            len += 1;
        }
        if self.hostaddr.is_some() {
            len += 1;
        }
        if self.port.is_some() {
            len += 1;
        }
        if self.user.is_some() {
            len += 1;
        }
        if self.password.is_some() {
            len += 1;
        }
        if self.passfile.is_some() {
            len += 1;
        }
        if self.dbname.is_some() {
            len += 1;
        }
        if self.skip_db_creation.is_some() {
            len += 1;
        }
        if self.ssloption.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PostgreSQLDatabaseConfig", len)?;
        if let Some(v) = self.host.as_ref() {
            struct_ser.serialize_field("host", v)?;
        }
        if let Some(v) = self.hostaddr.as_ref() {
            struct_ser.serialize_field("hostaddr", v)?;
        }
        if let Some(v) = self.port.as_ref() {
            struct_ser.serialize_field("port", v)?;
        }
        if let Some(v) = self.user.as_ref() {
            struct_ser.serialize_field("user", v)?;
        }
        if let Some(v) = self.password.as_ref() {
            struct_ser.serialize_field("password", v)?;
        }
        if let Some(v) = self.passfile.as_ref() {
            struct_ser.serialize_field("passfile", v)?;
        }
        if let Some(v) = self.dbname.as_ref() {
            struct_ser.serialize_field("dbname", v)?;
        }
        if let Some(v) = self.skip_db_creation.as_ref() {
            struct_ser.serialize_field("skipDbCreation", v)?;
        }
        if let Some(v) = self.ssloption.as_ref() {
            struct_ser.serialize_field("ssloption", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PostgreSqlDatabaseConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "host",
            "hostaddr",
            "port",
            "user",
            "password",
            "passfile",
            "dbname",
            "skip_db_creation",
            "skipDbCreation",
            "ssloption",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Host,
            Hostaddr,
            Port,
            User,
            Password,
            Passfile,
            Dbname,
            SkipDbCreation,
            Ssloption,
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
                            "host" => Ok(GeneratedField::Host),
                            "hostaddr" => Ok(GeneratedField::Hostaddr),
                            "port" => Ok(GeneratedField::Port),
                            "user" => Ok(GeneratedField::User),
                            "password" => Ok(GeneratedField::Password),
                            "passfile" => Ok(GeneratedField::Passfile),
                            "dbname" => Ok(GeneratedField::Dbname),
                            "skipDbCreation" | "skip_db_creation" => Ok(GeneratedField::SkipDbCreation),
                            "ssloption" => Ok(GeneratedField::Ssloption),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PostgreSqlDatabaseConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PostgreSQLDatabaseConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PostgreSqlDatabaseConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut host__ = None;
                let mut hostaddr__ = None;
                let mut port__ = None;
                let mut user__ = None;
                let mut password__ = None;
                let mut passfile__ = None;
                let mut dbname__ = None;
                let mut skip_db_creation__ = None;
                let mut ssloption__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Host => {
                            if host__.is_some() {
                                return Err(serde::de::Error::duplicate_field("host"));
                            }
                            host__ = map_.next_value()?;
                        }
                        GeneratedField::Hostaddr => {
                            if hostaddr__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hostaddr"));
                            }
                            hostaddr__ = map_.next_value()?;
                        }
                        GeneratedField::Port => {
                            if port__.is_some() {
                                return Err(serde::de::Error::duplicate_field("port"));
                            }
                            port__ = map_.next_value()?;
                        }
                        GeneratedField::User => {
                            if user__.is_some() {
                                return Err(serde::de::Error::duplicate_field("user"));
                            }
                            user__ = map_.next_value()?;
                        }
                        GeneratedField::Password => {
                            if password__.is_some() {
                                return Err(serde::de::Error::duplicate_field("password"));
                            }
                            password__ = map_.next_value()?;
                        }
                        GeneratedField::Passfile => {
                            if passfile__.is_some() {
                                return Err(serde::de::Error::duplicate_field("passfile"));
                            }
                            passfile__ = map_.next_value()?;
                        }
                        GeneratedField::Dbname => {
                            if dbname__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dbname"));
                            }
                            dbname__ = map_.next_value()?;
                        }
                        GeneratedField::SkipDbCreation => {
                            if skip_db_creation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("skipDbCreation"));
                            }
                            skip_db_creation__ = map_.next_value()?;
                        }
                        GeneratedField::Ssloption => {
                            if ssloption__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ssloption"));
                            }
                            ssloption__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PostgreSqlDatabaseConfig {
                    host: host__,
                    hostaddr: hostaddr__,
                    port: port__,
                    user: user__,
                    password: password__,
                    passfile: passfile__,
                    dbname: dbname__,
                    skip_db_creation: skip_db_creation__,
                    ssloption: ssloption__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PostgreSQLDatabaseConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for postgre_sql_database_config::SslOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.sslmode.is_some() {
            len += 1;
        }
        if self.sslcert.is_some() {
            len += 1;
        }
        if self.sslkey.is_some() {
            len += 1;
        }
        if self.sslpassword.is_some() {
            len += 1;
        }
        if self.sslrootcert.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PostgreSQLDatabaseConfig.SSLOptions", len)?;
        if let Some(v) = self.sslmode.as_ref() {
            struct_ser.serialize_field("sslmode", v)?;
        }
        if let Some(v) = self.sslcert.as_ref() {
            struct_ser.serialize_field("sslcert", v)?;
        }
        if let Some(v) = self.sslkey.as_ref() {
            struct_ser.serialize_field("sslkey", v)?;
        }
        if let Some(v) = self.sslpassword.as_ref() {
            struct_ser.serialize_field("sslpassword", v)?;
        }
        if let Some(v) = self.sslrootcert.as_ref() {
            struct_ser.serialize_field("sslrootcert", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for postgre_sql_database_config::SslOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sslmode",
            "sslcert",
            "sslkey",
            "sslpassword",
            "sslrootcert",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Sslmode,
            Sslcert,
            Sslkey,
            Sslpassword,
            Sslrootcert,
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
                            "sslmode" => Ok(GeneratedField::Sslmode),
                            "sslcert" => Ok(GeneratedField::Sslcert),
                            "sslkey" => Ok(GeneratedField::Sslkey),
                            "sslpassword" => Ok(GeneratedField::Sslpassword),
                            "sslrootcert" => Ok(GeneratedField::Sslrootcert),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = postgre_sql_database_config::SslOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PostgreSQLDatabaseConfig.SSLOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<postgre_sql_database_config::SslOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sslmode__ = None;
                let mut sslcert__ = None;
                let mut sslkey__ = None;
                let mut sslpassword__ = None;
                let mut sslrootcert__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Sslmode => {
                            if sslmode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslmode"));
                            }
                            sslmode__ = map_.next_value()?;
                        }
                        GeneratedField::Sslcert => {
                            if sslcert__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslcert"));
                            }
                            sslcert__ = map_.next_value()?;
                        }
                        GeneratedField::Sslkey => {
                            if sslkey__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslkey"));
                            }
                            sslkey__ = map_.next_value()?;
                        }
                        GeneratedField::Sslpassword => {
                            if sslpassword__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslpassword"));
                            }
                            sslpassword__ = map_.next_value()?;
                        }
                        GeneratedField::Sslrootcert => {
                            if sslrootcert__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sslrootcert"));
                            }
                            sslrootcert__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(postgre_sql_database_config::SslOptions {
                    sslmode: sslmode__,
                    sslcert: sslcert__,
                    sslkey: sslkey__,
                    sslpassword: sslpassword__,
                    sslrootcert: sslrootcert__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PostgreSQLDatabaseConfig.SSLOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PropertyType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unknown => "UNKNOWN",
            Self::Int => "INT",
            Self::Double => "DOUBLE",
            Self::String => "STRING",
            Self::Struct => "STRUCT",
            Self::Proto => "PROTO",
            Self::Boolean => "BOOLEAN",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for PropertyType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNKNOWN",
            "INT",
            "DOUBLE",
            "STRING",
            "STRUCT",
            "PROTO",
            "BOOLEAN",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = PropertyType;

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
                    "UNKNOWN" => Ok(PropertyType::Unknown),
                    "INT" => Ok(PropertyType::Int),
                    "DOUBLE" => Ok(PropertyType::Double),
                    "STRING" => Ok(PropertyType::String),
                    "STRUCT" => Ok(PropertyType::Struct),
                    "PROTO" => Ok(PropertyType::Proto),
                    "BOOLEAN" => Ok(PropertyType::Boolean),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for PutArtifactTypeRequest {
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
        if self.can_add_fields.is_some() {
            len += 1;
        }
        if self.can_omit_fields.is_some() {
            len += 1;
        }
        if self.can_delete_fields.is_some() {
            len += 1;
        }
        if self.all_fields_match.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutArtifactTypeRequest", len)?;
        if let Some(v) = self.artifact_type.as_ref() {
            struct_ser.serialize_field("artifactType", v)?;
        }
        if let Some(v) = self.can_add_fields.as_ref() {
            struct_ser.serialize_field("canAddFields", v)?;
        }
        if let Some(v) = self.can_omit_fields.as_ref() {
            struct_ser.serialize_field("canOmitFields", v)?;
        }
        if let Some(v) = self.can_delete_fields.as_ref() {
            struct_ser.serialize_field("canDeleteFields", v)?;
        }
        if let Some(v) = self.all_fields_match.as_ref() {
            struct_ser.serialize_field("allFieldsMatch", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutArtifactTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_type",
            "artifactType",
            "can_add_fields",
            "canAddFields",
            "can_omit_fields",
            "canOmitFields",
            "can_delete_fields",
            "canDeleteFields",
            "all_fields_match",
            "allFieldsMatch",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactType,
            CanAddFields,
            CanOmitFields,
            CanDeleteFields,
            AllFieldsMatch,
            TransactionOptions,
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
                            "canAddFields" | "can_add_fields" => Ok(GeneratedField::CanAddFields),
                            "canOmitFields" | "can_omit_fields" => Ok(GeneratedField::CanOmitFields),
                            "canDeleteFields" | "can_delete_fields" => Ok(GeneratedField::CanDeleteFields),
                            "allFieldsMatch" | "all_fields_match" => Ok(GeneratedField::AllFieldsMatch),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutArtifactTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutArtifactTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutArtifactTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_type__ = None;
                let mut can_add_fields__ = None;
                let mut can_omit_fields__ = None;
                let mut can_delete_fields__ = None;
                let mut all_fields_match__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactType => {
                            if artifact_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactType"));
                            }
                            artifact_type__ = map_.next_value()?;
                        }
                        GeneratedField::CanAddFields => {
                            if can_add_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canAddFields"));
                            }
                            can_add_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanOmitFields => {
                            if can_omit_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canOmitFields"));
                            }
                            can_omit_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanDeleteFields => {
                            if can_delete_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canDeleteFields"));
                            }
                            can_delete_fields__ = map_.next_value()?;
                        }
                        GeneratedField::AllFieldsMatch => {
                            if all_fields_match__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allFieldsMatch"));
                            }
                            all_fields_match__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutArtifactTypeRequest {
                    artifact_type: artifact_type__,
                    can_add_fields: can_add_fields__,
                    can_omit_fields: can_omit_fields__,
                    can_delete_fields: can_delete_fields__,
                    all_fields_match: all_fields_match__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutArtifactTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutArtifactTypeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutArtifactTypeResponse", len)?;
        if let Some(v) = self.type_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("typeId", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutArtifactTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_id",
            "typeId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeId,
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
                            "typeId" | "type_id" => Ok(GeneratedField::TypeId),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutArtifactTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutArtifactTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutArtifactTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeId => {
                            if type_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeId"));
                            }
                            type_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutArtifactTypeResponse {
                    type_id: type_id__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutArtifactTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutArtifactsRequest {
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
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        if self.update_mask.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutArtifactsRequest", len)?;
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        if let Some(v) = self.update_mask.as_ref() {
            struct_ser.serialize_field("updateMask", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutArtifactsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifacts",
            "options",
            "transaction_options",
            "transactionOptions",
            "update_mask",
            "updateMask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifacts,
            Options,
            TransactionOptions,
            UpdateMask,
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
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            "updateMask" | "update_mask" => Ok(GeneratedField::UpdateMask),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutArtifactsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutArtifactsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutArtifactsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifacts__ = None;
                let mut options__ = None;
                let mut transaction_options__ = None;
                let mut update_mask__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutArtifactsRequest {
                    artifacts: artifacts__.unwrap_or_default(),
                    options: options__,
                    transaction_options: transaction_options__,
                    update_mask: update_mask__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutArtifactsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for put_artifacts_request::Options {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.abort_if_latest_updated_time_changed.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutArtifactsRequest.Options", len)?;
        if let Some(v) = self.abort_if_latest_updated_time_changed.as_ref() {
            struct_ser.serialize_field("abortIfLatestUpdatedTimeChanged", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for put_artifacts_request::Options {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "abort_if_latest_updated_time_changed",
            "abortIfLatestUpdatedTimeChanged",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AbortIfLatestUpdatedTimeChanged,
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
                            "abortIfLatestUpdatedTimeChanged" | "abort_if_latest_updated_time_changed" => Ok(GeneratedField::AbortIfLatestUpdatedTimeChanged),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = put_artifacts_request::Options;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutArtifactsRequest.Options")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<put_artifacts_request::Options, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut abort_if_latest_updated_time_changed__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AbortIfLatestUpdatedTimeChanged => {
                            if abort_if_latest_updated_time_changed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("abortIfLatestUpdatedTimeChanged"));
                            }
                            abort_if_latest_updated_time_changed__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(put_artifacts_request::Options {
                    abort_if_latest_updated_time_changed: abort_if_latest_updated_time_changed__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutArtifactsRequest.Options", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutArtifactsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutArtifactsResponse", len)?;
        if !self.artifact_ids.is_empty() {
            struct_ser.serialize_field("artifactIds", &self.artifact_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutArtifactsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_ids",
            "artifactIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactIds,
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
                            "artifactIds" | "artifact_ids" => Ok(GeneratedField::ArtifactIds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutArtifactsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutArtifactsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutArtifactsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_ids__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactIds => {
                            if artifact_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactIds"));
                            }
                            artifact_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutArtifactsResponse {
                    artifact_ids: artifact_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutArtifactsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutAttributionsAndAssociationsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.attributions.is_empty() {
            len += 1;
        }
        if !self.associations.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutAttributionsAndAssociationsRequest", len)?;
        if !self.attributions.is_empty() {
            struct_ser.serialize_field("attributions", &self.attributions)?;
        }
        if !self.associations.is_empty() {
            struct_ser.serialize_field("associations", &self.associations)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutAttributionsAndAssociationsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "attributions",
            "associations",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Attributions,
            Associations,
            TransactionOptions,
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
                            "attributions" => Ok(GeneratedField::Attributions),
                            "associations" => Ok(GeneratedField::Associations),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutAttributionsAndAssociationsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutAttributionsAndAssociationsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutAttributionsAndAssociationsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut attributions__ = None;
                let mut associations__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Attributions => {
                            if attributions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attributions"));
                            }
                            attributions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Associations => {
                            if associations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("associations"));
                            }
                            associations__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutAttributionsAndAssociationsRequest {
                    attributions: attributions__.unwrap_or_default(),
                    associations: associations__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutAttributionsAndAssociationsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutAttributionsAndAssociationsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_metadata.PutAttributionsAndAssociationsResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutAttributionsAndAssociationsResponse {
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
            type Value = PutAttributionsAndAssociationsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutAttributionsAndAssociationsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutAttributionsAndAssociationsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(PutAttributionsAndAssociationsResponse {
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutAttributionsAndAssociationsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutContextTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.context_type.is_some() {
            len += 1;
        }
        if self.can_add_fields.is_some() {
            len += 1;
        }
        if self.can_omit_fields.is_some() {
            len += 1;
        }
        if self.can_delete_fields.is_some() {
            len += 1;
        }
        if self.all_fields_match.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutContextTypeRequest", len)?;
        if let Some(v) = self.context_type.as_ref() {
            struct_ser.serialize_field("contextType", v)?;
        }
        if let Some(v) = self.can_add_fields.as_ref() {
            struct_ser.serialize_field("canAddFields", v)?;
        }
        if let Some(v) = self.can_omit_fields.as_ref() {
            struct_ser.serialize_field("canOmitFields", v)?;
        }
        if let Some(v) = self.can_delete_fields.as_ref() {
            struct_ser.serialize_field("canDeleteFields", v)?;
        }
        if let Some(v) = self.all_fields_match.as_ref() {
            struct_ser.serialize_field("allFieldsMatch", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutContextTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_type",
            "contextType",
            "can_add_fields",
            "canAddFields",
            "can_omit_fields",
            "canOmitFields",
            "can_delete_fields",
            "canDeleteFields",
            "all_fields_match",
            "allFieldsMatch",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextType,
            CanAddFields,
            CanOmitFields,
            CanDeleteFields,
            AllFieldsMatch,
            TransactionOptions,
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
                            "contextType" | "context_type" => Ok(GeneratedField::ContextType),
                            "canAddFields" | "can_add_fields" => Ok(GeneratedField::CanAddFields),
                            "canOmitFields" | "can_omit_fields" => Ok(GeneratedField::CanOmitFields),
                            "canDeleteFields" | "can_delete_fields" => Ok(GeneratedField::CanDeleteFields),
                            "allFieldsMatch" | "all_fields_match" => Ok(GeneratedField::AllFieldsMatch),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutContextTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutContextTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutContextTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_type__ = None;
                let mut can_add_fields__ = None;
                let mut can_omit_fields__ = None;
                let mut can_delete_fields__ = None;
                let mut all_fields_match__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextType => {
                            if context_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextType"));
                            }
                            context_type__ = map_.next_value()?;
                        }
                        GeneratedField::CanAddFields => {
                            if can_add_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canAddFields"));
                            }
                            can_add_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanOmitFields => {
                            if can_omit_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canOmitFields"));
                            }
                            can_omit_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanDeleteFields => {
                            if can_delete_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canDeleteFields"));
                            }
                            can_delete_fields__ = map_.next_value()?;
                        }
                        GeneratedField::AllFieldsMatch => {
                            if all_fields_match__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allFieldsMatch"));
                            }
                            all_fields_match__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutContextTypeRequest {
                    context_type: context_type__,
                    can_add_fields: can_add_fields__,
                    can_omit_fields: can_omit_fields__,
                    can_delete_fields: can_delete_fields__,
                    all_fields_match: all_fields_match__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutContextTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutContextTypeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutContextTypeResponse", len)?;
        if let Some(v) = self.type_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("typeId", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutContextTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_id",
            "typeId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeId,
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
                            "typeId" | "type_id" => Ok(GeneratedField::TypeId),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutContextTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutContextTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutContextTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeId => {
                            if type_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeId"));
                            }
                            type_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutContextTypeResponse {
                    type_id: type_id__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutContextTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutContextsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contexts.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        if self.update_mask.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutContextsRequest", len)?;
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        if let Some(v) = self.update_mask.as_ref() {
            struct_ser.serialize_field("updateMask", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutContextsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contexts",
            "transaction_options",
            "transactionOptions",
            "update_mask",
            "updateMask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contexts,
            TransactionOptions,
            UpdateMask,
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
                            "contexts" => Ok(GeneratedField::Contexts),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            "updateMask" | "update_mask" => Ok(GeneratedField::UpdateMask),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutContextsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutContextsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutContextsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contexts__ = None;
                let mut transaction_options__ = None;
                let mut update_mask__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutContextsRequest {
                    contexts: contexts__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                    update_mask: update_mask__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutContextsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutContextsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.context_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutContextsResponse", len)?;
        if !self.context_ids.is_empty() {
            struct_ser.serialize_field("contextIds", &self.context_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutContextsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "context_ids",
            "contextIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ContextIds,
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
                            "contextIds" | "context_ids" => Ok(GeneratedField::ContextIds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutContextsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutContextsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutContextsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut context_ids__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ContextIds => {
                            if context_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextIds"));
                            }
                            context_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutContextsResponse {
                    context_ids: context_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutContextsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutEventsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.events.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutEventsRequest", len)?;
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutEventsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "events",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Events,
            TransactionOptions,
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
                            "events" => Ok(GeneratedField::Events),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutEventsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutEventsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutEventsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut events__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutEventsRequest {
                    events: events__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutEventsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutEventsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_metadata.PutEventsResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutEventsResponse {
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
            type Value = PutEventsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutEventsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutEventsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(PutEventsResponse {
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutEventsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutExecutionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        if !self.artifact_event_pairs.is_empty() {
            len += 1;
        }
        if !self.contexts.is_empty() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionRequest", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        if !self.artifact_event_pairs.is_empty() {
            struct_ser.serialize_field("artifactEventPairs", &self.artifact_event_pairs)?;
        }
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutExecutionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
            "artifact_event_pairs",
            "artifactEventPairs",
            "contexts",
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
            ArtifactEventPairs,
            Contexts,
            Options,
            TransactionOptions,
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
                            "execution" => Ok(GeneratedField::Execution),
                            "artifactEventPairs" | "artifact_event_pairs" => Ok(GeneratedField::ArtifactEventPairs),
                            "contexts" => Ok(GeneratedField::Contexts),
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                let mut artifact_event_pairs__ = None;
                let mut contexts__ = None;
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                        GeneratedField::ArtifactEventPairs => {
                            if artifact_event_pairs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactEventPairs"));
                            }
                            artifact_event_pairs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutExecutionRequest {
                    execution: execution__,
                    artifact_event_pairs: artifact_event_pairs__.unwrap_or_default(),
                    contexts: contexts__.unwrap_or_default(),
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for put_execution_request::ArtifactAndEvent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact.is_some() {
            len += 1;
        }
        if self.event.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionRequest.ArtifactAndEvent", len)?;
        if let Some(v) = self.artifact.as_ref() {
            struct_ser.serialize_field("artifact", v)?;
        }
        if let Some(v) = self.event.as_ref() {
            struct_ser.serialize_field("event", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for put_execution_request::ArtifactAndEvent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact",
            "event",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifact,
            Event,
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
                            "artifact" => Ok(GeneratedField::Artifact),
                            "event" => Ok(GeneratedField::Event),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = put_execution_request::ArtifactAndEvent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionRequest.ArtifactAndEvent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<put_execution_request::ArtifactAndEvent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact__ = None;
                let mut event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifact => {
                            if artifact__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifact"));
                            }
                            artifact__ = map_.next_value()?;
                        }
                        GeneratedField::Event => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("event"));
                            }
                            event__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(put_execution_request::ArtifactAndEvent {
                    artifact: artifact__,
                    event: event__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionRequest.ArtifactAndEvent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for put_execution_request::Options {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.reuse_context_if_already_exist.is_some() {
            len += 1;
        }
        if self.reuse_artifact_if_already_exist_by_external_id.is_some() {
            len += 1;
        }
        if self.force_update_time.is_some() {
            len += 1;
        }
        if self.force_reuse_context.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionRequest.Options", len)?;
        if let Some(v) = self.reuse_context_if_already_exist.as_ref() {
            struct_ser.serialize_field("reuseContextIfAlreadyExist", v)?;
        }
        if let Some(v) = self.reuse_artifact_if_already_exist_by_external_id.as_ref() {
            struct_ser.serialize_field("reuseArtifactIfAlreadyExistByExternalId", v)?;
        }
        if let Some(v) = self.force_update_time.as_ref() {
            struct_ser.serialize_field("forceUpdateTime", v)?;
        }
        if let Some(v) = self.force_reuse_context.as_ref() {
            struct_ser.serialize_field("forceReuseContext", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for put_execution_request::Options {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "reuse_context_if_already_exist",
            "reuseContextIfAlreadyExist",
            "reuse_artifact_if_already_exist_by_external_id",
            "reuseArtifactIfAlreadyExistByExternalId",
            "force_update_time",
            "forceUpdateTime",
            "force_reuse_context",
            "forceReuseContext",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ReuseContextIfAlreadyExist,
            ReuseArtifactIfAlreadyExistByExternalId,
            ForceUpdateTime,
            ForceReuseContext,
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
                            "reuseContextIfAlreadyExist" | "reuse_context_if_already_exist" => Ok(GeneratedField::ReuseContextIfAlreadyExist),
                            "reuseArtifactIfAlreadyExistByExternalId" | "reuse_artifact_if_already_exist_by_external_id" => Ok(GeneratedField::ReuseArtifactIfAlreadyExistByExternalId),
                            "forceUpdateTime" | "force_update_time" => Ok(GeneratedField::ForceUpdateTime),
                            "forceReuseContext" | "force_reuse_context" => Ok(GeneratedField::ForceReuseContext),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = put_execution_request::Options;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionRequest.Options")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<put_execution_request::Options, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut reuse_context_if_already_exist__ = None;
                let mut reuse_artifact_if_already_exist_by_external_id__ = None;
                let mut force_update_time__ = None;
                let mut force_reuse_context__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ReuseContextIfAlreadyExist => {
                            if reuse_context_if_already_exist__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reuseContextIfAlreadyExist"));
                            }
                            reuse_context_if_already_exist__ = map_.next_value()?;
                        }
                        GeneratedField::ReuseArtifactIfAlreadyExistByExternalId => {
                            if reuse_artifact_if_already_exist_by_external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reuseArtifactIfAlreadyExistByExternalId"));
                            }
                            reuse_artifact_if_already_exist_by_external_id__ = map_.next_value()?;
                        }
                        GeneratedField::ForceUpdateTime => {
                            if force_update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("forceUpdateTime"));
                            }
                            force_update_time__ = map_.next_value()?;
                        }
                        GeneratedField::ForceReuseContext => {
                            if force_reuse_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("forceReuseContext"));
                            }
                            force_reuse_context__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(put_execution_request::Options {
                    reuse_context_if_already_exist: reuse_context_if_already_exist__,
                    reuse_artifact_if_already_exist_by_external_id: reuse_artifact_if_already_exist_by_external_id__,
                    force_update_time: force_update_time__,
                    force_reuse_context: force_reuse_context__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionRequest.Options", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution_id.is_some() {
            len += 1;
        }
        if !self.artifact_ids.is_empty() {
            len += 1;
        }
        if !self.context_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionResponse", len)?;
        if let Some(v) = self.execution_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("executionId", ToString::to_string(&v).as_str())?;
        }
        if !self.artifact_ids.is_empty() {
            struct_ser.serialize_field("artifactIds", &self.artifact_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if !self.context_ids.is_empty() {
            struct_ser.serialize_field("contextIds", &self.context_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "artifact_ids",
            "artifactIds",
            "context_ids",
            "contextIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            ArtifactIds,
            ContextIds,
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
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "artifactIds" | "artifact_ids" => Ok(GeneratedField::ArtifactIds),
                            "contextIds" | "context_ids" => Ok(GeneratedField::ContextIds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut artifact_ids__ = None;
                let mut context_ids__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ArtifactIds => {
                            if artifact_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactIds"));
                            }
                            artifact_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::ContextIds => {
                            if context_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextIds"));
                            }
                            context_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutExecutionResponse {
                    execution_id: execution_id__,
                    artifact_ids: artifact_ids__.unwrap_or_default(),
                    context_ids: context_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutExecutionTypeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution_type.is_some() {
            len += 1;
        }
        if self.can_add_fields.is_some() {
            len += 1;
        }
        if self.can_omit_fields.is_some() {
            len += 1;
        }
        if self.can_delete_fields.is_some() {
            len += 1;
        }
        if self.all_fields_match.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionTypeRequest", len)?;
        if let Some(v) = self.execution_type.as_ref() {
            struct_ser.serialize_field("executionType", v)?;
        }
        if let Some(v) = self.can_add_fields.as_ref() {
            struct_ser.serialize_field("canAddFields", v)?;
        }
        if let Some(v) = self.can_omit_fields.as_ref() {
            struct_ser.serialize_field("canOmitFields", v)?;
        }
        if let Some(v) = self.can_delete_fields.as_ref() {
            struct_ser.serialize_field("canDeleteFields", v)?;
        }
        if let Some(v) = self.all_fields_match.as_ref() {
            struct_ser.serialize_field("allFieldsMatch", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutExecutionTypeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_type",
            "executionType",
            "can_add_fields",
            "canAddFields",
            "can_omit_fields",
            "canOmitFields",
            "can_delete_fields",
            "canDeleteFields",
            "all_fields_match",
            "allFieldsMatch",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionType,
            CanAddFields,
            CanOmitFields,
            CanDeleteFields,
            AllFieldsMatch,
            TransactionOptions,
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
                            "executionType" | "execution_type" => Ok(GeneratedField::ExecutionType),
                            "canAddFields" | "can_add_fields" => Ok(GeneratedField::CanAddFields),
                            "canOmitFields" | "can_omit_fields" => Ok(GeneratedField::CanOmitFields),
                            "canDeleteFields" | "can_delete_fields" => Ok(GeneratedField::CanDeleteFields),
                            "allFieldsMatch" | "all_fields_match" => Ok(GeneratedField::AllFieldsMatch),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutExecutionTypeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionTypeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutExecutionTypeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_type__ = None;
                let mut can_add_fields__ = None;
                let mut can_omit_fields__ = None;
                let mut can_delete_fields__ = None;
                let mut all_fields_match__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionType => {
                            if execution_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionType"));
                            }
                            execution_type__ = map_.next_value()?;
                        }
                        GeneratedField::CanAddFields => {
                            if can_add_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canAddFields"));
                            }
                            can_add_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanOmitFields => {
                            if can_omit_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canOmitFields"));
                            }
                            can_omit_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanDeleteFields => {
                            if can_delete_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canDeleteFields"));
                            }
                            can_delete_fields__ = map_.next_value()?;
                        }
                        GeneratedField::AllFieldsMatch => {
                            if all_fields_match__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allFieldsMatch"));
                            }
                            all_fields_match__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutExecutionTypeRequest {
                    execution_type: execution_type__,
                    can_add_fields: can_add_fields__,
                    can_omit_fields: can_omit_fields__,
                    can_delete_fields: can_delete_fields__,
                    all_fields_match: all_fields_match__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionTypeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutExecutionTypeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionTypeResponse", len)?;
        if let Some(v) = self.type_id.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("typeId", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutExecutionTypeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_id",
            "typeId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeId,
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
                            "typeId" | "type_id" => Ok(GeneratedField::TypeId),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutExecutionTypeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionTypeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutExecutionTypeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeId => {
                            if type_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeId"));
                            }
                            type_id__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutExecutionTypeResponse {
                    type_id: type_id__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionTypeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutExecutionsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        if self.update_mask.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionsRequest", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        if let Some(v) = self.update_mask.as_ref() {
            struct_ser.serialize_field("updateMask", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutExecutionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "transaction_options",
            "transactionOptions",
            "update_mask",
            "updateMask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            TransactionOptions,
            UpdateMask,
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
                            "executions" => Ok(GeneratedField::Executions),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            "updateMask" | "update_mask" => Ok(GeneratedField::UpdateMask),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutExecutionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutExecutionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut transaction_options__ = None;
                let mut update_mask__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutExecutionsRequest {
                    executions: executions__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                    update_mask: update_mask__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutExecutionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutExecutionsResponse", len)?;
        if !self.execution_ids.is_empty() {
            struct_ser.serialize_field("executionIds", &self.execution_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutExecutionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_ids",
            "executionIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionIds,
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
                            "executionIds" | "execution_ids" => Ok(GeneratedField::ExecutionIds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutExecutionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutExecutionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutExecutionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_ids__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionIds => {
                            if execution_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionIds"));
                            }
                            execution_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutExecutionsResponse {
                    execution_ids: execution_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutExecutionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutLineageSubgraphRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        if !self.contexts.is_empty() {
            len += 1;
        }
        if !self.event_edges.is_empty() {
            len += 1;
        }
        if self.options.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutLineageSubgraphRequest", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        if !self.contexts.is_empty() {
            struct_ser.serialize_field("contexts", &self.contexts)?;
        }
        if !self.event_edges.is_empty() {
            struct_ser.serialize_field("eventEdges", &self.event_edges)?;
        }
        if let Some(v) = self.options.as_ref() {
            struct_ser.serialize_field("options", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutLineageSubgraphRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "artifacts",
            "contexts",
            "event_edges",
            "eventEdges",
            "options",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            Artifacts,
            Contexts,
            EventEdges,
            Options,
            TransactionOptions,
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
                            "executions" => Ok(GeneratedField::Executions),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            "contexts" => Ok(GeneratedField::Contexts),
                            "eventEdges" | "event_edges" => Ok(GeneratedField::EventEdges),
                            "options" => Ok(GeneratedField::Options),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutLineageSubgraphRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutLineageSubgraphRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutLineageSubgraphRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut artifacts__ = None;
                let mut contexts__ = None;
                let mut event_edges__ = None;
                let mut options__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Contexts => {
                            if contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contexts"));
                            }
                            contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EventEdges => {
                            if event_edges__.is_some() {
                                return Err(serde::de::Error::duplicate_field("eventEdges"));
                            }
                            event_edges__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Options => {
                            if options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("options"));
                            }
                            options__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutLineageSubgraphRequest {
                    executions: executions__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                    contexts: contexts__.unwrap_or_default(),
                    event_edges: event_edges__.unwrap_or_default(),
                    options: options__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutLineageSubgraphRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for put_lineage_subgraph_request::EventEdge {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution_index.is_some() {
            len += 1;
        }
        if self.artifact_index.is_some() {
            len += 1;
        }
        if self.event.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutLineageSubgraphRequest.EventEdge", len)?;
        if let Some(v) = self.execution_index.as_ref() {
            struct_ser.serialize_field("executionIndex", v)?;
        }
        if let Some(v) = self.artifact_index.as_ref() {
            struct_ser.serialize_field("artifactIndex", v)?;
        }
        if let Some(v) = self.event.as_ref() {
            struct_ser.serialize_field("event", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for put_lineage_subgraph_request::EventEdge {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_index",
            "executionIndex",
            "artifact_index",
            "artifactIndex",
            "event",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionIndex,
            ArtifactIndex,
            Event,
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
                            "executionIndex" | "execution_index" => Ok(GeneratedField::ExecutionIndex),
                            "artifactIndex" | "artifact_index" => Ok(GeneratedField::ArtifactIndex),
                            "event" => Ok(GeneratedField::Event),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = put_lineage_subgraph_request::EventEdge;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutLineageSubgraphRequest.EventEdge")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<put_lineage_subgraph_request::EventEdge, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_index__ = None;
                let mut artifact_index__ = None;
                let mut event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionIndex => {
                            if execution_index__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionIndex"));
                            }
                            execution_index__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::ArtifactIndex => {
                            if artifact_index__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactIndex"));
                            }
                            artifact_index__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Event => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("event"));
                            }
                            event__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(put_lineage_subgraph_request::EventEdge {
                    execution_index: execution_index__,
                    artifact_index: artifact_index__,
                    event: event__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutLineageSubgraphRequest.EventEdge", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for put_lineage_subgraph_request::Options {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.reuse_context_if_already_exist.is_some() {
            len += 1;
        }
        if self.reuse_artifact_if_already_exist_by_external_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutLineageSubgraphRequest.Options", len)?;
        if let Some(v) = self.reuse_context_if_already_exist.as_ref() {
            struct_ser.serialize_field("reuseContextIfAlreadyExist", v)?;
        }
        if let Some(v) = self.reuse_artifact_if_already_exist_by_external_id.as_ref() {
            struct_ser.serialize_field("reuseArtifactIfAlreadyExistByExternalId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for put_lineage_subgraph_request::Options {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "reuse_context_if_already_exist",
            "reuseContextIfAlreadyExist",
            "reuse_artifact_if_already_exist_by_external_id",
            "reuseArtifactIfAlreadyExistByExternalId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ReuseContextIfAlreadyExist,
            ReuseArtifactIfAlreadyExistByExternalId,
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
                            "reuseContextIfAlreadyExist" | "reuse_context_if_already_exist" => Ok(GeneratedField::ReuseContextIfAlreadyExist),
                            "reuseArtifactIfAlreadyExistByExternalId" | "reuse_artifact_if_already_exist_by_external_id" => Ok(GeneratedField::ReuseArtifactIfAlreadyExistByExternalId),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = put_lineage_subgraph_request::Options;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutLineageSubgraphRequest.Options")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<put_lineage_subgraph_request::Options, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut reuse_context_if_already_exist__ = None;
                let mut reuse_artifact_if_already_exist_by_external_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ReuseContextIfAlreadyExist => {
                            if reuse_context_if_already_exist__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reuseContextIfAlreadyExist"));
                            }
                            reuse_context_if_already_exist__ = map_.next_value()?;
                        }
                        GeneratedField::ReuseArtifactIfAlreadyExistByExternalId => {
                            if reuse_artifact_if_already_exist_by_external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reuseArtifactIfAlreadyExistByExternalId"));
                            }
                            reuse_artifact_if_already_exist_by_external_id__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(put_lineage_subgraph_request::Options {
                    reuse_context_if_already_exist: reuse_context_if_already_exist__,
                    reuse_artifact_if_already_exist_by_external_id: reuse_artifact_if_already_exist_by_external_id__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutLineageSubgraphRequest.Options", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutLineageSubgraphResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_ids.is_empty() {
            len += 1;
        }
        if !self.artifact_ids.is_empty() {
            len += 1;
        }
        if !self.context_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutLineageSubgraphResponse", len)?;
        if !self.execution_ids.is_empty() {
            struct_ser.serialize_field("executionIds", &self.execution_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if !self.artifact_ids.is_empty() {
            struct_ser.serialize_field("artifactIds", &self.artifact_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if !self.context_ids.is_empty() {
            struct_ser.serialize_field("contextIds", &self.context_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutLineageSubgraphResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_ids",
            "executionIds",
            "artifact_ids",
            "artifactIds",
            "context_ids",
            "contextIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionIds,
            ArtifactIds,
            ContextIds,
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
                            "executionIds" | "execution_ids" => Ok(GeneratedField::ExecutionIds),
                            "artifactIds" | "artifact_ids" => Ok(GeneratedField::ArtifactIds),
                            "contextIds" | "context_ids" => Ok(GeneratedField::ContextIds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutLineageSubgraphResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutLineageSubgraphResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutLineageSubgraphResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_ids__ = None;
                let mut artifact_ids__ = None;
                let mut context_ids__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionIds => {
                            if execution_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionIds"));
                            }
                            execution_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::ArtifactIds => {
                            if artifact_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactIds"));
                            }
                            artifact_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::ContextIds => {
                            if context_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextIds"));
                            }
                            context_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutLineageSubgraphResponse {
                    execution_ids: execution_ids__.unwrap_or_default(),
                    artifact_ids: artifact_ids__.unwrap_or_default(),
                    context_ids: context_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutLineageSubgraphResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutParentContextsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.parent_contexts.is_empty() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutParentContextsRequest", len)?;
        if !self.parent_contexts.is_empty() {
            struct_ser.serialize_field("parentContexts", &self.parent_contexts)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutParentContextsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent_contexts",
            "parentContexts",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParentContexts,
            TransactionOptions,
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
                            "parentContexts" | "parent_contexts" => Ok(GeneratedField::ParentContexts),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutParentContextsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutParentContextsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutParentContextsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent_contexts__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParentContexts => {
                            if parent_contexts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentContexts"));
                            }
                            parent_contexts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutParentContextsRequest {
                    parent_contexts: parent_contexts__.unwrap_or_default(),
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutParentContextsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutParentContextsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("ml_metadata.PutParentContextsResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutParentContextsResponse {
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
            type Value = PutParentContextsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutParentContextsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutParentContextsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(PutParentContextsResponse {
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutParentContextsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutTypesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_types.is_empty() {
            len += 1;
        }
        if !self.execution_types.is_empty() {
            len += 1;
        }
        if !self.context_types.is_empty() {
            len += 1;
        }
        if self.can_add_fields.is_some() {
            len += 1;
        }
        if self.can_omit_fields.is_some() {
            len += 1;
        }
        if self.can_delete_fields.is_some() {
            len += 1;
        }
        if self.all_fields_match.is_some() {
            len += 1;
        }
        if self.transaction_options.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutTypesRequest", len)?;
        if !self.artifact_types.is_empty() {
            struct_ser.serialize_field("artifactTypes", &self.artifact_types)?;
        }
        if !self.execution_types.is_empty() {
            struct_ser.serialize_field("executionTypes", &self.execution_types)?;
        }
        if !self.context_types.is_empty() {
            struct_ser.serialize_field("contextTypes", &self.context_types)?;
        }
        if let Some(v) = self.can_add_fields.as_ref() {
            struct_ser.serialize_field("canAddFields", v)?;
        }
        if let Some(v) = self.can_omit_fields.as_ref() {
            struct_ser.serialize_field("canOmitFields", v)?;
        }
        if let Some(v) = self.can_delete_fields.as_ref() {
            struct_ser.serialize_field("canDeleteFields", v)?;
        }
        if let Some(v) = self.all_fields_match.as_ref() {
            struct_ser.serialize_field("allFieldsMatch", v)?;
        }
        if let Some(v) = self.transaction_options.as_ref() {
            struct_ser.serialize_field("transactionOptions", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutTypesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_types",
            "artifactTypes",
            "execution_types",
            "executionTypes",
            "context_types",
            "contextTypes",
            "can_add_fields",
            "canAddFields",
            "can_omit_fields",
            "canOmitFields",
            "can_delete_fields",
            "canDeleteFields",
            "all_fields_match",
            "allFieldsMatch",
            "transaction_options",
            "transactionOptions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactTypes,
            ExecutionTypes,
            ContextTypes,
            CanAddFields,
            CanOmitFields,
            CanDeleteFields,
            AllFieldsMatch,
            TransactionOptions,
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
                            "artifactTypes" | "artifact_types" => Ok(GeneratedField::ArtifactTypes),
                            "executionTypes" | "execution_types" => Ok(GeneratedField::ExecutionTypes),
                            "contextTypes" | "context_types" => Ok(GeneratedField::ContextTypes),
                            "canAddFields" | "can_add_fields" => Ok(GeneratedField::CanAddFields),
                            "canOmitFields" | "can_omit_fields" => Ok(GeneratedField::CanOmitFields),
                            "canDeleteFields" | "can_delete_fields" => Ok(GeneratedField::CanDeleteFields),
                            "allFieldsMatch" | "all_fields_match" => Ok(GeneratedField::AllFieldsMatch),
                            "transactionOptions" | "transaction_options" => Ok(GeneratedField::TransactionOptions),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutTypesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutTypesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutTypesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_types__ = None;
                let mut execution_types__ = None;
                let mut context_types__ = None;
                let mut can_add_fields__ = None;
                let mut can_omit_fields__ = None;
                let mut can_delete_fields__ = None;
                let mut all_fields_match__ = None;
                let mut transaction_options__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactTypes => {
                            if artifact_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactTypes"));
                            }
                            artifact_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionTypes => {
                            if execution_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionTypes"));
                            }
                            execution_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextTypes => {
                            if context_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextTypes"));
                            }
                            context_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CanAddFields => {
                            if can_add_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canAddFields"));
                            }
                            can_add_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanOmitFields => {
                            if can_omit_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canOmitFields"));
                            }
                            can_omit_fields__ = map_.next_value()?;
                        }
                        GeneratedField::CanDeleteFields => {
                            if can_delete_fields__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canDeleteFields"));
                            }
                            can_delete_fields__ = map_.next_value()?;
                        }
                        GeneratedField::AllFieldsMatch => {
                            if all_fields_match__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allFieldsMatch"));
                            }
                            all_fields_match__ = map_.next_value()?;
                        }
                        GeneratedField::TransactionOptions => {
                            if transaction_options__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transactionOptions"));
                            }
                            transaction_options__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutTypesRequest {
                    artifact_types: artifact_types__.unwrap_or_default(),
                    execution_types: execution_types__.unwrap_or_default(),
                    context_types: context_types__.unwrap_or_default(),
                    can_add_fields: can_add_fields__,
                    can_omit_fields: can_omit_fields__,
                    can_delete_fields: can_delete_fields__,
                    all_fields_match: all_fields_match__,
                    transaction_options: transaction_options__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutTypesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutTypesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.artifact_type_ids.is_empty() {
            len += 1;
        }
        if !self.execution_type_ids.is_empty() {
            len += 1;
        }
        if !self.context_type_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.PutTypesResponse", len)?;
        if !self.artifact_type_ids.is_empty() {
            struct_ser.serialize_field("artifactTypeIds", &self.artifact_type_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if !self.execution_type_ids.is_empty() {
            struct_ser.serialize_field("executionTypeIds", &self.execution_type_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        if !self.context_type_ids.is_empty() {
            struct_ser.serialize_field("contextTypeIds", &self.context_type_ids.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutTypesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact_type_ids",
            "artifactTypeIds",
            "execution_type_ids",
            "executionTypeIds",
            "context_type_ids",
            "contextTypeIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArtifactTypeIds,
            ExecutionTypeIds,
            ContextTypeIds,
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
                            "artifactTypeIds" | "artifact_type_ids" => Ok(GeneratedField::ArtifactTypeIds),
                            "executionTypeIds" | "execution_type_ids" => Ok(GeneratedField::ExecutionTypeIds),
                            "contextTypeIds" | "context_type_ids" => Ok(GeneratedField::ContextTypeIds),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutTypesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.PutTypesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutTypesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact_type_ids__ = None;
                let mut execution_type_ids__ = None;
                let mut context_type_ids__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArtifactTypeIds => {
                            if artifact_type_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifactTypeIds"));
                            }
                            artifact_type_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::ExecutionTypeIds => {
                            if execution_type_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionTypeIds"));
                            }
                            execution_type_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::ContextTypeIds => {
                            if context_type_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextTypeIds"));
                            }
                            context_type_ids__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PutTypesResponse {
                    artifact_type_ids: artifact_type_ids__.unwrap_or_default(),
                    execution_type_ids: execution_type_ids__.unwrap_or_default(),
                    context_type_ids: context_type_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.PutTypesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RetryOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_num_retries.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.RetryOptions", len)?;
        if let Some(v) = self.max_num_retries.as_ref() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxNumRetries", ToString::to_string(&v).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RetryOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_num_retries",
            "maxNumRetries",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxNumRetries,
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
                            "maxNumRetries" | "max_num_retries" => Ok(GeneratedField::MaxNumRetries),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RetryOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.RetryOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RetryOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_num_retries__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxNumRetries => {
                            if max_num_retries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxNumRetries"));
                            }
                            max_num_retries__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RetryOptions {
                    max_num_retries: max_num_retries__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.RetryOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SqliteMetadataSourceConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.filename_uri.is_some() {
            len += 1;
        }
        if self.connection_mode.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.SqliteMetadataSourceConfig", len)?;
        if let Some(v) = self.filename_uri.as_ref() {
            struct_ser.serialize_field("filenameUri", v)?;
        }
        if let Some(v) = self.connection_mode.as_ref() {
            let v = sqlite_metadata_source_config::ConnectionMode::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("connectionMode", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SqliteMetadataSourceConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "filename_uri",
            "filenameUri",
            "connection_mode",
            "connectionMode",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FilenameUri,
            ConnectionMode,
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
                            "filenameUri" | "filename_uri" => Ok(GeneratedField::FilenameUri),
                            "connectionMode" | "connection_mode" => Ok(GeneratedField::ConnectionMode),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SqliteMetadataSourceConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.SqliteMetadataSourceConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SqliteMetadataSourceConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut filename_uri__ = None;
                let mut connection_mode__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FilenameUri => {
                            if filename_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filenameUri"));
                            }
                            filename_uri__ = map_.next_value()?;
                        }
                        GeneratedField::ConnectionMode => {
                            if connection_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connectionMode"));
                            }
                            connection_mode__ = map_.next_value::<::std::option::Option<sqlite_metadata_source_config::ConnectionMode>>()?.map(|x| x as i32);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SqliteMetadataSourceConfig {
                    filename_uri: filename_uri__,
                    connection_mode: connection_mode__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.SqliteMetadataSourceConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for sqlite_metadata_source_config::ConnectionMode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unknown => "UNKNOWN",
            Self::Readonly => "READONLY",
            Self::Readwrite => "READWRITE",
            Self::ReadwriteOpencreate => "READWRITE_OPENCREATE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for sqlite_metadata_source_config::ConnectionMode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "UNKNOWN",
            "READONLY",
            "READWRITE",
            "READWRITE_OPENCREATE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = sqlite_metadata_source_config::ConnectionMode;

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
                    "UNKNOWN" => Ok(sqlite_metadata_source_config::ConnectionMode::Unknown),
                    "READONLY" => Ok(sqlite_metadata_source_config::ConnectionMode::Readonly),
                    "READWRITE" => Ok(sqlite_metadata_source_config::ConnectionMode::Readwrite),
                    "READWRITE_OPENCREATE" => Ok(sqlite_metadata_source_config::ConnectionMode::ReadwriteOpencreate),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SystemTypeExtension {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.type_name.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.SystemTypeExtension", len)?;
        if let Some(v) = self.type_name.as_ref() {
            struct_ser.serialize_field("typeName", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SystemTypeExtension {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type_name",
            "typeName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TypeName,
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
                            "typeName" | "type_name" => Ok(GeneratedField::TypeName),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SystemTypeExtension;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.SystemTypeExtension")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SystemTypeExtension, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut type_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TypeName => {
                            if type_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("typeName"));
                            }
                            type_name__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SystemTypeExtension {
                    type_name: type_name__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.SystemTypeExtension", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TransactionOptions {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.tag.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.TransactionOptions", len)?;
        if let Some(v) = self.tag.as_ref() {
            struct_ser.serialize_field("tag", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TransactionOptions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tag",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Tag,
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
                            "tag" => Ok(GeneratedField::Tag),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TransactionOptions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.TransactionOptions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TransactionOptions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tag__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Tag => {
                            if tag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tag"));
                            }
                            tag__ = map_.next_value()?;
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TransactionOptions {
                    tag: tag__,
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.TransactionOptions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TupleArtifactStructType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.elements.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.TupleArtifactStructType", len)?;
        if !self.elements.is_empty() {
            struct_ser.serialize_field("elements", &self.elements)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TupleArtifactStructType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "elements",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Elements,
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
                            "elements" => Ok(GeneratedField::Elements),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TupleArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.TupleArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TupleArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut elements__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Elements => {
                            if elements__.is_some() {
                                return Err(serde::de::Error::duplicate_field("elements"));
                            }
                            elements__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TupleArtifactStructType {
                    elements: elements__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.TupleArtifactStructType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UnionArtifactStructType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.candidates.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("ml_metadata.UnionArtifactStructType", len)?;
        if !self.candidates.is_empty() {
            struct_ser.serialize_field("candidates", &self.candidates)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UnionArtifactStructType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "candidates",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Candidates,
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
                            "candidates" => Ok(GeneratedField::Candidates),
                            _ => Ok(GeneratedField::__SkipField__),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UnionArtifactStructType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct ml_metadata.UnionArtifactStructType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UnionArtifactStructType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut candidates__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Candidates => {
                            if candidates__.is_some() {
                                return Err(serde::de::Error::duplicate_field("candidates"));
                            }
                            candidates__ = Some(map_.next_value()?);
                        }
                        GeneratedField::__SkipField__ => {
                            let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UnionArtifactStructType {
                    candidates: candidates__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ml_metadata.UnionArtifactStructType", FIELDS, GeneratedVisitor)
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
        let mut struct_ser = serializer.serialize_struct("ml_metadata.Value", len)?;
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
                value::Value::StructValue(v) => {
                    struct_ser.serialize_field("structValue", v)?;
                }
                value::Value::ProtoValue(v) => {
                    struct_ser.serialize_field("protoValue", v)?;
                }
                value::Value::BoolValue(v) => {
                    struct_ser.serialize_field("boolValue", v)?;
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
            "struct_value",
            "structValue",
            "proto_value",
            "protoValue",
            "bool_value",
            "boolValue",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            IntValue,
            DoubleValue,
            StringValue,
            StructValue,
            ProtoValue,
            BoolValue,
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
                            "structValue" | "struct_value" => Ok(GeneratedField::StructValue),
                            "protoValue" | "proto_value" => Ok(GeneratedField::ProtoValue),
                            "boolValue" | "bool_value" => Ok(GeneratedField::BoolValue),
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
                formatter.write_str("struct ml_metadata.Value")
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
                        GeneratedField::StructValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("structValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(value::Value::StructValue)
;
                        }
                        GeneratedField::ProtoValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("protoValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(value::Value::ProtoValue)
;
                        }
                        GeneratedField::BoolValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boolValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(value::Value::BoolValue);
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
        deserializer.deserialize_struct("ml_metadata.Value", FIELDS, GeneratedVisitor)
    }
}
