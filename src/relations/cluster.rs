//! Mentions → entities: exact names, surnames, acronyms, longer names ending in a shorter one,
//! and demonyms joining their country.

use std::collections::{HashMap, HashSet};

use super::context::EntityId;
use super::lexicon::Lexicon;
use crate::document::{Entity, Mention};
use crate::kind::EntityKind;

/// Courtesy titles stripped from the front of person names.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "prof", "sir", "lord", "lady", "pope", "rev", "col",
    "lt", "adm", "gov", "rep", "pres", "amb",
];
/// Words skipped when making acronyms.
const ACRONYM_SKIP: &[&str] = &["the", "and", "&", "a", "an"];
/// Company suffixes: `Vostok Mining Corp.` is also `Vostok Mining` and `Vostok`.
const COMPANY_SUFFIXES: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "co",
    "company",
    "ltd",
    "limited",
    "plc",
    "group",
    "holdings",
    "holding",
    "llc",
    "ag",
    "sa",
    "nv",
    "bv",
    "spa",
    "gmbh",
    "lp",
    "cos",
];

/// Entities and, for each mention, the id of the entity it belongs to.
#[derive(Debug, Clone, Default)]
pub(crate) struct Clusters {
    pub entities: Vec<Entity>,
    pub entity_of: Vec<Option<EntityId>>,
}

/// How one mention names its entity.
#[derive(Debug, Clone)]
struct Name {
    /// Display form: titles, `the` and `'s` stripped.
    display: String,
    /// Words of the display form.
    words: Vec<String>,
    /// Lower case, dots removed: the exact-match key.
    key: String,
    /// The mention is a demonym standing for this country.
    demonym: bool,
    person: bool,
    /// The name ends in a company suffix; `core` is the words before it.
    company: bool,
    /// Words without a company suffix and a trailing `&`/`and`.
    core: Vec<String>,
    /// Written in capitals only (a headline's or dateline's casing).
    capitals: bool,
}

/// Clusters `mentions` into entities (ids are indices in the returned Vec, ordered by first mention).
/// Acronym aliases are only given when they occur in `text` as a word.
pub(crate) fn cluster(text: &str, mentions: &[Mention], lex: &Lexicon) -> Clusters {
    let mut names: Vec<Option<Name>> = mentions.iter().map(|m| name_of(m, lex)).collect();
    // dev precision 0.784 -> 0.795 (recall +1), check 0.727 -> 0.732, training 0.690 -> 0.697
    join_country_adjectives(text, mentions, lex, &mut names);
    let mut uf = UnionFind::new(mentions.len());
    merge_exact(&names, &mut uf);
    let longs = Longs::index(&names, mentions);
    merge_contained(&names, mentions, &longs, &mut uf);
    merge_company(&names, mentions, lex, &longs, &mut uf);
    // clusters F1 on dev 0.971 -> 0.973, training set 0.960 -> 0.965, check set 0.971 -> 0.975
    merge_person_part(&names, &longs, &mut uf);
    build(text, mentions, &names, &mut uf)
}

/// `German Foreign Ministry`, `Russian Duma`: a country's adjective written right before an
/// organisation's name in title case (not an acronym) is part of that name; the adjective's
/// mention then names no entity of its own.
fn join_country_adjectives(
    text: &str,
    mentions: &[Mention],
    lex: &Lexicon,
    names: &mut [Option<Name>],
) {
    for i in 1..mentions.len() {
        let (adj, org) = (&mentions[i - 1], &mentions[i]);
        let joined_by_space = text.get(adj.end..org.start) == Some(" ");
        let country = names[i - 1].as_ref().is_some_and(|n| n.demonym)
            && lex
                .demonym(adj.text.trim())
                .is_some_and(|c| lex.is_country(c));
        let title_case = org.text.split_whitespace().all(|w| {
            let mut cs = w.chars();
            matches!(w, "of" | "and" | "for" | "the")
                || (cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase))
        });
        if org.kind != EntityKind::Organization || !joined_by_space || !country || !title_case {
            continue;
        }
        let Some(n) = names[i].as_mut() else {
            continue;
        };
        n.display = format!("{} {}", adj.text.trim(), n.display);
        n.words.insert(0, adj.text.trim().to_string());
        n.key = key_of(&n.display);
        if !n.company {
            n.core = n.words.clone();
        }
        names[i - 1] = None;
    }
}

