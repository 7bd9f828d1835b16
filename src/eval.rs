//! Scoring a [`Document`] against a hand-annotated relation list, as the relation guidelines
//! (`docs/relation-guidelines.md` in the shared docs; the dev set is `data/relations-dev`) say.
//! Pure functions, no model: read a gold file with [`RelationGold::from_json`], score one
//! document with [`score_relations`], add the documents up in [`Totals`].
//!
//! # Matching rules
//!
//! All comparisons are on *normalised* strings: lower-cased, runs of white space made one space,
//! trimmed.
//!
//! - **Entities.** A predicted entity *carries* a gold entity when one of its names (its
//!   [`Entity::name`](crate::Entity::name), its [`aliases`](crate::Entity::aliases) and the texts of
//!   its mentions) equals one of the gold entity's names (its key and its aliases).
//! - **Predicate.** A gold predicate word `w` (which may be several words: `prime minister`)
//!   *occurs in* a string `c` (the predicted relation's `predicate`, `lemma` or `relation` type)
//!   when `w` is found in `c` starting at a word start (the start of `c` or after a character that
//!   is not a letter or digit), and either ends at a word end (`met` in `met with`, `minister` in
//!   `foreign minister of`) or is at least [`PREFIX_MIN`] characters long, so that it may be the
//!   prefix of a longer word (`sign` in `signed`, `critic` in `criticized`; but `in` does not
//!   occur in `invaded` and `met` not in `meters`).
//! - **Relation.** A predicted relation matches a gold one when its subject carries the gold
//!   `s`, its object carries the gold `o`, and one gold word occurs in its predicate, lemma or
//!   type; when the gold relation is `symmetric`, subject and object may also be the other way
//!   round.
//! - **Recall** pairs gold and predicted relations one to one by a *maximum* bipartite matching
//!   (augmenting paths, gold relations tried core ones first and then in file order, so the
//!   matching also has as many core relations as possible). A gold relation is found when it is
//!   paired. Core recall is the same over the `core` gold relations.
//! - **Precision** counts a predicted relation right when it matches *any* gold relation, paired
//!   or not (two predictions of the same fact are both right).
//! - **Per kind.** Recall of kind `k`: paired gold relations of kind `k` / gold relations of kind
//!   `k`. Each prediction is attributed to one kind: a right one to the kind of the gold relation it
//!   is paired with, or when unpaired to the kind of the first gold relation (file order) it
//!   matches; a false positive to the kind its type suggests ([`guessed_kind`]). Precision of kind
//!   `k`: right predictions attributed to `k` / predictions attributed to `k`. The false positives'
//!   kinds are a guess, so overall precision is the figure to trust; the per-kind precisions show
//!   where the false positives go.
//! - **Clustering.** Over the predicted mentions whose text is a name of exactly one gold entity
//!   (key or alias, normalised), every unordered pair of such mentions in the document is *same
//!   predicted* when both mentions are in the same predicted entity (a mention in no entity is
//!   alone) and *same gold* when both texts name the same gold entity. Pairwise precision = pairs
//!   same in both / same predicted; recall = same in both / same gold.
//!
//! [`Totals`] adds documents up micro-averaged: counts are summed over documents, and the ratios are
//! taken on the sums.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::document::{Document, Relation};

/// A gold predicate word of this many characters or more may occur as the prefix of a longer
/// word (`sign` in `signed`); shorter ones must occur as whole words (`in`, `met`).
pub const PREFIX_MIN: usize = 4;

/// The kind of a gold relation (see the guidelines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Something an entity did to or with another: signed, met, attacked, visited.
    Event,
    /// A person's position in an organisation or country.
    Role,
    /// An attitude expressed: criticized, praised, accused, urged.
    Stance,
    /// Static facts: based in, part of, member of, citizen of.
    Other,
}

impl Kind {
    /// All kinds, in table order.
    pub const ALL: [Kind; 4] = [Kind::Event, Kind::Role, Kind::Stance, Kind::Other];

    /// The kind's name as written in the annotation (`event`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Role => "role",
            Kind::Stance => "stance",
            Kind::Other => "other",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where an annotated document comes from (`{"file": "eng.testa", "doc": 44}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldSource {
    /// The CoNLL-2003 file.
    pub file: String,
    /// The document's index in that file.
    pub doc: usize,
}

/// A gold entity: its type and every surface form naming it in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldEntity {
    /// `PER`, `ORG`, `LOC` or `MISC`.
    #[serde(rename = "type")]
    pub label: String,
    /// Every surface form of the entity as written in the text.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A gold relation `s – p – o`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldRelation {
    /// Subject: a key of [`RelationGold::entities`].
    pub s: String,
    /// The predicate words that count (verb forms, nominalisations, role titles).
    pub p: Vec<String>,
    /// Object: a key of [`RelationGold::entities`].
    pub o: String,
    /// What kind of relation it is.
    pub kind: Kind,
    /// Whether a reader expects it in a summary of the article.
    pub core: bool,
    /// Whether subject and object may be swapped (met, talked with).
    #[serde(default)]
    pub symmetric: bool,
}

/// One annotated document: `data/relations-dev/<id>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationGold {
    /// Where the text comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<GoldSource>,
    /// Entities by canonical key.
    pub entities: BTreeMap<String, GoldEntity>,
    /// Every relation the text states.
    pub relations: Vec<GoldRelation>,
}

impl RelationGold {
    /// Parses an annotation file's JSON.
    pub fn from_json(json: &str) -> Result<RelationGold, serde_json::Error> {
        serde_json::from_str(json)
    }
}

/// Gold relations found and predictions made and right, for one document or summed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Counts {
    /// Gold relations.
    pub gold: usize,
    /// Gold relations paired with a prediction (one to one).
    pub found: usize,
    /// Core gold relations.
    pub core_gold: usize,
    /// Core gold relations paired with a prediction.
    pub core_found: usize,
    /// Predicted relations.
    pub predicted: usize,
    /// Predicted relations that match some gold relation.
    pub right: usize,
}

impl Counts {
    /// `found / gold` (0 when there is no gold relation).
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }

