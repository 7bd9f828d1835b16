//! Typed relations from the model's relation head: each pair of argument spans a pair scorer is
//! sure enough of becomes a candidate with a normalised type, a readable predicate and the
//! scorer's probability as score; the spans are mapped onto the document's mentions by their last
//! token. The model has two pair scorers over the same features ([`HeadScorer`]): one trained on
//! CoNLL04, one on news beside it; the news scorer's pairs need the tree's licence
//! ([`licensed`]).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::context::Ctx;
use super::merge::Candidate;
use super::score;
use crate::document::Evidence;
use crate::kind::EntityKind;
use crate::syntax::DepRel;

/// Which of the model's pair scorers gives the typed relations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadScorer {
    /// Trained on the annotated news articles beside CoNLL04
    /// (`training/news_relation_head.py --beside`); its pairs count only where the dependency
    /// tree joins the two names without a verb between them. The default, for news.
    #[default]
    News,
    /// Trained on CoNLL04 only, every pair on its own: the scorer of the CoNLL04 benchmark
    /// (`evaluate --conll04`).
    Conll04,
}

impl HeadScorer {
    /// `news` or `conll04`.
    pub fn name(self) -> &'static str {
        match self {
            HeadScorer::News => "news",
            HeadScorer::Conll04 => "conll04",
        }
    }

    /// The scorer called `name` (`news`, `conll04`).
    pub fn from_name(name: &str) -> Option<HeadScorer> {
        [HeadScorer::News, HeadScorer::Conll04]
            .into_iter()
            .find(|s| s.name() == name)
    }
}

/// A relation type the model's relation head predicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadRelation {
    /// A person works for an organisation (CoNLL04 `Work_For`).
    WorkFor,
    /// A person lives in a place (`Live_In`).
    LivesIn,
    /// A place is located in another (`Located_In`).
    LocatedIn,
    /// An organisation is based in a place (`OrgBased_In`).
    BasedIn,
    /// A person killed another (`Kill`).
    Killed,
}

impl HeadRelation {
    /// The type for one of the head's labels (`Work_For`, ...); `None` for `none` and unknown
    /// labels.
    pub fn from_label(label: &str) -> Option<HeadRelation> {
        Some(match label {
            "Work_For" => HeadRelation::WorkFor,
            "Live_In" => HeadRelation::LivesIn,
            "Located_In" => HeadRelation::LocatedIn,
            "OrgBased_In" => HeadRelation::BasedIn,
            "Kill" => HeadRelation::Killed,
            _ => return None,
        })
    }

    /// Every type.
    pub const ALL: [HeadRelation; 5] = [
        HeadRelation::WorkFor,
        HeadRelation::LivesIn,
        HeadRelation::LocatedIn,
        HeadRelation::BasedIn,
        HeadRelation::Killed,
    ];

    /// The type whose [`name`](HeadRelation::name) is `name`.
    pub fn from_name(name: &str) -> Option<HeadRelation> {
        HeadRelation::ALL.into_iter().find(|h| h.name() == name)
    }

    /// The normalised type name (`work_for`, `lives_in`, `located_in`, `based_in`, `killed`).
    pub fn name(self) -> &'static str {
        match self {
            HeadRelation::WorkFor => "work_for",
            HeadRelation::LivesIn => "lives_in",
            HeadRelation::LocatedIn => "located_in",
            HeadRelation::BasedIn => "based_in",
            HeadRelation::Killed => "killed",
        }
    }

    /// A readable predicate (`works for`).
    pub fn predicate(self) -> &'static str {
        match self {
            HeadRelation::WorkFor => "works for",
            HeadRelation::LivesIn => "lives in",
            HeadRelation::LocatedIn => "located in",
            HeadRelation::BasedIn => "based in",
            HeadRelation::Killed => "killed",
        }
    }

    /// The kinds of its two arguments (`work_for`: a person, an organisation).
    pub fn argument_kinds(self) -> (EntityKind, EntityKind) {
        use EntityKind::*;
        match self {
            HeadRelation::WorkFor => (Person, Organization),
            HeadRelation::LivesIn => (Person, Location),
            HeadRelation::LocatedIn => (Location, Location),
            HeadRelation::BasedIn => (Organization, Location),
            HeadRelation::Killed => (Person, Person),
        }
    }

    /// Whether a relation the tree stage read between the same two entities says the same
    /// (`role` for `work_for`, a predicate with `in` or `based` for the places, `kill` for killed).
    pub(crate) fn compatible(self, relation: Option<&str>, predicate: &str) -> bool {
        let words: Vec<&str> = predicate.split_whitespace().collect();
        match self {
            HeadRelation::WorkFor => {
                relation == Some("role") || words.iter().any(|w| matches!(*w, "for" | "of" | "at"))
            }
            HeadRelation::LivesIn | HeadRelation::LocatedIn => words
                .iter()
                .any(|w| matches!(*w, "in" | "at" | "near" | "of")),
            HeadRelation::BasedIn => words.iter().any(|w| matches!(*w, "in" | "based")),
            HeadRelation::Killed => words.iter().any(|w| {
                w.starts_with("kill") || w.starts_with("murder") || w.starts_with("assassinat")
            }),
        }
    }
}