/// Lower-case words joined by spaces: the key of the indexes below (`eq_ignore_ascii_case`
/// on words is equality of these keys).
fn joined(words: &[String]) -> String {
    words
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The distinct names of a document, indexed for the merges, so that clustering takes time in
/// proportion to the mentions, not their square. A name stands for every mention with the same
/// words, kind and flags: those were merged by [`merge_exact`] already, so they share a root.
struct Longs {
    /// Joined suffix of `k < len` words → names ending in it.
    suffix: HashMap<String, Vec<usize>>,
    /// Acronym → names it may abbreviate.
    acronym: HashMap<String, Vec<usize>>,
    /// Joined leading words of a company's core → company names starting so.
    leading: HashMap<String, Vec<usize>>,
    /// A word of a person's name other than the last → person names holding it.
    parts: HashMap<String, Vec<usize>>,
}

impl Longs {
    fn index(names: &[Option<Name>], mentions: &[Mention]) -> Longs {
        let mut seen: HashSet<(String, String, EntityKind, bool, bool)> = HashSet::new();
        let mut reps = Vec::new();
        for (j, n) in names.iter().enumerate() {
            let Some(n) = n else { continue };
            let id = (
                joined(&n.words),
                joined(&n.core),
                mentions[j].kind,
                n.person,
                n.demonym,
            );
            if seen.insert(id) {
                reps.push(j);
            }
        }
        let (mut suffix, mut acronym, mut leading) =
            (HashMap::new(), HashMap::new(), HashMap::new());
        let mut parts = HashMap::new();
        for &j in &reps {
            let Some(n) = &names[j] else { continue };
            for k in 1..n.words.len() {
                suffix
                    .entry(joined(&n.words[n.words.len() - k..]))
                    .or_insert_with(Vec::new)
                    .push(j);
            }
            for a in acronyms(&n.words) {
                acronym.entry(a).or_insert_with(Vec::new).push(j);
            }
            if n.company && !n.person {
                for k in 1..=n.core.len().min(n.words.len() - 1) {
                    leading
                        .entry(joined(&n.core[..k]))
                        .or_insert_with(Vec::new)
                        .push(j);
                }
            }
            if n.person && n.words.len() > 1 {
                for w in &n.words[..n.words.len() - 1] {
                    parts
                        .entry(w.to_lowercase())
                        .or_insert_with(Vec::new)
                        .push(j);
                }
            }
        }
        Longs {
            suffix,
            acronym,
            leading,
            parts,
        }
    }

    /// Names that may be longer forms of `short`: ending in its words, or abbreviated by it.
    fn for_short(&self, short: &Name) -> impl Iterator<Item = usize> + '_ {
        let by_suffix = self.suffix.get(&joined(&short.words)).into_iter().flatten();
        let by_acronym = acronym_letters(&short.display)
            .filter(|_| short.words.len() == 1)
            .and_then(|a| self.acronym.get(&a))
            .into_iter()
            .flatten();
        by_suffix.chain(by_acronym).copied()
    }
}

