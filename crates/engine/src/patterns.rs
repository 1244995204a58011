// The patterns of dates and quantities, as regular expressions (ASCII
// only: `(?-u)`). This file is included twice: by `build.rs`, which
// compiles them into DFAs with `regex-automata` at build time, and by
// `src/when.rs`'s tests, which check those DFAs against the `regex` crate
// on the same texts. (An `include!`d file, so no `//!` header.)

const MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const WEEKDAY: &str = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUMBER_WORD: &str = "(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Dd]ozens|[Tt]ens of thousands|[Hh]undreds of thousands|[Aa] dozen|[Aa] hundred|[Aa] thousand)";
/// `Ninety-two`, `twenty-one`: a compound number word (only where a count
/// or a percentage takes it: each alternative it joins costs automaton
/// states).
const COMPOUND_NUMBER: &str = "(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)-(?:one|two|three|four|five|six|seven|eight|nine)";
const MODIFIER: &str = "(?:[Aa]t least|[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Uu]p to|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Oo]ver|[Ss]ome|[Aa]n estimated|[Aa]t most|[Jj]ust over|[Jj]ust under|[Jj]ust|[Cc]lose to|[Ww]ell over|[Bb]elow|[Aa]bove|[Uu]nder)";
const ORDINAL: &str = "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[0-9]*(?:1st|2nd|3rd|[04-9]th|1[0-9]th))";
const DAY_PART: &str = "(?:morning|afternoon|evening|night)";
const PERIOD: &str = "(?:[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears|[Hh]ours|[Mm]inutes|[Dd]ecades)";
const TIME_UNIT: &str = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)";