/// One pair the relation head read: token ranges in [`crate::Document::tokens`] (the head's
/// argument spans mapped from sentence words), its type and probability.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadPair {
    /// The first argument's tokens.
    pub head: Range<usize>,
    /// The second argument's tokens.
    pub tail: Range<usize>,
    /// The relation type.
    pub relation: HeadRelation,
    /// The head's probability for it, 0..=1.
    pub prob: f32,
    /// The pair scorer that read it.
    pub scorer: HeadScorer,
}

/// Candidates for the pairs of `scorer` at or above `threshold`.
pub(crate) fn candidates(
    ctx: &Ctx,
    pairs: &[HeadPair],
    threshold: f32,
    scorer: HeadScorer,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for p in pairs {
        if p.scorer != scorer || !p.prob.is_finite() || p.prob < threshold {
            continue;
        }
        let (Some(a), Some(b)) = (unit_for(ctx, &p.head), unit_for(ctx, &p.tail)) else {
            continue;
        };
        let (Some(su), Some(ou)) = (ctx.units.get(a), ctx.units.get(b)) else {
            continue;
        };
        // a span ending on a name inside a longer unit (`the Secretary-General of the KDPI
        // Hassan Rastegar`: the organisation in the person's role unit) is that name's entity
        // (CoNLL04 dev: strict F1 62.33 -> 64.55, relaxed 65.74 -> 67.88: `Croatian President
        // Franjo Tudjman` had both arguments in the person's unit)
        let named = |span: &Range<usize>, unit_entity| {
            span.end
                .checked_sub(1)
                .and_then(|t| ctx.mention_at.get(t).copied().flatten())
                .filter(|&m| ctx.mention_range(m).is_some_and(|r| r.end == span.end))
                .and_then(|m| ctx.entity_of(m))
                .unwrap_or(unit_entity)
        };
        let (subject_entity, object_entity) =
            (named(&p.head, su.entity), named(&p.tail, ou.entity));
        // The entities' kinds are not checked against the type's: on CoNLL04 dev that lost 0.8
        // relaxed F1 (the NER types CoNLL04's places and organisations differently).
        if subject_entity == object_entity {
            continue;
        }
        let Some(si) = ctx.sentence_of(su.first) else {
            continue;
        };
        if ctx.sentence_of(ou.first) != Some(si) || ctx.capitals.get(si).copied().unwrap_or(false) {
            continue;
        }
        let (start, end) = ctx.sentence_bytes[si];
        // evidence: the head's own argument spans (CoNLL04 boundaries: "President Lincoln")
        let own = |r: &Range<usize>| {
            ctx.token_bytes(r.start, r.end)
                .and_then(|(a, b)| ctx.span(a, b))
        };
        let (Some(subject), Some(object)) = (
            own(&p.head).or_else(|| ctx.span(su.arg.0, su.arg.1)),
            own(&p.tail).or_else(|| ctx.span(ou.arg.0, ou.arg.1)),
        ) else {
            continue;
        };
        let joint = Joint::new(ctx, span_head(ctx, &p.head), span_head(ctx, &p.tail));
        if scorer == HeadScorer::News && !licensed(ctx, &joint) {
            continue;
        }
        let path = vec!["relation head".to_string(), p.relation.name().to_string()];
        // a person `lives in` a country: the news guidelines read a citizen of it
        let citizen = p.relation == HeadRelation::LivesIn && ctx.is_country(object_entity);
        out.push(Candidate {
            subject: subject_entity,
            object: object_entity,
            predicate: path_predicate(ctx, &joint).unwrap_or_else(|| {
                if citizen {
                    "citizen of"
                } else {
                    p.relation.predicate()
                }
                .to_string()
            }),
            lemma: p.relation.name().to_string(),
            relation: Some(p.relation.name().to_string()),
            score: p.prob.clamp(0.0, 1.0) * score::HEAD,
            evidence: Evidence {
                start,
                end,
                subject,
                object,
                path,
            },
        });
    }
    out
}

