//! Open relations in one sentence: a verb group with its particles and prepositions between a
//! subject unit and an object unit (ReVerb-style `V | V P | V W* P`, plus `V W* V-ing` chains such
//! as `issued a statement condemning`), passives turned around, coordinated arguments shared,
//! symmetric verbs relating coordinated subjects, and nominalisations (`the signing of X by Y`).

use crate::kind::EntityKind;
use std::ops::Range;

use super::context::{Ctx, Unit};
use super::lemma::verb_lemma;
use super::lexicon::{singular, Sense};
use super::merge::Candidate;
use super::score;
use super::tags::{Cat, Form, SUBORDINATORS, TEMPORAL};
use crate::document::Evidence;

/// Longest run of words between the verb group and the object.
const MAX_GAP: usize = 8;
/// Subordinators that end the verb's phrase on the right.
const CLAUSE_BREAK: &[&str] = &[
    "that", "whether", "if", "because", "although", "though", "while", "unless", "whereas",
];

/// A verb group: auxiliaries, adverbs and the main verb (`has already been working`).
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub start: usize,
    pub end: usize,
    /// Index of the main (last) verb.
    pub main: usize,
    /// Lemma of the main verb.
    pub lemma: String,
    pub passive: bool,
    pub negated: bool,
}

/// A clause whose verb introduces speech: its speakers and where the reported content starts.
#[derive(Debug, Clone)]
pub(crate) struct SpeechClause {
    pub speakers: Vec<usize>,
    pub content: Range<usize>,
}

/// The right side of a verb group: the words up to the object and the object units.
struct Right {
    core: Vec<usize>,
    objects: Vec<usize>,
    end: usize,
}

/// Reads the open relations of sentence `si`; also returns its speech clauses.
pub(crate) fn sentence(ctx: &Ctx, si: usize) -> (Vec<Candidate>, Vec<SpeechClause>) {
    let Some(sent) = ctx.sentences.get(si).cloned() else {
        return (Vec::new(), Vec::new());
    };
    let mut out = Vec::new();
    let mut speech = Vec::new();
    for g in groups(ctx, &sent) {
        let subjects = subjects(ctx, &g, &sent);
        let right = objects(ctx, &g, &sent);
        let is_speech = ctx.lex.verb(&g.lemma).is_some_and(|s| s.speech);
        // `said Sweden has signed ...`: the object is the subject of the reported clause.
        let clause_object = is_speech
            && right
                .as_ref()
                .is_some_and(|r| r.core.is_empty() && verb_follows(ctx, r.end, &sent));
        if is_speech && !subjects.is_empty() {
            let direct = right
                .as_ref()
                .filter(|r| r.core.is_empty() && !clause_object);
            let mut from = direct.map_or(g.end, |r| r.end);
            while from < sent.end && matches!(ctx.lower(from), "that" | ":" | ",") {
                from += 1;
            }
            speech.push(SpeechClause {
                speakers: subjects.clone(),
                content: from..sent.end,
            });
        }
        match &right {
            Some(_) if clause_object => {}
            Some(r) => relate(ctx, si, &g, &subjects, r, &mut out),
            None => symmetric(ctx, si, &g, &subjects, &mut out),
        }
    }
    nominals(ctx, si, &sent, &mut out);
    (out, speech)
}

/// Whether a verb (after adverbs) comes at token `i`.
fn verb_follows(ctx: &Ctx, mut i: usize, sent: &Range<usize>) -> bool {
    while i < sent.end && ctx.word(i).is_some_and(|w| w.cat == Cat::Adv) {
        i += 1;
    }
    i < sent.end && ctx.word(i).is_some_and(|w| w.is_verb())
}