    /// `core_found / core_gold`.
    pub fn core_recall(&self) -> f64 {
        ratio(self.core_found, self.core_gold)
    }

    /// `right / predicted` (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.predicted)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.core_gold += o.core_gold;
        self.core_found += o.core_found;
        self.predicted += o.predicted;
        self.right += o.right;
    }
}

/// Pair counts of the clustering measure (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PairCounts {
    /// Mentions taken into account (their text names exactly one gold entity).
    pub mentions: usize,
    /// Pairs in the same predicted entity and naming the same gold entity.
    pub both: usize,
    /// Pairs in the same predicted entity.
    pub predicted: usize,
    /// Pairs naming the same gold entity.
    pub gold: usize,
}

impl PairCounts {
    /// `both / predicted`.
    pub fn precision(&self) -> f64 {
        ratio(self.both, self.predicted)
    }

    /// `both / gold`.
    pub fn recall(&self) -> f64 {
        ratio(self.both, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    fn add(&mut self, o: &PairCounts) {
        self.mentions += o.mentions;
        self.both += o.both;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

/// Why a gold relation was not found (a hint for reading the misses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissReason {
    /// No predicted entity carries the subject or the object.
    NoEntity,
    /// Both entities exist but no predicted relation links them (either way round).
    NoRelation,
    /// Predicted relations link them (either way round), none with a matching predicate.
    WrongPredicate,
    /// A predicted relation with a matching predicate links them the other way round (and the
    /// gold relation is not symmetric).
    Reversed,
    /// A matching prediction exists but it is paired with another gold relation.
    Taken,
}

impl MissReason {
    /// Short label.
    pub fn name(self) -> &'static str {
        match self {
            MissReason::NoEntity => "no entity",
            MissReason::NoRelation => "no relation",
            MissReason::WrongPredicate => "other predicate",
            MissReason::Reversed => "reversed",
            MissReason::Taken => "taken",
        }
    }
}

/// Why a predicted relation is wrong (a hint for reading the false positives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FalseReason {
    /// Its subject or object carries no gold entity.
    NotAnEntity,
    /// Both ends are gold entities but no gold relation links them (either way round).
    NoGoldRelation,
    /// Gold relations link them (either way round), none with a matching predicate word.
    WrongPredicate,
    /// A gold relation with a matching predicate word links them the other way round (and is not
    /// symmetric).
    Reversed,
}

impl FalseReason {
    /// Short label.
    pub fn name(self) -> &'static str {
        match self {
            FalseReason::NotAnEntity => "not a gold entity",
            FalseReason::NoGoldRelation => "no gold relation",
            FalseReason::WrongPredicate => "other predicate",
            FalseReason::Reversed => "reversed",
        }
    }
}

/// A gold relation that no prediction was paired with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Miss {
    /// Document id (empty in a [`DocScore`]; [`Totals::add`] fills it).
    pub doc: String,
    /// Gold subject key.
    pub s: String,
    /// Gold predicate words, joined by `/`.
    pub p: String,
    /// Gold object key.
    pub o: String,
    /// Its kind.
    pub kind: Kind,
    /// Whether it is core.
    pub core: bool,
    /// Why it was not found.
    pub reason: MissReason,
}

/// A predicted relation that matches no gold relation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FalsePositive {
    /// Document id (empty in a [`DocScore`]; [`Totals::add`] fills it).
    pub doc: String,
    /// Subject entity name.
    pub s: String,
    /// The predicate as predicted, with its type in brackets when there is one.
    pub p: String,
    /// Object entity name.
    pub o: String,
    /// The kind attributed to it ([`guessed_kind`]).
    pub kind: Kind,
    /// Its score.
    pub score: f32,
    /// Why it is wrong.
    pub reason: FalseReason,
    /// The first evidence sentence's subject and object words, `subject … object`.
    pub evidence: String,
}

/// The score of one document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DocScore {
    /// All relations.
    pub overall: Counts,
    /// Per kind, indexed in [`Kind::ALL`] order.
    pub by_kind: [Counts; 4],
    /// The clustering measure.
    pub cluster: PairCounts,
    /// Gold relations not found, in file order.
    pub misses: Vec<Miss>,
    /// Predicted relations matching no gold relation, in prediction order.
    pub false_positives: Vec<FalsePositive>,
}

impl DocScore {
    /// Counts of one kind.
    pub fn kind(&self, kind: Kind) -> &Counts {
        &self.by_kind[kind.index()]
    }
}

