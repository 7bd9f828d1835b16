//! Stage 3: per-word label probabilities → entity mentions.
//!
//! Word labels are decoded jointly (Viterbi) under the BIO constraint: `I-X` only follows `B-X`
//! or `I-X`. A mention's score is the mean probability of its words' labels.

use std::ops::Range;

use crate::document::Mention;
use crate::kind::EntityKind;

/// Parsed NER label: outside, or begin/inside of a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Bio {
    Outside,
    Begin(String),
    Inside(String),
}

impl Bio {
    /// Parses `O`, `B-X`, `I-X` (labels were checked when the model was loaded).
    pub fn parse(label: &str) -> Bio {
        if let Some(t) = label.strip_prefix("B-") {
            Bio::Begin(t.to_owned())
        } else if let Some(t) = label.strip_prefix("I-") {
            Bio::Inside(t.to_owned())
        } else {
            Bio::Outside
        }
    }

    pub fn kind(&self) -> Option<&str> {
        match self {
            Bio::Outside => None,
            Bio::Begin(t) | Bio::Inside(t) => Some(t),
        }
    }
}

/// Whether label `to` may follow label `from` (`None` = start of text).
fn allowed(from: Option<&Bio>, to: &Bio) -> bool {
    match to {
        Bio::Inside(t) => from.and_then(|f| f.kind()) == Some(t.as_str()),
        _ => true,
    }
}

/// Best label sequence under the BIO constraint. `probs` is `n × k` row-major; rows that are all
/// zero (words the model did not see) are read as certain `O` when the label set has one.
/// Words where `sentence_start` is true may not carry an `I-` label: mentions stay in a sentence.
pub(crate) fn viterbi(probs: &[f32], labels: &[Bio], sentence_start: &[bool]) -> Vec<usize> {
    let k = labels.len();
    if k == 0 {
        return Vec::new();
    }
    let n = probs.len() / k;
    if n == 0 {
        return Vec::new();
    }
    let outside = labels.iter().position(|l| *l == Bio::Outside);
    let logp = |t: usize, j: usize| -> f32 {
        let row = &probs[t * k..(t + 1) * k];
        if row.iter().all(|&p| p == 0.0) {
            return if Some(j) == outside || outside.is_none() {
                0.0
            } else {
                f32::NEG_INFINITY
            };
        }
        row[j].max(1e-12).ln()
    };
    const FORBIDDEN: f32 = -1e9;
    let ok: Vec<bool> = (0..k * k)
        .map(|ij| allowed(Some(&labels[ij / k]), &labels[ij % k]))
        .collect();
    let mut score: Vec<f32> = (0..k)
        .map(|j| {
            if allowed(None, &labels[j]) {
                logp(0, j)
            } else {
                FORBIDDEN
            }
        })
        .collect();
    let mut back = vec![0u32; n * k];
    let mut next = vec![0.0f32; k];
    for t in 1..n {
        for j in 0..k {
            let mut best = (FORBIDDEN * 2.0, 0);
            for i in 0..k {
                let s = if ok[i * k + j] {
                    score[i]
                } else {
                    score[i] + FORBIDDEN
                };
                if s > best.0 {
                    best = (s, i);
                }
            }
            let barred = sentence_start.get(t).copied().unwrap_or(false)
                && matches!(labels[j], Bio::Inside(_));
            next[j] = best.0 + logp(t, j) + if barred { FORBIDDEN } else { 0.0 };
            back[t * k + j] = best.1 as u32;
        }
        std::mem::swap(&mut score, &mut next);
    }
    let mut path = vec![0usize; n];
    let mut cur = score
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(j, _)| j)
        .unwrap_or(0);
    for t in (0..n).rev() {
        path[t] = cur;
        cur = back[t * k + cur] as usize;
    }
    path
}

