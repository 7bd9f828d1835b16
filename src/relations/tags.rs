//! Word categories for the patterns: from the model's Penn Treebank tags and chunk tags when it
//! gives them, else guessed from a closed-class word list, the lexicon's verbs and capitalisation.

use super::lemma::verb_lemma;
use super::lexicon::Lexicon;
use crate::document::Token;
use crate::syntax::{Chunk, Phrase, Pos};

/// Verb form, as the Penn Treebank tags tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Base,
    Past,
    Participle,
    Gerund,
    Present,
}

/// Coarse word category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cat {
    Noun,
    Proper,
    Pron,
    PossPron,
    Det,
    Adj,
    Adv,
    Num,
    Verb(Form),
    Modal,
    Prep,
    To,
    Particle,
    Conj,
    Wh,
    Poss,
    Punct,
    Other,
}

/// A token seen by the patterns.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Lower-cased text, `’` folded to `'`.
    pub lower: String,
    /// Category.
    pub cat: Cat,
    /// Byte span in the text.
    pub start: usize,
    /// Byte end.
    pub end: usize,
}

impl Word {
    pub fn is_verb(&self) -> bool {
        matches!(self.cat, Cat::Verb(_) | Cat::Modal)
    }
    pub fn is_noun(&self) -> bool {
        matches!(self.cat, Cat::Noun | Cat::Proper)
    }
    /// Preposition, infinitive `to` or particle: ReVerb's P.
    pub fn is_p(&self) -> bool {
        matches!(self.cat, Cat::Prep | Cat::To | Cat::Particle)
    }
    /// Words that may open a noun phrase before its head (`the`, `so-called`, `15`).
    pub fn is_np_prefix(&self) -> bool {
        matches!(self.cat, Cat::Det | Cat::Adj | Cat::Num | Cat::PossPron)
    }
    pub fn is_negation(&self) -> bool {
        matches!(self.lower.as_str(), "not" | "n't" | "never")
    }
    pub fn is_quote(&self) -> bool {
        matches!(
            self.lower.as_str(),
            "\"" | "“" | "”" | "``" | "''" | "«" | "»"
        )
    }
}

/// Subordinators after which a clause (subject + verb) may start.
pub(crate) const SUBORDINATORS: &[&str] = &[
    "after", "before", "although", "though", "because", "since", "while", "when", "if", "that",
    "as", "until", "unless", "whether", "once", "whereas", "where",
];

/// Words that stand for time in front of a verb (`late last night told`).
pub(crate) const TEMPORAL: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "late",
    "last",
    "night",
    "week",
    "month",
    "year",
    "earlier",
    "later",
    "now",
    "morning",
    "evening",
    "afternoon",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "this",
    "on",
    "also",
    "meanwhile",
];

/// Builds the words of `tokens`; `in_mention[i]` tells whether token `i` is part of a mention.
pub(crate) fn words(text: &str, tokens: &[Token], in_mention: &[bool], lex: &Lexicon) -> Vec<Word> {
    let mut out: Vec<Word> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let surface = text.get(t.start..t.end).unwrap_or(&t.text);
            let lower = surface.to_lowercase().replace('’', "'");
            let mention = in_mention.get(i).copied().unwrap_or(false);
            let cat = match t.pos {
                Some(pos) => from_pos(pos, &lower),
                None => guess(surface, &lower, i, tokens, mention, lex),
            };
            Word {
                lower,
                cat,
                start: t.start,
                end: t.end,
            }
        })
        .collect();
    apply_chunks(tokens, &mut out);
    demote_participles(tokens, &mut out);
    out
}

/// Category of a Penn Treebank tag.
fn from_pos(pos: Pos, lower: &str) -> Cat {
    match pos {
        Pos::Nn | Pos::Nns => Cat::Noun,
        Pos::Nnp | Pos::Nnps => Cat::Proper,
        Pos::Prp | Pos::Ex => Cat::Pron,
        Pos::PrpPoss | Pos::WpPoss => Cat::PossPron,
        Pos::Dt | Pos::Pdt => Cat::Det,
        Pos::Jj | Pos::Jjr | Pos::Jjs => Cat::Adj,
        Pos::Rb | Pos::Rbr | Pos::Rbs | Pos::Wrb => Cat::Adv,
        Pos::Cd => Cat::Num,
        Pos::Vb => Cat::Verb(Form::Base),
        Pos::Vbd => Cat::Verb(Form::Past),
        Pos::Vbn => Cat::Verb(Form::Participle),
        Pos::Vbg => Cat::Verb(Form::Gerund),
        Pos::Vbp | Pos::Vbz => Cat::Verb(Form::Present),
        Pos::Md => Cat::Modal,
        Pos::In => Cat::Prep,
        Pos::To => Cat::To,
        Pos::Rp => Cat::Particle,
        Pos::Cc => Cat::Conj,
        Pos::Wdt | Pos::Wp => Cat::Wh,
        Pos::Possessive => Cat::Poss,
        _ if lower.chars().all(|c| !c.is_alphanumeric()) => Cat::Punct,
        _ => Cat::Other,
    }
}

/// The model's chunk tags overrule an odd POS tag: a noun inside a verb chunk is a verb.
fn apply_chunks(tokens: &[Token], words: &mut [Word]) {
    for (t, w) in tokens.iter().zip(words.iter_mut()) {
        if t.chunk.and_then(Chunk::phrase) == Some(Phrase::Vp) && w.cat == Cat::Noun {
            w.cat = Cat::Verb(guess_form(&w.lower));
        }
    }
}