/// Dates: calendar dates, weekdays, relative expressions, durations, years.
pub fn date_pattern() -> String {
    // `early on`, `late`, `this`, `next`: words that belong to a day's name.
    let day_lead = r"(?:(?:[Ee]arly|[Ll]ate)(?:\s+on)?\s+|(?:[Tt]his|[Nn]ext|[Ll]ast)\s+|(?:Black|Good|Cyber)\s+)";
    let year = r"(?:1[89][0-9]{2}|20[0-9]{2}|2100)";
    let count = format!(r"(?:[0-9]+(?:,[0-9]{{3}})*|{NUMBER_WORD})");
    // The counts a period of a year takes (`the first three months`).
    let small = r"(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)";
    let pattern = [
        // Clock times: `12:01 a.m. Friday`, `3.20pm`, `15:35 hours`, `1700
        // hours Indian Standard Time`.
        // `4:12 a.m. local time`, `1130 GMT`.
        format!(r"(?:{MODIFIER}\s+)?[0-9]{{1,2}}[:.][0-9]{{2}}\s?(?:a\.m\.?|p\.m\.?|am|pm|hours|hrs|GMT|BST|UTC|CET)(?:\s+local\s+time)?(?:,?\s+{WEEKDAY})?"),
        format!(r"(?:{MODIFIER}\s+)?[0-9]{{1,2}}\s?(?:a\.m\.?|p\.m\.?|am|pm)(?:\s+local\s+time)?(?:,?\s+{WEEKDAY})?"),
        r"[0-9]{4}\s+hours(?:\s+[A-Z][a-z]+\s+(?:Standard|Daylight)\s+Time)?".to_string(),
        r"[0-2][0-9][0-5][0-9]\s+(?:GMT|UTC|BST|CET|ET|EST|EDT)".to_string(),
        // Decades: `the 1990s`, `the early 1960s`, `the mid-2000s`.
        r"(?:[Tt]he\s+)?(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?(?:1[89]|20)[0-9]0s".to_string(),
        r"[0-9]{1,2}:[0-9]{2}".to_string(),
        r"24/7".to_string(),
        // October 14, 2025 / October 14 / April 30th / February 2022 / the 12th of May
        format!(r"(?:{WEEKDAY},?\s+)?{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?"),
        format!(r"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+[0-9]{{4}})?"),
        // `Jan 22` (a wire's dateline): an abbreviation without its dot, before a day.
        r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s+[0-9]{1,2}(?:,?\s+[0-9]{4})?".to_string(),
        format!(r"[Tt]he\s+[0-9]{{1,2}}(?:st|nd|rd|th)\s+of\s+{MONTH}"),
        format!(r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-])?{MONTH}\s+(?:of\s+(?:this|last|next)\s+year|[0-9]{{4}})"),
        format!(r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-])?(?:{MONTH}|Christmas|Easter|Thanksgiving|Ramadan|New Year's Day|New Year)"),
        format!(r"{day_lead}?{WEEKDAY}(?:\s+{DAY_PART})?"),
        // A range of years: `1989 to 1996`, a financial year `2026-27`.
        format!(r"{year}\s*(?:to|-)\s*{year}"),
        format!(r"{year}[-/][0-9]{{2}}"),
        // Relative expressions.
        r"(?:[Tt]his|[Nn]ext|[Ll]ast|[Pp]ast|[Rr]ecent|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+(?:few\s+|last\s+|financial\s+|fiscal\s+)?(?:days|weeks?|months?|years?|weekend|night|morning|afternoon|evening|decade|quarter)".to_string(),
        format!(r"[Tt]he\s+(?:first|coming|past|next|last|following|previous|same)\s+(?:few\s+|{small}\s+|financial\s+|fiscal\s+)?(?:day|days|weeks?|months?|years?|weekend|night|morning|decade|quarter|half|period)(?:\s+(?:of\s+(?:this\s+year|last\s+year|(?:fiscal\s+)?{year}|its\s+financial\s+year)|last\s+year|ahead))?"),
        format!(r"[Tt]he\s+(?:first|second|last)\s+(?:half|quarter)\s+of\s+(?:this\s+year|last\s+year|next\s+year|{year}|its\s+financial\s+year|the\s+year)"),
        // A quarter or half of the year: `the second quarter`, `the first half` (after
        // the forms above, which go on: `the first half of 2022`).
        r"[Tt]he\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)".to_string(),
        format!(r"[Tt]he\s+{small}\s+(?:days|weeks|months|years)\s+to\s+[0-9]{{1,2}}\s+{MONTH}"),
        r"[Tt]he\s+(?:end|start|beginning|middle)\s+of\s+(?:the|this|next|last)\s+(?:day|week|month|year|decade|century|season|quarter)".to_string(),
        r"[Tt]he\s+(?:days|weeks|months|years)\s+ahead".to_string(),
        r"[Tt]he\s+(?:winter|summer|spring|autumn)".to_string(),
        // Seasons: `next spring`, `late summer`, `autumn 2026`.
        format!(r"(?:[Tt]his|[Nn]ext|[Ll]ast|[Ee]arly|[Ll]ate)\s+(?:winter|summer|spring|autumn)(?:\s+{year})?"),
        format!(r"(?:[Ww]inter|[Ss]ummer|[Ss]pring|[Aa]utumn)\s+{year}"),
        r"(?:[Ee]arlier|[Ll]ater)\s+(?:this|that|in\s+the)\s+(?:day|week|weekend|month|year|morning|afternoon|evening)".to_string(),
        r"(?:[Ee]ach|[Ee]very)\s+(?:day|week|month|year|night)".to_string(),
        r"(?:[Oo]vernight|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Mm]idnight|[Ll]ast night|[Tt]his morning|[Tt]his week|[Tt]his year)".to_string(),
        // `Minutes earlier`, `just days`.
        format!(r"{PERIOD}\s+(?:earlier|later|ago)"),
        format!(r"[Jj]ust\s+{PERIOD}"),
        // Durations: `24 hours`, `almost five hours`, `nearly four-year`,
        // `two years ago`, `about 44,000 years ago`, `three and a half
        // years`, `two hours and 41 minutes`, `about a week`, `a year and a
        // half`, `a quarter century`.
        format!(r"(?:{MODIFIER}\s+)?{count}(?:\s+and\s+a\s+half)?(?:\s+|-){TIME_UNIT}(?:\s+and\s+{count}\s+{TIME_UNIT})?(?:-long|\s+ago)?"),
        format!(r"(?:{MODIFIER}\s+)?an?\s+(?:single\s+|full\s+|whole\s+)?(?:hour|day|week|fortnight|month|year|decade|quarter\s+century)(?:\s+and\s+a\s+half)?(?:\s+(?:before|earlier|later|ago))?"),
        // A day counted from a start: `day nine`, `Day 9` (of a campaign, a
        // trial, a war).
        r"[Dd]ay\s+(?:[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)".to_string(),
        // An ordinal day: `100th day`.
        r"[0-9]+(?:st|nd|rd|th)\s+(?:day|anniversary)".to_string(),
        // A bare year.
        year.to_string(),
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
    let percent = r"(?:\s?%|(?:\s+|-)(?:per[\s-]?cent|percent|percentage points?))";
    let magnitude = r"(?:[\s-]+(?:million|billion|trillion))";
    // `85 or 86 votes`: a range of figures.
    let count = format!(r"(?:{number}(?:\s+(?:or|to)\s+{number})?|{COMPOUND_NUMBER}|{NUMBER_WORD}(?:\s+(?:thousand|hundred|million|billion))?)");
    // What a number counts: a plural noun, or a word that counts people.
    let counted = r"(?:[A-Za-z][a-z]+[a-rt-z]s|km/h|km|kg|cm|mm|mph|ft|lbs?|kWh|MW|GW|people|men|women|children|grandchildren|aircraft|pence|police|personnel|staff|troops|casualties|civilians|residents|soldiers|deaths|dead|injured|wounded)";
    let adjective = r"(?:\s+[A-Za-z]+(?:-[A-Za-z]+)*)";
    let pattern = [
        // 73-year-old, 28-point
        format!(r"\b(?:{MODIFIER}\s+)?[0-9]+-(?:year-old|point|storey|story|member|seat|mile|kilometre|kilometer|km|metre|meter|page)s?\b"),
        // Ranges: `between 4.25% and 4.5%`, `20-30%`, `4.25 percent to 4.5 percent`.
        format!(r"\b(?:[Bb]etween\s+){number}(?:{percent})?\s+and\s+{number}{percent}\b"),
        format!(r"\b(?:[Bb]etween\s+)?{number}(?:{percent})?\s?(?:-|to)\s?{number}{percent}"),
        // $1.2bn, $17-billion, US$5m, R9.1-billion, 85%, 19 percent, a dollar
        format!(r"(?:\b{MODIFIER}\s+)?(?:(?:\b(?:US|A|C|NZ|HK|S))?(?:\$|€|£)\s?{number}(?:-{number})?{magnitude}?(?:\s+to\s+(?:\$|€|£){number}{magnitude}?)?|\bR{number}{magnitude}|\b{number}{percent})"),
        format!(r"\b(?:{MODIFIER}\s+)?an?\s+(?:dollar|euro|pound|penny|cent)\b"),
        // A unit written onto its number: `90mph`, `12km`, `3.5kg`.
        format!(r"\b(?:{MODIFIER}\s+)?{number}(?:mph|kph|km/h|km|kg|cm|mm|ft|lbs|kWh|MW|GW)\b"),
        // Temperatures: `46.2C`, `38 degrees Celsius` (`1.5°C`: see when.rs).
        format!(r"\b(?:{MODIFIER}\s+)?{number}(?:[CF]|\s+degrees(?:\s+(?:Celsius|Fahrenheit))?)\b"),
        format!(r"\b(?:{MODIFIER}\s+)?(?:{COMPOUND_NUMBER}|{NUMBER_WORD}){percent}\b"),
        // A number and what it counts: `19 people`, `31 apartment blocks`,
        // `44.39 million eligible voters`, `thousands of job cuts`.
        // (Speeds: `45 miles per hour`, `80 kilometres an hour`.)
        format!(r"\b(?:{MODIFIER}\s+)?{count}{magnitude}?(?:\s+of)?{adjective}{{0,2}}?\s+{counted}(?:\s+(?:per|an)\s+hour)?\b"),
        format!(r"\b(?:{MODIFIER}\s+)?{number}{magnitude}(?:\s+(?:dollars|euros|pounds|roubles|rubles|hryvnias|barrels|tonnes|tons))?\b"),
        // `four-game`, `nine-month-old`, `two-thirds` (after the number
        // words and their counts: `Ninety-two percent`, `twenty-one people`).
        format!(r"\b(?:{MODIFIER}\s+)?(?:[0-9]+|{NUMBER_WORD})-(?:thirds|quarters)\b"),
        format!(r"\b(?:[0-9]+|{NUMBER_WORD})-(?:[a-z]+-old|thirds|quarters|fifths|[a-z]{{3,}})\b"),
        // Counting ordinals: `fourth round`, `third straight title`, `250th goal`.
        format!(r"\b{ORDINAL}(?:\s+(?:straight|consecutive|successive))?\s+[A-Za-z][a-z]{{2,}}\b"),
        // Scores and tallies: `2-0`, `18-8`, `4-6 6-4 6-4`.
        r"\b[0-9]{1,3}-[0-9]{1,3}(?:,?\s+[0-9]{1,2}-[0-9]{1,2})*\b".to_string(),
        format!(r"\b(?:{MODIFIER}\s+)?[0-9]+(?:[,.][0-9]+)*\b"),
        // `one vote`, `one club` (a bare indefinite `one` is dropped later).
        r"\b[Oo]ne\s+[a-z]{3,}\b".to_string(),
        // A number word alone counts (`each winning four`, `at least seven`
        // before a name: `at least seven U.S. warships`); `one` never.
        format!(r"\b(?:{MODIFIER}\s+)?(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Dd]ozens)\b"),
    ]
    .join("|");
    format!("(?-u:{pattern})")
}