/// Short forms of company names: `Vostok` and `Vostok Mining` join `Vostok Mining Corp.`
/// (leading words of a name ending in a company suffix), whatever the NER typed them, when one
/// company alone has those leading words.
fn merge_company(
    names: &[Option<Name>],
    mentions: &[Mention],
    lex: &Lexicon,
    longs: &Longs,
    uf: &mut UnionFind,
) {
    for i in 0..names.len() {
        let Some(short) = &names[i] else { continue };
        if short.person
            || short.demonym
            || mentions[i].kind == EntityKind::Person
            || lex.is_country(&short.display)
        {
            continue;
        }
        let mut roots: Vec<usize> = Vec::new();
        for &j in longs
            .leading
            .get(&joined(&short.words))
            .into_iter()
            .flatten()
        {
            let Some(long) = &names[j] else { continue };
            let leading = long.company
                && !long.person
                && short.words.len() <= long.core.len()
                && short.words.len() < long.words.len()
                && long
                    .core
                    .iter()
                    .zip(&short.words)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b));
            if leading {
                let r = uf.find(j);
                if !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        if let [only] = roots.as_slice() {
            uf.union(i, *only);
        }
    }
}

/// Roots of the clusters holding a name of more than one word.
fn roots_with_long_names(names: &[Option<Name>], uf: &mut UnionFind) -> HashSet<usize> {
    let mut out = HashSet::new();
    for (j, n) in names.iter().enumerate() {
        if n.as_ref().is_some_and(|n| n.words.len() > 1) {
            out.insert(uf.find(j));
        }
    }
    out
}

/// The one root among `candidates` (`None` when there are none or several).
fn only_root(candidates: impl Iterator<Item = usize>, uf: &mut UnionFind) -> Option<usize> {
    let mut roots: Vec<usize> = Vec::new();
    for j in candidates {
        let r = uf.find(j);
        if !roots.contains(&r) {
            roots.push(r);
        }
    }
    match roots.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// A one-word person name no longer name ends in joins the one person whose name holds it
/// elsewhere (`Chelsea` with `Chelsea Clinton`, `Vega` with `Julio Cesar Vega Rojas`).
fn merge_person_part(names: &[Option<Name>], longs: &Longs, uf: &mut UnionFind) {
    let long_roots = roots_with_long_names(names, uf);
    for (i, name) in names.iter().enumerate() {
        let Some(short) = name else { continue };
        if !short.person || short.words.len() != 1 || long_roots.contains(&uf.find(i)) {
            continue;
        }
        let candidates = longs
            .parts
            .get(&short.words[0].to_lowercase())
            .into_iter()
            .flatten()
            .copied();
        if let Some(root) = only_root(candidates, uf) {
            uf.union(i, root);
        }
    }
}

fn name_of(m: &Mention, lex: &Lexicon) -> Option<Name> {
    let person = m.kind == EntityKind::Person;
    // `NATO-led`, `pro-Moscow`: the name inside the modifier
    let text = super::units::strip_affix(&m.text);
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    if let Some(last) = words.last_mut() {
        for clitic in ["'s", "’s"] {
            if last.len() > clitic.len() && last.ends_with(clitic) {
                last.truncate(last.len() - clitic.len());
            }
        }
    }
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) && words.len() > 1 {
        words.remove(0);
    }
    if person {
        strip_titles(&mut words, lex);
    }
    if words.is_empty() {
        return None;
    }
    let mut display = words.join(" ");
    let demonym = words.len() == 1 && !person && lex.demonym(&display).is_some();
    if demonym {
        display = lex.demonym(&words[0]).unwrap_or(&display).to_string();
        words = display.split_whitespace().map(str::to_string).collect();
    }
    let key = key_of(&display);
    let mut core = words.clone();
    let company = !person
        && core.len() >= 2
        && core.last().is_some_and(|w| {
            COMPANY_SUFFIXES.contains(&w.trim_end_matches(['.', ',']).to_lowercase().as_str())
        });
    if company {
        core.pop();
        while core
            .last()
            .is_some_and(|w| matches!(w.to_lowercase().trim_end_matches(','), "&" | "and"))
        {
            core.pop();
        }
        if let Some(last) = core.last_mut() {
            *last = last.trim_end_matches(',').to_string();
        }
    }
    let company = company && !core.is_empty();
    let letters: Vec<char> = display.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() > 1
        && letters.iter().all(|c| c.is_uppercase())
        && acronym_letters(&display).is_none();
    Some(Name {
        display,
        words,
        key,
        demonym,
        person,
        company,
        core,
        capitals,
    })
}

