//! Entity kinds: the model's entity labels mapped once, when the model loads, onto the few
//! kinds the relation stage reasons about.
//!
//! CoNLL-2003 (`PER`, `ORG`, `LOC`, `MISC`), OntoNotes (`PERSON`, `ORG`, `GPE`, `FAC`, `NORP`,
//! `DATE`, ...) and CoNLL04 (`Peop`, `Org`, `Loc`, `Other`) labels map by [`EntityKind::from_label`];
//! a model with other labels needs [`crate::ExtractorBuilder::label_kind`] for each, or it does
//! not load ([`crate::Error::UnknownEntityLabel`]).

use serde::{Deserialize, Serialize};

/// What an entity is, as far as relations are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// People (`PER`, `PERSON`, `Peop`).
    Person,
    /// Companies, institutions, agencies, teams (`ORG`, `Org`).
    Organization,
    /// Countries, cities, regions, facilities (`LOC`, `GPE`, `FAC`, `Loc`).
    Location,
    /// Other names: nationalities, events, laws, products (`MISC`, `NORP`, `EVENT`, `LAW`, ...).
    Misc,
    /// Dates, times, amounts, numbers (`DATE`, `MONEY`, `CARDINAL`, ...): never an argument of a
    /// relation.
    Value,
}

impl EntityKind {
    /// Every kind.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Location,
        EntityKind::Misc,
        EntityKind::Value,
    ];

    /// The kind of a known entity label (the type without its `B-`/`I-` prefix): CoNLL-2003,
    /// OntoNotes 5 and CoNLL04 labels. `None` for any other label.
    ///
    /// ```
    /// use nerel::EntityKind;
    /// assert_eq!(EntityKind::from_label("PER"), Some(EntityKind::Person));
    /// assert_eq!(EntityKind::from_label("GPE"), Some(EntityKind::Location));
    /// assert_eq!(EntityKind::from_label("NORP"), Some(EntityKind::Misc));
    /// assert_eq!(EntityKind::from_label("MONEY"), Some(EntityKind::Value));
    /// assert_eq!(EntityKind::from_label("GENE"), None);
    /// ```
    pub fn from_label(label: &str) -> Option<EntityKind> {
        Some(match label {
            "PER" | "PERSON" | "Peop" => EntityKind::Person,
            "ORG" | "Org" | "ORGANIZATION" | "ORGANISATION" => EntityKind::Organization,
            "LOC" | "GPE" | "FAC" | "Loc" | "LOCATION" => EntityKind::Location,
            "MISC" | "Other" | "NORP" | "EVENT" | "WORK_OF_ART" | "LAW" | "LANGUAGE"
            | "PRODUCT" => EntityKind::Misc,
            "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL" | "CARDINAL" => {
                EntityKind::Value
            }
            _ => return None,
        })
    }

    /// The CoNLL-2003 label of this kind (`PER`, `ORG`, `LOC`, `MISC`; `VALUE` for values): what an
    /// entity whose mentions carry no label of its kind is labelled.
    pub fn conll_label(self) -> &'static str {
        match self {
            EntityKind::Person => "PER",
            EntityKind::Organization => "ORG",
            EntityKind::Location => "LOC",
            EntityKind::Misc => "MISC",
            EntityKind::Value => "VALUE",
        }
    }

    /// The lower-case name (`person`, `organization`, ...), as it serialises.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Misc => "misc",
            EntityKind::Value => "value",
        }
    }

    /// Whether relations may take it as an argument (every kind but [`EntityKind::Value`]).
    pub fn is_named(self) -> bool {
        self != EntityKind::Value
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde() {
        for k in EntityKind::ALL {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.name()));
            assert_eq!(serde_json::from_str::<EntityKind>(&json).unwrap(), k);
        }
    }

    #[test]
    fn conll_labels_map_back_to_their_kind() {
        for k in EntityKind::ALL.into_iter().filter(|k| k.is_named()) {
            assert_eq!(EntityKind::from_label(k.conll_label()), Some(k));
        }
    }
}
