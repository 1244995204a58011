//! The article's facts: what a citation of it needs (where it was
//! published, by whom, when). All optional; typed by the user, or read from
//! a saved web page's markup (its canonical link, `og:` and `article:` meta
//! tags, its JSON-LD `NewsArticle`) without fetching anything. They are part
//! of the user's work: saved, merged across tabs, undone and exported with
//! it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Where and when an article was published, and by whom.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ArticleFacts {
    /// The article's address on the web.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The outlet that published it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    /// Its authors, in byline order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// When it was published, as given (`2025-03-07`, or a full ISO 8601
    /// time from the page's markup).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub published: String,
}

impl ArticleFacts {
    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        *self == ArticleFacts::default()
    }

    /// What a page's markup says of its article: `metas` are its `<meta>`
    /// tags as (`property` or `name`, `content`) and its canonical link as
    /// (`canonical`, href); `json_ld` the texts of its JSON-LD scripts. The
    /// JSON-LD article comes first, the meta tags fill what it leaves out.
    pub fn from_markup(metas: &[(String, String)], json_ld: &[String]) -> ArticleFacts {
        let mut facts = json_ld
            .iter()
            .filter_map(|text| serde_json::from_str::<Value>(text).ok())
            .find_map(|v| news_article(&v).map(facts_of_json_ld))
            .unwrap_or_default();
        let meta = |keys: &[&str]| -> Option<String> {
            keys.iter()
                .find_map(|k| metas.iter().find(|(name, v)| name == k && !v.trim().is_empty()))
                .map(|(_, v)| v.trim().to_string())
        };
        fill(&mut facts.url, meta(&["canonical", "og:url"]));
        fill(&mut facts.outlet, meta(&["og:site_name", "application-name"]));
        fill(&mut facts.published, meta(&["article:published_time", "datePublished", "date"]));
        if facts.authors.is_empty() {
            let authors = metas.iter().filter(|(k, _)| matches!(k.as_str(), "author" | "article:author"));
            // `article:author` is often the author's page: a URL names nobody.
            facts.authors = authors
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty() && !v.contains("://"))
                .map(str::to_string)
                .collect();
        }
        facts
    }

    /// The three-way merge of two tabs' facts: each field as the side that
    /// changed it has it; where both changed one, the larger value wins (the
    /// same in every tab).
    pub fn merge(base: &ArticleFacts, ours: &ArticleFacts, theirs: &ArticleFacts) -> ArticleFacts {
        fn pick<T: Clone + PartialEq + Ord>(base: &T, ours: &T, theirs: &T) -> T {
            if ours == base {
                theirs.clone()
            } else if theirs == base {
                ours.clone()
            } else {
                ours.max(theirs).clone()
            }
        }
        ArticleFacts {
            url: pick(&base.url, &ours.url, &theirs.url),
            outlet: pick(&base.outlet, &ours.outlet, &theirs.outlet),
            authors: pick(&base.authors, &ours.authors, &theirs.authors),
            published: pick(&base.published, &ours.published, &theirs.published),
        }
    }
}

fn fill(field: &mut String, value: Option<String>) {
    if field.is_empty() {
        if let Some(v) = value {
            *field = v;
        }
    }
}

/// The first object typed as a news article in a JSON-LD value: at its top,
/// in a list, or in an `@graph`.
fn news_article(v: &Value) -> Option<&Value> {
    const TYPES: &[&str] = &["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"];
    match v {
        Value::Array(items) => items.iter().find_map(news_article),
        Value::Object(o) => {
            let typed = |t: &Value| t.as_str().is_some_and(|t| TYPES.contains(&t));
            let is_article =
                o.get("@type").is_some_and(|t| typed(t) || t.as_array().is_some_and(|ts| ts.iter().any(typed)));
            if is_article {
                Some(v)
            } else {
                o.get("@graph").and_then(news_article)
            }
        }
        _ => None,
    }
}

fn facts_of_json_ld(article: &Value) -> ArticleFacts {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::trim).unwrap_or_default().to_string();
    // A name, or an object with one (`{"@type": "Person", "name": …}`).
    let name = |v: &Value| {
        v.as_str().map(str::to_string).or_else(|| v.get("name").and_then(Value::as_str).map(str::to_string))
    };
    let authors = match article.get("author") {
        Some(Value::Array(list)) => list.iter().filter_map(name).collect(),
        Some(one) => name(one).into_iter().collect(),
        None => Vec::new(),
    };
    let page = article.get("mainEntityOfPage").map(|p| p.get("@id").unwrap_or(p));
    ArticleFacts {
        url: text(article.get("url").or(page)),
        outlet: article.get("publisher").and_then(name).unwrap_or_default(),
        authors: authors.into_iter().map(|a: String| a.trim().to_string()).filter(|a| !a.is_empty()).collect(),
        published: text(article.get("datePublished")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metas(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn json_ld_article_gives_the_facts_and_meta_tags_fill_the_rest() {
        let json_ld = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"The Harbour Gazette"},
            {"@type":["NewsArticle"],"headline":"Storm closes harbour",
             "author":[{"@type":"Person","name":"Ines Calvo"},{"@type":"Person","name":" Omar Haddad "}],
             "datePublished":"2025-12-02T09:15:00Z","mainEntityOfPage":{"@id":"https://gazette.example/storm"}}]}"#;
        let facts = ArticleFacts::from_markup(
            &metas(&[("og:site_name", "The Harbour Gazette"), ("og:url", "https://gazette.example/other")]),
            &["not json".to_string(), json_ld.to_string()],
        );
        assert_eq!(
            facts,
            ArticleFacts {
                url: "https://gazette.example/storm".into(),
                outlet: "The Harbour Gazette".into(),
                authors: vec!["Ines Calvo".into(), "Omar Haddad".into()],
                published: "2025-12-02T09:15:00Z".into(),
            }
        );
    }

    #[test]
    fn meta_tags_alone_and_author_pages_that_name_nobody() {
        let facts = ArticleFacts::from_markup(
            &metas(&[
                ("canonical", "https://news.example/a"),
                ("og:url", "https://news.example/b"),
                ("article:author", "https://news.example/staff/ana"),
                ("author", "Ana Ruiz"),
                ("article:published_time", "2025-03-07"),
            ]),
            &[],
        );
        assert_eq!(facts.url, "https://news.example/a");
        assert_eq!(facts.authors, ["Ana Ruiz"]);
        assert_eq!(facts.published, "2025-03-07");
        assert_eq!(facts.outlet, "");
        assert!(ArticleFacts::from_markup(&[], &["[]".into()]).is_empty());
    }

    #[test]
    fn two_tabs_editing_different_facts_keep_both() {
        let base = ArticleFacts { outlet: "Gazette".into(), ..Default::default() };
        let ours = ArticleFacts { url: "https://a.example/1".into(), ..base.clone() };
        let theirs = ArticleFacts { authors: vec!["Ana Ruiz".into()], ..base.clone() };
        let merged = ArticleFacts::merge(&base, &ours, &theirs);
        assert_eq!(
            (merged.url.as_str(), merged.authors.len(), merged.outlet.as_str()),
            ("https://a.example/1", 1, "Gazette")
        );
        // Both changed the outlet: the same winner either way round.
        let (o, t) =
            (ArticleFacts { outlet: "A".into(), ..base.clone() }, ArticleFacts { outlet: "B".into(), ..base.clone() });
        assert_eq!(ArticleFacts::merge(&base, &o, &t), ArticleFacts::merge(&base, &t, &o));
    }
}
