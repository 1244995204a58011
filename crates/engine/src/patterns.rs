// The patterns of dates and quantities, as regular expressions (ASCII
// only: `(?-u)`). This file is included twice: by `build.rs`, which
// compiles them into DFAs with `regex-automata` at build time, and by
// `src/when.rs`'s tests, which check those DFAs against the `regex` crate
// on the same texts. (An `include!`d file, so no `//!` header.)

const MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const WEEKDAY: &str = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUMBER_WORD: &str = "(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undreds|[Tt]housands|[Mm]illions|[Dd]ozens|[Tt]ens of thousands|[Hh]undreds of thousands|[Aa] dozen|[Aa] hundred|[Aa] thousand)";
const MODIFIER: &str = "(?:[Aa]t least|[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Uu]p to|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Oo]ver|[Ss]ome|[Aa]n estimated|[Aa]t most)";
const TIME_UNIT: &str = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)";

/// Dates: calendar dates, weekdays, relative expressions, durations, years.
pub fn date_pattern() -> String {
    let pattern = [
        // October 14, 2025 / October 14 / April 30th / February 2022
        format!(r"{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?"),
        format!(r"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+[0-9]{{4}})?"),
        format!(r"{MONTH}\s+[0-9]{{4}}"),
        format!(r"(?:{MONTH}|Christmas|Easter|Thanksgiving|Ramadan|New Year's Day|New Year)"),
        format!(r"{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"),
        // Relative expressions.
        r"(?:[Tt]his|[Nn]ext|[Ll]ast|[Pp]ast|[Rr]ecent|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+(?:few\s+)?(?:days|weeks?|months?|years?|weekend|night|morning|decade)".to_string(),
        r"[Tt]he\s+(?:coming|past|next|last|following|previous|same)\s+(?:few\s+)?(?:day|days|weeks?|months?|years?|weekend|night|morning|decade)".to_string(),
        r"[Tt]he\s+(?:winter|summer|spring|autumn)".to_string(),
        r"(?:[Ee]arlier|[Ll]ater)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)".to_string(),
        r"(?:[Ee]ach|[Ee]very)\s+(?:day|week|month|year|night)".to_string(),
        r"(?:[Oo]vernight|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Mm]idnight|[Ll]ast night|[Tt]his morning|[Tt]his week|[Tt]his year)".to_string(),
        // Durations: `24 hours`, `almost five hours`, `nearly four-year`, `a day`.
        format!(r"(?:{MODIFIER}\s+)?(?:[0-9]+|{NUMBER_WORD})(?:\s+|-){TIME_UNIT}(?:-long)?"),
        r"(?:after|for|in|within)\s+a\s+(?:day|week|month|year)".to_string(),
        // An ordinal day: `100th day`.
        r"[0-9]+(?:st|nd|rd|th)\s+(?:day|anniversary)".to_string(),
        // A bare year.
        r"(?:1[89][0-9]{2}|20[0-9]{2})".to_string(),
    ]
    .iter()
    .map(|p| format!(r"\b{p}\b"))
    .collect::<Vec<_>>()
    .join("|");
    format!("(?-u:{pattern})")
}

/// Quantities: ages and sizes, money, percentages, counted things, numbers.
pub fn quantity_pattern() -> String {
    let number = r"(?:[0-9]+(?:[,.][0-9]+)*(?:bn|m|k|tn)?)";
    let pattern = [
        // 73-year-old, 28-point
        format!(r"\b(?:{MODIFIER}\s+)?[0-9]+-(?:year-old|point|storey|story|member|seat|mile|kilometre|kilometer|km|metre|meter|page)s?\b"),
        // $1.2bn, 85%, 19 percent, 3.5 million
        format!(r"(?:\b{MODIFIER}\s+)?(?:(?:\$|€|£)\s?{number}(?:\s+(?:million|billion|trillion))?|\b{number}\s?%|\b{number}\s+(?:per\s?cent|percent|percentage points?)|\b{number}\s+(?:million|billion|trillion)(?:\s+(?:dollars|euros|pounds|roubles|rubles|hryvnias|people|barrels|tonnes|tons))?)"),
        format!(r"\b(?:{MODIFIER}\s+)?{NUMBER_WORD}\s+(?:per\s?cent|percent|percentage points?)\b"),
        // A number and what it counts: `19 people`, `31 apartment blocks`.
        format!(r"\b(?:{MODIFIER}\s+)?(?:{number}|{NUMBER_WORD}(?:\s+(?:thousand|hundred|million))?)(?:\s+[A-Za-z]+){{0,2}}?\s+(?:[a-z]{{2,}}[a-rt-z]s|people|men|women|children|police|personnel|staff|troops|casualties|civilians|residents|soldiers|deaths|dead|injured|wounded)\b"),
        format!(r"\b(?:{MODIFIER}\s+)?[0-9]+(?:[,.][0-9]+)*\b"),
    ]
    .join("|");
    format!("(?-u:{pattern})")
}