/// The verb groups of a sentence.
pub(crate) fn groups(ctx: &Ctx, sent: &Range<usize>) -> Vec<Group> {
    let verb_at = |i: usize| {
        ctx.word(i).is_some_and(|w| w.is_verb()) && ctx.unit_at.get(i).copied().flatten().is_none()
    };
    let mut out = Vec::new();
    let mut i = sent.start;
    while i < sent.end {
        if !verb_at(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < sent.end {
            let cat = ctx.word(j).map(|w| w.cat);
            if verb_at(j) {
                j += 1;
            } else if cat == Some(Cat::Adv) {
                let mut k = j;
                while k < sent.end && ctx.word(k).is_some_and(|w| w.cat == Cat::Adv) {
                    k += 1;
                }
                if k < sent.end && verb_at(k) {
                    j = k;
                } else {
                    break;
                }
            } else if cat == Some(Cat::Particle) {
                j += 1;
                break;
            } else {
                break;
            }
        }
        out.push(group(ctx, start, j));
        i = j;
    }
    out
}

fn group(ctx: &Ctx, start: usize, end: usize) -> Group {
    let main = (start..end)
        .rev()
        .find(|&k| ctx.word(k).is_some_and(|w| matches!(w.cat, Cat::Verb(_))))
        .unwrap_or(start);
    let lemma = verb_lemma(ctx.lower(main), ctx.lex);
    let participle = ctx
        .word(main)
        .is_some_and(|w| matches!(w.cat, Cat::Verb(Form::Participle | Form::Past)));
    let passive = participle
        && (start..main).any(|k| {
            ctx.word(k).is_some_and(|w| matches!(w.cat, Cat::Verb(_)))
                && matches!(verb_lemma(ctx.lower(k), ctx.lex).as_str(), "be" | "get")
        });
    let negated = (start..end).any(|k| ctx.word(k).is_some_and(|w| w.is_negation()));
    Group {
        start,
        end,
        main,
        lemma,
        passive,
        negated,
    }
}

/// Extends a unit's start left over determiners and adjectives (`the so-called`).
fn with_prefix(ctx: &Ctx, first: usize, lo: usize) -> usize {
    let mut q = first;
    while q > lo
        && ctx.unit_at.get(q - 1).copied().flatten().is_none()
        && ctx.word(q - 1).is_some_and(|w| w.is_np_prefix())
    {
        q -= 1;
    }
    q
}

/// Whether a clause may start at token `q` (what precedes it is no preposition or noun).
fn clause_start(ctx: &Ctx, q: usize, lo: usize) -> bool {
    if q <= lo {
        return true;
    }
    let Some(w) = ctx.word(q - 1) else {
        return true;
    };
    match w.cat {
        Cat::Punct | Cat::Conj | Cat::Wh | Cat::Verb(_) | Cat::Modal | Cat::Adv => true,
        Cat::Prep => SUBORDINATORS.contains(&w.lower.as_str()),
        _ => !w.lower.chars().any(char::is_alphanumeric),
    }
}

/// Subject units of a verb group, in text order (several when coordinated).
fn subjects(ctx: &Ctx, g: &Group, sent: &Range<usize>) -> Vec<usize> {
    let lo = sent.start;
    let mut p = g.start;
    while p > lo
        && ctx.unit_at.get(p - 1).copied().flatten().is_none()
        && skippable_before_verb(ctx, p - 1)
    {
        p -= 1;
    }
    p = skip_parenthetical(ctx, p, lo);
    let mut relative = false;
    if p > lo
        && ctx.word(p - 1).is_some_and(|w| w.cat == Cat::Wh)
        && matches!(ctx.lower(p - 1), "which" | "who" | "that")
    {
        let k = if p - 1 > lo && ctx.lower(p - 2) == "," {
            p - 2
        } else {
            p - 1
        };
        if ctx.unit_ending(k).is_none() {
            return Vec::new();
        }
        p = k;
        relative = true;
    }
    let Some(u) = ctx.unit_ending(p) else {
        return Vec::new();
    };
    let mut subs = vec![u];
    let mut q = with_prefix(ctx, ctx.units[u].first, lo);
    let mut saw_conj = false;
    while q > lo {
        let l = ctx.lower(q - 1);
        let conj = matches!(l, "and" | "or");
        let mut r = q - 1;
        if conj && r > lo && ctx.lower(r - 1) == "," {
            r -= 1;
        } else if !(conj || (l == "," && saw_conj)) {
            break;
        }
        let Some(v) = ctx.unit_ending(r) else { break };
        subs.push(v);
        saw_conj |= conj;
        q = with_prefix(ctx, ctx.units[v].first, lo);
    }
    if !relative && !clause_start(ctx, q, lo) {
        return Vec::new();
    }
    subs.reverse();
    subs
}

/// Adverbs and time words between a subject and its verb (`late last night told`).
fn skippable_before_verb(ctx: &Ctx, i: usize) -> bool {
    let Some(w) = ctx.word(i) else { return false };
    w.cat == Cat::Adv
        || (TEMPORAL.contains(&w.lower.as_str())
            && matches!(
                w.cat,
                Cat::Noun | Cat::Adj | Cat::Det | Cat::Num | Cat::Proper
            ))
}

/// Skips a parenthetical `, ... ,` or `( ... )` of a few verbless words ending at `p`.
fn skip_parenthetical(ctx: &Ctx, p: usize, lo: usize) -> usize {
    if p <= lo {
        return p;
    }
    let open = match ctx.lower(p - 1) {
        "," => ",",
        ")" => "(",
        _ => return p,
    };
    let mut k = p - 1;
    while k > lo && p - 1 - k < 10 {
        k -= 1;
        if ctx.lower(k) == open {
            return if ctx.unit_ending(k).is_some() && k + 1 < p - 1 {
                k
            } else {
                p
            };
        }
        if ctx.word(k).is_some_and(|w| w.is_verb()) {
            return p;
        }
    }
    p
}

/// The words after a verb group up to its object unit, and the object units.
fn objects(ctx: &Ctx, g: &Group, sent: &Range<usize>) -> Option<Right> {
    let mut seq: Vec<usize> = Vec::new();
    for i in g.end..sent.end {
        if let Some(u) = ctx.unit_starting(i) {
            let mut core = seq;
            while core
                .last()
                .is_some_and(|&t| ctx.word(t).is_some_and(|w| w.is_np_prefix()))
            {
                core.pop();
            }
            let ok = core
                .last()
                .is_none_or(|&t| ctx.word(t).is_some_and(|w| w.is_p() || w.is_verb()));
            if !ok {
                return None;
            }
            let (objects, end) = coordinated(ctx, u, sent);
            return Some(Right { core, objects, end });
        }
        let w = ctx.word(i)?;
        if ctx.unit_at.get(i).copied().flatten().is_some() {
            return None;
        }
        match w.cat {
            Cat::Prep if CLAUSE_BREAK.contains(&w.lower.as_str()) => return None,
            Cat::Verb(form) => {
                let has_noun = seq
                    .iter()
                    .any(|&t| ctx.word(t).is_some_and(|x| x.cat == Cat::Noun));
                let after_to = seq
                    .last()
                    .is_some_and(|&t| ctx.word(t).is_some_and(|x| x.cat == Cat::To));
                if !((form == Form::Gerund && has_noun) || (form == Form::Base && after_to)) {
                    return None;
                }
                seq.push(i);
            }
            Cat::Noun
            | Cat::Proper
            | Cat::Adj
            | Cat::Adv
            | Cat::Det
            | Cat::PossPron
            | Cat::Num
            | Cat::Pron
            | Cat::Poss
            | Cat::Prep
            | Cat::To
            | Cat::Particle => seq.push(i),
            _ => return None,
        }
        if seq.len() > MAX_GAP {
            return None;
        }
    }
    None
}

/// Unit `u` and the units coordinated with it (`X, Y and Z`); returns them and the token after.
pub(crate) fn coordinated(ctx: &Ctx, u: usize, sent: &Range<usize>) -> (Vec<usize>, usize) {
    let mut list = vec![u];
    let mut k = ctx.units[u].end;
    while k < sent.end {
        let comma = ctx.lower(k) == ",";
        let mut j = k + usize::from(comma);
        let conj = matches!(ctx.lower(j), "and" | "or");
        if conj {
            j += 1;
        } else if !comma {
            break;
        }
        while j < sent.end
            && ctx.unit_at.get(j).copied().flatten().is_none()
            && ctx.word(j).is_some_and(|w| w.is_np_prefix())
        {
            j += 1;
        }
        let Some(v) = ctx.unit_starting(j).filter(|_| j < sent.end) else {
            break;
        };
        let next_end = ctx.units[v].end;
        if !conj && !matches!(ctx.lower(next_end), "," | "and" | "or") {
            break;
        }
        list.push(v);
        k = next_end;
        if conj {
            break;
        }
    }
    (list, k)
}

/// What the predicate means: lemma and sense, from the last verb or a light verb's noun.
fn meaning<'a>(ctx: &'a Ctx, g: &Group, core: &[usize]) -> (String, Option<&'a Sense>, bool) {
    let verb = core
        .iter()
        .rev()
        .copied()
        .find(|&t| ctx.word(t).is_some_and(|w| w.is_verb()));
    let lemma = verb.map_or_else(|| g.lemma.clone(), |t| verb_lemma(ctx.lower(t), ctx.lex));
    let sense = ctx.lex.verb(&lemma);
    if ctx.lex.is_light(&lemma) || sense.is_none() {
        for &t in core {
            let is_noun = ctx.word(t).is_some_and(|w| w.cat == Cat::Noun);
            if let Some(ns) = ctx
                .lex
                .noun(ctx.lower(t))
                .filter(|s| is_noun && s.relation.is_some())
            {
                if ctx.lex.is_light(&lemma) {
                    return (singular(ctx.lower(t)), Some(ns), true);
                }
            }
        }
    }
    (lemma, sense, false)
}

