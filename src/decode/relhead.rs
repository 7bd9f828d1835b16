//! The typed-relation head (trained on CoNLL04): its own entity block (BIO over Peop, Org, Loc,
//! Other) gives argument spans in a sentence, and a small MLP scores every ordered pair of them
//! from max-pooled word vectors and the words between them. Same math as `training/train.py`
//! (`pair_logits`). A model may carry a second scorer of the same shape, trained on news beside
//! CoNLL04 (`training/news_relation_head.py --beside`) that reads the same pair features; the
//! extractor runs the one its relation settings use.

use std::ops::Range;

use super::tree::{dot, elu};
use super::weights::Tensors;
use super::{softmax_into, word_block};
use crate::error::Result;
use crate::mentions::{viterbi, Bio};

/// The relation head's blocks inside a word vector.
#[derive(Debug, Clone)]
pub(crate) struct RelBlocks {
    pub ent: Range<usize>,
    pub head: Range<usize>,
    pub tail: Range<usize>,
    pub ctx: Range<usize>,
}

pub(crate) struct RelHead {
    blocks: RelBlocks,
    ent_labels: Vec<Bio>,
    /// The pair scorer trained on CoNLL04 (`rel_w1`, ...).
    conll04: PairMlp,
    /// The pair scorer trained on news beside CoNLL04 (`news_rel_w1`, ...), when the model has
    /// one.
    news: Option<PairMlp>,
    /// Whether [`pairs`](Self::pairs) reads the news scorer (else the CoNLL04 one): the
    /// extractor scores with the one its relation settings use.
    use_news: bool,
}

/// One pair scorer: features -> ReLU hidden layer -> type logits.
struct PairMlp {
    hidden: usize,
    w1: Vec<f32>,
    b1: Vec<f32>,
    w2: Vec<f32>,
    b2: Vec<f32>,
}

impl PairMlp {
    fn load(t: &mut Tensors, prefix: &str, features: usize, n_types: usize) -> Result<PairMlp> {
        let hidden = t.map_len(&format!("{prefix}b1"));
        Ok(PairMlp {
            w1: t.take(&format!("{prefix}w1"), &[hidden, features])?,
            b1: t.take(&format!("{prefix}b1"), &[hidden])?,
            w2: t.take(&format!("{prefix}w2"), &[n_types, hidden])?,
            b2: t.take(&format!("{prefix}b2"), &[n_types])?,
            hidden,
        })
    }

    /// The best type other than "none" (index 0) for one pair's features, with its
    /// probability; `None` when "none" wins. `scratch` holds the hidden layer, logits and
    /// probabilities between calls.
    fn best(&self, feats: &[f32], scratch: &mut Scratch) -> Option<(usize, f32)> {
        let n_types = self.b2.len();
        scratch.hidden.resize(self.hidden, 0.0);
        scratch.logits.resize(n_types, 0.0);
        scratch.probs.resize(n_types, 0.0);
        for (h, o) in scratch.hidden.iter_mut().enumerate() {
            let w = &self.w1[h * feats.len()..(h + 1) * feats.len()];
            *o = (dot(w, feats) + self.b1[h]).max(0.0);
        }
        for (t, o) in scratch.logits.iter_mut().enumerate() {
            *o = dot(
                &self.w2[t * self.hidden..(t + 1) * self.hidden],
                &scratch.hidden,
            ) + self.b2[t];
        }
        softmax_into(&scratch.logits, &mut scratch.probs);
        scratch
            .probs
            .iter()
            .enumerate()
            .max_by(|p, q| p.1.total_cmp(q.1))
            .filter(|&(k, _)| k != 0)
            .map(|(k, &p)| (k, p))
    }
}

/// Buffers a pair scorer reuses from one pair to the next.
#[derive(Default)]
struct Scratch {
    hidden: Vec<f32>,
    logits: Vec<f32>,
    probs: Vec<f32>,
}

/// One scored pair: argument word ranges (within the sentence), the best type (index into the
/// model's relation types, 0 = none excluded) and its probability.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TypedPair {
    pub head: Range<usize>,
    pub tail: Range<usize>,
    pub kind: usize,
    pub prob: f32,
}

impl RelHead {
    pub fn load(
        t: &mut Tensors,
        blocks: RelBlocks,
        ent_labels: Vec<Bio>,
        n_types: usize,
    ) -> Result<RelHead> {
        let features = 4 * blocks.head.len();
        let conll04 = PairMlp::load(t, "rel_", features, n_types)?;
        let news = if t.map_len("news_rel_b1") > 0 {
            Some(PairMlp::load(t, "news_rel_", features, n_types)?)
        } else {
            None
        };
        Ok(RelHead {
            blocks,
            ent_labels,
            conll04,
            news,
            use_news: true,
        })
    }

