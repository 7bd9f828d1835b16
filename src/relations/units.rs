//! Argument units besides roles and titles: mentions modifying a noun (`NATO calls`), plain
//! mentions, and `he`/`she` resolved to a person.

use super::context::{Ctx, EntityId, MentionId, Unit, UnitKind};
use super::roles::arg_bytes;
use super::score;
use super::tags::{Cat, TEMPORAL};
use crate::kind::EntityKind;

/// Adds Modifier units: `ORG NOUN+` (`NATO calls`) and `X 's ADJ* NOUN+` (`Russia's borders`).
pub(crate) fn add_modifiers(ctx: &mut Ctx) {
    for mi in ctx.mention_ids() {
        let (Some(r), Some(entity)) = (ctx.mention_range(mi), ctx.entity_of(mi)) else {
            continue;
        };
        if no_argument(ctx, mi) {
            continue;
        }
        // Parsed sentences read modifiers from the tree.
        if ctx.sentence_of(r.start).is_some_and(|s| ctx.parsed[s]) {
            continue;
        }
        let sentence_end = ctx
            .sentence_of(r.start)
            .and_then(|s| ctx.sentences.get(s))
            .map_or(r.end, |s| s.end);
        let mut j = r.end;
        let possessive = ctx.word(j).is_some_and(|w| w.cat == Cat::Poss);
        let factor = if possessive { 0.8 } else { 0.85 };
        if possessive {
            j += 1;
            let mut adjs = 0;
            while j < sentence_end && adjs < 2 && ctx.word(j).is_some_and(|w| w.cat == Cat::Adj) {
                j += 1;
                adjs += 1;
            }
        }
        let head_start = j;
        while j < sentence_end && j - head_start < 3 && is_head_noun(ctx, j) {
            j += 1;
        }
        if j == head_start {
            continue;
        }
        let unit = Unit {
            first: r.start,
            end: j,
            entity,
            kind: UnitKind::Modifier,
            factor,
            arg: arg_bytes(ctx, mi),
            ner: ctx.mention(mi).score,
        };
        ctx.add_unit(unit);
    }
}

/// A common noun that can head a phrase a mention modifies (not a title, not in a mention).
fn is_head_noun(ctx: &Ctx, i: usize) -> bool {
    let Some(w) = ctx.word(i) else { return false };
    w.cat == Cat::Noun
        && ctx.mention_at.get(i).copied().flatten().is_none()
        && !ctx.lex.is_title_word(&w.lower)
        && !TEMPORAL.contains(&w.lower.as_str())
}

/// Whether a mention takes part in no relation: it looks cut short by the NER (`Partnership
/// for`), or it sits in a hyphenated modifier ([`affixed`]: on dev 6 wrong relations fewer, one
/// right one more, precision 0.707 -> 0.722).
pub(crate) fn no_argument(ctx: &Ctx, mi: MentionId) -> bool {
    let text = ctx.mentions.get(mi.0).map_or("", |m| m.text.as_str());
    let last = text.split_whitespace().last().unwrap_or("");
    let cut = matches!(
        last.to_lowercase().as_str(),
        "of" | "for" | "the" | "and" | "in" | "on" | "to" | "de" | "at" | "&"
    );
    cut || affixed(text)
}

/// A name inside a hyphenated modifier (`pro-Moscow`, `U.S.-led`, `Palestinian-ruled`,
/// `EU-wide`): it qualifies something else and is no argument of its own.
pub(crate) fn affixed(text: &str) -> bool {
    strip_affix(text) != text
}

/// Suffixes of a hyphenated modifier after a name (`NATO-led`).
pub(crate) const NAME_SUFFIXES: &[&str] = &[
    "-led",
    "-ruled",
    "-wide",
    "-backed",
    "-based",
    "-run",
    "-controlled",
    "-owned",
    "-born",
    "-style",
];

/// The name inside a hyphenated modifier (`pro-Moscow` → `Moscow`, `NATO-led` → `NATO`); the
/// text itself otherwise.
pub(crate) fn strip_affix(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    for p in ["pro-", "anti-"] {
        if lower.starts_with(p) && text.len() > p.len() {
            return &text[p.len()..];
        }
    }
    for s in NAME_SUFFIXES {
        if lower.ends_with(s) && text.len() > s.len() && text.is_char_boundary(text.len() - s.len())
        {
            return &text[..text.len() - s.len()];
        }
    }
    text
}

/// Adds a Name unit for every mention not yet inside a unit.
pub(crate) fn add_names(ctx: &mut Ctx) {
    for mi in ctx.mention_ids() {
        if no_argument(ctx, mi) {
            continue;
        }
        let (Some(r), Some(entity)) = (ctx.mention_range(mi), ctx.entity_of(mi)) else {
            continue;
        };
        let unit = Unit {
            first: r.start,
            end: r.end,
            entity,
            kind: UnitKind::Name,
            factor: 1.0,
            arg: arg_bytes(ctx, mi),
            ner: ctx.mention(mi).score,
        };
        ctx.add_unit(unit);
    }
}

