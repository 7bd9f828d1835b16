//! Candidate relations → the document's relations: duplicates merged (evidence kept), scored,
//! thresholded.

use super::context::EntityId;
use super::head::HeadRelation;
use super::score;
use crate::document::{Evidence, Relation};

/// One reading of a relation in one place.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub subject: EntityId,
    pub object: EntityId,
    pub predicate: String,
    pub lemma: String,
    pub relation: Option<String>,
    pub score: f32,
    pub evidence: Evidence,
}

/// Merges candidates with the same subject, object and relation (or lemma when untyped), or
/// the same predicate (`began talks with` read as a light verb's noun and as the verb); the
/// merged score is the noisy-or of the readings' scores; drops those below `threshold`.
pub(crate) fn merge(candidates: Vec<Candidate>, threshold: f32) -> Vec<Relation> {
    let mut out: Vec<(Relation, f32)> = Vec::new();
    for c in candidates {
        if c.subject == c.object || !c.score.is_finite() {
            continue;
        }
        let score = c.score.clamp(0.0, 1.0);
        let key = c.relation.clone().unwrap_or_else(|| c.lemma.clone());
        let same = out.iter_mut().find(|(r, _)| {
            r.subject == c.subject.0
                && r.object == c.object.0
                && (r.relation.clone().unwrap_or_else(|| r.lemma.clone()) == key
                    || r.predicate == c.predicate)
        });
        match same {
            Some((r, best)) => {
                // a typed reading types the relation
                if r.relation.is_none() && c.relation.is_some() {
                    r.relation = c.relation.clone();
                    r.lemma = c.lemma.clone();
                }
                if !r.evidence.contains(&c.evidence) {
                    r.score = 1.0 - (1.0 - r.score) * (1.0 - score);
                    r.evidence.push(c.evidence);
                }
                let shorter = c.predicate.chars().count() < r.predicate.chars().count();
                if score > *best || (score == *best && shorter) {
                    *best = score;
                    r.predicate = c.predicate;
                }
            }
            None => out.push((
                Relation {
                    subject: c.subject.0,
                    object: c.object.0,
                    predicate: c.predicate,
                    lemma: c.lemma,
                    relation: c.relation,
                    score,
                    evidence: vec![c.evidence],
                },
                score,
            )),
        }
    }
    let mut relations: Vec<Relation> = out
        .into_iter()
        .map(|(mut r, _)| {
            r.score = r.score.min(score::MAX_MERGED);
            r.evidence.sort_by_key(|e| (e.start, e.subject.start));
            r
        })
        .filter(|r| r.score >= threshold)
        .collect();
    relations.sort_by_key(|r| {
        r.evidence
            .first()
            .map_or((usize::MAX, 0), |e| (e.start, e.subject.start))
    });
    relations
}

/// Adds the relation head's relations: one the tree stage also read (same entities, a compatible
/// predicate) joins that relation as more evidence; the others are added.
/// Only those of the types `standing` scoring at least `alone` are added on their own.
pub(crate) fn fold_head(
    relations: &mut Vec<Relation>,
    typed: Vec<Relation>,
    alone: f32,
    standing: &[HeadRelation],
) {
    for t in typed {
        let Some(kind) = t.relation.as_deref().and_then(HeadRelation::from_name) else {
            continue;
        };
        let same = relations.iter_mut().find(|r| {
            r.subject == t.subject
                && r.object == t.object
                && kind.compatible(r.relation.as_deref(), &r.predicate)
        });
        match same {
            Some(r) => {
                r.score = (1.0 - (1.0 - r.score) * (1.0 - t.score)).min(score::MAX_MERGED);
                for e in t.evidence {
                    if !r.evidence.contains(&e) {
                        r.evidence.push(e);
                    }
                }
            }
            None if t.score >= alone && standing.contains(&kind) => relations.push(t),
            None => {}
        }
    }
    relations.sort_by_key(|r| {
        r.evidence
            .first()
            .map_or((usize::MAX, 0), |e| (e.start, e.subject.start))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    fn candidate(predicate: &str, lemma: &str, relation: Option<&str>, path: &str) -> Candidate {
        let span = |text: &str, start: usize| Span {
            text: text.to_string(),
            start,
            end: start + text.len(),
        };
        Candidate {
            subject: EntityId(0),
            object: EntityId(1),
            predicate: predicate.to_string(),
            lemma: lemma.to_string(),
            relation: relation.map(str::to_string),
            score: 0.6,
            evidence: Evidence {
                start: 0,
                end: 30,
                subject: span("Iran", 0),
                object: span("Iraq", 25),
                path: vec![path.to_string()],
            },
        }
    }

    #[test]
    fn readings_with_the_same_predicate_are_one_relation() {
        let got = merge(
            vec![
                candidate("began talks with", "begin", None, "verb"),
                candidate("began talks with", "talks", Some("negotiate"), "noun"),
                candidate("attacked", "attack", Some("attack"), "verb"),
            ],
            0.5,
        );
        assert_eq!(got.len(), 2, "{got:#?}");
        assert_eq!(got[0].relation.as_deref(), Some("negotiate"));
        assert_eq!(got[0].evidence.len(), 2);
        assert!(got[0].score > 0.6);
    }
}