/// Candidates for a verb group with subjects and objects.
fn relate(
    ctx: &Ctx,
    si: usize,
    g: &Group,
    subjects: &[usize],
    r: &Right,
    out: &mut Vec<Candidate>,
) {
    if subjects.is_empty() {
        return;
    }
    let (lemma, sense, noun_typed) = meaning(ctx, g, &r.core);
    let preps: Vec<&str> = r
        .core
        .iter()
        .filter(|&&t| ctx.word(t).is_some_and(|w| w.is_p()))
        .map(|&t| ctx.lower(t))
        .collect();
    let nouns = r
        .core
        .iter()
        .filter(|&&t| ctx.word(t).is_some_and(|w| w.is_noun()))
        .count();
    if matches!(lemma.as_str(), "be" | "have" | "do") && preps.is_empty() && !noun_typed {
        return;
    }
    if preps.len() > 2 && !noun_typed {
        return;
    }
    // `was captured during the Korean War`, `has intensified rhetoric since ...`: a time is no
    // argument (on dev and on the training set one wrong relation fewer each)
    if preps.last().is_some_and(|p| temporal(p)) {
        return;
    }
    let by_passive = g.passive && preps.last() == Some(&"by") && nouns == 0;
    // `X was dismayed by Y`: who feels it is the subject, towards the agent; in the active voice
    // (`Y dismayed X`) the subject did something: untyped
    let felt = sense.is_some_and(|s| s.experiencer);
    let mut idx: Vec<usize> = if by_passive && !felt {
        vec![g.main]
    } else {
        (g.start..g.end).chain(r.core.iter().copied()).collect()
    };
    idx.retain(|&t| keep_in_predicate(ctx, t));
    let predicate = ctx.surface(&idx);
    let mut relation = sense
        .and_then(|s| s.relation.clone())
        .filter(|_| !g.negated && (!felt || g.passive));
    if sense.is_some_and(|s| s.label) {
        if let Some(cue) = cue_after(ctx, r.end, si) {
            relation = Some(cue);
        }
    }
    let content = r
        .core
        .iter()
        .filter(|&&t| {
            ctx.word(t)
                .is_some_and(|w| matches!(w.cat, Cat::Noun | Cat::Adj | Cat::Adv | Cat::Proper))
        })
        .count();
    let mut score = score::PATTERN_BASE
        + if relation.is_some() {
            score::PATTERN_TYPED
        } else {
            0.0
        };
    if r.core.len() <= 1 {
        score += score::PATTERN_TIGHT;
    }
    score -= score::PATTERN_PER_WORD * content.saturating_sub(1) as f32;
    if g.negated {
        score -= score::PATTERN_NEGATED;
    }
    for &s in subjects {
        for &o in &r.objects {
            let locative = nouns > 0
                && matches!(preps.last(), Some(&("in" | "at")))
                && ctx.kind(ctx.units[o].entity) == Some(EntityKind::Location)
                && !noun_typed;
            // `met in Baghdad`, `is vacationing outside Moscow`: where something happened is
            // no relation, unless the verb puts someone there (`arrived in Bonn`, `is in
            // Chechnya`); on dev 5 wrong relations fewer, precision 0.733 -> 0.745
            let place = matches!(
                preps.last(),
                Some(&("in" | "at" | "outside" | "inside" | "near"))
            ) && ctx.kind(ctx.units[o].entity) == Some(EntityKind::Location)
                && relation.as_deref() != Some("visit")
                && !matches!(
                    lemma.as_str(),
                    "arrive"
                        | "land"
                        | "live"
                        | "stay"
                        | "remain"
                        | "base"
                        | "return"
                        | "settle"
                        | "be"
                );
            if locative || place {
                continue;
            }
            let (su, ou) = if by_passive && !felt { (o, s) } else { (s, o) };
            push(
                ctx,
                si,
                su,
                ou,
                &predicate,
                &lemma,
                relation.clone(),
                score,
                out,
            );
        }
    }
}