/// Adds Pronoun units for `he`/`she`: the first person named before it in its sentence, else the
/// person of the previous sentences (their first one when several are named).
pub(crate) fn add_pronouns(ctx: &mut Ctx) {
    for si in 0..ctx.sentences.len() {
        let sent = ctx.sentences[si].clone();
        for i in sent.clone() {
            let is_pronoun = matches!(ctx.lower(i), "he" | "she")
                && ctx.word(i).is_some_and(|w| w.cat == Cat::Pron);
            if !is_pronoun || ctx.unit_at.get(i).copied().flatten().is_some() {
                continue;
            }
            let Some(entity) = antecedent(ctx, si, i) else {
                continue;
            };
            let Some(w) = ctx.word(i) else { continue };
            let arg = (w.start, w.end);
            ctx.add_unit(Unit {
                first: i,
                end: i + 1,
                entity,
                kind: UnitKind::Pronoun,
                factor: score::PRONOUN,
                arg,
                ner: 1.0,
            });
        }
    }
}

/// Nouns that `the two` or `both` make stand for the two countries named last.
const COUNTRY_PLURALS: &[&str] = &[
    "countries",
    "nations",
    "governments",
    "states",
    "neighbours",
];

/// `the two countries`, `both governments`: the two countries named last before the noun, in its
/// sentence or the two before it, each a [`UnitKind::Pair`] unit at the noun (recorded in
/// [`Ctx::pairs`], not in `unit_at`).
pub(crate) fn add_pairs(ctx: &mut Ctx) {
    for si in 0..ctx.sentences.len() {
        let sent = ctx.sentences[si].clone();
        for t in sent.clone() {
            if !COUNTRY_PLURALS.contains(&ctx.lower(t)) || t < sent.start + 1 {
                continue;
            }
            let two = ctx.lower(t - 1) == "two" && t >= sent.start + 2 && ctx.lower(t - 2) == "the";
            let both = ctx.lower(t - 1) == "both";
            if !two && !both {
                continue;
            }
            let from = ctx.sentences[si.saturating_sub(2)].start;
            let mut named: Vec<(EntityId, f32)> = Vec::new();
            for k in (from..t).rev() {
                let Some(m) = ctx.mention_at.get(k).copied().flatten() else {
                    continue;
                };
                let Some(e) = ctx.entity_of(m).filter(|&e| ctx.is_country(e)) else {
                    continue;
                };
                if !named.iter().any(|x| x.0 == e) {
                    named.push((e, ctx.mention(m).score));
                }
                if named.len() == 2 {
                    break;
                }
            }
            let [(a, na), (b, nb)] = named[..] else {
                continue;
            };
            let start = if two { t - 2 } else { t - 1 };
            let Some(arg) = ctx.token_bytes(start, t + 1) else {
                continue;
            };
            let mut ids = [0usize; 2];
            for (k, (e, ner)) in [(b, nb), (a, na)].into_iter().enumerate() {
                ids[k] = ctx.units.len();
                ctx.units.push(Unit {
                    first: t,
                    end: t + 1,
                    entity: e,
                    kind: UnitKind::Pair,
                    factor: score::PRONOUN,
                    arg,
                    ner,
                });
            }
            ctx.pairs.insert(t, ids);
        }
    }
}

fn antecedent(ctx: &Ctx, si: usize, i: usize) -> Option<EntityId> {
    let sent = ctx.sentences.get(si)?;
    let people_in = |a: usize, b: usize| -> Vec<EntityId> {
        let mut seen: Vec<EntityId> = Vec::new();
        let mut units: Vec<&Unit> = ctx
            .units
            .iter()
            .filter(|u| u.first >= a && u.end <= b)
            .collect();
        units.sort_by_key(|u| u.first);
        for u in units {
            let person = matches!(
                u.kind,
                UnitKind::Name | UnitKind::Role | UnitKind::Title | UnitKind::Pronoun
            ) && ctx.kind(u.entity) == Some(EntityKind::Person);
            if person && !seen.contains(&u.entity) {
                seen.push(u.entity);
            }
        }
        seen
    };
    // the first person named before it in the sentence, usually its subject (`Zhirinovsky
    // told Saddam before he left Baghdad`; on dev over the latest one: +1 right relation, one
    // wrong fewer)
    if let Some(&first) = people_in(sent.start, i).first() {
        return Some(first);
    }
    for back in 1..=2 {
        let prev = ctx.sentences.get(si.checked_sub(back)?)?;
        let people = people_in(prev.start, prev.end);
        if let Some(first) = people.first() {
            return Some(*first);
        }
    }
    None
}