    /// Scores pairs with the news scorer (`true`, the default) or the CoNLL04 one. A model
    /// without a news scorer then gives no pairs.
    pub fn use_news_scorer(&mut self, news: bool) {
        self.use_news = news;
    }

    /// Argument spans of one sentence (`n × width` word vectors), from the entity block.
    pub fn spans(&self, vecs: &[f32], width: usize) -> Vec<Range<usize>> {
        let n = vecs.len().checked_div(width).unwrap_or(0);
        let k = self.ent_labels.len();
        let mut probs = vec![0.0f32; n * k];
        for i in 0..n {
            let logits = word_block(vecs, width, i, &self.blocks.ent);
            softmax_into(logits, &mut probs[i * k..(i + 1) * k]);
        }
        let mut starts = vec![false; n];
        if let Some(s) = starts.first_mut() {
            *s = true;
        }
        let path = viterbi(&probs, &self.ent_labels, &starts);
        let mut out: Vec<Range<usize>> = Vec::new();
        for (i, &l) in path.iter().enumerate() {
            match &self.ent_labels[l] {
                Bio::Begin(_) => out.push(i..i + 1),
                Bio::Inside(_) => {
                    if let Some(last) = out.last_mut().filter(|r| r.end == i) {
                        last.end = i + 1;
                    }
                }
                Bio::Outside => {}
            }
        }
        out
    }

    /// Every ordered pair of `spans` whose best type by the scorer in use is not "none", with its
    /// probability.
    pub fn pairs(&self, vecs: &[f32], width: usize, spans: &[Range<usize>]) -> Vec<TypedPair> {
        let mlp = if self.use_news {
            self.news.as_ref()
        } else {
            Some(&self.conll04)
        };
        let Some(mlp) = mlp.filter(|_| spans.len() >= 2) else {
            return Vec::new();
        };
        let n = vecs.len() / width.max(1);
        // ELU of each word's context vector, once per sentence
        let c = self.blocks.ctx.len();
        let ctx_act: Vec<f32> = (0..n)
            .flat_map(|i| {
                word_block(vecs, width, i, &self.blocks.ctx)
                    .iter()
                    .map(|&x| elu(x))
            })
            .collect();
        let pool_ctx = |r: &Range<usize>| -> Vec<f32> {
            if r.is_empty() {
                return vec![0.0; c];
            }
            let mut out = vec![f32::NEG_INFINITY; c];
            for i in r.clone() {
                for (o, &x) in out.iter_mut().zip(&ctx_act[i * c..(i + 1) * c]) {
                    *o = o.max(x);
                }
            }
            out
        };
        let pool = |r: &Range<usize>, block: &Range<usize>| -> Vec<f32> {
            let mut out = vec![f32::NEG_INFINITY; block.len()];
            for i in r.clone() {
                for (o, &x) in out.iter_mut().zip(word_block(vecs, width, i, block)) {
                    *o = o.max(x);
                }
            }
            // ELU is increasing, so the max of the activations is the activation of the max
            out.iter()
                .map(|&x| if x.is_finite() { elu(x) } else { 0.0 })
                .collect()
        };
        let heads: Vec<Vec<f32>> = spans.iter().map(|s| pool(s, &self.blocks.head)).collect();
        let tails: Vec<Vec<f32>> = spans.iter().map(|s| pool(s, &self.blocks.tail)).collect();
        let r = self.blocks.head.len();
        let mut out = Vec::new();
        let mut feats = vec![0.0f32; 4 * r];
        let mut scratch = Scratch::default();
        for (i, a) in spans.iter().enumerate() {
            for (j, b) in spans.iter().enumerate() {
                if i == j {
                    continue;
                }
                let between = if a.end <= b.start {
                    a.end..b.start
                } else {
                    b.end..a.start
                };
                let ctx = pool_ctx(&between);
                for k in 0..r {
                    feats[k] = heads[i][k] * tails[j][k];
                    feats[r + k] = heads[i][k];
                    feats[2 * r + k] = tails[j][k];
                    feats[3 * r + k] = ctx[k];
                }
                if let Some((kind, prob)) = mlp.best(&feats, &mut scratch) {
                    out.push(TypedPair {
                        head: a.clone(),
                        tail: b.clone(),
                        kind,
                        prob,
                    });
                }
            }
        }
        out
    }
}