/// `X and Y signed an agreement`: a symmetric verb without an object relates its subjects.
fn symmetric(ctx: &Ctx, si: usize, g: &Group, subjects: &[usize], out: &mut Vec<Candidate>) {
    let Some(sense) = ctx.lex.verb(&g.lemma) else {
        return;
    };
    if !sense.symmetric || subjects.len() < 2 || g.negated || g.passive {
        return;
    }
    let idx: Vec<usize> = (g.start..g.end)
        .filter(|&t| keep_in_predicate(ctx, t))
        .collect();
    let predicate = ctx.surface(&idx);
    for &o in &subjects[1..] {
        push(
            ctx,
            si,
            subjects[0],
            o,
            &predicate,
            &g.lemma,
            sense.relation.clone(),
            score::PATTERN_BASE + score::PATTERN_TYPED,
            out,
        );
    }
}

/// A judgement cue shortly after the object (`called X a "dictatorship"`).
fn cue_after(ctx: &Ctx, from: usize, si: usize) -> Option<String> {
    let end = ctx.sentences.get(si)?.end;
    (from..end.min(from + 6))
        .take_while(|&t| {
            !ctx.word(t)
                .is_some_and(|w| w.is_verb() || w.cat == Cat::Conj)
        })
        .find_map(|t| ctx.lex.cue(ctx.lower(t)).map(str::to_string))
}