/// Drops a leading title (`Foreign Minister`, `Secretary of State`, `Mr.`) from a person's name.
fn strip_titles(words: &mut Vec<String>, lex: &Lexicon) {
    let n = words.len();
    let is_title = |w: &str| {
        let l = w.trim_end_matches('.').to_lowercase();
        HONORIFICS.contains(&l.as_str()) || lex.is_title_word(&l)
    };
    if let Some(k) = (0..n.saturating_sub(1))
        .rev()
        .find(|&k| is_title(&words[k]))
    {
        words.drain(..=k);
    }
}

/// Exact-match key: lower case, dots and `'s` removed, single spaces.
pub(crate) fn key_of(name: &str) -> String {
    name.to_lowercase()
        .replace(['.', '’'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters of an acronym (`U.S.` → `US`, `PfP` → `PFP`), when `name` looks like one.
fn acronym_letters(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|c| *c != '.' && *c != '&').collect();
    let n = letters.chars().count();
    let upper = letters.chars().filter(|c| c.is_uppercase()).count();
    let ok = (2..=8).contains(&n)
        && letters.chars().all(char::is_alphabetic)
        && upper >= 2
        && upper + 1 >= n;
    ok.then(|| letters.to_uppercase())
}

/// Acronyms a multi-word name may go by: initials of all words but `the`/`and`, and of the
/// capitalised words only (`Status of Forces Agreement` → `SOFA`, `SFA`).
pub(crate) fn acronyms(words: &[String]) -> Vec<String> {
    let parts: Vec<&str> = words
        .iter()
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
        .collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    let all: String = parts
        .iter()
        .filter(|w| !ACRONYM_SKIP.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let caps: String = parts
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let mut out = vec![all];
    if !out.contains(&caps) {
        out.push(caps);
    }
    out.retain(|a| a.chars().count() >= 2);
    out
}

/// Merges mentions with the same key, and a company's name with its core written alone
/// (`Telluride Gold Co` with `Telluride Gold`). Labels are not compared: the NER model
/// sometimes labels one mention of a name differently from the others.
fn merge_exact(names: &[Option<Name>], uf: &mut UnionFind) {
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        if let Some(n) = n {
            match by_key.get(n.key.as_str()) {
                Some(&first) => uf.union(i, first),
                None => {
                    by_key.insert(&n.key, i);
                }
            }
        }
    }
    // A company's core against names that are not companies (those with the core's key).
    let plain: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            n.as_ref()
                .filter(|n| !n.company)
                .map(|n| (n.key.as_str(), i))
        })
        .collect();
    for (i, n) in names.iter().enumerate() {
        if let Some(n) = n.as_ref().filter(|n| n.company) {
            if let Some(&j) = plain.get(key_of(&n.core.join(" ")).as_str()) {
                uf.union(i, j);
            }
        }
    }
}

/// Whether `short` may be another name for `long`: surname, acronym, or a name `long` ends in.
fn names_same(short: &Name, short_kind: EntityKind, long: &Name, long_kind: EntityKind) -> bool {
    if short.words.len() >= long.words.len() || short.person != long.person {
        return false;
    }
    let suffix = long.words.len() >= short.words.len()
        && long.words[long.words.len() - short.words.len()..]
            .iter()
            .zip(&short.words)
            .all(|(a, b)| a.eq_ignore_ascii_case(b));
    if short.person {
        return suffix;
    }
    if let Some(letters) = acronym_letters(&short.display) {
        if short.words.len() == 1 {
            return acronyms(&long.words).contains(&letters);
        }
    }
    suffix && short_kind == long_kind && !short.demonym && !long.demonym
}

