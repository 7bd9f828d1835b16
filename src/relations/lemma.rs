//! Verb lemmas: an irregular-verb table, then suffix rules checked against known lemmas.

use super::lexicon::Lexicon;

/// Irregular forms → lemma (past, participle and present forms that suffix rules miss).
const IRREGULAR: &[(&str, &str)] = &[
    ("am", "be"),
    ("is", "be"),
    ("are", "be"),
    ("was", "be"),
    ("were", "be"),
    ("been", "be"),
    ("being", "be"),
    ("'s", "be"),
    ("'re", "be"),
    ("'m", "be"),
    ("has", "have"),
    ("had", "have"),
    ("having", "have"),
    ("'ve", "have"),
    ("'d", "have"),
    ("does", "do"),
    ("did", "do"),
    ("done", "do"),
    ("said", "say"),
    ("says", "say"),
    ("told", "tell"),
    ("met", "meet"),
    ("held", "hold"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("goes", "go"),
    ("came", "come"),
    ("saw", "see"),
    ("seen", "see"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("wrote", "write"),
    ("written", "write"),
    ("began", "begin"),
    ("begun", "begin"),
    ("brought", "bring"),
    ("bought", "buy"),
    ("thought", "think"),
    ("sought", "seek"),
    ("fought", "fight"),
    ("left", "leave"),
    ("led", "lead"),
    ("won", "win"),
    ("lost", "lose"),
    ("sent", "send"),
    ("spent", "spend"),
    ("built", "build"),
    ("kept", "keep"),
    ("felt", "feel"),
    ("meant", "mean"),
    ("ran", "run"),
    ("became", "become"),
    ("beat", "beat"),
    ("beaten", "beat"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("knew", "know"),
    ("known", "know"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("struck", "strike"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("understood", "understand"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("undertook", "undertake"),
    ("undertaken", "undertake"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("stood", "stand"),
    ("sold", "sell"),
    ("found", "find"),
    ("got", "get"),
    ("gotten", "get"),
    ("heard", "hear"),
    ("paid", "pay"),
    ("laid", "lay"),
    ("lay", "lie"),
    ("shot", "shoot"),
    ("hung", "hang"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("born", "bear"),
    ("overtook", "overtake"),
    ("upheld", "uphold"),
    ("withheld", "withhold"),
    ("sat", "sit"),
    ("slew", "slay"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("spread", "spread"),
    ("set", "set"),
    ("put", "put"),
    ("cut", "cut"),
    ("hit", "hit"),
    ("let", "let"),
    ("quit", "quit"),
    ("read", "read"),
    ("hurt", "hurt"),
    ("cost", "cost"),
    ("broke", "break"),
    ("broken", "break"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("woke", "wake"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("bit", "bite"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("rode", "ride"),
    ("ridden", "ride"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("taught", "teach"),
    ("caught", "catch"),
    ("dealt", "deal"),
    ("fed", "feed"),
    ("fled", "flee"),
    ("slid", "slide"),
    ("stuck", "stick"),
    ("swept", "sweep"),
    ("wept", "weep"),
    ("slept", "sleep"),
    ("lent", "lend"),
    ("bent", "bend"),
    ("meets", "meet"),
    ("criticises", "criticise"),
];

/// Lemma of a verb form (lower-cased): `signed` → `sign`, `told` → `tell`, `criticizes` →
/// `criticize`. Unknown words fall back to suffix rules; lemmas in `lex` are preferred.
pub(crate) fn verb_lemma(word: &str, lex: &Lexicon) -> String {
    let w = word.to_lowercase().replace('’', "'");
    if let Some((_, l)) = IRREGULAR.iter().find(|(f, _)| *f == w) {
        return (*l).to_string();
    }
    if lex.knows_verb(&w) {
        return w;
    }
    let candidates = suffix_candidates(&w);
    if let Some(c) = candidates.iter().find(|c| lex.knows_verb(c)) {
        return c.clone();
    }
    candidates.into_iter().next().unwrap_or(w)
}

/// Candidate lemmas for a regular form, best guess first.
fn suffix_candidates(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(stem) = w.strip_suffix("ied").or_else(|| w.strip_suffix("ies")) {
        if !stem.is_empty() {
            out.push(format!("{stem}y"));
        }
    }
    for suffix in ["ed", "ing"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.chars().count() >= 2 {
                push_stems(stem, &mut out);
            }
        }
    }
    if let Some(stem) = w.strip_suffix("es") {
        if ["ss", "sh", "ch", "x", "zz", "o"]
            .iter()
            .any(|e| stem.ends_with(e))
        {
            out.push(stem.to_string());
        }
    }
    if let Some(stem) = w.strip_suffix('s') {
        if !stem.ends_with('s') && stem.len() >= 2 {
            out.push(stem.to_string());
        }
    }
    out
}

/// Stems for `stem` (a form minus `ed`/`ing`): undoubled consonant, with or without final `e`.
fn push_stems(stem: &str, out: &mut Vec<String>) {
    let b = stem.as_bytes();
    let n = b.len();
    let doubled = n >= 3
        && b[n - 1].is_ascii_alphabetic()
        && b[n - 1] == b[n - 2]
        && !b"aeiouwlsyz".contains(&b[n - 1]);
    if doubled {
        out.push(stem[..n - 1].to_string());
    }
    if needs_e(stem) {
        out.push(format!("{stem}e"));
        out.push(stem.to_string());
    } else {
        out.push(stem.to_string());
        out.push(format!("{stem}e"));
    }
}

/// Heuristic: whether a stem most likely lost a final `e` (`criticiz`, `negotiat`, `prais`).
fn needs_e(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 {
        return false;
    }
    let vowel = |c: u8| b"aeiou".contains(&c);
    let (prev, last) = (b[n - 2], b[n - 1]);
    if matches!(last, b'v' | b'c' | b'u') || stem.ends_with("iz") || stem.ends_with("yz") {
        return true;
    }
    if matches!(last, b'g') && matches!(prev, b'r' | b'd' | b'n') && !stem.ends_with("ing") {
        return !stem.ends_with("ong") && !stem.ends_with("ign");
    }
    if last == b'l' && !vowel(prev) && prev != b'l' && prev != b'r' {
        return true;
    }
    // consonant–vowel–consonant with a single vowel: `negotiat`, `declar`, `vot`, `decid`.
    let single_vowel = vowel(prev) && (n < 3 || !vowel(b[n - 3]));
    single_vowel
        && matches!(last, b'd' | b'k' | b'm' | b'n' | b'p' | b'r' | b's' | b't')
        && !stem.ends_with("it")
        && !stem.ends_with("en")
        && !stem.ends_with("er")
        && !stem.ends_with("op")
        && !stem.ends_with("on")
        && !stem.ends_with("el")
}

/// Past-tense form of a lemma for display (`sign` → `signed`, `tell` → `told`).
pub(crate) fn past(lemma: &str) -> String {
    if let Some((f, _)) = IRREGULAR
        .iter()
        .find(|(f, l)| *l == lemma && !f.ends_with('s') && !f.starts_with('\''))
    {
        return (*f).to_string();
    }
    if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ied")
    } else {
        format!("{lemma}ed")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas() {
        let lex = Lexicon::builtin();
        for (form, lemma) in [
            ("signed", "sign"),
            ("told", "tell"),
            ("criticized", "criticize"),
            ("criticizes", "criticize"),
            ("praising", "praise"),
            ("negotiated", "negotiate"),
            ("visited", "visit"),
            ("met", "meet"),
            ("rejects", "reject"),
            ("stopped", "stop"),
            ("declared", "declare"),
            ("called", "call"),
            ("denied", "deny"),
            ("condemning", "condemn"),
            ("was", "be"),
            ("Urged", "urge"),
            ("signing", "sign"),
            ("worked", "work"),
            ("explained", "explain"),
            ("voted", "vote"),
        ] {
            assert_eq!(verb_lemma(form, lex), lemma, "{form}");
        }
        assert_eq!(past("sign"), "signed");
        assert_eq!(past("criticize"), "criticized");
        assert_eq!(past("tell"), "told");
        assert_eq!(past("deny"), "denied");
    }
}