/// Words kept in the written predicate: verbs, particles, prepositions, nouns, negation.
fn keep_in_predicate(ctx: &Ctx, t: usize) -> bool {
    ctx.word(t).is_some_and(|w| {
        w.is_negation()
            || matches!(
                w.cat,
                Cat::Verb(_) | Cat::Modal | Cat::Prep | Cat::To | Cat::Particle | Cat::Noun
            )
            || (w.cat == Cat::Proper && ctx.mention_at.get(t).copied().flatten().is_none())
    })
}

/// Pushes a candidate between units `s` and `o` of sentence `si`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn push(
    ctx: &Ctx,
    si: usize,
    s: usize,
    o: usize,
    predicate: &str,
    lemma: &str,
    relation: Option<String>,
    score: f32,
    out: &mut Vec<Candidate>,
) {
    let path = vec!["pattern".to_string(), predicate.to_string()];
    push_path(ctx, si, s, o, predicate, lemma, relation, score, path, out);
}

/// A preposition of time (`since`, `after`, `during`), or a run of prepositions holding one
/// (`since after`): what follows it is when, not who.
pub(crate) fn temporal(prep: &str) -> bool {
    prep.split(' ').any(|w| {
        matches!(
            w,
            "since" | "after" | "before" | "during" | "until" | "till"
        )
    })
}