/// Merges each shorter name into the one longer name it abbreviates or ends, when unambiguous.
fn merge_contained(
    names: &[Option<Name>],
    mentions: &[Mention],
    longs: &Longs,
    uf: &mut UnionFind,
) {
    for i in 0..names.len() {
        let Some(short) = &names[i] else { continue };
        let mut roots: Vec<usize> = Vec::new();
        for j in longs.for_short(short) {
            let Some(long) = &names[j] else { continue };
            if names_same(short, mentions[i].kind, long, mentions[j].kind) {
                let r = uf.find(j);
                if !roots.contains(&r) {
                    roots.push(r);
                }
            }
        }
        if let [only] = roots.as_slice() {
            uf.union(i, *only);
        }
    }
}

fn build(text: &str, mentions: &[Mention], names: &[Option<Name>], uf: &mut UnionFind) -> Clusters {
    let mut root_to_entity: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut entity_of = vec![None; mentions.len()];
    for i in 0..mentions.len() {
        if names[i].is_none() {
            continue;
        }
        let r = uf.find(i);
        let id = *root_to_entity[r].get_or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        if let Some(list) = members.get_mut(id) {
            list.push(i);
        }
        entity_of[i] = Some(EntityId(id));
    }
    let words = CapitalWords::new(text);
    let entities = members
        .into_iter()
        .enumerate()
        .map(|(id, ms)| entity(&words, id, ms, mentions, names))
        .collect();
    Clusters {
        entities,
        entity_of,
    }
}

fn entity(
    words: &CapitalWords,
    id: usize,
    ms: Vec<usize>,
    mentions: &[Mention],
    names: &[Option<Name>],
) -> Entity {
    let named: Vec<(&Mention, &Name)> = ms
        .iter()
        .filter_map(|&i| Some((mentions.get(i)?, names.get(i)?.as_ref()?)))
        .collect();
    let proper: Vec<&(&Mention, &Name)> = named.iter().filter(|(_, n)| !n.demonym).collect();
    let mut pick = if proper.is_empty() {
        named.iter().collect::<Vec<_>>()
    } else {
        proper.clone()
    };
    let kind = cluster_kind(&proper).unwrap_or(EntityKind::Location);
    let label = label_of(&named, kind);
    // The display name is a properly cased form when there is one (not a headline's capitals).
    if pick.iter().any(|(_, n)| !n.capitals) {
        pick.retain(|(_, n)| !n.capitals);
    }
    let best = canonical(&pick, kind == EntityKind::Person);
    let name = best.map(|(_, n)| n.display.clone()).unwrap_or_default();
    let mut aliases: Vec<String> = Vec::new();
    let add = |aliases: &mut Vec<String>, a: &str| {
        if !a.is_empty() && a != name && !aliases.iter().any(|x| x == a) {
            aliases.push(a.to_string());
        }
    };
    for (m, n) in &named {
        add(
            &mut aliases,
            if n.demonym { m.text.trim() } else { &n.display },
        );
    }
    if matches!(kind, EntityKind::Organization | EntityKind::Misc) {
        for a in pick.iter().filter_map(|(_, n)| generated_acronym(n)) {
            let known = a == name
                || aliases
                    .iter()
                    .any(|x| acronym_letters(x).as_deref() == Some(a.as_str()));
            if !known && words.contains(&a) {
                add(&mut aliases, &a);
            }
        }
    }
    Entity {
        id,
        name,
        label,
        kind,
        aliases,
        mentions: ms,
    }
}

