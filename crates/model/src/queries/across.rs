//! One source across the library: each person or organisation mentioned
//! in the articles, with how often each article mentions them and what
//! they say there.

use std::collections::BTreeMap;

use marginalia_engine::Document;

use crate::label::Layer;
use crate::library::LibraryEntry;
use crate::mark::derive_marks;
use crate::work::Work;

/// One person or organisation across the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Their canonical name.
    pub name: String,
    /// Their label's name (in the first article that mentions them).
    pub label: String,
    /// Each article that mentions them, in library order.
    pub articles: Vec<SourceInArticle>,
}

/// A source in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceInArticle {
    /// The article's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// How many times it mentions them.
    pub mentions: usize,
    /// What they say in it.
    pub claims: Vec<ClaimLine>,
}

/// A claim as the cross-article view lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimLine {
    /// Its text.
    pub text: String,
    /// The attribution verb.
    pub cue: Option<String>,
    /// Whether the article distances itself.
    pub hedged: bool,
}

impl ClaimLine {
    /// The cue and hedging in a line: `said · hedged`.
    pub fn meta(&self) -> String {
        super::claim_meta(self.cue.as_deref(), self.hedged)
    }
}

impl Source {
    /// How many claims they make across the library.
    pub fn claim_count(&self) -> usize {
        self.articles.iter().map(|a| a.claims.len()).sum()
    }
}

/// The sources of `articles`: those in the most articles first, then
/// those who say the most, then by name.
pub fn sources_across(articles: &[(LibraryEntry, Document, Work)]) -> Vec<Source> {
    let mut by_name: BTreeMap<String, Source> = BTreeMap::new();
    for (entry, doc, work) in articles {
        let marks = derive_marks(doc, work);
        let mut mentions: BTreeMap<String, (String, usize)> = BTreeMap::new();
        for m in marks.iter().filter(|m| m.label.id.is_source()) {
            if let Some(c) = &m.canonical {
                mentions.entry(c.clone()).or_insert_with(|| (m.label.name.clone(), 0)).1 += 1;
            }
        }
        let mut claims: BTreeMap<String, Vec<ClaimLine>> = BTreeMap::new();
        for m in marks.iter().filter(|m| m.label.layer == Layer::Claim) {
            if let Some(s) = &m.speaker {
                let line = ClaimLine { text: m.span.text(&doc.text).to_string(), cue: m.cue.clone(), hedged: m.hedged };
                claims.entry(s.clone()).or_default().push(line);
            }
        }
        for (name, (label, count)) in mentions {
            let said = claims.remove(&name).unwrap_or_default();
            let source = by_name.entry(name.clone()).or_insert_with(|| Source { name, label, articles: Vec::new() });
            source.articles.push(SourceInArticle {
                id: entry.id.clone(),
                title: entry.title.clone(),
                mentions: count,
                claims: said,
            });
        }
    }
    let mut all: Vec<Source> = by_name.into_values().collect();
    all.sort_by(|a, b| {
        b.articles.len().cmp(&a.articles.len()).then(b.claim_count().cmp(&a.claim_count())).then(a.name.cmp(&b.name))
    });
    all
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::library::Library;

    #[test]
    fn a_source_in_two_articles_comes_first_with_what_they_said_in_each() {
        let first = Document::analyze(fixture::TEXT);
        let second = Document::analyze("Ana Ruiz said the bridge was safe. Bea Lind of Acme Corp disagreed.");
        let mut library = Library::default();
        library.record("a", &first, &Work::default(), 1.0);
        library.record("b", &second, &Work::default(), 2.0);
        let entry = |id: &str| library.get(id).unwrap().clone();
        let articles = vec![(entry("a"), first, Work::default()), (entry("b"), second, Work::default())];
        let sources = sources_across(&articles);
        let ruiz = &sources[0];
        assert_eq!(ruiz.name, "Ana Ruiz");
        assert_eq!(ruiz.articles.len(), 2);
        assert_eq!(ruiz.articles[0].claims.len(), 2);
        assert_eq!(ruiz.articles[1].claims[0].text, "the bridge was safe");
        assert!(sources.iter().all(|s| s.name != "Krakow"), "places say nothing");
    }
}
