//! Syntax types: part-of-speech tags (Penn Treebank, with English-EWT's extra tags), chunk tags
//! (CoNLL-2000 phrases in BIO form) and the dependency relations of Universal Dependencies (v2), as the parser of the default model
//! predicts them (English-EWT's labels, subtypes included).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A closed set of labels as a typed value that prints, parses and serialises as its label:
/// the enum, `ALL`, `as_str`, the error for an unknown label, `Display`, `FromStr` (through the
/// type's own `lookup`), `Serialize` and `Deserialize`.
macro_rules! labels {
    ($(#[$doc:meta])* $name:ident, $(#[$err_doc:meta])* $err:ident, $what:literal,
     { $($variant:ident => $label:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)]
        pub enum $name { $($variant,)* }

        impl $name {
            /// Every label this type knows.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The label (`nsubj:pass`, `PRP$`).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $label,)* }
            }

            /// The value whose label is exactly `label`.
            fn exact(label: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|x| x.as_str() == label)
            }
        }

        $(#[$err_doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $err(pub String);

        impl fmt::Display for $err {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!("unknown ", $what, " {:?}"), self.0)
            }
        }

        impl std::error::Error for $err {}

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::lookup(s).ok_or_else(|| $err(s.to_owned()))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

labels! {
    /// A Universal Dependencies relation (`nsubj`, `nsubj:pass`, `obl:agent`, ...): a typed
    /// value that prints, parses and serialises as its UD label.
    DepRel,
    /// A label that is not a UD relation this crate knows.
    UnknownDepRel,
    "dependency relation",
    {
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
}

impl DepRel {
    fn lookup(label: &str) -> Option<DepRel> {
        DepRel::exact(label)
    }

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

labels! {
    /// A Penn Treebank part-of-speech tag (`NNP`, `VBD`, ...), with the extra tags of
    /// English-EWT (`ADD`, `HYPH`, `NFP`, ...): a typed value that prints, parses and
    /// serialises as the tag.
    Pos,
    /// A tag that is not a part-of-speech tag this crate knows.
    UnknownPos,
    "part-of-speech tag",
    {
    Quote => "\"",
    Dollar => "$",
    CloseQuote => "''",
    Comma => ",",
    LeftBracket => "-LRB-",
    RightBracket => "-RRB-",
    Period => ".",
    Colon => ":",
    Add => "ADD",
    Afx => "AFX",
    Cc => "CC",
    Cd => "CD",
    Dt => "DT",
    Ex => "EX",
    Fw => "FW",
    Gw => "GW",
    Hyph => "HYPH",
    In => "IN",
    Jj => "JJ",
    Jjr => "JJR",
    Jjs => "JJS",
    Ls => "LS",
    Md => "MD",
    Nfp => "NFP",
    Nn => "NN",
    Nnp => "NNP",
    Nnps => "NNPS",
    Nns => "NNS",
    Pdt => "PDT",
    Possessive => "POS",
    Prp => "PRP",
    PrpPoss => "PRP$",
    Rb => "RB",
    Rbr => "RBR",
    Rbs => "RBS",
    Rp => "RP",
    Sym => "SYM",
    To => "TO",
    Uh => "UH",
    Vb => "VB",
    Vbd => "VBD",
    Vbg => "VBG",
    Vbn => "VBN",
    Vbp => "VBP",
    Vbz => "VBZ",
    Wdt => "WDT",
    Wp => "WP",
    WpPoss => "WP$",
    Wrb => "WRB",
    OpenQuote => "``",
    OpenParen => "(",
    CloseParen => ")",
    Xx => "XX",
    }
}

impl Pos {
    /// The tag for `tag`, also reading the bracket spellings `-LCB-`/`-RCB-` and CoNLL-2003's
    /// `NN|SYM` (as `NN`).
    fn lookup(tag: &str) -> Option<Pos> {
        match tag {
            "-LCB-" => Some(Pos::LeftBracket),
            "-RCB-" => Some(Pos::RightBracket),
            "NN|SYM" => Some(Pos::Nn),
            _ => Pos::exact(tag),
        }
    }
}

labels! {
    /// The phrase type of a chunk (`NP`, `VP`, `PP`, ...), as CoNLL-2000 and CoNLL-2003 tag them.
    Phrase,
    /// A label that is not a phrase type this crate knows.
    UnknownPhrase,
    "phrase type",
    {
    Adjp => "ADJP",
    Advp => "ADVP",
    Conjp => "CONJP",
    Intj => "INTJ",
    Lst => "LST",
    Np => "NP",
    Pp => "PP",
    Prt => "PRT",
    Sbar => "SBAR",
    Ucp => "UCP",
    Vp => "VP",
    }
}

impl Phrase {
    fn lookup(label: &str) -> Option<Phrase> {
        Phrase::exact(label)
    }
}

/// A chunk tag in BIO form (`B-NP`, `I-VP`, `O`): a typed value that prints, parses and
/// serialises as the tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Chunk {
    /// The first word of a phrase (`B-NP`).
    Begin(Phrase),
    /// A later word of the phrase (`I-NP`).
    Inside(Phrase),
    /// Outside every phrase (`O`).
    Outside,
}

impl Chunk {
    /// The phrase the word is in, `None` outside.
    pub fn phrase(self) -> Option<Phrase> {
        match self {
            Chunk::Begin(p) | Chunk::Inside(p) => Some(p),
            Chunk::Outside => None,
        }
    }
}

/// A tag that is not a chunk tag (`O`, `B-` or `I-` and a known phrase type).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownChunk(pub String);

impl fmt::Display for UnknownChunk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown chunk tag {:?}", self.0)
    }
}

