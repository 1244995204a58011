//! Claims end to end through `Document::analyze`: each quote shape, cue
//! pattern and speaker-resolution rule, on sentences written for the tests.

use marginalia_engine::{ClaimKind, Document};

/// (kind, text, speaker, cue, hedged) of one claim.
type Row = (ClaimKind, String, Option<String>, Option<String>, bool);

/// Every claim of `text`, as rows.
fn claims(text: &str) -> Vec<Row> {
    let doc = Document::analyze(text);
    doc.claims
        .iter()
        .map(|c| (c.kind, c.span.text(&doc.text).to_string(), c.speaker.clone(), c.cue.clone(), c.hedged))
        .collect()
}

macro_rules! t {
    ($name:ident, $text:expr, [$(($kind:ident, $claim:expr, $speaker:expr, $cue:expr, $hedged:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: Vec<Row> = vec![$((
                ClaimKind::$kind,
                $claim.to_string(),
                Option::<&str>::from($speaker).map(str::to_string),
                Option::<&str>::from($cue).map(str::to_string),
                $hedged,
            )),*];
            assert_eq!(claims($text), want);
        }
    };
}

// Quote shapes.
t!(
    quote_then_name_said,
    "“The dam will hold,” Maria Lopes said.",
    [(Quote, "The dam will hold,", "Maria Lopes", "said", false)]
);
t!(
    quote_then_said_name,
    "“The dam will hold,” said engineer Maria Lopes.",
    [(Quote, "The dam will hold,", "Maria Lopes", "said", false)]
);
t!(
    name_said_colon_quote,
    "Maria Lopes told reporters: “The dam will hold.”",
    [(Quote, "The dam will hold.", "Maria Lopes", "told reporters", false)]
);
t!(
    quote_then_said_someone_unnamed,
    "“The dam will hold,” said Maria Lopes. “It is a disgrace,” said one resident, who asked not to be named.",
    [(Quote, "The dam will hold,", "Maria Lopes", "said", false), (Quote, "It is a disgrace,", None, "said", false),]
);
t!(
    someone_unnamed_before_the_cue,
    "Minister Ilse Brandt met envoys. A senior official in Brandt’s team, speaking on condition of anonymity, said the talks had stalled. A Ministry of Health spokeswoman said the clinics would open.",
    [
        (Reported, "the talks had stalled", None, "said", false),
        (Reported, "the clinics would open", "Ministry of Health", "said", false),
    ]
);
t!(
    a_bodys_spokeswoman_is_the_body_not_a_person_named_later,
    "Maria Lopes visited. “It holds,” she said. A Harbour Board spokeswoman said the port was closed.\n\nTomas Berg, a trader, said prices were up.",
    [
        (Quote, "It holds,", "Maria Lopes", "said", false),
        (Reported, "the port was closed", "Harbour Board", "said", false),
        (Reported, "prices were up", "Tomas Berg", "said", false),
    ]
);
t!(
    a_bodys_spokesman_named_just_after_is_that_person,
    "A Harbour Board spokesman said the port was closed.\n\nHarbour Board spokesman Olek Brun said it would reopen.",
    [
        (Reported, "the port was closed", "Olek Brun", "said", false),
        (Reported, "it would reopen", "Olek Brun", "said", false),
    ]
);
t!(
    straight_marks,
    "\"Prices will fall,\" said Tomas Berg.",
    [(Quote, "Prices will fall,", "Tomas Berg", "said", false)]
);
t!(
    outlet_quoted_someone_as_saying,
    "Mayor Ana Ruiz visited the dam. “It will hold,” Radio Norte quoted the mayor as saying.",
    [(Quote, "It will hold,", "Ana Ruiz", "quoted the mayor as saying", true)]
);
t!(
    quoted_by_an_outlet_as_saying,
    "“It will hold,” Ana Ruiz was quoted by Radio Norte as saying.",
    [(Quote, "It will hold,", "Ana Ruiz", "saying", true)]
);
t!(guillemets, "«Nous restons,» said Claire Dubois.", [(Quote, "Nous restons,", "Claire Dubois", "said", false)]);
t!(
    continued_quote,
    "“We are ready,” coach Ana Ruiz said. “The players know it.”",
    [(Quote, "We are ready,", "Ana Ruiz", "said", false), (Quote, "The players know it.", "Ana Ruiz", "said", false)]
);
t!(
    pronoun_added,
    "Judge Peter Hale read the verdict. “Justice was served,” he added.",
    [(Quote, "Justice was served,", "Peter Hale", "added", false)]
);
t!(quoted_title_is_not_speech, "She wrote a report titled “Rivers at Risk” last year.", []);
t!(
    headline_quote_has_no_cue,
    "‘Not guilty’ verdict stuns court\n\nThe jury returned.",
    [(Quote, "Not guilty", None, None, false)]
);

// Reported speech.
t!(
    said_that,
    "Finance Minister Lena Vogt said that inflation would ease next year.",
    [(Reported, "inflation would ease next year", "Lena Vogt", "said", false)]
);
t!(
    said_without_that,
    "Lena Vogt said inflation would ease.",
    [(Reported, "inflation would ease", "Lena Vogt", "said", false)]
);
t!(
    clause_then_name_said,
    "Inflation would ease next year, Lena Vogt said.",
    [(Reported, "Inflation would ease next year", "Lena Vogt", "said", false)]
);
t!(
    according_to_person,
    "According to Lena Vogt, inflation would ease.",
    [(Reported, "inflation would ease", "Lena Vogt", "according to", false)]
);
t!(
    according_to_an_outlet_or_a_body_is_not_hedged,
    "The bank will cut rates, according to Reuters. According to the Central Bank, prices will rise.",
    [
        (Reported, "The bank will cut rates", "Reuters", "according to", false),
        (Reported, "prices will rise", "Central Bank", "according to", false),
    ]
);
t!(
    according_to_what_others_pass_on_is_hedged,
    "The troops advanced faster this year, according to maps cited by Reuters. The mine will close, according to media reports.",
    [
        (Reported, "The troops advanced faster this year", None, "according to", true),
        (Reported, "The mine will close", None, "according to", true),
    ]
);
t!(
    two_coordinated_claims,
    "Lena Vogt said that rates would fall and that wages would rise.",
    [
        (Reported, "rates would fall", "Lena Vogt", "said", false),
        (Reported, "wages would rise", "Lena Vogt", "said", false),
    ]
);
t!(
    reportedly_without_source,
    "The club reportedly plans to sell its stadium.",
    [(Reported, "plans to sell its stadium", None, "reportedly", true)]
);
t!(
    unnamed_source_is_null,
    "Officials said the bridge would reopen on Friday.",
    [(Reported, "the bridge would reopen on Friday", None, "said", false)]
);

// Speakers through roles.
t!(
    role_before_by_title,
    "Governor Ruth Okafor toured the site. The governor said the levee had failed.",
    [(Reported, "the levee had failed", "Ruth Okafor", "said", false)]
);
t!(
    role_named_just_after,
    "Fires broke out overnight, the regional governor said.\n\nTomasz Nowak, writing on Facebook, said crews were on site.",
    [
        (Reported, "Fires broke out overnight", "Tomasz Nowak", "said", false),
        (Reported, "crews were on site", "Tomasz Nowak", "said", false),
    ]
);
t!(
    organisation_speaker,
    "The World Bank said growth would slow.",
    [(Reported, "growth would slow", "World Bank", "said", false)]
);

// Failure cases: unbalanced marks never swallow the article.
t!(
    unclosed_mark_is_dropped,
    "He said “this never closes.\n\nMaria Lopes said the dam would hold.",
    [(Reported, "the dam would hold", "Maria Lopes", "said", false)]
);
t!(apostrophes_make_no_quotes, "The players’ union and Russia’s ministry met in the ’90s.", []);

// Speakers through participles, institutions, `it` and documents.
t!(
    participle_shares_subject,
    "Coach Ana Ruiz insisted that the team was ready, adding that the “hard work is done”.",
    [
        (Reported, "the team was ready", "Ana Ruiz", "insisted", false),
        (Quote, "hard work is done", "Ana Ruiz", "adding", false),
    ]
);
t!(
    institution_then_it,
    "Poland’s border guard service said 40 migrants crossed overnight. Most were sent back, it said.",
    [
        (Reported, "40 migrants crossed overnight", "Polish Border Guard Service", "said", false),
        (Reported, "Most were sent back", "Polish Border Guard Service", "said", false),
    ]
);
t!(
    document_title_speaks,
    "The report, titled “Cities Under Water”, said that flood defences were failing.",
    [(Reported, "flood defences were failing", "Cities Under Water", "said", false)]
);
t!(
    tail_cue_then_coordinated_clause,
    "The quake killed 20 people, the Interior Ministry said, and rescuers worked on.",
    [(Reported, "The quake killed 20 people", "Interior Ministry", "said", false)]
);

// Clauses around quotations, quantities and dates after the cue.
t!(
    quantity_right_after_cue,
    "Officials said at least 30 homes were destroyed.",
    [(Reported, "at least 30 homes were destroyed", None, "said", false)]
);
t!(
    date_adjunct_after_cue,
    "Mayor Ana Ruiz said on Monday she would resign.",
    [(Reported, "she would resign", "Ana Ruiz", "said", false)]
);
t!(
    subordinate_clause_before_quote,
    "Coach Ana Ruiz said that while the team had improved, “we are not there yet.”",
    [
        (Reported, "the team had improved", "Ana Ruiz", "said", false),
        (Quote, "we are not there yet.", "Ana Ruiz", "said", false)
    ]
);
t!(
    complete_clause_before_relative_quote,
    "Mayor Ana Ruiz said the storm damaged roads, which “will take months to fix”.",
    [
        (Reported, "the storm damaged roads", "Ana Ruiz", "said", false),
        (Quote, "will take months to fix", "Ana Ruiz", "said", false),
    ]
);
t!(
    repeated_that,
    "Ana Ruiz has repeated that the port will reopen.",
    [(Reported, "the port will reopen", "Ana Ruiz", "repeated", false)]
);
t!(repeated_attacks_are_no_claim, "Pirates repeated attacks on the port.", []);
t!(
    participle_after_a_quote,
    "Analyst Tom Berg called the plan “bold,” while cautioning that costs could rise.",
    [(Quote, "bold,", "Tom Berg", "called", false), (Reported, "costs could rise", "Tom Berg", "cautioning", false)]
);

// Speakers beyond the nearest name (rules of the dev-set work).
t!(
    quote_ending_a_sentence_is_not_attributed_by_the_next,
    "Board chair Lina Oduya said that the firm had taken \"careful and lawful steps.\" She added: \"We will appeal.\"",
    [
        (Quote, "careful and lawful steps.", "Lina Oduya", "said", false),
        (Quote, "We will appeal.", "Lina Oduya", "added", false),
    ]
);
t!(
    cue_past_a_second_quotation,
    "Tarek Malouf spoke on Sunday. While it was “possible” to wait “for a short time,” he said, the deal must close.",
    [(Quote, "possible", "Tarek Malouf", "said", false), (Quote, "for a short time,", "Tarek Malouf", "said", false)]
);
t!(
    coordinated_verb_takes_the_sentence_subject,
    "Ben Arlow spoke first. Later, Governor Rosa Imbert described the storm as “brutal” and said the roads would reopen.",
    [
        (Quote, "brutal", "Rosa Imbert", "described", false),
        (Reported, "the roads would reopen", "Rosa Imbert", "said", false),
    ]
);
t!(
    the_company_is_the_organisation_named_before,
    "Shares of Pfizer fell on Monday. The company said it would appeal the ruling.",
    [(Reported, "it would appeal the ruling", "Pfizer", "said", false)]
);
t!(
    person_in_an_inner_piece,
    "On Friday, Alma Quiroga, leader of the Verdant Party, stated that all its senators would vote no.",
    [(Reported, "all its senators would vote no", "Alma Quiroga", "stated", false)]
);
t!(
    joint_source_takes_the_first_party,
    "Both Kenya and Ethiopia have said they want a deal on the river.",
    [(Reported, "they want a deal on the river", "Kenya", "said", false)]
);
t!(
    pronoun_takes_a_newly_introduced_subject,
    "“We hold the line,” Hana Veld said. Minister Oskar Brandt also spoke on Friday. “Talks will go on,” he said.",
    [
        (Quote, "We hold the line,", "Hana Veld", "said", false),
        (Quote, "Talks will go on,", "Oskar Brandt", "said", false),
    ]
);
t!(
    quotation_without_cue_takes_the_sentence_subject,
    "Mayor Ines Carvalho spoke. Ines Carvalho branded the plan “a folly” on Friday.",
    [(Quote, "a folly", "Ines Carvalho", None, false)]
);
t!(
    headline_quote_takes_the_name_after_it,
    "‘We were robbed’: Dario Lenz blasts the referee\nDario Lenz was angry.",
    [(Quote, "We were robbed", "Dario Lenz", None, false)]
);
t!(
    joint_statement_of_two_people,
    "Council leader Ann Ruddock and her deputy, Sam Ogle, said: “We will cut spending.”",
    [(Quote, "We will cut spending.", "Ann Ruddock", "said", false)]
);
t!(
    the_paper_is_the_outlet_named_before,
    "Talks stalled, the Daily Herald reported. Relations with Pfizer had “soured badly”, the paper said.",
    [(Quote, "soured badly", "Daily Herald", "said", false)]
);
t!(
    noun_phrase_after_a_cue_is_no_claim,
    "Pollsters predicted a Varga win by wide margins. Later, Ana Kovac said the vote would be close.",
    [(Reported, "the vote would be close", "Ana Kovac", "said", false)]
);
t!(
    quoted_title_is_no_claim,
    "She starred in “Silver Harbour Nights” and “Dark Water” before she said “enough.”",
    [(Quote, "enough.", None, "said", false)]
);
t!(
    role_with_a_modifier_from_the_appositive,
    "“We stand united,” Ilse Brandvold, Norwegian trade minister, said. Later the Norwegian minister noted the “deep ties” of the two.",
    [
        (Quote, "We stand united,", "Ilse Brandvold", "said", false),
        (Quote, "deep ties", "Ilse Brandvold", "noted", false),
    ]
);
t!(
    pronoun_skips_names_inside_quotations,
    "Judge Ada Morrow said: “Then Colm Reyes attacked eight people.” He said that “Reyes will stay in prison.”",
    [
        (Quote, "Then Colm Reyes attacked eight people.", "Ada Morrow", "said", false),
        (Quote, "Reyes will stay in prison.", "Ada Morrow", "said", false),
    ]
);
t!(
    a_finding_takes_that,
    "The study found that sleep improved memory. The team found the lab empty.",
    [(Reported, "sleep improved memory", None, "found", false)]
);
t!(
    cue_without_subject_keeps_the_speaker,
    "“We need help,” Mara Quint said. “We need it now,” stated during a speech.",
    [(Quote, "We need help,", "Mara Quint", "said", false), (Quote, "We need it now,", "Mara Quint", "stated", false)]
);

// A quotation inside a clause whose verb is no cue, then `but said`: the
// clause's subject (here a role, resolved to the person it describes)
// speaks, not a name inside the object; a plural noun before a modal
// (`member states would`) is no cue.
t!(
    coordinated_cue_after_an_object_with_a_quote,
    "Marek Wolny, Polish trade minister, spoke on Monday.\n\nThe Polish minister noted the “strategic importance” of the EU-US pact but said member states would back the commission in “responding firmly”.",
    [
        (Quote, "strategic importance", "Marek Wolny", "said", false),
        (Quote, "responding firmly", "Marek Wolny", "said", false),
    ]
);
t!(
    plural_noun_before_a_modal_is_no_cue,
    "Ana Ruiz spoke. EU states would back the plan, she said.",
    [(Reported, "EU states would back the plan", "Ana Ruiz", "said", false)]
);

// A role named before its person: the person named after the sentence,
// not one inside what is said; `the boss of X` is a role of X.
t!(
    role_in_a_headline_is_the_person_named_next,
    "Business\n\nOrlex boss says Vance made customers more worried with his speech\n\nDana Whitcombe says shoppers are worried about costs after the minister spoke.\n\nThe boss of Orlex has said Tom Vance has made his customers “more worried” about costs.",
    [
        (Reported, "Vance made customers more worried with his speech", "Dana Whitcombe", "says", false),
        (Reported, "shoppers are worried about costs after the minister spoke", "Dana Whitcombe", "says", false),
        (Quote, "more worried", "Dana Whitcombe", "said", false),
    ]
);

// A title used as a noun (`The Prime Minister has …`) is a role: the
// person titled so, not the last person named.
t!(
    capitalised_title_as_a_subject_is_a_role,
    "The Prime Minister has rallied supporters in Perth against what he described as the rivals’ “politics of fear”, accusing Tom Hale of “hiding from voters”.\n\nPrime Minister Nora Quill joined the crowd later.",
    [
        (Quote, "politics of fear", "Nora Quill", "described", false),
        (Quote, "hiding from voters", "Nora Quill", "described", false),
    ]
);

// A participle opening its sentence (`While saying …, he noted`) shares
// the main clause's subject, and the main clause ends the reported one.
t!(
    opening_participle_shares_the_main_clause_subject,
    "Tom Reyes joked about how his life had changed. While saying fans have stopped him in the street, he noted, “I can still go out.”",
    [
        (Reported, "fans have stopped him in the street", "Tom Reyes", "saying", false),
        (Quote, "I can still go out.", "Tom Reyes", "noted", false),
    ]
);

// Single straight marks, British style: `'…,' said X, who …` attributes
// the quotation (no reported clause after it), and a quotation running
// over paragraphs (open at the end of one, reopened at the next) keeps
// its speaker.
t!(
    single_marks_said_name_who_and_paragraphs,
    "'It is a bad feeling,' said Tomas Berg, who lost the final in June.\n'I am proud of what I have done this month.\n'I played someone who played an unbelievable game.'",
    [
        (Quote, "It is a bad feeling,", "Tomas Berg", "said", false),
        (Quote, "I am proud of what I have done this month.", "Tomas Berg", "said", false),
        (Quote, "I played someone who played an unbelievable game.", "Tomas Berg", "said", false),
    ]
);

// A headline's quoted fragment of a later attributed quotation is that
// speaker's; `states` after a name is a noun, no cue.
t!(
    headline_fragment_of_a_later_quote,
    "EU states ‘ready to respond’ to tariffs\n\n“We are ready to respond to any tariffs,” Marek Wolny said.",
    [
        (Quote, "ready to respond", "Marek Wolny", None, false),
        (Quote, "We are ready to respond to any tariffs,", "Marek Wolny", "said", false),
    ]
);
t!(
    spokesperson_for_a_role_speaks_for_its_holder,
    "Mayor Helen Strick did not vote. A spokeswoman for the mayor said she had declared an interest.",
    [(Reported, "she had declared an interest", "Helen Strick", "said", false)]
);
t!(
    an_unnamed_commission_is_not_the_last_organisation,
    "Orvane Holdings gave its figures. Turnout was 61 per cent, the commission said.",
    [(Reported, "Turnout was 61 per cent", None, "said", false)]
);
t!(
    it_is_the_body_just_named,
    "The Calvera Port Authority denied that. In a statement, it said its negotiators were “ready to meet”.",
    [(Quote, "ready to meet", "Calvera Port Authority", "said", false)]
);
t!(
    an_expletive_it_names_no_one,
    "Orvane Holdings met. It is estimated that the countries could gain.",
    [(Reported, "the countries could gain", None, "estimated", false)]
);
t!(
    a_pronoun_after_but,
    "Professor Ian Rowe said so. But he added: “It is better to be late.”",
    [(Quote, "It is better to be late.", "Ian Rowe", "added", false)]
);
t!(
    the_company_is_the_one_most_named,
    "Hallbrook, the store chain, cut jobs. Shares in Hallbrook rose. Analysts at Kestrel Securities approved. The company said stores would close.",
    [(Reported, "stores would close", "Hallbrook", "said", false)]
);
t!(
    a_named_spokesperson_for_a_body_speaks,
    "The Red Crescent sent tents. A spokesman for the organisation, Omid Karimi, said the toll would rise.",
    [(Reported, "the toll would rise", "Omid Karimi", "said", false)]
);
t!(
    her_office_speaks_for_her,
    "President Leyla Haddad ordered the army to help. Her office said she would visit the region.",
    [(Reported, "she would visit the region", "Leyla Haddad", "said", false)]
);
t!(
    its_unnamed_head_is_the_body,
    "The United Nations welcomed the deal. Its secretary-general said the deal had helped.",
    [(Reported, "the deal had helped", "United Nations", "said", false)]
);
t!(
    a_noun_is_no_cue_nor_is_a_refusal,
    "Police came after reports that two men had fled. She declined to say whether prices had been settled.",
    []
);
t!(
    an_initial_does_not_end_the_subject,
    "India's foreign minister, S. Jaishankar, said the plan was good.",
    [(Reported, "the plan was good", "S. Jaishankar", "said", false)]
);
t!(
    a_subordinate_clause_has_its_own_subject,
    "Junior minister Tom Ashworth resigned after a newspaper reported that he had claimed expenses.",
    [(Reported, "he had claimed expenses", None, "reported", false)]
);
t!(
    the_daily_paper_speaks,
    "The Daily Mail, which first reported the claims, said Ashworth had been asked.",
    [(Reported, "Ashworth had been asked", "Daily Mail", "said", false)]
);
t!(
    a_new_subject_takes_its_own_quote,
    "Minister Karl Vestby agreed, telling a paper that “stability matters”.\n\nOpposition leader Maja Holt accused the government of “hiding behind the bank”.",
    [
        (Quote, "stability matters", "Karl Vestby", "telling", false),
        (Quote, "hiding behind the bank", "Maja Holt", None, false)
    ]
);
t!(
    a_present_verb_after_a_noun_phrase_is_a_clause,
    "Officials have previously said that the decision belongs to the city. It was said by his daughter Mercedes Kilmer.",
    [(Reported, "the decision belongs to the city", None, "said", false)]
);
t!(
    a_dateline_opens_no_claim,
    "ARBOSA, Valdoria (Reuters) - More than 900 people left their homes on Sunday, the country's civil protection agency said.",
    [(Reported, "More than 900 people left their homes on Sunday", None, "said", false)]
);
t!(
    an_apposition_before_that,
    "She told reporters in the capital, Velmont, that the army would help.",
    [(Reported, "the army would help", None, "told reporters", false)]
);
t!(
    the_subject_after_a_closing_cue,
    "The animal still has its fur and teeth, said Dr Alisa Kuznetsova of the university, who led the study.",
    [(Reported, "The animal still has its fur and teeth", "Alisa Kuznetsova", "said", false)]
);
t!(
    no_closing_cue_before_a_clause_or_a_participle,
    "Ilse Brandt, who replaced Omar Haddad last month, said Veltrona would grow. Ana Ruiz reacted to the fines, saying the European Commission was wrong.",
    [
        (Reported, "Veltrona would grow", "Ilse Brandt", "said", false),
        (Reported, "the European Commission was wrong", "Ana Ruiz", "saying", false)
    ]
);
t!(
    a_second_cue_is_a_second_claim,
    "Analysts at Morrow Securities said the price was fair but warned that the debt could weigh on the firm.",
    [
        (Reported, "the price was fair", "Morrow Securities", "said", false),
        (Reported, "the debt could weigh on the firm", "Morrow Securities", "warned", false)
    ]
);
t!(
    a_short_past_verb_is_finite,
    "Two people died in the province of Teruna, officials said.",
    [(Reported, "Two people died in the province of Teruna", None, "said", false)]
);
t!(
    the_body_before_a_relative_clause_speaks,
    "The Teamsters union, which represents workers at Brightwell's plants, said it would seek assurances.",
    [(Reported, "it would seek assurances", "Teamsters", "said", false)]
);
t!(
    a_pronoun_takes_the_titled_subject_before_it,
    "Tomas Rydell told supporters that he would win. Outgoing prime minister Ingrid Solberg conceded defeat. “The voters have spoken,” she said.",
    [
        (Reported, "he would win", "Tomas Rydell", "told", false),
        (Quote, "The voters have spoken,", "Ingrid Solberg", "said", false)
    ]
);
t!(
    according_to_a_source_in_apposition,
    "According to the King's Fund, a health think tank, the number of people waiting has risen.",
    [(Reported, "the number of people waiting has risen", "King's Fund", "according to", false)]
);
t!(
    a_role_then_its_holder,
    "“Nobody asked us,” said its founder, retired nurse Joan Price.",
    [(Quote, "Nobody asked us,", "Joan Price", "said", false)]
);
t!(
    no_that_over_a_finite_verb,
    "Cosla, the body that represents the councils, said the offer was the best that could be afforded.",
    [(Reported, "the offer was the best that could be afforded", "Cosla", "said", false)]
);
t!(
    a_warning_that_is_a_noun_and_the_force,
    "A man died near Tresk, Bergen-Halden Police said. A yellow weather warning remains in place. The force said his family had been told.",
    [
        (Reported, "A man died near Tresk", "Bergen-Halden Police", "said", false),
        (Reported, "his family had been told", "Bergen-Halden Police", "said", false)
    ]
);
t!(
    told_an_object_then_a_clause,
    "Sara Lind told the Tresk Herald she backed the strike. Later Tom Vale told her it was over.",
    [
        (Reported, "she backed the strike", "Sara Lind", "told", false),
        (Reported, "it was over", "Tom Vale", "told", false)
    ]
);
t!(
    claimed_victory_is_no_claim,
    "Both candidates claimed victory on Monday. A group claimed responsibility for the attack.",
    []
);
t!(told_at_the_end_of_a_text, "It was what Tom Vale told the", []);
t!(told_at_the_very_end, "It was what Tom Vale told", []);
t!(
    a_counted_subject_is_unnamed,
    "Justice Ana Reis said the law was void. Two justices dissented, arguing that the threat justified it.",
    [
        (Reported, "the law was void", "Ana Reis", "said", false),
        (Reported, "the threat justified it", None, "arguing", false)
    ]
);
t!(
    a_body_noun_opens_the_clause,
    "Tresk Rovers sacked Lee Dunn. In a statement, the club thanked Dunn for his work and said Sam Holt would take over.",
    [(Reported, "Sam Holt would take over", "Tresk Rovers", "said", false)]
);
t!(
    the_college_said,
    "The Royal College of Midwives met Ann Lowe. One in eight midwives works at night, the college said.",
    [(Reported, "One in eight midwives works at night", "Royal College of Midwives", "said", false)]
);
t!(
    a_company_spokesperson_speaks_for_the_company,
    "The video platform Streamly said it would appeal. “We have made changes,” a company spokesperson said.",
    [
        (Reported, "it would appeal", "Streamly", "said", false),
        (Quote, "We have made changes,", "Streamly", "said", false)
    ]
);
t!(
    an_indefinite_apposition_describes_the_person_before,
    "Tom Vale of the agency said it would wait. Professor Sofia Lind of the University of Uppsala, a planetary scientist, said the delay was no surprise.",
    [
        (Reported, "it would wait", "Tom Vale", "said", false),
        (Reported, "the delay was no surprise", "Sofia Lind", "said", false)
    ]
);
t!(
    the_museum_is_not_a_body_of_museums,
    "The Hartwell Museum met the National Commission for Museums and Monuments. The museum said it had spent £250,000.",
    [(Reported, "it had spent £250,000", "Hartwell Museum", "said", false)]
);
t!(
    a_date_adjunct_opening_at_the_cue_and_a_plural_body_noun,
    "Harwick Motors and Ostmark Automotive met. The carmakers said last week they had scrapped the merger.",
    [(Reported, "they had scrapped the merger", "Harwick Motors", "said", false)]
);
t!(
    an_infinitive_cue_shares_the_subject,
    "Lena Moss, the finance director, spoke in May. The finance director used her first results to assure investors that she would cut costs.",
    [(Reported, "she would cut costs", "Lena Moss", "assure", false)]
);
t!(
    it_after_a_relative_and_beliefs,
    "The video platform Streamly lost money. It will not break even until 2029, by which time it projects revenue will reach $9 billion. Analysts believe the plan will fail.",
    [
        (Reported, "revenue will reach $9 billion", "Streamly", "projects", false),
        (Reported, "the plan will fail", None, "believe", false)
    ]
);
t!(
    a_glued_name_is_no_subject_and_a_group_argues_unnamed,
    "Brackford City Council met. The Labour-run authority said the rise would raise £14m. Opposition councillors voted against it, arguing that money was wasted.",
    [
        (Reported, "the rise would raise £14m", "Brackford City Council", "said", false),
        (Reported, "money was wasted", None, "arguing", false)
    ]
);
t!(
    it_opening_a_sentence_is_the_body_that_opened_the_last,
    "Data compiled by LSEG showed it, according to Tom Vale. Veltron Inc., based in Tresk, competes with Nvidia. It said it would buy back shares.",
    [
        (Reported, "Data compiled by LSEG showed it", "Tom Vale", "according to", false),
        (Reported, "it would buy back shares", "Veltron Inc.", "said", false)
    ]
);
t!(
    urging_an_act_is_no_claim,
    "Ana Reis urged rich countries to cut faster. She told the Tresk Herald that the plan to cut was late.",
    [(Reported, "the plan to cut was late", "Ana Reis", "told", false)]
);
t!(
    a_count_noun_is_no_cue_and_it_opens_the_clause,
    "The cloud provider Cloudvane failed. It apologised and said the problem had been fixed. Downdetector, which tracks outages, received 2.1 million reports.",
    [(Reported, "the problem had been fixed", "Cloudvane", "said", false)]
);
t!(
    an_age_as_a_subject_before_anyone_speaks,
    "Pop star Mara Lune cancelled her tour. The 29-year-old said she was heartbroken.",
    [(Reported, "she was heartbroken", "Mara Lune", "said", false)]
);
t!(
    a_persons_body_and_an_abbreviated_title,
    "Opposition leader Raila Odinga's Orange Democratic Movement said it would sue. “It is real,” said Dr. Ronald Petersen, director of the clinic.",
    [
        (Reported, "it would sue", "Orange Democratic Movement", "said", false),
        (Quote, "It is real,", "Ronald Petersen", "said", false)
    ]
);
t!(
    a_finding_goes_to_its_publisher,
    "The drug slowed decline by 27%, according to results of a trial published in the Tresk Journal of Medicine.",
    [(Reported, "The drug slowed decline by 27%", "Tresk Journal of Medicine", "according to", false)]
);
t!(
    an_institution_by_its_adjective_and_number_ten,
    "The talks lasted six hours, according to the Russian foreign ministry. A No 10 spokeswoman said the contracts were checked.",
    [
        (Reported, "The talks lasted six hours", "Russian Foreign Ministry", "according to", false),
        (Reported, "the contracts were checked", "Downing Street", "said", false)
    ]
);
// (No source after `according to`: no speaker, and no panic.)
t!(
    according_to_and_nothing,
    "It rose 5%, according to, the data.",
    [(Reported, "It rose 5%", None, "according to", false)]
);
t!(
    an_apposition_describes_the_body_before_it,
    "Brightwater, a charity based in Leeds, said it had run out of beds. The Tresk Pilots Association, the pilots' union, said its members backed the decision.",
    [
        (Reported, "it had run out of beds", Some("Brightwater"), "said", false),
        (Reported, "its members backed the decision", Some("Tresk Pilots Association"), "said", false)
    ]
);
t!(
    an_opening_phrase_is_no_apposition,
    "In a statement to the Tresk Herald, the Harbour Board said the quay would reopen in May.",
    [(Reported, "the quay would reopen in May", Some("Harbour Board"), "said", false)]
);
t!(
    a_clause_of_two_words,
    "Northgate Bank said profits fell.",
    [(Reported, "profits fell", Some("Northgate Bank"), "said", false)]
);
t!(
    which_is_the_body_just_before_it,
    "Judge Helen Marsh granted an order sought by Zipto Inc., which had argued that the ban would cost jobs.",
    [(Reported, "the ban would cost jobs", Some("Zipto Inc."), "argued", false)]
);
t!(
    a_name_before_a_kind_noun_is_a_modifier,
    "Kestrel Rovers have signed the striker Tiago Nunes for a record fee, the Premier League side announced on Thursday.",
    [(
        Reported,
        "Kestrel Rovers have signed the striker Tiago Nunes for a record fee",
        Some("Kestrel Rovers"),
        "announced",
        false
    )]
);
t!(
    a_finding_published_on_a_day_in_a_journal,
    "Night shifts raise the risk of heart disease, according to a study published on Wednesday in the Tresk Heart Journal.",
    [(
        Reported,
        "Night shifts raise the risk of heart disease",
        Some("Tresk Heart Journal"),
        "according to",
        false
    )]
);
t!(
    a_phrase_after_the_cue_qualifies_the_clause,
    "Net profit rose to $4 billion in the quarter, Veltra Motor Co said, above the $3 billion analysts expected.",
    [(Reported, "Net profit rose to $4 billion in the quarter", Some("Veltra Motor Co"), "said", false)]
);
t!(
    the_one_told_ends_the_sentence,
    "More than 300 firefighters were battling the blaze, fire brigade spokesman Yannis Dorak told state broadcaster TRK.",
    [(Reported, "More than 300 firefighters were battling the blaze", Some("Yannis Dorak"), "told", false)]
);
t!(
    someone_unnamed_in_a_place,
    "The envoys could meet on Wednesday, a senior figure in Lisbon told the news agency.",
    [(Reported, "The envoys could meet on Wednesday", None, "told", false)]
);
t!(
    a_bodys_document_speaks_for_it,
    "The Bank of Tresk held its rate. The bank's statement said growth had slowed.",
    [(Reported, "growth had slowed", Some("Bank of Tresk"), "said", false)]
);
t!(
    the_sentences_connective_is_not_said,
    "But seed costs twice as much as ordinary maize, says Chikondi Banda, an agronomist.",
    [(Reported, "seed costs twice as much as ordinary maize", Some("Chikondi Banda"), "says", false)]
);
t!(
    a_dateline_in_capitals_with_accents,
    "MÁLAGA, Spain (AP) — Winds drove the blaze toward the coast on Sunday, the fire service said.",
    [(Reported, "Winds drove the blaze toward the coast on Sunday", None, "said", false)]
);
t!(
    a_phrase_with_with_after_the_cue,
    "Tresk Rovers said. About 9,000 fans travelled for the match, the club said, with 40 coaches leaving before dawn.",
    [(Reported, "About 9,000 fans travelled for the match", Some("Tresk Rovers"), "said", false)]
);
t!(
    an_adverb_before_a_present_verb,
    "Halvern now expects a loss for the year, it said in a statement.",
    [(Reported, "Halvern now expects a loss for the year", None, "said", false)]
);
t!(
    a_court_rules,
    "The former mayor was sentenced to eight years in prison, a federal court ruled. The judge ruled that the deal was void.",
    [
        (Reported, "The former mayor was sentenced to eight years in prison", None, "ruled", false),
        (Reported, "the deal was void", None, "ruled", false)
    ]
);
t!(
    a_relative_clause_after_the_tail,
    "A new vaccine cut deaths by 33% in a trial, researchers reported on Wednesday, raising hopes for a way to fight a disease that kills many.",
    [(Reported, "A new vaccine cut deaths by 33% in a trial", None, "reported", false)]
);
t!(
    the_company_the_article_described,
    "The drug was developed by Meridale Biologics, a small company based in Oxford, with funding from the Harrow Foundation. It costs $3 a dose, the company said.",
    [(Reported, "It costs $3 a dose", Some("Meridale Biologics"), "said", false)]
);
t!(
    he_after_a_new_subject_with_a_participle,
    "Police spokesperson Dorcas Wanjiru said officers had acted with restraint. President Amos Kiprop is expected to sign the bill. He has defended the taxes, saying on Tuesday that the country spent more on debt than on schools.",
    [
        (Reported, "officers had acted with restraint", Some("Dorcas Wanjiru"), "said", false),
        (Reported, "the country spent more on debt than on schools", Some("Amos Kiprop"), "saying", false)
    ]
);
t!(
    what_it_led_to_is_not_said,
    "The deal collapsed after Senate Republicans said they could not support it, dealing a blow to months of talks.",
    [(Reported, "they could not support it", Some("Senate Republicans"), "said", false)]
);
t!(
    a_state_after_a_senator_ends_no_sentence,
    "Sen. Ada Voss, D-Minn., one of the negotiators, called the reversal “a stunt.”",
    [(Quote, "a stunt.", Some("Ada Voss"), "called", false)]
);
t!(
    while_another_source_says,
    "Economists at Westpac said they still expected a cut in May, while Harbour Bank economist Gareth Aird said the tone suggested a wait.",
    [
        (Reported, "they still expected a cut in May", Some("Westpac"), "said", false),
        (Reported, "the tone suggested a wait", Some("Gareth Aird"), "said", false)
    ]
);
t!(
    she_after_someone_unnamed_is_no_one,
    "Police named the victim as Chloe Barnett. A neighbour told the Tresk Post she had heard shouting. “It went on for twenty minutes,” she said.",
    [
        (Reported, "she had heard shouting", None, "told", false),
        (Quote, "It went on for twenty minutes,", None, "said", false)
    ]
);
t!(
    a_persons_party_named_in_apposition,
    "Arlen Voss's party, the Tresk Freedom Movement (TFM), called the verdict “a mockery” and said it would hold protests.",
    [
        (Quote, "a mockery", Some("Tresk Freedom Movement"), "called", false),
        (Reported, "it would hold protests", Some("Tresk Freedom Movement"), "said", false)
    ]
);
t!(
    an_apposition_to_the_event_after_the_cue,
    "A court sentenced Arlen Voss to 14 years in prison, his lawyer Ivo Marsh said, the latest in a string of convictions.",
    [(Reported, "A court sentenced Arlen Voss to 14 years in prison", Some("Ivo Marsh"), "said", false)]
);
