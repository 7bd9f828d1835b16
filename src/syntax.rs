//! Syntax types: the dependency relations of Universal Dependencies (v2), as the parser of the
//! default model predicts them (English-EWT's labels, subtypes included).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! deprels {
    ($($variant:ident => $label:literal,)*) => {
        /// A Universal Dependencies relation (`nsubj`, `nsubj:pass`, `obl:agent`, ...): a typed
        /// value that prints, parses and serialises as its UD label.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)]
        pub enum DepRel { $($variant,)* }

        impl DepRel {
            /// Every relation this type knows, in label order.
            pub const ALL: &'static [DepRel] = &[$(DepRel::$variant,)*];

            /// The UD label (`nsubj:pass`).
            pub fn as_str(self) -> &'static str {
                match self { $(DepRel::$variant => $label,)* }
            }
        }
    };
}

deprels! {
    Acl => "acl",
    AclRelcl => "acl:relcl",
    Advcl => "advcl",
    AdvclRelcl => "advcl:relcl",
    Advmod => "advmod",
    Amod => "amod",
    Appos => "appos",
    Aux => "aux",
    AuxPass => "aux:pass",
    Case => "case",
    Cc => "cc",
    CcPreconj => "cc:preconj",
    Ccomp => "ccomp",
    Clf => "clf",
    Compound => "compound",
    CompoundPrt => "compound:prt",
    Conj => "conj",
    Cop => "cop",
    Csubj => "csubj",
    CsubjOuter => "csubj:outer",
    CsubjPass => "csubj:pass",
    Dep => "dep",
    Det => "det",
    DetPoss => "det:poss",
    DetPredet => "det:predet",
    Discourse => "discourse",
    Dislocated => "dislocated",
    Expl => "expl",
    Fixed => "fixed",
    Flat => "flat",
    FlatForeign => "flat:foreign",
    Goeswith => "goeswith",
    Iobj => "iobj",
    List => "list",
    Mark => "mark",
    Nmod => "nmod",
    NmodDesc => "nmod:desc",
    NmodNpmod => "nmod:npmod",
    NmodPoss => "nmod:poss",
    NmodTmod => "nmod:tmod",
    NmodUnmarked => "nmod:unmarked",
    Nsubj => "nsubj",
    NsubjOuter => "nsubj:outer",
    NsubjPass => "nsubj:pass",
    Nummod => "nummod",
    Obj => "obj",
    Obl => "obl",
    OblAgent => "obl:agent",
    OblNpmod => "obl:npmod",
    OblTmod => "obl:tmod",
    OblUnmarked => "obl:unmarked",
    Orphan => "orphan",
    Parataxis => "parataxis",
    Punct => "punct",
    Reparandum => "reparandum",
    Root => "root",
    Vocative => "vocative",
    Xcomp => "xcomp",
}

impl DepRel {
    /// The universal relation without its subtype (`nsubj:pass` → `nsubj`), as the CoNLL 2018
    /// shared task compares them.
    pub fn universal(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }

    /// Whether it is `label` or a subtype of it: `DepRel::NsubjPass.is("nsubj")` is true.
    pub fn is(self, label: &str) -> bool {
        self.universal() == label || self.as_str() == label
    }
}

impl fmt::Display for DepRel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A label that is not a UD relation this crate knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownDepRel(pub String);

impl fmt::Display for UnknownDepRel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown dependency relation {:?}", self.0)
    }
}

impl std::error::Error for UnknownDepRel {}

impl FromStr for DepRel {
    type Err = UnknownDepRel;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DepRel::ALL
            .iter()
            .copied()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| UnknownDepRel(s.to_owned()))
    }
}

impl Serialize for DepRel {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for DepRel {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::DepRel;

    #[test]
    fn labels_round_trip() {
        for &d in DepRel::ALL {
            assert_eq!(d.as_str().parse::<DepRel>(), Ok(d));
            assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{d}\""));
        }
        assert_eq!(DepRel::NsubjPass.universal(), "nsubj");
        assert!(DepRel::NsubjPass.is("nsubj") && !DepRel::Nsubj.is("obj"));
        assert!("nsubj:bogus".parse::<DepRel>().is_err());
    }
}