/// [`push`] with the path that linked the two units.
#[allow(clippy::too_many_arguments)]
pub(crate) fn push_path(
    ctx: &Ctx,
    si: usize,
    s: usize,
    o: usize,
    predicate: &str,
    lemma: &str,
    relation: Option<String>,
    score: f32,
    path: Vec<String>,
    out: &mut Vec<Candidate>,
) {
    let (Some(su), Some(ou)) = (ctx.units.get(s), ctx.units.get(o)) else {
        return;
    };
    if su.entity == ou.entity || predicate.is_empty() {
        return;
    }
    let Some(mut evidence) = evidence(ctx, ctx.sentence_bytes.get(si).copied(), su, ou) else {
        return;
    };
    evidence.path = path;
    out.push(Candidate {
        subject: su.entity,
        object: ou.entity,
        predicate: predicate.to_string(),
        lemma: lemma.to_string(),
        relation,
        score: score::ner(score * su.factor * ou.factor, su.ner.min(ou.ner)),
        evidence,
    });
}

/// Evidence for two units within the byte span `sentence`.
pub(crate) fn evidence(
    ctx: &Ctx,
    sentence: Option<(usize, usize)>,
    su: &Unit,
    ou: &Unit,
) -> Option<Evidence> {
    let (start, end) = sentence?;
    let subject = ctx.span(su.arg.0, su.arg.1)?;
    let object = ctx.span(ou.arg.0, ou.arg.1)?;
    ctx.span(start, end)?;
    Some(Evidence {
        start,
        end,
        subject,
        object,
        path: Vec::new(),
    })
}

/// `the signing of X by Y`, `the signature by Y of X`, `talks between X and Y`.
fn nominals(ctx: &Ctx, si: usize, sent: &Range<usize>, out: &mut Vec<Candidate>) {
    for i in sent.clone() {
        let is_noun = ctx.word(i).is_some_and(|w| w.cat == Cat::Noun)
            && ctx.unit_at.get(i).copied().flatten().is_none();
        let Some(sense) = ctx.lex.noun(ctx.lower(i)).filter(|_| is_noun) else {
            continue;
        };
        let Some(relation) = sense.relation.clone() else {
            continue;
        };
        let (mut by, mut of, mut between) = (Vec::new(), Vec::new(), Vec::new());
        let mut j = i + 1;
        while j < sent.end && j < i + 18 {
            let l = ctx.lower(j);
            if l == "," {
                match (j + 1..(j + 7).min(sent.end)).find(|&k| ctx.lower(k) == ",") {
                    Some(k)
                        if (j + 1..k).all(|t| {
                            ctx.unit_at.get(t).copied().flatten().is_none()
                                && !ctx.word(t).is_some_and(|w| w.is_verb())
                        }) =>
                    {
                        j = k + 1;
                        continue;
                    }
                    _ => break,
                }
            }
            let Some(w) = ctx.word(j) else { break };
            if w.is_p() {
                let k = with_prefix_forward(ctx, j + 1, sent.end);
                if let Some(u) = ctx.unit_starting(k) {
                    let (list, end) = coordinated(ctx, u, sent);
                    match l {
                        "of" => of.extend(list),
                        "by" => by.extend(list),
                        "between" => between.extend(list),
                        _ => {}
                    }
                    j = end;
                    continue;
                }
            } else if !matches!(
                w.cat,
                Cat::Det | Cat::Adj | Cat::Noun | Cat::Num | Cat::Proper
            ) {
                break;
            }
            j += 1;
        }
        let predicate = ctx.lex.display(&relation);
        for &s in &by {
            for &o in &of {
                push(
                    ctx,
                    si,
                    s,
                    o,
                    &predicate,
                    &relation,
                    Some(relation.clone()),
                    score::PATTERN_NOMINAL,
                    out,
                );
            }
        }
        if by.is_empty() && sense.symmetric && between.len() >= 2 {
            for &o in &between[1..] {
                push(
                    ctx,
                    si,
                    between[0],
                    o,
                    &predicate,
                    &relation,
                    Some(relation.clone()),
                    score::PATTERN_NOMINAL_BETWEEN,
                    out,
                );
            }
        }
    }
}

/// First token at or after `j` that is not a determiner or adjective outside units.
fn with_prefix_forward(ctx: &Ctx, mut j: usize, end: usize) -> usize {
    while j < end
        && ctx.unit_at.get(j).copied().flatten().is_none()
        && ctx.word(j).is_some_and(|w| w.is_np_prefix())
    {
        j += 1;
    }
    j
}
