//! Decoders that read the per-word vectors of one sentence: the dependency parser ([`tree`]) and
//! the typed-relation head ([`relhead`]). Their small weights come from `heads.safetensors` in the
//! model folder; the classifier (in the forward pass) already made their inputs.

pub(crate) mod relhead;
pub(crate) mod tree;
pub(crate) mod weights;

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use crate::error::{Error, Result};
use crate::mentions::Bio;
use relhead::{RelBlocks, RelHead, TypedPair};
pub(crate) use tree::LabelRoles;
use tree::{Parser, ParserBlocks};

/// What the decoders read off one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceSyntax {
    /// Per word: head (0 = root, `j + 1` = word `j` of the sentence) and label index.
    pub arcs: Vec<(usize, u16)>,
    /// Typed relations between argument spans (word ranges within the sentence).
    pub pairs: Vec<TypedPair>,
}

/// The parser and the relation head of a model, when it has them.
#[derive(Default)]
pub(crate) struct Decoder {
    parser: Option<Parser>,
    rel: Option<RelHead>,
}

impl Decoder {
    /// Reads `heads.safetensors` when the blocks include a parser or a relation head.
    /// `vectors` is the range of outputs kept per word; block offsets become relative to it.
    pub fn load(
        dir: &Path,
        blocks: &HashMap<String, Range<usize>>,
        vectors: &Range<usize>,
        ent_labels: &[String],
        n_rel_types: usize,
        roles: LabelRoles,
    ) -> Result<Decoder> {
        let rel = |name: &str| {
            blocks
                .get(name)
                .map(|r| r.start - vectors.start..r.end - vectors.start)
        };
        let parser_blocks = (|| {
            Some(ParserBlocks {
                arc_dep: rel("arc_dep")?,
                arc_head: rel("arc_head")?,
                lab_dep: rel("lab_dep")?,
                lab_head: rel("lab_head")?,
                lab_dep_bias: rel("lab_dep_bias")?,
                lab_head_bias: rel("lab_head_bias")?,
            })
        })();
        let rel_blocks = (|| {
            Some(RelBlocks {
                ent: rel("ent04")?,
                head: rel("rel_head")?,
                tail: rel("rel_tail")?,
                ctx: rel("rel_ctx")?,
            })
        })();
        if parser_blocks.is_none() && rel_blocks.is_none() {
            return Ok(Decoder::default());
        }
        let path = dir.join("heads.safetensors");
        if !path.is_file() {
            return Err(Error::MissingFile {
                path,
                what: "parser and relation head weights",
            });
        }
        let mut t = weights::Tensors::read(&path)?;
        let parser = parser_blocks
            .map(|b| Parser::load(&mut t, b, roles))
            .transpose()?;
        let rel = match rel_blocks {
            Some(b) if n_rel_types > 1 => Some(RelHead::load(
                &mut t,
                b,
                ent_labels.iter().map(|l| Bio::parse(l)).collect(),
                n_rel_types,
            )?),
            _ => None,
        };
        Ok(Decoder { parser, rel })
    }

    /// Scores typed pairs with the relation head's news scorer (`true`, the default) or its
    /// CoNLL04 one.
    pub fn use_news_scorer(&mut self, news: bool) {
        if let Some(r) = &mut self.rel {
            r.use_news_scorer(news);
        }
    }

    /// Decodes one sentence from its words' vectors (`n × width`).
    pub fn sentence(&self, vecs: &[f32], width: usize) -> SentenceSyntax {
        let arcs = self
            .parser
            .as_ref()
            .map(|p| p.parse(vecs, width))
            .unwrap_or_default();
        let pairs = match &self.rel {
            Some(r) => {
                let spans = r.spans(vecs, width);
                r.pairs(vecs, width, &spans)
            }
            None => Vec::new(),
        };
        SentenceSyntax { arcs, pairs }
    }
}

/// The columns `r` of word `i` in `n × width` row-major word vectors.
pub(crate) fn word_block<'a>(
    vecs: &'a [f32],
    width: usize,
    i: usize,
    r: &Range<usize>,
) -> &'a [f32] {
    &vecs[i * width + r.start..i * width + r.end]
}

/// Softmax of `logits` into `out` (same length); left as the exponentials when they do not sum
/// to a finite positive number.
pub(crate) fn softmax_into(logits: &[f32], out: &mut [f32]) {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for (o, &x) in out.iter_mut().zip(logits) {
        *o = (x - max).exp();
        sum += *o;
    }
    if sum > 0.0 && sum.is_finite() {
        out.iter_mut().for_each(|o| *o /= sum);
    }
}