/// Mentions from decoded word labels. `words` are byte ranges into `text`; `sentences` are
/// ranges of word indices (a mention never spans two).
pub(crate) fn decode(
    text: &str,
    words: &[Range<usize>],
    sentences: &[Range<usize>],
    probs: &[f32],
    labels: &[Bio],
    kinds: &[EntityKind],
) -> Vec<Mention> {
    let k = labels.len();
    let mut sentence_start = vec![false; words.len()];
    for s in sentences {
        if let Some(first) = sentence_start.get_mut(s.start) {
            *first = true;
        }
    }
    let path = viterbi(probs, labels, &sentence_start);
    let word_prob = |t: usize| probs.get(t * k + path[t]).copied().unwrap_or(0.0);
    // a mention never begins or ends on a word without letters or digits (`Toledo ,`)
    let is_punct = |t: usize| !text[words[t].clone()].chars().any(char::is_alphanumeric);
    let mut out = Vec::new();
    let mut open: Option<(usize, String, EntityKind)> = None; // first word, type, kind
    let mut close = |open: &mut Option<(usize, String, EntityKind)>, end_word: usize| {
        let Some((mut first, label, kind)) = open.take() else {
            return;
        };
        let mut end_word = end_word;
        while first < end_word && is_punct(first) {
            first += 1;
        }
        while end_word > first && is_punct(end_word - 1) {
            end_word -= 1;
        }
        if first == end_word {
            return;
        }
        let (start, end) = (words[first].start, words[end_word - 1].end);
        out.push(Mention {
            text: text[start..end].to_owned(),
            label,
            kind,
            start,
            end,
            score: (first..end_word).map(word_prob).sum::<f32>() / (end_word - first) as f32,
            first_token: first,
            end_token: end_word,
        });
    };
    for (t, &j) in path.iter().enumerate() {
        match &labels[j] {
            Bio::Outside => close(&mut open, t),
            Bio::Begin(kind) => {
                close(&mut open, t);
                open = Some((
                    t,
                    kind.clone(),
                    kinds.get(j).copied().unwrap_or(EntityKind::Misc),
                ));
            }
            Bio::Inside(_) => {}
        }
    }
    close(&mut open, path.len());
    extend_over_of(text, words, &mut out);
    out
}

/// Titles that head a phrase with `of` without naming an organisation (`Minister of Commerce`
/// is a name, but `the President of Europol` a title and a name).
const TITLES_BEFORE_OF: &[&str] = &[
    "ambassador",
    "chairman",
    "chief",
    "director",
    "general",
    "governor",
    "head",
    "king",
    "leader",
    "mayor",
    "member",
    "minister",
    "president",
    "queen",
    "secretary",
    "spokesman",
];

