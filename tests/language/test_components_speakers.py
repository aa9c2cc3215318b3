"""kildespor_speakers: names resolved within the article, kinds and roles (invented examples)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kildespor.language.components.doc_context import is_media
from kildespor.language.da.source_nouns import role_gender


def _names(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(a.source_name, a.source_kind) for a in nlp(text)._.kildespor_attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lise Bang Holm er direktør. »Vi sparer,« siger Holm.", ("Lise Bang Holm", "person")),
        ("Lise Bang Holm er direktør. »Vi sparer,« siger hun.", ("Lise Bang Holm", "person")),
        ("Peter Nørby og Anne Vang talte. »Nej,« sagde hun.", ("Anne Vang", "person")),
        ("Præsident Karl Jensen holdt tale. »Vi står fast,« siger præsidenten.", ("Karl Jensen", "person")),
        ("Skolen lukker, oplyser Aarhus Kommune.", ("Aarhus Kommune", "organisation")),
        ("Skolen lukker, skriver Politiken.", ("Politiken", "media")),
        ("Ifølge rapporten er skolen for dyr.", (None, "document")),
        ("Skolen lukker, siger flere kilder.", (None, "unnamed")),
    ],
)
def test_speakers_name_and_kind(source_nlp: Language, text: str, expected: tuple[str | None, str]) -> None:
    assert _names(source_nlp, text)[-1] == expected


def test_speakers_first_person_in_quote_is_the_quoted_speaker(source_nlp: Language) -> None:
    text = "»Jeg tror, at vi vinder,« siger Mette Lund."
    found = {a.cue.text: a.source_name for a in source_nlp(text)._.kildespor_attributions}
    assert found == {"siger": "Mette Lund", "tror": "Mette Lund"}


def test_speakers_role_from_relative_clause(source_nlp: Language) -> None:
    doc = source_nlp("Ole Dam, der er formand for klubben, siger, at holdet rykker op.")
    assert doc._.kildespor_attributions[0].role == "formand for klubben"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("»Vi sparer,« siger Lise Holm, direktør i Nørreby Bank.", "direktør i Nørreby Bank"),
        ("»Vi sparer,« siger direktør i Nørreby Bank Lise Holm.", "direktør i Nørreby Bank"),
        ("Nørreby Banks direktør, Lise Holm, siger, at banken sparer.", "Nørreby Banks direktør"),
    ],
)
def test_speakers_role_from_apposition_and_title(source_nlp: Language, text: str, role: str) -> None:
    doc = source_nlp(text)
    assert doc._.kildespor_attributions[0].role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Udenrigsministeriet har sendt en advarsel. Danskerne bør blive hjemme, oplyser ministeriet.",
            ("Udenrigsministeriet", "organisation"),
        ),
        (
            "Aktierne i Mærsk faldt i går. Priserne falder, oplyser selskabet.",
            ("Mærsk", "organisation"),
        ),
        ("Vejret er dårligt. Manden er anholdt, oplyser ministeriet.", (None, "organisation")),
        ("Ifølge al-Jazeera er broen lukket.", ("al-Jazeera", "media")),
        (
            "I går udsendte analysefirmaet Nord Invest en liste. Bankerne er i fare, skriver firmaet.",
            ("Nord Invest", "organisation"),
        ),
    ],
)
def test_speakers_organisation_anaphor_to_named_organisation(
    source_nlp: Language, text: str, expected: tuple[str | None, str]
) -> None:
    assert _names(source_nlp, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Efter Venstres opfattelse er skatten for høj.", "Venstre"),
        ("Efter Lars Hansens mening bør loven ændres.", "Lars Hansen"),
        ("Efter Dansk Folkepartis vurdering er det for sent.", "Dansk Folkeparti"),
    ],
)
def test_speakers_genitive_speaker_of_efter_opinion(source_nlp: Language, text: str, name: str) -> None:
    assert _names(source_nlp, text)[0][0] == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Skolechef: Vi lukker ikke skolen", "person"),  # a role compound names a person
        ("Regionsrådsformand Birgitte Falk siger, at regionen arbejder på sagen.", "person"),
        ("En embedsmand siger, at aftalen er død.", "unnamed"),  # described, not named
        ("Forskerne mener, at isen smelter.", "unnamed"),  # several, not named
        ("Et øjenvidne fortæller, at bilen kørte hurtigt.", "unnamed"),  # an individual described, not named
        ("Ifølge Banedanmarks redegørelse er broen for dyr.", "document"),  # a body's document
        ("FIFA oplyser, at kampen er aflyst.", "organisation"),  # an acronym names a body
        ("Det skriver Fyens Stiftstidende.", "media"),  # a newspaper's name
        ("Det skriver telegraph.co.uk.", "media"),  # an outlet by its web address
    ],
)
def test_speakers_source_kind(source_nlp: Language, text: str, kind: str) -> None:
    assert [k for _, k in _names(source_nlp, text)] == [kind]


def test_speakers_genitive_owner_is_not_the_speaker(source_nlp: Language) -> None:
    # `Harrison Fords kone`: the wife speaks, not Harrison Ford (invented example)
    names = _names(source_nlp, "Harrison Fords kone: Jeg var bange\n\nHarrison Ford styrtede ned med et fly.")
    assert names and all(name != "Harrison Ford" for name, _ in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite court or body opening the sentence points back to the named one
        ("Sagen endte i Østre Landsret. Landsretten skriver, at kommunen svigtede.", "Østre Landsret"),
        # a capitalised compound is a name of its own, not a bare noun
        ("Nordjyllands Politi holdt møde. Rigspolitiet oplyser, at vejen er lukket.", "Rigspolitiet"),
        # the genitive owner of a body: the body is the source
        ("Valget skal udsættes, mener Ruritaniens parlament.", "Ruritaniens parlament"),
        (
            "Valget skal udsættes, skriver den svenske avis Morgonposten. Det er uhørt, skrev avisen.",
            "Morgonposten",
        ),
        # the given-name person in an apposition, not the affiliation after it
        ("»Det går fint,« siger konsulent Bente Holm, Statens Skoletjeneste.", "Bente Holm"),
        (
            "Formanden for Folketingets skoleudvalg, lærermanden Jens Holm Berg, sagde, at skolen lukker.",
            "Jens Holm Berg",
        ),
        ("Guvernøren for Nordprovinsen, Ali Demirtas, oplyste, at broen var væk.", "Ali Demirtas"),
        ("Hassan al-Bakri, der er talsmand for byen, fortalte, at basen var tom.", "Hassan al-Bakri"),
        # a compound cut off before `og` joins the next noun (`børne- og undervisningsordfører`)
        ("- Det er et problem, siger partiets børne- og skoleordfører, Lone Rask.", "Lone Rask"),
        ("Det oplyser kommunikations- og marketingchef Bodil Vang.", "Bodil Vang"),
        # `TV 2` in a role's body, then a titled name in apposition
        (
            "Bestyrelsesformanden for TV 2, professor Jens Ulrik Holm, afviser, at kanalen sælges.",
            "Jens Ulrik Holm",
        ),
        ("Formanden for klubben, direktør Lise Bang Holm, siger, at holdet rykker op.", "Lise Bang Holm"),
        # `Om aftenen` is a fronted time phrase, and the subject follows the verb
        ("Karen Vinter talte i salen. Om aftenen sagde Vinter, at grænsen var åben.", "Karen Vinter"),
    ],
)
def test_speakers_bodies_outlets_and_appositions(source_nlp: Language, text: str, expected: str) -> None:
    assert _names(source_nlp, text)[-1][0] == expected


def test_speakers_a_gendered_role_noun_skips_speakers_of_the_other_sex(source_nlp: Language) -> None:
    text = "»Vi går,« siger Mette Lund. »Vi bliver,« siger Peter Holm. »Det er slut,« siger kvinden."
    assert _names(source_nlp, text)[-1][0] == "Mette Lund"


def test_speakers_a_country_is_an_organisation_source(source_nlp: Language) -> None:
    assert _names(source_nlp, "Tyskland forventer langt færre flygtninge i år.") == [
        ("Tyskland", "organisation")
    ]


def test_speakers_a_spelled_out_party_is_the_party(source_nlp: Language) -> None:
    assert _names(source_nlp, "De konservative melder nu, at de vil stemme imod.")[0][0] == (
        "Det Konservative Folkeparti"
    )


def test_speakers_a_capitalised_body_word_mid_sentence_points_back(source_nlp: Language) -> None:
    text = "FNs Sikkerhedsråd holdt møde. Lørdag udtrykte Rådet bekymring for de civile."
    assert _names(source_nlp, text)[-1][0] == "Sikkerhedsråd"


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["Det skriver TV 2.", "Ministeren går af. Det skriver TV 2.\n\nMere følger."]
)
def test_channel_number_closing_a_sentence_stays_in_the_name(trained_nlp: Language, text: str) -> None:
    doc = trained_nlp(text)
    assert [a.source_name for a in doc._.kildespor_attributions] == ["TV 2"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jacques Villeneuve kritiserer de unge kørere. - Det skal være svært, siger den canadiske eks-verdensmester.",
            "Jacques Villeneuve",
        ),
        (
            "Stig Jørgensen, der er far til Lars Jørgensen, mener, at han har kæmpet længe. - Vi har brugt tid på det, siger han.",
            "Stig Jørgensen",
        ),
    ],
)
def test_epithets_and_speakers_past_a_relative_clause(trained_nlp: Language, text: str, name: str) -> None:
    doc = trained_nlp(text)
    assert doc._.kildespor_attributions[-1].source_name == name


@pytest.mark.model
def test_a_role_at_an_outlet_is_no_outlet_name(trained_nlp: Language) -> None:
    doc = trained_nlp("Europa er klar, vurderer gasmarkedsdirektør i Energinet.dk Jeppe Danø.")
    assert [a.source_name for a in doc._.kildespor_attributions] == ["Jeppe Danø"]


@pytest.mark.model
def test_colon_after_a_report_is_a_second_cue_for_the_same_speaker(trained_nlp: Language) -> None:
    text = (
        "Han mener, at der er grund til at tvivle på politiet:\n\n»Rapporten bygger ikke på undersøgelser.«"
    )
    cues = [
        (a.cue.text, a.source.text if a.source is not None else None)
        for a in trained_nlp(text)._.kildespor_attributions
    ]
    assert cues == [("mener", "Han"), (":", "Han")]


@pytest.mark.model
def test_a_role_tag_shares_the_name_of_its_twin_cue(trained_nlp: Language) -> None:
    text = (
        "Jacob Mark, medieordfører i SF, er kritisk. Dansk Folkepartis medieordfører, Morten Marinus, kritiserer "
        "lønnen i et interview med Berlingske:\n\n"
        "”Jeg synes, det lyder himmelråbende kritisabelt,” siger DF-ordføreren."
    )
    names = {a.cue.text: a.source_name for a in trained_nlp(text)._.kildespor_attributions}
    assert (names.get("siger") or "").endswith("Marinus")  # not Jacob Mark, the role named before


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("sangerinden", "f"),
        ("skuespillerinde", "f"),
        ("talskvinden", "f"),
        ("manden", "m"),
        ("præsten", None),
    ],
)
def test_role_gender_from_feminine_suffixes(noun: str, gender: str | None) -> None:
    assert role_gender(noun) == gender


def test_pronoun_falls_back_to_a_person_named_in_the_reported_sentence(source_nlp: Language) -> None:
    text = "Uffe Elbæk har meldt sig som statsministerkandidat. Det meddelte han tirsdag aften."
    assert [name for name, _ in _names(source_nlp, text)] == ["Uffe Elbæk"]


@pytest.mark.model
def test_source_kind_from_ner_when_no_given_name(trained_nlp: Language) -> None:
    kinds = [kind for _, kind in _names(trained_nlp, "Det oplyser Vestas i en pressemeddelelse.")]
    assert kinds == ["organisation"]


@pytest.mark.parametrize(
    "text", ["det portugisiske nyhedsmedie DN Portugal", "regeringsavisen The Observer", "filmmediet Variety"]
)
def test_medium_named_after_a_medium_noun(text: str) -> None:
    assert is_media(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Det skal afleveres," oplyser kommandørkaptajn Per Mikkelsen på Holmen.', "Per Mikkelsen"),
        ('"Vi har ikke set noget," siger Hans Larsen, der er formand.', "Hans Larsen"),
    ],
)
def test_a_given_name_that_is_also_a_function_word_opens_a_name(
    trained_nlp: Language, text: str, name: str
) -> None:
    # `Per`, `Hans`: given names spelled like the preposition `per` and the pronoun `hans` (invented)
    assert _names(trained_nlp, text)[0] == (name, "person")


def test_a_function_word_before_a_lower_case_word_is_no_name(trained_nlp: Language) -> None:
    assert _names(trained_nlp, "Hans kone siger, at han er syg.")[0][0] is None


def test_a_named_apposition_after_the_subject_belongs_to_the_source(trained_nlp: Language) -> None:
    text = "Rektoren for Landbohøjskolen, Bent Schmidt-Nielsen, bød velkommen og fortalte om ideen."
    found = trained_nlp(text)._.kildespor_attributions[0]
    assert (found.source.text, found.source_name) == (
        "Rektoren for Landbohøjskolen, Bent Schmidt-Nielsen",
        "Bent Schmidt-Nielsen",
    )


def test_first_person_in_an_untagged_dash_paragraph_is_the_speaker_before(trained_nlp: Language) -> None:
    text = (
        "Troels Ravn, ordfører for partiet, synes, at forslaget lyder godt.\n\n"
        "- Jeg kan kun sige, at vi er enige."
    )
    assert [a.source_name for a in trained_nlp(text)._.kildespor_attributions] == ["Troels Ravn"] * 2


def test_an_indefinite_described_role_points_to_the_person_with_that_title(trained_nlp: Language) -> None:
    text = (
        "Det roste den danske landstræner, Klavs Jensen, bagefter.\n\n"
        "- Vi prøvede alt, sagde en ærlig landstræner til DR."
    )
    found = trained_nlp(text)._.kildespor_attributions
    assert [(a.cue.text, a.source_name) for a in found][-1] == ("sagde", "Klavs Jensen")


def test_a_lone_word_without_given_name_or_full_mention_is_an_organisation(trained_nlp: Language) -> None:
    # (invented) a brand or body named by one word; a person would be introduced in full first
    found = trained_nlp(
        "Bellona advarer i en ny rapport om, at havet bliver varmere."
    )._.kildespor_attributions
    assert (found[0].source_name, found[0].source_kind) == ("Bellona", "organisation")


@pytest.mark.model
def test_a_museum_speaks_as_the_institution_named_before(trained_nlp: Language) -> None:
    text = "Nordby Museum i Aarhus var fyldt op i går.\n\nDer er lang kø, skrev museet i går aftes."
    assert _names(trained_nlp, text)[-1] == ("Nordby Museum", "organisation")


def test_speakers_a_party_name_is_an_organisation(source_nlp: Language) -> None:
    assert _names(source_nlp, "Skatten skal ned, mener Liberal Alliance.") == [
        ("Liberal Alliance", "organisation")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Helle Thorning-Schmidt holdt tale. »Vi står fast,« sagde Thorning.",
            ("Helle Thorning-Schmidt", "person"),
        ),
        (
            "Lars Løkke Rasmussen talte først. Lars Løkke nævnte skatten. »Nej,« sagde Løkke.",
            ("Lars Løkke Rasmussen", "person"),
        ),
        (
            "Clement Kjersgaard svarer Clement-kritikerne. »Nej,« siger Clement.",
            ("Clement Kjersgaard", "person"),
        ),
    ],
)
def test_speakers_short_forms_of_double_surnames_and_longer_names(
    source_nlp: Language, text: str, expected: tuple[str | None, str]
) -> None:
    assert _names(source_nlp, text)[-1] == expected


def test_speakers_given_names_that_start_with_a_role_stem_stay_in_the_name(source_nlp: Language) -> None:
    # `Morten` starts with the role stem `mor`, `Sven` with `sven`; they are given names, not titles
    assert _names(source_nlp, "Det regner vi med, siger Morten Hansen.")[-1] == ("Morten Hansen", "person")
    assert _names(source_nlp, "Det regner vi med, siger Sven Nielsen.")[-1] == ("Sven Nielsen", "person")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("- Vi regner med, at det virker, siger Morten Lauridsen, underdirektør i Bankdata.", "Bankdata"),
        ("- Vi mener, at skatten skal ned, siger Karen Ellemann, ordfører for Venstre.", "Venstre"),
        (
            "- Vi forventer, at mange kommer, siger Lene Madsen, medarbejder ved Midt- og Vestsjællands Politi.",
            "Midt- og Vestsjællands Politi",
        ),
    ],
)
def test_speakers_vi_in_a_quote_is_the_body_the_speaker_speaks_for(
    source_nlp: Language, text: str, body: str
) -> None:
    found = {
        a.source.text.lower(): a.source_name for a in source_nlp(text)._.kildespor_attributions if a.source
    }
    assert found["vi"] == body


def test_speakers_vi_without_a_named_body_is_the_speaker(source_nlp: Language) -> None:
    found = {
        a.source.text.lower(): a.source_name
        for a in source_nlp("- Vi synes, det er fint, siger Ole Hansen.")._.kildespor_attributions
        if a.source
    }
    assert found["vi"] == "Ole Hansen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skuffet Løkke: Vi tabte\n\nLars Løkke Rasmussen var skuffet.", "Lars Løkke Rasmussen"),
        ("Kim Larsen: Vi spiller\n\nMette Larsen og Kim Larsen var der.", "Kim Larsen"),
    ],
)
def test_speakers_a_headline_adjective_before_a_name_given_in_full(
    source_nlp: Language, text: str, expected: str
) -> None:
    assert _names(source_nlp, text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petter Øverby vandt løbet. »Det var hårdt,« siger nordmanden.", "Petter Øverby"),
        ("Kimiko Date tabte kampen. »Jeg var træt,« siger japaneren.", "Kimiko Date"),
    ],
)
def test_speakers_a_nationality_noun_points_back_to_the_person_named_before(
    source_nlp: Language, text: str, expected: str
) -> None:
    assert _names(source_nlp, text)[-1][0] == expected


@pytest.mark.parametrize(
    ("words", "personal"),
    [
        (["Henrik", "Skov", "Christensen", "ApS"], False),
        (["Tesla", "Model", "X"], False),
        (["Annelise", "R"], True),
        (["Lars", "Løkke", "Rasmussen"], True),
    ],
)
def test_speakers_firms_and_product_models_are_no_names_to_expand_to(
    words: list[str], personal: bool
) -> None:
    from kildespor.language.components.speakers import _personal_name

    assert _personal_name(words) is personal


@pytest.mark.model
def test_speakers_a_definite_role_noun_starting_like_a_council_is_a_role(trained_nlp: Language) -> None:
    text = (
        "Nu bliver næste skridt, at rådmand Kristian Würtz (S) kommer med en handleplan.\n\n"
        "Rådmanden har udtalt, at han vil igangsætte initiativer."
    )
    assert _names(trained_nlp, text) == [("Kristian Würtz", "person")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of `oplysninger` inside the source phrase is the source
        ("Ifølge Ekstra Bladets oplysninger mødtes de i en park.", [("Ekstra Bladet", "media")]),
        # a ministry's compound name is its own name, not a minister named earlier
        (
            "Ivan Jæger Christiansen er glad, siger han.\n\nIfølge Skatteministeriet koster det en milliard.",
            [("Ivan Jæger Christiansen", "person"), ("Skatteministeriet", "organisation")],
        ),
        # `den nu 69-årige` keeps its name
        ("I dag siger den nu 69-årige Finn Rasmussen, at stranden er væk.", [("Finn Rasmussen", "person")]),
    ],
)
def test_speakers_genitive_owners_compound_bodies_and_aged_names(
    trained_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _names(trained_nlp, text) == expected


@pytest.mark.model
def test_speakers_first_person_inside_its_own_reports_content_is_the_quoted_speaker(
    trained_nlp: Language,
) -> None:
    text = (
        "Mette Frederiksen er imod, siger hun.\n\nHenrik Sass-Larsen er for og uddyber:\n\n"
        "“Det mener jeg vil være en fordel for politiet.”"
    )
    assert ("Henrik Sass-Larsen", "person") in _names(trained_nlp, text)[-1:]


@pytest.mark.model
def test_speakers_a_role_noun_makes_a_person_of_a_name_the_ner_calls_an_organisation(
    trained_nlp: Language,
) -> None:
    text = (
        "På tv-skærmen har skuespillerinden Holland Taylor haft stor succes.\n\n"
        "Medicinen havde store bivirkninger, fortæller Holland Taylor.\n\n"
        "- Der var en død periode i mit liv, siger hun."
    )
    assert _names(trained_nlp, text)[-1] == ("Holland Taylor", "person")
