//! Mentions → entities: exact names, surnames, acronyms, longer names ending in a shorter one,
//! and demonyms joining their country.

use super::lexicon::Lexicon;
use crate::document::{Entity, Mention};

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
    pub entity_of: Vec<Option<usize>>,
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
    let names: Vec<Option<Name>> = mentions.iter().map(|m| name_of(m, lex)).collect();
    let mut uf = UnionFind::new(mentions.len());
    merge_exact(&names, &mut uf);
    merge_contained(&names, mentions, &mut uf);
    merge_company(&names, mentions, lex, &mut uf);
    build(text, mentions, &names, &mut uf)
}

/// Short forms of company names: `Vostok` and `Vostok Mining` join `Vostok Mining Corp.`
/// (leading words of a name ending in a company suffix), whatever the NER typed them, when one
/// company alone has those leading words.
fn merge_company(names: &[Option<Name>], mentions: &[Mention], lex: &Lexicon, uf: &mut UnionFind) {
    for i in 0..names.len() {
        let Some(short) = &names[i] else { continue };
        if short.person
            || short.demonym
            || mentions[i].label == "PER"
            || lex.is_country(&short.display)
        {
            continue;
        }
        let mut roots: Vec<usize> = Vec::new();
        for (j, long) in names.iter().enumerate() {
            let Some(long) = long else { continue };
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

fn name_of(m: &Mention, lex: &Lexicon) -> Option<Name> {
    let person = m.label == "PER";
    let mut words: Vec<String> = m.text.split_whitespace().map(str::to_string).collect();
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

fn merge_exact(names: &[Option<Name>], uf: &mut UnionFind) {
    for i in 0..names.len() {
        for j in 0..i {
            if let (Some(a), Some(b)) = (&names[i], &names[j]) {
                // Labels are not compared: the NER model sometimes labels one mention of a
                // name differently from the others.
                let core_same = |x: &Name, y: &Name| {
                    x.company && !y.company && key_of(&x.core.join(" ")) == y.key
                };
                if a.key == b.key || core_same(a, b) || core_same(b, a) {
                    uf.union(i, j);
                }
            }
        }
    }
}

/// Whether `short` may be another name for `long`: surname, acronym, or a name `long` ends in.
fn names_same(short: &Name, short_label: &str, long: &Name, long_label: &str) -> bool {
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
    suffix && short_label == long_label && !short.demonym && !long.demonym
}

/// Merges each shorter name into the one longer name it abbreviates or ends, when unambiguous.
fn merge_contained(names: &[Option<Name>], mentions: &[Mention], uf: &mut UnionFind) {
    for i in 0..names.len() {
        let Some(short) = &names[i] else { continue };
        let mut roots: Vec<usize> = Vec::new();
        for (j, long) in names.iter().enumerate() {
            let Some(long) = long else { continue };
            if names_same(short, &mentions[i].label, long, &mentions[j].label) {
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
        entity_of[i] = Some(id);
    }
    let entities = members
        .into_iter()
        .enumerate()
        .map(|(id, ms)| entity(text, id, ms, mentions, names))
        .collect();
    Clusters {
        entities,
        entity_of,
    }
}

fn entity(
    text: &str,
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
    let label = cluster_label(&proper).unwrap_or_else(|| "LOC".to_string());
    // The display name is a properly cased form when there is one (not a headline's capitals).
    if pick.iter().any(|(_, n)| !n.capitals) {
        pick.retain(|(_, n)| !n.capitals);
    }
    let best = canonical(&pick, label == "PER");
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
    if matches!(label.as_str(), "ORG" | "MISC") {
        for a in pick.iter().filter_map(|(_, n)| generated_acronym(n)) {
            let known = a == name
                || aliases
                    .iter()
                    .any(|x| acronym_letters(x).as_deref() == Some(a.as_str()));
            if !known && occurs_as_word(text, &a) {
                add(&mut aliases, &a);
            }
        }
    }
    Entity {
        id,
        name,
        label,
        aliases,
        mentions: ms,
    }
}

/// The canonical name: a person's longest name; for other things the most frequent name of two
/// words or more (`Status of Forces Agreement` over a rarer longer form), then the longest.
fn canonical<'a>(
    pick: &[&'a (&'a Mention, &'a Name)],
    person: bool,
) -> Option<&'a (&'a Mention, &'a Name)> {
    let count = |d: &str| pick.iter().filter(|(_, n)| n.display == d).count();
    let rank = |(_, n): &(&Mention, &Name)| {
        let multi = n.words.len() >= 2 && !person;
        let frequency = if multi { count(&n.display) } else { 0 };
        (frequency, n.display.chars().count())
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

/// Whether `word` occurs in `text` between non-alphanumeric characters.
fn occurs_as_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = text[i + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// A cluster's type, decided over all its mentions: the type of its longest names (a cluster
/// holding an organisation's full name is an organisation), the majority among them.
fn cluster_label(named: &[&(&Mention, &Name)]) -> Option<String> {
    let longest = named.iter().map(|(_, n)| n.words.len()).max()?;
    let company = named.iter().any(|(m, n)| n.company && m.label != "PER");
    if company {
        return Some("ORG".to_string());
    }
    let long: Vec<&(&Mention, &Name)> = named
        .iter()
        .copied()
        .filter(|(_, n)| n.words.len() == longest)
        .collect();
    if longest >= 2 {
        return majority_label(&long);
    }
    majority_label(named)
}

fn majority_label(named: &[&(&Mention, &Name)]) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (m, _) in named {
        match counts.iter_mut().find(|(l, _)| *l == m.label) {
            Some(c) => c.1 += 1,
            None => counts.push((&m.label, 1)),
        }
    }
    let max = counts.iter().map(|c| c.1).max()?;
    counts.iter().find(|c| c.1 == max).map(|c| c.0.to_string())
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