/// `the Status of [Forces Agreement]` → `Status of Forces Agreement`: an organisation or other
/// name continues left over `of` and one capitalised word that follows a lower-case word (so it
/// starts no sentence or headline), is in no mention and is no title. In the gold annotation of
/// CoNLL-2003 train and dev this holds every time the words occur (54 of 54: `the Confederation
/// of British Industry`, `the House of Commons`); the model learned those, and on new text it
/// sometimes tags only the part after `of`.
fn extend_over_of(text: &str, words: &[Range<usize>], out: &mut [Mention]) {
    let word = |t: usize| words.get(t).and_then(|r| text.get(r.clone())).unwrap_or("");
    // mentions come in text order and do not overlap: the words before one are free when the
    // mention before it ends earlier
    let mut prev_end = 0;
    for m in out.iter_mut() {
        let free_from = std::mem::replace(&mut prev_end, m.end_token);
        if !matches!(m.kind, EntityKind::Organization | EntityKind::Misc) || m.first_token < 3 {
            continue;
        }
        let cap = m.first_token - 2;
        let (before, w) = (word(cap - 1), word(cap));
        let mut chars = w.chars();
        let capitalised = chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some()
            && chars.all(char::is_lowercase);
        if word(cap + 1) != "of"
            || !capitalised
            || !before.chars().next().is_some_and(char::is_lowercase)
            || free_from > cap - 1
            || TITLES_BEFORE_OF.contains(&w.to_lowercase().as_str())
        {
            continue;
        }
        m.start = words[cap].start;
        m.first_token = cap;
        m.text = text[m.start..m.end].to_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<Bio> {
        ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
            .iter()
            .map(|l| Bio::parse(l))
            .collect()
    }

    fn kinds() -> Vec<EntityKind> {
        labels()
            .iter()
            .map(|l| {
                l.kind()
                    .and_then(EntityKind::from_label)
                    .unwrap_or(EntityKind::Misc)
            })
            .collect()
    }

    fn one_hot(rows: &[[f32; 5]]) -> Vec<f32> {
        rows.iter().flatten().copied().collect()
    }

    #[test]
    fn inside_after_outside_becomes_a_begin_or_outside() {
        // argmax would give O, I-PER, I-PER: the constraint forbids I- after O.
        let probs = one_hot(&[
            [0.9, 0.0, 0.1, 0.0, 0.0],
            [0.1, 0.3, 0.6, 0.0, 0.0],
            [0.1, 0.0, 0.9, 0.0, 0.0],
        ]);
        let path = viterbi(&probs, &labels(), &[]);
        assert_eq!(path, vec![0, 1, 2]);
        // A sentence starting at word 2 ends the mention there.
        let path = viterbi(&probs, &labels(), &[true, false, true]);
        assert_ne!(path[2], 2);
    }

    #[test]
    fn inside_of_another_type_is_not_continued() {
        // B-PER then I-ORG (argmax) is not allowed.
        let probs = one_hot(&[[0.0, 0.9, 0.1, 0.0, 0.0], [0.1, 0.0, 0.2, 0.0, 0.7]]);
        let path = viterbi(&probs, &labels(), &[]);
        assert!(
            matches!(labels()[path[1]], Bio::Inside(ref t) if t == "PER")
                || path[1] == 0
                || path[1] == 3
        );
        assert_ne!(path[1], 4);
    }

    #[test]
    fn decode_spans_scores_and_unseen_words() {
        let text = "Ms Anna Kovač of Acme";
        let words = crate::text::words(text);
        let probs = one_hot(&[
            [1.0, 0.0, 0.0, 0.0, 0.0],
            [0.2, 0.8, 0.0, 0.0, 0.0],
            [0.4, 0.0, 0.6, 0.0, 0.0],
            [0.0; 5], // unseen word: read as O
            [0.0, 0.0, 0.0, 1.0, 0.0],
        ]);
        let ms = decode(
            text,
            &words,
            std::slice::from_ref(&(0..5)),
            &probs,
            &labels(),
            &kinds(),
        );
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].text, "Anna Kovač");
        assert_eq!(&text[ms[0].start..ms[0].end], "Anna Kovač");
        assert!((ms[0].score - 0.7).abs() < 1e-6);
        assert_eq!((ms[1].label.as_str(), ms[1].text.as_str()), ("ORG", "Acme"));
        assert!(decode("", &[], &[], &[], &labels(), &kinds()).is_empty());
    }

    #[test]
    fn mentions_do_not_begin_or_end_on_punctuation() {
        let text = "in Toledo , Ohio ( USA ) now";
        let words = crate::text::words(text);
        assert_eq!(words.len(), 8);
        // Toledo , tagged as one mention; ( USA ) as another; a lone comma as a third
        let mut rows = vec![[1.0, 0.0, 0.0, 0.0, 0.0]; 8];
        rows[1] = [0.0, 0.0, 0.0, 1.0, 0.0];
        rows[2] = [0.0, 0.0, 0.0, 0.0, 1.0];
        rows[4] = [0.0, 0.0, 0.0, 1.0, 0.0];
        rows[5] = [0.0, 0.0, 0.0, 0.0, 1.0];
        rows[6] = [0.0, 0.0, 0.0, 0.0, 1.0];
        let ms = decode(
            text,
            &words,
            std::slice::from_ref(&(0..8)),
            &one_hot(&rows),
            &labels(),
            &kinds(),
        );
        let texts: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, vec!["Toledo", "USA"]);
        for m in &ms {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }

    #[test]
    fn names_continue_over_capitalised_word_and_of() {
        // O O B-ORG I-ORG: `Status of` joins the name; a title, a sentence start or a word after
        // a capitalised one does not.
        let run = |text: &str| {
            let words = crate::text::words(text);
            let n = words.len();
            let mut rows = vec![[1.0, 0.0, 0.0, 0.0, 0.0]; n];
            rows[n - 2] = [0.0, 0.0, 0.0, 1.0, 0.0];
            rows[n - 1] = [0.0, 0.0, 0.0, 0.0, 1.0];
            let ms = decode(
                text,
                &words,
                std::slice::from_ref(&(0..n)),
                &one_hot(&rows),
                &labels(),
                &kinds(),
            );
            assert_eq!(ms.len(), 1);
            assert_eq!(&text[ms[0].start..ms[0].end], ms[0].text);
            ms[0].text.clone()
        };
        assert_eq!(
            run("they signed the Status of Forces Agreement"),
            "Status of Forces Agreement"
        );
        assert_eq!(run("they met the President of Acme Corp"), "Acme Corp");
        assert_eq!(run("Status of Forces Agreement"), "Forces Agreement");
        assert_eq!(
            run("said Tuesday Status of Forces Agreement"),
            "Forces Agreement"
        );
    }
}