impl std::error::Error for UnknownChunk {}

impl fmt::Display for Chunk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Chunk::Begin(p) => write!(f, "B-{p}"),
            Chunk::Inside(p) => write!(f, "I-{p}"),
            Chunk::Outside => f.write_str("O"),
        }
    }
}

impl FromStr for Chunk {
    type Err = UnknownChunk;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let phrase = |p: &str| Phrase::lookup(p).ok_or_else(|| UnknownChunk(s.to_owned()));
        if s == "O" {
            Ok(Chunk::Outside)
        } else if let Some(p) = s.strip_prefix("B-") {
            Ok(Chunk::Begin(phrase(p)?))
        } else if let Some(p) = s.strip_prefix("I-") {
            Ok(Chunk::Inside(phrase(p)?))
        } else {
            Err(UnknownChunk(s.to_owned()))
        }
    }
}

impl Serialize for Chunk {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Chunk {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::{Chunk, DepRel, Phrase, Pos};

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

    #[test]
    fn tags_round_trip() {
        for &p in Pos::ALL {
            assert_eq!(p.as_str().parse::<Pos>(), Ok(p));
            assert_eq!(
                serde_json::from_str::<Pos>(&serde_json::to_string(&p).unwrap()).unwrap(),
                p
            );
        }
        assert_eq!("NN|SYM".parse::<Pos>(), Ok(Pos::Nn));
        assert!("VERB".parse::<Pos>().is_err());
    }

    #[test]
    fn chunks_round_trip() {
        for &p in Phrase::ALL {
            for c in [Chunk::Begin(p), Chunk::Inside(p)] {
                assert_eq!(c.to_string().parse::<Chunk>(), Ok(c));
                assert_eq!(
                    serde_json::from_str::<Chunk>(&serde_json::to_string(&c).unwrap()).unwrap(),
                    c
                );
                assert_eq!(c.phrase(), Some(p));
            }
        }
        assert_eq!("I-VP".parse::<Chunk>(), Ok(Chunk::Inside(Phrase::Vp)));
        assert_eq!(serde_json::to_string(&Chunk::Outside).unwrap(), "\"O\"");
        for bad in ["B-XX", "NP", "B-", "E-NP", ""] {
            assert!(bad.parse::<Chunk>().is_err(), "{bad}");
        }
    }
}
