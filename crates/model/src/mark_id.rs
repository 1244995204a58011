//! [`MarkId`]: which highlight an action is about, as the views and the
//! DOM name it (`ann-e3`, `ann-c1`, `ann-u7`).

/// Which highlight: an engine entity or claim (by index), or an own
/// annotation (by id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkId {
    /// Index into `Document::entities`.
    Entity(usize),
    /// Index into `Document::claims`.
    Claim(usize),
    /// Id of an [`crate::OwnAnnotation`].
    Own(u64),
}

impl MarkId {
    /// Its DOM id (`ann-e3`, `ann-c1`, `ann-u7`).
    pub fn dom_id(self) -> String {
        match self {
            MarkId::Entity(i) => format!("ann-e{i}"),
            MarkId::Claim(i) => format!("ann-c{i}"),
            MarkId::Own(i) => format!("ann-u{i}"),
        }
    }

    /// The id a DOM id names (the inverse of [`MarkId::dom_id`]).
    pub fn from_dom_id(id: &str) -> Option<MarkId> {
        let rest = id.strip_prefix("ann-")?;
        let kind = rest.get(..1)?;
        let rest = &rest[1..];
        match kind {
            "e" => rest.parse().ok().map(MarkId::Entity),
            "c" => rest.parse().ok().map(MarkId::Claim),
            "u" => rest.parse().ok().map(MarkId::Own),
            _ => None,
        }
    }

    /// True for engine suggestions.
    pub fn is_suggestion(self) -> bool {
        !matches!(self, MarkId::Own(_))
    }
}
