//! A document: an article's text with the entities, claims and page
//! furniture found in it. The one in-memory model that the app stores,
//! renders and exports; spans are bytes, as everywhere in the engine.

use crate::boilerplate::find_boilerplate;
use crate::claim::Claim;
use crate::correction::Corrections;
use crate::entity::{find_names, Entity};
use crate::span::overlaps_any;
use crate::sweep::find_claims;
use crate::token::tokenize;
use crate::when::find_dates_and_quantities;
use crate::{alias, Span, TextEdit};

/// An article and its annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The article text, as pasted.
    pub text: String,
    /// Entity mentions, sorted by span.
    pub entities: Vec<Entity>,
    /// Claims, sorted by span.
    pub claims: Vec<Claim>,
    /// Page furniture, sorted and disjoint.
    pub boilerplate: Vec<Span>,
    /// The user's corrections, already applied to the fields above.
    pub corrections: Corrections,
}

/// A date or quantity that runs into a name stops before it (`at least
/// seven` in "at least seven U.S. warships", `85` in "85 Senate seats"), if
/// a number is left; one that starts inside a name is dropped by the caller.
fn before_names(text: &str, shape: Entity, names: &[Span]) -> Option<Entity> {
    let i = names.partition_point(|n| n.end <= shape.span.start);
    let Some(name) = names.get(i).filter(|n| n.start > shape.span.start && n.start < shape.span.end) else {
        return Some(shape);
    };
    let kept = text[shape.span.start..name.start].trim_end();
    let numeric = kept.bytes().any(|b| b.is_ascii_digit()) || kept.split(' ').count() > 1;
    numeric.then(|| Entity { span: Span::new(shape.span.start, shape.span.start + kept.len()), ..shape })
}

impl Document {
    /// Runs the whole engine over `text`.
    ///
    /// # Example
    /// ```
    /// use marginalia_engine::{Document, Label};
    ///
    /// let doc = Document::analyze("“We will win,” President Zelensky said in Kyiv.");
    /// let labels: Vec<_> = doc.entities.iter().map(|e| (e.span.text(&doc.text), e.label)).collect();
    /// assert_eq!(labels, [("Zelensky", Label::Person), ("Kyiv", Label::Loc)]);
    /// assert_eq!(doc.claims[0].span.text(&doc.text), "We will win,");
    /// assert_eq!(doc.claims[0].speaker.as_deref(), Some("Volodymyr Zelensky"));
    /// ```
    pub fn analyze(text: &str) -> Document {
        let boilerplate = find_boilerplate(text);
        let tokens = tokenize(text);
        let mut entities = find_names(text, &tokens, &boilerplate);
        let shapes = find_dates_and_quantities(text, &boilerplate);
        let names: Vec<Span> = entities.iter().map(|e| e.span).collect();
        let shapes: Vec<Entity> = shapes
            .into_iter()
            .filter_map(|d| before_names(text, d, &names))
            .filter(|d| !overlaps_any(&names, d.span))
            .collect();
        entities.extend(shapes);
        entities.sort_by_key(|e| e.span);
        alias::assign_canonical(text, &mut entities);
        let claims = find_claims(text, &tokens, &entities, &boilerplate);
        Document { text: text.to_string(), entities, claims, boilerplate, corrections: Corrections::default() }
    }

    /// This document's annotations on `text`, an edited version of its
    /// text, to show until the engine has run on it: each annotation the
    /// edit left whole moves with its text, the others are dropped.
    /// `corrections` are the new text's (already carried by the caller).
    pub fn carried_to(&self, text: &str, corrections: Corrections) -> Document {
        let edit = TextEdit::between(&self.text, text);
        let entities =
            self.entities.iter().filter_map(|e| Some(Entity { span: edit.carry_span(e.span)?, ..e.clone() }));
        let claims = self.claims.iter().filter_map(|c| Some(Claim { span: edit.carry_span(c.span)?, ..c.clone() }));
        Document {
            text: text.to_string(),
            entities: entities.collect(),
            claims: claims.collect(),
            boilerplate: self.boilerplate.iter().filter_map(|&s| edit.carry_span(s)).collect(),
            corrections,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_keeps_the_annotations_it_left_whole_in_place_until_the_engine_runs() {
        let doc = Document::analyze("Mayor Ana Ruiz visited Kraków 🌊 on Monday. Olek Nowak said 40 homes were lost.");
        let edited = doc.text.replace("visited", "toured");
        let carried = doc.carried_to(&edited, Corrections::default());
        let shown = |d: &Document| d.entities.iter().map(|e| e.span.text(&d.text).to_string()).collect::<Vec<_>>();
        assert_eq!(shown(&carried), shown(&doc));
        assert_eq!(carried.claims.len(), doc.claims.len());
        // An edit inside a name drops that name only.
        let renamed = doc.text.replace("Olek", "Oleksander");
        let carried = doc.carried_to(&renamed, Corrections::default());
        assert!(!shown(&carried).iter().any(|s| s.contains("Nowak")));
        assert!(shown(&carried).contains(&"Kraków".to_string()));
        assert_eq!(Document::default().carried_to("New text", Corrections::default()).text, "New text");
    }
}