/// The unit holding the span's last token, else any unit overlapping it.
fn unit_for(ctx: &Ctx, span: &Range<usize>) -> Option<usize> {
    let last = span.end.checked_sub(1)?;
    if span.start > last {
        return None;
    }
    ctx.unit_at.get(last).copied().flatten().or_else(|| {
        span.clone()
            .find_map(|t| ctx.unit_at.get(t).copied().flatten())
    })
}

/// The word of `span` whose syntactic head lies outside it (its first word when none does).
fn span_head(ctx: &Ctx, span: &Range<usize>) -> usize {
    span.clone()
        .find(|&t| {
            ctx.head
                .get(t)
                .copied()
                .flatten()
                .is_none_or(|h| !span.contains(&h))
        })
        .unwrap_or(span.start)
}

/// How the tree joins two argument words: the words strictly between them on the path through
/// their lowest common head (`None` when the tree does not join them), and the second argument's
/// preposition (`of` in `north of Kabul`).
struct Joint {
    path: Option<Vec<usize>>,
    tail_case: Option<usize>,
}

impl Joint {
    fn new(ctx: &Ctx, a: usize, b: usize) -> Joint {
        let (ca, cb) = (ctx.head_chain(a), ctx.head_chain(b));
        let path = ca.iter().position(|x| cb.contains(x)).map(|pa| {
            let pb = cb.iter().position(|x| *x == ca[pa]).unwrap_or(0);
            let mut words: Vec<usize> = ca[1..=pa].to_vec();
            words.extend(cb.get(1..pb).unwrap_or(&[]).iter().rev());
            words.retain(|&t| t != a && t != b);
            words
        });
        let tail_case = ctx.children.get(b).and_then(|cs| {
            cs.iter()
                .copied()
                .find(|&c| ctx.deprel.get(c).copied().flatten() == Some(DepRel::Case))
        });
        Joint { path, tail_case }
    }
}

/// Whether the tree licenses a news-scorer pair: it joins the two names without a verb between
/// them (`Bagram military airbase north of Kabul`, not `Yeltsin, who is vacationing outside
/// Moscow`). On the news dev set with the news scorer at 0.9, without it two wrong relations
/// more (precision 0.830 -> 0.825; the check set unchanged). Requiring the entities' kinds to fit
/// the type too changed nothing on dev (on the check set one wrong relation fewer), so it is
/// left out.
fn licensed(ctx: &Ctx, joint: &Joint) -> bool {
    joint.path.as_ref().is_some_and(|path| {
        !path
            .iter()
            .any(|&t| ctx.word(t).is_none_or(|w| w.is_verb()))
    })
}

/// A predicate read from the words joining the two names when one of them has a compass
/// direction (`Bagram military airbase north of Kabul`: `north of`, with the second name's
/// preposition). On the news dev set one right relation more, where `located in` read another
/// predicate than the annotators'. A single common noun joining them read as the predicate
/// (`Durres, an Adriatic resort`: `resort`) changed nothing on dev (on the check set one right
/// relation more), so it is left out.
fn path_predicate(ctx: &Ctx, joint: &Joint) -> Option<String> {
    let direction = joint
        .path
        .as_ref()?
        .iter()
        .flat_map(|&t| ctx.children.get(t).into_iter().flatten())
        .copied()
        .find(|&c| is_direction(ctx.lower(c)))?;
    let mut words = vec![ctx.lower(direction).to_string()];
    if let Some(c) = joint.tail_case {
        words.push(ctx.lower(c).to_string());
    }
    Some(words.join(" "))
}

/// `north`, `southwest`, `near`, `outside`: a word placing one place from another.
fn is_direction(word: &str) -> bool {
    let compass = |w: &str| matches!(w, "north" | "south" | "east" | "west");
    compass(word)
        || word
            .strip_prefix("north")
            .or_else(|| word.strip_prefix("south"))
            .is_some_and(|rest| matches!(rest, "east" | "west"))
        || matches!(word, "near" | "outside")
}
