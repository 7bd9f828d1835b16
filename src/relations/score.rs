//! Every scoring constant of the tree-based relation stage, in one place, set on the news
//! relation dev set (`data/relations-dev`; see the report in `tests/relations_dev.rs`).
//!
//! A candidate's score is its construction's base, plus [`TYPED`] when the lexicon types its
//! predicate, times the factors of its two argument units (a pronoun or title standing for the
//! entity counts less than its name), times `0.85 + 0.15 * ner` (the weaker mention's NER score).
//! The stage keeps relations scoring at least the threshold (default 0.5).

/// Subject and direct object (or passive subject and agent) of one verb.
pub(crate) const VERB_OBJ: f32 = 0.7;
/// Subject and a prepositional object (`met with`, `flew to`) of one verb.
pub(crate) const VERB_OBL: f32 = 0.6;
/// Subject and a place after `in`/`at` (`said in Moscow`): rarely a stated relation.
pub(crate) const VERB_OBL_PLACE: f32 = 0.25;
/// Subject and the prepositional argument of the verb's object noun (`held talks with`).
pub(crate) const VERB_NOUN: f32 = 0.6;
/// Added when the predicate maps onto the lexicon's schema.
pub(crate) const TYPED: f32 = 0.22;
/// A nominal predicate said of a subject (copula, apposition, title compound): `X is an ally
/// of Y`, `X, leader of Y`.
pub(crate) const NOMINAL_SUBJECT: f32 = 0.62;
/// A lexicon act noun with its arguments (`Y's criticism of X`, `talks between X and Y`).
pub(crate) const ACT_NOUN: f32 = 0.65;
/// A name and the place after its `in` (`Palestinians in the West Bank`): located in.
pub(crate) const NAME_IN_PLACE: f32 = 0.6;
/// Subjects of a symmetric verb without object (`X and Y signed`).
pub(crate) const SYMMETRIC: f32 = 0.7;
/// Factor for an argument reached through the noun it modifies (`Russian troops`, `NATO's
/// calls`).
pub(crate) const MODIFIER: f32 = 0.85;
/// Factor for a subject read through control, conjunction or a relative clause.
pub(crate) const INHERITED: f32 = 0.95;
/// Factor for a hedged predicate (`could`, `may`, `might`, `would`).
pub(crate) const HEDGED: f32 = 0.6;
/// Score of a typed relation from the model's relation head is its probability times this.
pub(crate) const HEAD: f32 = 1.0;
/// How sure the relation head must be for its relation to stand on its own (above 1: never).
/// On the dev set at 0.5 they added 10 right relations (all `other`) and 121 wrong ones
/// (precision 0.62 → 0.37), so by default they only add evidence.
pub(crate) const HEAD_THRESHOLD: f32 = 1.5;
/// How sure the relation head must be to add its evidence to a relation the tree stage read.
pub(crate) const HEAD_EVIDENCE: f32 = 0.5;
/// Factor for a relation read in a line of capitals (headlines, datelines).
pub(crate) const CAPITALS: f32 = 0.0;
