//! Stage 5: a [`crate::Document`] rendered for people and tools (table, Graphviz DOT, HTML).