/// `name count, ...`: how often each name occurs, in name order.
fn summary<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for n in names {
        *counts.entry(n).or_default() += 1;
    }
    counts
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Scores summed over documents (micro average).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Totals {
    /// Documents added.
    pub documents: usize,
    /// All relations.
    pub overall: Counts,
    /// Per kind, indexed in [`Kind::ALL`] order.
    pub by_kind: [Counts; 4],
    /// The clustering measure.
    pub cluster: PairCounts,
    /// Every miss, with its document id.
    pub misses: Vec<Miss>,
    /// Every false positive, with its document id.
    pub false_positives: Vec<FalsePositive>,
}

impl Totals {
    /// The report `evaluate --relations` prints: per kind and overall the gold, predicted and
    /// matched counts with recall, core recall, precision and F1 (percent); the pairwise
    /// clustering figures; the documents (read in `seconds`, when given); the first `show` misses
    /// and false positives (`None`: all), each group with its count by reason; and as its last
    /// line one JSON object `{"precision":..,"recall":..,"core_recall":..,"f1":..,
    /// "cluster_f1":..,"documents":..}` (fractions, 4 decimals).
    pub fn report(&self, show: Option<usize>, seconds: Option<f64>) -> String {
        use std::fmt::Write as _;
        let t = self;
        let mut out = String::new();
        let pct = |x: f64| format!("{:.1}", 100.0 * x);
        let _ = writeln!(
            out,
            "{:<8} {:>5} {:>5} {:>5} {:>5} {:>7} {:>8} {:>9} {:>6}",
            "kind", "gold", "core", "pred", "found", "recall", "core rec", "precision", "f1"
        );
        let row = |out: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                out,
                "{name:<8} {:>5} {:>5} {:>5} {:>5} {:>7} {:>8} {:>9} {:>6}",
                c.gold,
                c.core_gold,
                c.predicted,
                c.found,
                pct(c.recall()),
                pct(c.core_recall()),
                pct(c.precision()),
                pct(c.f1())
            );
        };
        for k in Kind::ALL {
            row(&mut out, k.name(), t.kind(k));
        }
        row(&mut out, "all", &t.overall);
        let _ = writeln!(
            out,
            "(found: gold relations paired one to one; precision: {} of {} predictions match a gold relation; \
             per-kind precision attributes false positives by their type)",
            t.overall.right, t.overall.predicted
        );
        let c = &t.cluster;
        let _ = writeln!(
            out,
            "clustering: pairwise precision {} recall {} f1 {} ({} mentions naming one gold entity; pairs: {} same both, {} same predicted, {} same gold)",
            pct(c.precision()),
            pct(c.recall()),
            pct(c.f1()),
            c.mentions,
            c.both,
            c.predicted,
            c.gold
        );
        let _ = match seconds {
            Some(seconds) => writeln!(out, "{} documents read in {seconds:.1} s", t.documents),
            None => writeln!(out, "{} documents", t.documents),
        };

        let limit = show.unwrap_or(usize::MAX);
        let reasons = summary(t.misses.iter().map(|m| m.reason.name()));
        let _ = writeln!(out, "\nmisses: {} ({reasons})", t.misses.len());
        for m in t.misses.iter().take(limit) {
            let core = if m.core { "core" } else { "" };
            let _ = writeln!(
                out,
                "  {:<10} {:<6} {:<4} {:<15} {} – {} – {}",
                m.doc,
                m.kind.name(),
                core,
                m.reason.name(),
                m.s,
                m.p,
                m.o
            );
        }
        if t.misses.len() > limit {
            let _ = writeln!(out, "  ... {} more (--show all)", t.misses.len() - limit);
        }
        let reasons = summary(t.false_positives.iter().map(|f| f.reason.name()));
        let _ = writeln!(
            out,
            "\nfalse positives: {} ({reasons})",
            t.false_positives.len()
        );
        for f in t.false_positives.iter().take(limit) {
            let _ = writeln!(
                out,
                "  {:<10} {:<6} {:.2} {:<17} {} – {} – {}   [{}]",
                f.doc,
                f.kind.name(),
                f.score,
                f.reason.name(),
                f.s,
                f.p,
                f.o,
                f.evidence
            );
        }
        if t.false_positives.len() > limit {
            let _ = writeln!(
                out,
                "  ... {} more (--show all)",
                t.false_positives.len() - limit
            );
        }
        let _ = writeln!(
            out,
            "{{\"precision\":{:.4},\"recall\":{:.4},\"core_recall\":{:.4},\"f1\":{:.4},\"cluster_f1\":{:.4},\"documents\":{}}}",
            t.precision(),
            t.recall(),
            t.core_recall(),
            t.f1(),
            t.cluster_f1(),
            t.documents
        );
        out
    }
    /// Adds one document's score under the id `doc`.
    pub fn add(&mut self, doc: &str, score: &DocScore) {
        self.documents += 1;
        self.overall.add(&score.overall);
        for (t, s) in self.by_kind.iter_mut().zip(&score.by_kind) {
            t.add(s);
        }
        self.cluster.add(&score.cluster);
        self.misses.extend(score.misses.iter().map(|m| Miss {
            doc: doc.to_owned(),
            ..m.clone()
        }));
        self.false_positives
            .extend(score.false_positives.iter().map(|f| FalsePositive {
                doc: doc.to_owned(),
                ..f.clone()
            }));
    }

    /// Counts of one kind.
    pub fn kind(&self, kind: Kind) -> &Counts {
        &self.by_kind[kind.index()]
    }

    /// Overall recall.
    pub fn recall(&self) -> f64 {
        self.overall.recall()
    }

    /// Overall core recall.
    pub fn core_recall(&self) -> f64 {
        self.overall.core_recall()
    }

    /// Overall precision.
    pub fn precision(&self) -> f64 {
        self.overall.precision()
    }

    /// Overall F1.
    pub fn f1(&self) -> f64 {
        self.overall.f1()
    }

    /// Pairwise clustering precision.
    pub fn cluster_precision(&self) -> f64 {
        self.cluster.precision()
    }

    /// Pairwise clustering recall.
    pub fn cluster_recall(&self) -> f64 {
        self.cluster.recall()
    }

    /// Pairwise clustering F1.
    pub fn cluster_f1(&self) -> f64 {
        self.cluster.f1()
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Lower case, white space runs made one space, trimmed.
pub fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether the gold predicate word `word` occurs in `candidate` (see the module documentation:
/// from a word start, to a word end or, for words of [`PREFIX_MIN`] characters or more, as a
/// prefix). Both are normalised here.
pub fn word_occurs(word: &str, candidate: &str) -> bool {
    let (w, c) = (normalize(word), normalize(candidate));
    if w.is_empty() {
        return false;
    }
    let prefix_ok = w.chars().count() >= PREFIX_MIN;
    let is_word = |ch: char| ch.is_alphanumeric();
    let mut from = 0;
    while let Some(pos) = c[from..].find(&w) {
        let start = from + pos;
        let end = start + w.len();
        let starts_word = c[..start].chars().next_back().is_none_or(|ch| !is_word(ch));
        let ends_word = c[end..].chars().next().is_none_or(|ch| !is_word(ch));
        if starts_word && (ends_word || prefix_ok) {
            return true;
        }
        from = start + c[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Relation types of the lexicon's schema that express a stance.
const STANCE_TYPES: &[&str] = &[
    "criticize",
    "praise",
    "reject",
    "support",
    "oppose",
    "accuse",
    "threaten",
    "statement",
    "condemn",
    "welcome",
    "urge",
    "warn",
    "back",
    "endorse",
    "deny",
    "blame",
];

/// First words of untyped predicates that state a static fact (kind `other`).
const OTHER_WORDS: &[&str] = &[
    "in",
    "of",
    "from",
    "at",
    "near",
    "part",
    "member",
    "based",
    "located",
    "capital",
    "citizen",
    "ally",
    "parent",
    "unit",
    "subsidiary",
    "headquartered",
    "is",
    "was",
    "are",
    "were",
    "be",
];

/// The kind a predicted relation that matches no gold relation is attributed to, from its type:
/// `role` and `work_for` → role; a stance type (`criticize`, `praise`, `reject`, `support`,
/// `oppose`, `accuse`, `threaten`, `statement`, ...) → stance; `based_in`, `located_in`,
/// `lives_in`, `part`, `citizen` → other; any other type → event; untyped relations → other
/// when their predicate starts with a static word (`in`, `of`, `part`, `member`, `based`, `is`,
/// ...), else event.
pub fn guessed_kind(r: &Relation) -> Kind {
    match r.relation.as_deref().map(normalize) {
        Some(t) if t == "role" || t == "work_for" => Kind::Role,
        Some(t) if STANCE_TYPES.contains(&t.as_str()) => Kind::Stance,
        Some(t)
            if matches!(
                t.as_str(),
                "based_in" | "located_in" | "lives_in" | "part" | "citizen"
            ) =>
        {
            Kind::Other
        }
        Some(t) if !t.is_empty() => Kind::Event,
        _ => {
            let p = normalize(&r.predicate);
            let first = p.split(' ').next().unwrap_or("");
            if OTHER_WORDS.contains(&first) {
                Kind::Other
            } else {
                Kind::Event
            }
        }
    }
}

/// Whether one gold word occurs in the relation's predicate, lemma or type.
fn predicate_matches(gold: &GoldRelation, r: &Relation) -> bool {
    gold.p.iter().any(|w| {
        word_occurs(w, &r.predicate)
            || word_occurs(w, &r.lemma)
            || r.relation.as_deref().is_some_and(|t| word_occurs(w, t))
    })
}

/// The normalised names of every gold entity, by key (a key not among the entities names
/// itself only).
fn gold_names(gold: &RelationGold) -> HashMap<String, HashSet<String>> {
    let mut names: HashMap<String, HashSet<String>> = gold
        .entities
        .iter()
        .map(|(k, e)| {
            let mut set: HashSet<String> = e.aliases.iter().map(|a| normalize(a)).collect();
            set.insert(normalize(k));
            set.remove("");
            (k.clone(), set)
        })
        .collect();
    for r in &gold.relations {
        for k in [&r.s, &r.o] {
            names
                .entry(k.clone())
                .or_insert_with(|| HashSet::from([normalize(k)]));
        }
    }
    names
}

/// The normalised names of every predicted entity: name, aliases, mention texts.
fn predicted_names(doc: &Document) -> Vec<HashSet<String>> {
    doc.entities
        .iter()
        .map(|e| {
            let mut set: HashSet<String> = HashSet::new();
            set.insert(normalize(&e.name));
            set.extend(e.aliases.iter().map(|a| normalize(a)));
            set.extend(
                e.mentions
                    .iter()
                    .filter_map(|&m| doc.mentions.get(m))
                    .map(|m| normalize(&m.text)),
            );
            set.remove("");
            set
        })
        .collect()
}

/// Scores one predicted document against its gold annotation (rules: module documentation).
pub fn score_relations(gold: &RelationGold, doc: &Document) -> DocScore {
    let gnames = gold_names(gold);
    let pnames = predicted_names(doc);
    // carries(entity id, gold key)
    let carries = |entity: usize, key: &str| -> bool {
        match (pnames.get(entity), gnames.get(key)) {
            (Some(p), Some(g)) => !p.is_disjoint(g),
            _ => false,
        }
    };
    let forward =
        |g: &GoldRelation, r: &Relation| carries(r.subject, &g.s) && carries(r.object, &g.o);
    let backward =
        |g: &GoldRelation, r: &Relation| carries(r.subject, &g.o) && carries(r.object, &g.s);
    let matches = |g: &GoldRelation, r: &Relation| {
        (forward(g, r) || (g.symmetric && backward(g, r))) && predicate_matches(g, r)
    };

    let golds = &gold.relations;
    let preds = &doc.relations;
    let adjacency: Vec<Vec<usize>> = golds
        .iter()
        .map(|g| {
            (0..preds.len())
                .filter(|&j| matches(g, &preds[j]))
                .collect()
        })
        .collect();

    // Maximum bipartite matching (Kuhn's augmenting paths), core gold relations first: a gold
    // relation once paired stays paired, so the core relations paired are a maximum too.
    let mut order: Vec<usize> = (0..golds.len()).collect();
    order.sort_by_key(|&i| !golds[i].core);
    let mut pred_pair: Vec<Option<usize>> = vec![None; preds.len()];
    let mut gold_pair: Vec<Option<usize>> = vec![None; golds.len()];
    fn augment(
        g: usize,
        adj: &[Vec<usize>],
        seen: &mut [bool],
        pred_pair: &mut [Option<usize>],
    ) -> bool {
        for &j in &adj[g] {
            if !seen[j] {
                seen[j] = true;
                if pred_pair[j].is_none_or(|other| augment(other, adj, seen, pred_pair)) {
                    pred_pair[j] = Some(g);
                    return true;
                }
            }
        }
        false
    }
    for &g in &order {
        let mut seen = vec![false; preds.len()];
        augment(g, &adjacency, &mut seen, &mut pred_pair);
    }
    for (j, g) in pred_pair.iter().enumerate() {
        if let Some(g) = *g {
            gold_pair[g] = Some(j);
        }
    }

    let mut score = DocScore::default();
    for (i, g) in golds.iter().enumerate() {
        let found = gold_pair[i].is_some();
        for c in [&mut score.overall, &mut score.by_kind[g.kind.index()]] {
            c.gold += 1;
            c.found += found as usize;
            c.core_gold += g.core as usize;
            c.core_found += (g.core && found) as usize;
        }
        if !found {
            score.misses.push(Miss {
                doc: String::new(),
                s: g.s.clone(),
                p: g.p.join("/"),
                o: g.o.clone(),
                kind: g.kind,
                core: g.core,
                reason: miss_reason(g, &adjacency[i], doc, &carries, &forward, &backward),
            });
        }
    }
    for (j, r) in preds.iter().enumerate() {
        let first_match = golds.iter().position(|g| matches(g, r));
        let paired = pred_pair[j].or(first_match);
        let kind = paired.map_or_else(|| guessed_kind(r), |g| golds[g].kind);
        for c in [&mut score.overall, &mut score.by_kind[kind.index()]] {
            c.predicted += 1;
            c.right += paired.is_some() as usize;
        }
        if paired.is_none() {
            let name = |e: usize| {
                doc.entities
                    .get(e)
                    .map_or_else(|| format!("#{e}"), |e| e.name.clone())
            };
            let linked = |g: &GoldRelation| forward(g, r) || backward(g, r);
            let reason = if !gnames.keys().any(|k| carries(r.subject, k))
                || !gnames.keys().any(|k| carries(r.object, k))
            {
                FalseReason::NotAnEntity
            } else if golds
                .iter()
                .any(|g| backward(g, r) && predicate_matches(g, r))
            {
                FalseReason::Reversed
            } else if golds.iter().any(linked) {
                FalseReason::WrongPredicate
            } else {
                FalseReason::NoGoldRelation
            };
            let p = match &r.relation {
                Some(t) if normalize(t) != normalize(&r.predicate) => {
                    format!("{} [{t}]", r.predicate)
                }
                _ => r.predicate.clone(),
            };
            let evidence = r
                .evidence
                .first()
                .map(|e| format!("{} … {}", e.subject.text, e.object.text))
                .unwrap_or_default();
            score.false_positives.push(FalsePositive {
                doc: String::new(),
                s: name(r.subject),
                p,
                o: name(r.object),
                kind,
                score: r.score,
                reason,
                evidence,
            });
        }
    }
    score.cluster = cluster_pairs(&gnames, doc);
    score
}

fn miss_reason(
    g: &GoldRelation,
    matching: &[usize],
    doc: &Document,
    carries: &dyn Fn(usize, &str) -> bool,
    forward: &dyn Fn(&GoldRelation, &Relation) -> bool,
    backward: &dyn Fn(&GoldRelation, &Relation) -> bool,
) -> MissReason {
    if !matching.is_empty() {
        return MissReason::Taken;
    }
    let has = |key: &str| (0..doc.entities.len()).any(|e| carries(e, key));
    if !has(&g.s) || !has(&g.o) {
        return MissReason::NoEntity;
    }
    if doc
        .relations
        .iter()
        .any(|r| backward(g, r) && predicate_matches(g, r))
    {
        MissReason::Reversed
    } else if doc
        .relations
        .iter()
        .any(|r| forward(g, r) || backward(g, r))
    {
        MissReason::WrongPredicate
    } else {
        MissReason::NoRelation
    }
}

/// The clustering measure of one document (module documentation).
fn cluster_pairs(gnames: &HashMap<String, HashSet<String>>, doc: &Document) -> PairCounts {
    // normalised name → the gold keys it names
    let mut named: HashMap<&str, Vec<&str>> = HashMap::new();
    for (k, names) in gnames {
        for n in names {
            named.entry(n.as_str()).or_default().push(k.as_str());
        }
    }
    let mut entity_of: Vec<Option<usize>> = vec![None; doc.mentions.len()];
    for e in &doc.entities {
        for &m in &e.mentions {
            if let Some(slot) = entity_of.get_mut(m) {
                slot.get_or_insert(e.id);
            }
        }
    }
    // (predicted cluster, gold key) of every mention taken into account
    let items: Vec<(usize, &str)> = doc
        .mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let keys = named.get(normalize(&m.text).as_str())?;
            // a mention in no entity is a cluster of its own: ids past the entities
            (keys.len() == 1).then(|| (entity_of[i].unwrap_or(doc.entities.len() + i), keys[0]))
        })
        .collect();
    let mut c = PairCounts {
        mentions: items.len(),
        ..PairCounts::default()
    };
    for (a, x) in items.iter().enumerate() {
        for y in &items[a + 1..] {
            let same_p = x.0 == y.0;
            let same_g = x.1 == y.1;
            c.predicted += same_p as usize;
            c.gold += same_g as usize;
            c.both += (same_p && same_g) as usize;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, Mention};

    fn gold(json: &str) -> RelationGold {
        RelationGold::from_json(json).expect("test gold parses")
    }

    /// A document whose entities are given as lists of mention texts (the first is the name).
    fn doc(
        entities: &[&[&str]],
        relations: &[(usize, &str, &str, Option<&str>, usize)],
    ) -> Document {
        let mut d = Document::default();
        for (id, texts) in entities.iter().enumerate() {
            let mut ids = Vec::new();
            for t in texts.iter() {
                ids.push(d.mentions.len());
                d.mentions.push(Mention {
                    text: t.to_string(),
                    label: "PER".into(),
                    kind: crate::EntityKind::Person,
                    start: 0,
                    end: t.len(),
                    score: 1.0,
                    first_token: 0,
                    end_token: 1,
                });
            }
            d.entities.push(Entity {
                id,
                name: texts[0].to_string(),
                label: "PER".into(),
                kind: crate::EntityKind::Person,
                aliases: Vec::new(),
                mentions: ids,
            });
        }
        for &(s, p, lemma, t, o) in relations {
            d.relations.push(Relation {
                subject: s,
                object: o,
                predicate: p.into(),
                lemma: lemma.into(),
                relation: t.map(str::to_owned),
                score: 0.9,
                evidence: Vec::new(),
            });
        }
        d
    }

    const LAVROV: &str = r#"{"source": {"file": "eng.testa", "doc": 1},
      "entities": {"Sergei Lavrov": {"type": "PER", "aliases": ["Lavrov", "Sergei Lavrov"]},
                   "Russia": {"type": "LOC", "aliases": ["Russian", "Russia"]},
                   "NATO": {"type": "ORG", "aliases": ["NATO", "North Atlantic Treaty Organisation"]}},
      "relations": [
        {"s": "Sergei Lavrov", "p": ["foreign minister", "minister"], "o": "Russia", "kind": "role", "core": true},
        {"s": "Sergei Lavrov", "p": ["met", "meet", "meeting"], "o": "NATO", "kind": "event", "core": true, "symmetric": true},
        {"s": "Russia", "p": ["criticized", "criticism"], "o": "NATO", "kind": "stance", "core": false}
      ]}"#;

    #[test]
    fn gold_parses_with_defaults() {
        let g = gold(LAVROV);
        assert_eq!(
            g.source,
            Some(GoldSource {
                file: "eng.testa".into(),
                doc: 1
            })
        );
        assert_eq!(g.entities["NATO"].label, "ORG");
        assert!(!g.relations[0].symmetric && g.relations[1].symmetric);
        assert_eq!(g.relations[2].kind, Kind::Stance);
    }

    #[test]
    fn word_occurrence_rule() {
        assert!(word_occurs("sign", "signed"));
        assert!(word_occurs("Signed", "has SIGNED  with"));
        assert!(word_occurs("minister", "foreign minister of"));
        assert!(word_occurs("foreign minister", "Foreign  Minister of"));
        assert!(word_occurs("met", "met with"));
        assert!(word_occurs("in", "based in"));
        assert!(word_occurs("chief", "chief-of-staff"));
        assert!(!word_occurs("met", "meters"));
        assert!(!word_occurs("in", "invaded"));
        assert!(!word_occurs("sign", "resigned"));
        assert!(!word_occurs("criticized", "criticize"));
        assert!(!word_occurs("", "anything"));
    }

    #[test]
    fn aliases_match_case_insensitively() {
        let g = gold(LAVROV);
        // entity names in other cases, one through a mention text only
        let d = doc(
            &[
                &["SERGEI LAVROV"],
                &["nato", "North Atlantic Treaty Organisation"],
                &["russian"],
            ],
            &[
                (0, "met", "meet", None, 1),
                (0, "foreign minister of", "minister", Some("role"), 2),
            ],
        );
        let s = score_relations(&g, &d);
        assert_eq!(
            (s.overall.found, s.overall.right, s.overall.predicted),
            (2, 2, 2)
        );
        assert_eq!(s.misses.len(), 1);
        assert_eq!(s.misses[0].o, "NATO");
        assert_eq!(s.misses[0].reason, MissReason::NoRelation);
        // an entity carrying no gold name matches nothing
        let d = doc(
            &[&["Sergey Lavrov"], &["Russia"]],
            &[(0, "foreign minister of", "minister", Some("role"), 1)],
        );
        let s = score_relations(&g, &d);
        assert_eq!(s.overall.right, 0);
        assert_eq!(s.false_positives[0].reason, FalseReason::NotAnEntity);
        assert!(s.misses.iter().all(|m| m.reason == MissReason::NoEntity));
    }

    #[test]
    fn entity_aliases_field_counts() {
        let g = gold(LAVROV);
        let mut d = doc(
            &[&["Sergey Lavrov"], &["Russia"]],
            &[(0, "is", "be", Some("role"), 1)],
        );
        d.entities[0].aliases.push("lavrov".into());
        let s = score_relations(&g, &d);
        // the role matches through the alias and the type... but "role" is no gold word: no match
        assert_eq!(s.overall.right, 0);
        assert_eq!(s.false_positives[0].reason, FalseReason::WrongPredicate);
        d.relations[0].predicate = "minister of".into();
        assert_eq!(score_relations(&g, &d).overall.right, 1);
    }

    #[test]
    fn predicate_matches_through_lemma_or_type() {
        let g = gold(LAVROV);
        // predicate words do not match, the lemma does
        let d = doc(
            &[&["Lavrov"], &["NATO"], &["Russia"]],
            &[(0, "held talks with", "meet", None, 1)],
        );
        assert_eq!(score_relations(&g, &d).overall.right, 1);
        // only the type matches
        let d = doc(
            &[&["Lavrov"], &["NATO"], &["Russia"]],
            &[(0, "saw", "see", Some("meeting"), 1)],
        );
        assert_eq!(score_relations(&g, &d).overall.right, 1);
        // nothing matches
        let d = doc(
            &[&["Lavrov"], &["NATO"], &["Russia"]],
            &[(0, "called", "call", Some("tell"), 1)],
        );
        let s = score_relations(&g, &d);
        assert_eq!(s.overall.right, 0);
        assert_eq!(s.false_positives[0].reason, FalseReason::WrongPredicate);
        assert_eq!(s.false_positives[0].p, "called [tell]");
        assert_eq!(s.false_positives[0].kind, Kind::Event);
        assert_eq!(
            s.misses.iter().find(|m| m.o == "NATO").map(|m| m.reason),
            Some(MissReason::WrongPredicate)
        );
    }

    #[test]
    fn reversal_only_when_symmetric() {
        let g = gold(LAVROV);
        // NATO met Lavrov: symmetric, counts
        let d = doc(
            &[&["Lavrov"], &["NATO"], &["Russia"]],
            &[(1, "met", "meet", None, 0)],
        );
        let s = score_relations(&g, &d);
        assert_eq!((s.overall.found, s.overall.right), (1, 1));
        assert_eq!(s.kind(Kind::Event).found, 1);
        // NATO criticized Russia: the gold is Russia – criticized – NATO, not symmetric
        let d = doc(
            &[&["Lavrov"], &["NATO"], &["Russia"]],
            &[(1, "criticized", "criticize", Some("criticize"), 2)],
        );
        let s = score_relations(&g, &d);
        assert_eq!((s.overall.found, s.overall.right), (0, 0));
        assert_eq!(s.false_positives[0].reason, FalseReason::Reversed);
        assert_eq!(s.false_positives[0].kind, Kind::Stance);
        assert_eq!(
            s.misses
                .iter()
                .find(|m| m.kind == Kind::Stance)
                .map(|m| m.reason),
            Some(MissReason::Reversed)
        );
        // Russia criticized NATO: counts
        let d = doc(
            &[&["Lavrov"], &["NATO"], &["Russia"]],
            &[(2, "criticized", "criticize", Some("criticize"), 1)],
        );
        assert_eq!(score_relations(&g, &d).overall.found, 1);
    }

    #[test]
    fn recall_is_one_to_one_and_maximal() {
        // two gold relations between the same pair; one prediction matches both, another only one
        let g = gold(
            r#"{"entities": {"A": {"type": "ORG", "aliases": ["A"]}, "B": {"type": "ORG", "aliases": ["B"]}},
                "relations": [
                  {"s": "A", "p": ["bought", "acquisition"], "o": "B", "kind": "event", "core": false},
                  {"s": "A", "p": ["bought", "parent"], "o": "B", "kind": "other", "core": true}]}"#,
        );
        // one prediction matching both gold relations finds one of them, the core one
        let d = doc(&[&["A"], &["B"]], &[(0, "bought", "buy", None, 1)]);
        let s = score_relations(&g, &d);
        assert_eq!(
            (s.overall.gold, s.overall.found, s.overall.core_found),
            (2, 1, 1)
        );
        assert_eq!(s.misses.len(), 1);
        assert_eq!(s.misses[0].reason, MissReason::Taken);
        assert_eq!(s.kind(Kind::Other).found, 1);
        assert_eq!(s.kind(Kind::Event).found, 0);
        // a second prediction that only matches the core one: the matching reassigns, both found
        let d = doc(
            &[&["A"], &["B"]],
            &[
                (0, "bought", "buy", None, 1),
                (0, "parent of", "parent", None, 1),
            ],
        );
        let s = score_relations(&g, &d);
        assert_eq!(
            (s.overall.found, s.overall.core_found, s.overall.right),
            (2, 1, 2)
        );
        assert!(s.misses.is_empty());
        assert_eq!(
            (s.kind(Kind::Event).found, s.kind(Kind::Other).found),
            (1, 1)
        );
        assert_eq!(
            (s.kind(Kind::Event).predicted, s.kind(Kind::Other).predicted),
            (1, 1)
        );
    }

    #[test]
    fn precision_counts_duplicates_right() {
        let g = gold(LAVROV);
        let d = doc(
            &[&["Lavrov"], &["NATO"], &["Russia"]],
            &[
                (0, "met", "meet", None, 1),
                (1, "met with", "meet", Some("meet"), 0),
                (0, "visited", "visit", Some("visit"), 2),
            ],
        );
        let s = score_relations(&g, &d);
        assert_eq!(
            (s.overall.predicted, s.overall.right, s.overall.found),
            (3, 2, 1)
        );
        assert!((s.overall.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((s.overall.recall() - 1.0 / 3.0).abs() < 1e-9);
        assert!((s.overall.core_recall() - 0.5).abs() < 1e-9);
        // both duplicates are attributed to the event kind, the visit too (by its type)
        assert_eq!(
            (s.kind(Kind::Event).predicted, s.kind(Kind::Event).right),
            (3, 2)
        );
        assert_eq!(s.false_positives.len(), 1);
        assert_eq!(s.false_positives[0].reason, FalseReason::WrongPredicate);
        let mut t = Totals::default();
        t.add("doc-1", &s);
        t.add("doc-2", &s);
        assert_eq!(t.documents, 2);
        assert_eq!(t.overall.predicted, 6);
        assert!((t.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(t.false_positives[1].doc, "doc-2");
        assert_eq!(t.misses.len(), 4);
    }

    #[test]
    fn guessed_kinds() {
        let d = doc(
            &[&["A"], &["B"]],
            &[
                (0, "is", "be", Some("role"), 1),
                (0, "praised", "praise", Some("praise"), 1),
                (0, "sent troops to", "send", None, 1),
                (0, "based in", "base", None, 1),
                (0, "signed", "sign", Some("sign"), 1),
            ],
        );
        let kinds: Vec<Kind> = d.relations.iter().map(guessed_kind).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Role,
                Kind::Stance,
                Kind::Event,
                Kind::Other,
                Kind::Event
            ]
        );
    }

    #[test]
    fn cluster_pairs_are_counted() {
        let g = gold(
            r#"{"entities": {"Boris Yeltsin": {"type": "PER", "aliases": ["Yeltsin", "Boris Yeltsin"]},
                             "Alexander Lebed": {"type": "PER", "aliases": ["Lebed", "Alexander Lebed"]},
                             "Russia": {"type": "LOC", "aliases": ["Russia"]}},
                "relations": []}"#,
        );
        // predicted: {Boris Yeltsin, Yeltsin, Lebed} {Alexander Lebed} {Russia} {Moscow}; "Moscow" is
        // no gold name and is left out
        let mut d = doc(
            &[
                &["Boris Yeltsin", "yeltsin", "Lebed"],
                &["Alexander Lebed"],
                &["Russia"],
                &["Moscow"],
            ],
            &[],
        );
        // a mention in no entity: its own cluster
        d.mentions.push(Mention {
            text: "Yeltsin".into(),
            ..d.mentions[0].clone()
        });
        let c = score_relations(&g, &d).cluster;
        // mentions: Boris Yeltsin, yeltsin, Lebed, Alexander Lebed, Russia, Yeltsin (6)
        assert_eq!(c.mentions, 6);
        // same predicted: (BY,y) (BY,L) (y,L) = 3; same gold: BY,y,Y → 3 pairs, L,AL → 1: 4;
        // both: (BY,y) = 1
        assert_eq!((c.predicted, c.gold, c.both), (3, 4, 1));
        assert!((c.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((c.recall() - 0.25).abs() < 1e-9);
        // a text naming two gold entities is left out
        let g2 = gold(
            r#"{"entities": {"A": {"type": "PER", "aliases": ["Smith"]}, "B": {"type": "PER", "aliases": ["smith"]}},
                "relations": []}"#,
        );
        let d = doc(&[&["Smith", "Smith"]], &[]);
        assert_eq!(score_relations(&g2, &d).cluster, PairCounts::default());
    }
}
