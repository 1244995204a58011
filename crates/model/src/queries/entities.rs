//! The entity panel: each canonical name of a person, organisation or
//! place once, with its label, its mentions and its spellings.

use marginalia_engine::Document;

use crate::label::{background_for, LabelId};
use crate::mark::Mark;
use crate::mark_id::MarkId;

/// One group of mentions under a canonical name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EntityGroup {
    /// The name the group goes by.
    pub canonical: String,
    /// Its label.
    pub label: LabelId,
    /// The label's name.
    pub label_name: String,
    /// The label's swatch colour.
    pub swatch: String,
    /// The mentions, in reading order.
    pub mentions: Vec<MarkId>,
    /// Distinct spellings with their counts, most frequent first.
    pub spellings: Vec<(String, usize)>,
}

impl EntityGroup {
    /// The spellings in a line: `Ruiz ×3 · Ana Ruiz`.
    pub fn spellings_line(&self) -> String {
        let spelled = |(s, n): &(String, usize)| if *n > 1 { format!("{s} ×{n}") } else { s.clone() };
        self.spellings.iter().map(spelled).collect::<Vec<_>>().join(" · ")
    }
}

/// The name groups of `marks`, most mentioned first (ties in reading order).
pub fn entity_groups(doc: &Document, marks: &[Mark]) -> Vec<EntityGroup> {
    let mut groups: Vec<EntityGroup> = Vec::new();
    for e in marks.iter().filter(|m| m.label.id.is_named()) {
        let Some(canonical) = e.canonical.clone() else { continue };
        let surface = e.span.text(&doc.text).to_string();
        let group = match groups.iter().position(|g| g.canonical == canonical && g.label == e.label.id) {
            Some(g) => &mut groups[g],
            None => {
                groups.push(EntityGroup {
                    canonical,
                    label: e.label.id.clone(),
                    label_name: e.label.name.clone(),
                    swatch: background_for(&e.label.colour),
                    mentions: Vec::new(),
                    spellings: Vec::new(),
                });
                groups.last_mut().expect("just pushed")
            }
        };
        group.mentions.push(e.id);
        match group.spellings.iter_mut().find(|(s, _)| *s == surface) {
            Some((_, n)) => *n += 1,
            None => group.spellings.push((surface, 1)),
        }
    }
    for g in &mut groups {
        g.spellings.sort_by_key(|s| std::cmp::Reverse(s.1));
    }
    // `marks` is in reading order, and the sort is stable.
    groups.sort_by_key(|g| std::cmp::Reverse(g.mentions.len()));
    groups
}

/// The groups a group can be merged into: the others of its label.
pub fn merge_targets<'a>(groups: &'a [EntityGroup], group: &EntityGroup) -> Vec<&'a str> {
    groups
        .iter()
        .filter(|g| g.label == group.label && g.canonical != group.canonical)
        .map(|g| g.canonical.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::work::Work;

    #[test]
    fn mentions_of_one_name_are_one_group_with_its_spellings() {
        let (doc, marks) = fixture::marks(&Work::default());
        let groups = entity_groups(&doc, &marks);
        let ruiz = &groups[0];
        assert_eq!((ruiz.canonical.as_str(), ruiz.label.as_str()), ("Ana Ruiz", "PERSON"));
        assert_eq!(ruiz.mentions.len(), 3);
        assert_eq!(ruiz.spellings_line(), "Ruiz ×2 · Ana Ruiz");
        assert!(groups.iter().all(|g| g.label.is_named()), "dates and amounts have no groups");
        let targets = merge_targets(&groups, ruiz);
        assert_eq!(targets, ["Olek Nowak"]);
    }
}