/// A participle inside a noun phrase (`a strongly worded statement`) acts as an adjective.
fn demote_participles(tokens: &[Token], words: &mut [Word]) {
    for i in 0..words.len() {
        if !matches!(words[i].cat, Cat::Verb(Form::Participle | Form::Gerund)) {
            continue;
        }
        let in_np_chunk = tokens.get(i).and_then(|t| t.chunk) == Some(Chunk::Inside(Phrase::Np));
        let prev_np = i > 0
            && matches!(
                words[i - 1].cat,
                Cat::Det | Cat::Adj | Cat::PossPron | Cat::Num
            )
            || (i > 1
                && words[i - 1].cat == Cat::Adv
                && matches!(words[i - 2].cat, Cat::Det | Cat::Adj));
        let next_noun = words
            .get(i + 1)
            .is_some_and(|w| matches!(w.cat, Cat::Noun | Cat::Adj));
        if in_np_chunk || (prev_np && next_noun) {
            words[i].cat = Cat::Adj;
        }
    }
}

fn guess_form(lower: &str) -> Form {
    if lower.ends_with("ing") {
        Form::Gerund
    } else if lower.ends_with("ed") {
        Form::Past
    } else if lower.ends_with('s') {
        Form::Present
    } else {
        Form::Base
    }
}

/// Closed-class words and their categories, for models without a POS head.
fn closed_class(lower: &str) -> Option<Cat> {
    Some(match lower {
        "the" | "a" | "an" | "this" | "these" | "those" | "every" | "each" | "some" | "any"
        | "no" | "all" | "both" | "another" => Cat::Det,
        "his" | "her" | "its" | "their" | "our" | "my" | "your" => Cat::PossPron,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "him" | "them" | "us" | "me" => {
            Cat::Pron
        }
        "of" | "in" | "on" | "at" | "by" | "for" | "with" | "from" | "into" | "upon" | "about"
        | "over" | "under" | "after" | "before" | "between" | "against" | "during" | "without"
        | "through" | "across" | "among" | "since" | "as" | "than" | "towards" | "toward"
        | "onto" | "despite" | "although" | "though" | "because" | "while" | "if" | "whether"
        | "near" | "outside" | "inside" | "within" | "amid" | "via" | "per" | "unless"
        | "until" => Cat::Prep,
        "to" => Cat::To,
        "and" | "or" | "but" | "nor" => Cat::Conj,
        "which" | "who" | "whom" | "what" => Cat::Wh,
        "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall" | "should" => {
            Cat::Modal
        }
        "not" | "n't" | "also" | "still" | "already" | "just" | "never" | "very" | "really"
        | "even" | "yet" | "again" | "now" | "then" | "too" | "only" | "later" | "soon"
        | "here" | "there" => Cat::Adv,
        "'s" => Cat::Poss,
        "is" | "'re" | "are" | "am" | "has" | "does" | "says" => Cat::Verb(Form::Present),
        "was" | "were" | "had" | "did" | "said" | "told" | "met" | "held" => Cat::Verb(Form::Past),
        "be" | "have" | "do" => Cat::Verb(Form::Base),
        "been" | "done" => Cat::Verb(Form::Participle),
        "being" | "having" => Cat::Verb(Form::Gerund),
        _ => return None,
    })
}

/// Guesses a category without a POS tag.
fn guess(
    surface: &str,
    lower: &str,
    i: usize,
    tokens: &[Token],
    mention: bool,
    lex: &Lexicon,
) -> Cat {
    if mention {
        return Cat::Proper;
    }
    if lower == "that" {
        let prev_verb = i > 0
            && tokens
                .get(i - 1)
                .is_some_and(|t| looks_verbal(&t.text.to_lowercase(), lex));
        return if prev_verb { Cat::Prep } else { Cat::Wh };
    }
    if let Some(cat) = closed_class(lower) {
        return cat;
    }
    if !lower.chars().any(char::is_alphanumeric) {
        return Cat::Punct;
    }
    if lower.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Cat::Num;
    }
    let capital = surface.chars().next().is_some_and(char::is_uppercase);
    let sentence_initial = i == 0
        || tokens
            .get(i - 1)
            .is_some_and(|t| matches!(t.text.as_str(), "." | "\"" | "“" | "!" | "?"));
    let prev = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .map(|t| t.text.to_lowercase());
    let after_det = prev.as_deref().is_some_and(|p| {
        matches!(closed_class(p), Some(Cat::Det | Cat::PossPron)) || looks_verbal(p, lex)
    });
    if lex.noun(lower).is_some() && after_det {
        return Cat::Noun;
    }
    if looks_verbal(lower, lex) && (!capital || sentence_initial) {
        return Cat::Verb(guess_form(lower));
    }
    if capital && !sentence_initial {
        return Cat::Proper;
    }
    if lower.ends_with("ly") && lower.len() > 4 {
        return Cat::Adv;
    }
    Cat::Noun
}

/// Whether a lower-case word is a form of a lexicon verb (or looks like a past form).
fn looks_verbal(lower: &str, lex: &Lexicon) -> bool {
    if matches!(closed_class(lower), Some(Cat::Verb(_) | Cat::Modal)) {
        return true;
    }
    lex.knows_verb(&verb_lemma(lower, lex)) || (lower.len() > 5 && lower.ends_with("ed"))
}