/// The canonical name: a person's longest name; for other things the most frequent name of two
/// words or more (`Status of Forces Agreement` over a rarer longer form), then the longest, then
/// a cased one.
fn canonical<'a>(
    pick: &[&'a (&'a Mention, &'a Name)],
    person: bool,
) -> Option<&'a (&'a Mention, &'a Name)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, n) in pick {
        *counts.entry(n.display.as_str()).or_default() += 1;
    }
    let count = |d: &str| counts.get(d).copied().unwrap_or(0);
    let rank = |(_, n): &(&Mention, &Name)| {
        let multi = n.words.len() >= 2 && !person;
        let frequency = if multi { count(&n.display) } else { 0 };
        // at equal length a cased form over capitals (`Rome` over a dateline's `ROME`, which
        // reads like an acronym)
        let cased = n.display.chars().any(char::is_lowercase);
        (frequency, n.display.chars().count(), cased)
    };
    let mut best: Option<&(&Mention, &Name)> = None;
    for &x in pick {
        if best.is_none_or(|b| rank(x) > rank(b)) {
            best = Some(x);
        }
    }
    best
}

/// An acronym alias for a name of three words or more (`Status of Forces Agreement` → `SOFA`).
fn generated_acronym(n: &Name) -> Option<String> {
    let parts = n
        .words
        .iter()
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
        .count();
    let caps = n
        .words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if parts < 3 || caps < 2 || n.demonym {
        return None;
    }
    acronyms(&n.words)
        .into_iter()
        .next()
        .filter(|a| (2..=5).contains(&a.chars().count()))
}

/// The words of a text written in capitals (runs of alphanumeric characters between others),
/// read once: whether a generated acronym occurs in the text as a word.
struct CapitalWords<'t>(HashSet<&'t str>);

impl<'t> CapitalWords<'t> {
    fn new(text: &'t str) -> Self {
        let capital = |w: &&str| {
            !w.is_empty() && w.chars().count() <= 8 && w.chars().all(|c| c.is_uppercase())
        };
        CapitalWords(
            text.split(|c: char| !c.is_alphanumeric())
                .filter(capital)
                .collect(),
        )
    }

    fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

/// A cluster's type, decided over all its mentions: the type of its longest names (a cluster
/// holding an organisation's full name is an organisation), the majority among them.
fn cluster_kind(named: &[&(&Mention, &Name)]) -> Option<EntityKind> {
    let longest = named.iter().map(|(_, n)| n.words.len()).max()?;
    let company = named
        .iter()
        .any(|(m, n)| n.company && m.kind != EntityKind::Person);
    if company {
        return Some(EntityKind::Organization);
    }
    if longest >= 2 {
        let long: Vec<EntityKind> = named
            .iter()
            .filter(|(_, n)| n.words.len() == longest)
            .map(|(m, _)| m.kind)
            .collect();
        return majority(&long);
    }
    majority(&named.iter().map(|(m, _)| m.kind).collect::<Vec<_>>())
}

/// The most frequent item, the first seen among equals.
fn majority<T: PartialEq + Copy>(items: &[T]) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for &x in items {
        match counts.iter_mut().find(|(l, _)| *l == x) {
            Some(c) => c.1 += 1,
            None => counts.push((x, 1)),
        }
    }
    let max = counts.iter().map(|c| c.1).max()?;
    counts.iter().find(|c| c.1 == max).map(|c| c.0)
}

/// An entity's label: the model's label of its kind that its mentions carry most, else the
/// kind's CoNLL label (a cluster typed by a company name its mentions never labelled `ORG`).
fn label_of(named: &[(&Mention, &Name)], kind: EntityKind) -> String {
    let labels: Vec<&str> = named
        .iter()
        .filter(|(m, _)| m.kind == kind)
        .map(|(m, _)| m.label.as_str())
        .collect();
    majority(&labels).unwrap_or(kind.conll_label()).to_string()
}

/// Plain union-find over mention indices.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while let Some(&p) = self.0.get(x) {
            if p == x {
                break;
            }
            let gp = self.0.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.0.get_mut(x) {
                *slot = gp;
            }
            x = p;
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        // Keep the earlier mention as root so entities are ordered by first mention.
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        if let Some(slot) = self.0.get_mut(hi) {
            *slot = lo;
        }
    }
}
