"""kildespor_markers: hedged / hearsay / contested / denied, with the context rules (invented examples)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _markers(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label_) for m in nlp(text).spans["kildespor_markers"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Borgmesteren går måske af.", [("måske", "hedged")]),
        ("Det tyder dog ikke på en aftale.", [("tyder dog ikke på", "hedged")]),
        ("Prisen ventes at stige.", [("ventes", "hedged")]),
        ("Direktøren er eftersigende syg.", [("eftersigende", "hearsay")]),
        ("Ministeren skulle have kendt til sagen.", [("skulle", "hearsay")]),
        ("Han skal have sagt det i går.", [("skal", "hearsay")]),
        ("Banden skulle stå bag røveriet.", [("skulle", "hearsay")]),
        ("Den påståede aftale er hemmelig.", [("påståede", "contested")]),
        ("Den drabssigtede mand blev fængslet.", [("drabssigtede", "contested")]),
        ("Han er tiltalt for bedrageri.", [("tiltalt", "contested")]),
        ("Hun afviser, at hun kendte ham.", [("afviser, at", "denied")]),
        ("Han benægter alt.", [("benægter", "denied")]),
        ("Hun nægter sig skyldig.", [("nægter sig skyldig", "denied")]),
        ("Han afviser at have set brevet.", [("afviser at", "denied")]),
    ],
)
def test_markers_found_with_class(source_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hun afviser at stemme for forslaget.",
        "Soldaterne nægter at gå i krig.",
        "Vi skulle have sejlet i går.",
        "Han skulle ikke have dukket op.",
        "Efter aftale skulle hun komme klokken ti.",
        "Det gik med nød og næppe.",
        "Vi kan være tilfredse med resultatet.",
        "Arbejdet sigter mod at skabe flere job.",
        "Det skal gøres så hurtigt som muligt.",
    ],
)
def test_markers_not_found_in_refusals_deontics_and_idioms(source_nlp: Language, text: str) -> None:
    assert _markers(source_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holdet synes umulige at stoppe.", [("synes", "hedged")]),
        ("Holdet synes at vinde.", [("synes at", "hedged")]),
    ],
)
def test_markers_seeming_with_infinitive(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noget kunne tyde på, at kurven vender.", [("tyde på", "hedged")]),
        (
            "Et hår, der muligvis skulle stamme fra pigen, er fundet.",
            [("muligvis", "hedged"), ("skulle", "hearsay")],
        ),
        ('Regeringens såkaldte "reform" gør ondt.', [('såkaldte "reform"', "contested")]),
        ("Det såkaldte »grønne skifte« koster.", [("såkaldte »grønne skifte«", "contested")]),
    ],
)
def test_markers_indication_reportative_and_scare_quotes(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Han prøvede at tyde et kort på væggen.",
        "Den båd, som vi skulle have sejlet i, sank.",
        'Han er medlem af den såkaldte "Exclusive Club".',
        "Den såkaldte kontanthjælpsreform gør ondt.",
        'Filmen "Den store flugt" vises i aften.',
    ],
)
def test_markers_no_scare_quote_or_hedge_without_the_context(source_nlp: Language, text: str) -> None:
    assert _markers(source_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministeren valgte at dementere rygterne.", [("dementere", "denied"), ("rygterne", "hearsay")]),
        ("Partiet møder forståelse for regeringsdementiet.", [("regeringsdementiet", "denied")]),
        ("Hun kommenterede ikke skilsmisserygterne.", [("skilsmisserygterne", "hearsay")]),
        ("Direktøren tilbageviser kritikken.", [("tilbageviser", "denied")]),
        ("Han afviser kategorisk, at han var der.", [("afviser kategorisk, at", "denied")]),
        ("Hun afviser pure beskyldningerne.", [("afviser pure beskyldningerne", "denied")]),
        ("Han nægter, at han kendte hende.", [("nægter, at", "denied")]),
        ("Det fik naboen til at hævde, at muren var for høj.", [("hævde", "contested")]),
        ("Politiet har rejst sigtelse mod to mænd.", [("sigtelse", "contested")]),
        ("Han ville ikke beskylde nogen for svindel.", [("beskylde", "contested")]),
        ("Mødet skal være faldet i går.", [("skal", "hearsay")]),
        ("Angiveligt skulle billederne vise bilen.", [("Angiveligt", "hearsay"), ("skulle", "hearsay")]),
        ("Vælgerne skulle sympatisere med partiet.", [("skulle", "hearsay")]),
        ("Fejlen kan have kostet millioner.", [("kan have", "hedged")]),
        ("I foråret så det ellers ud til en aftale.", [("så det ellers ud til", "hedged")]),
        ("Alt tegner til, at valget bliver tæt.", [("tegner til", "hedged")]),
        ("Der var formodning om, at prisen ville stige.", [("formodning", "hedged")]),
        ("Hvem der gjorde det, ved vi ikke.", [("ved vi ikke", "hedged")]),
        ("Hun afviser ikke, at skatten kan stige.", [("afviser ikke", "hedged")]),
    ],
)
def test_markers_new_forms_compounds_and_rules(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Holdet formåede at hævde sig i toppen.",
        "Rapporten skal være afsluttet i morgen.",
        "Det kunne have ramt alle.",
        "Så gik han ud til bilen.",
        "Klagenævnet afviste klagen.",
        "Omkring 200 mennesker var mødt op, cirka halvdelen børn.",
        "Forslaget skal være klar til jul.",
        "Hun nægter at betale bøden.",
    ],
)
def test_markers_not_found_for_look_alikes(source_nlp: Language, text: str) -> None:
    assert _markers(source_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det kan meget vel være rigtigt.", [("kan meget vel være", "hedged")]),
        ("Men det afviser de danske ejere skulle være tilfældet.", [("afviser", "denied")]),
        ("Hans afvisning af, at han fik oplysningerne, var total.", [("afvisning", "denied")]),
        ("Det er en gammel vandrehistorie.", [("vandrehistorie", "hearsay")]),
        ('Man sparer en "dyr" hotelovernatning.', [('"dyr"', "contested")]),
        ("Han gik af efter anklager om upassende opførsel.", [("anklager om", "contested")]),
        ("Myndighederne efterforsker sexanklager mod producenten.", [("sexanklager", "contested")]),
        ("Politiet sigter mændene for røveri.", [("sigter", "contested")]),
        # the preposition `i` before the modal is no first/second-person subject
        ("Til en køretime i september skal han have sagt det.", [("skal", "hearsay")]),
    ],
)
def test_markers_from_tune_splits(source_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mange frygter, at situationen vil eskalere.",  # f + `rygter` is no rumour compound
        "Der er ingen meldinger om tilskadekomne.",  # a negated report
        "De øvrige har ment, at pengene skulle være delt.",  # `skulle` under a belief verb
        "Et kraftigt slag kan være så smertefuldt, at man besvimer.",  # degree, not possibility
        "Vi har hele tiden sigtet på en lokal løsning.",  # to aim at, no accusation
        "Statsanklageren kræver fængsel.",  # the prosecutor, no accusation
        "Det står der i anklageskriftet.",  # the indictment is a document source, not a marker
        "I september skulle han flytte.",  # a plan; the preposition `i` is not the pronoun `I`
        "Han fik forbrændinger i ansigtet.",  # an + `sigtet` is a face
        "Fiskerne risikerer store bøder.",  # most gold leaves risk unmarked
        "Hvad de synes er vigtigt at dække, er uklart for os.",  # a belief verb with its own clause
    ],
)
def test_markers_false_friends(source_nlp: Language, text: str) -> None:
    assert not [m for m in _markers(source_nlp, text) if m[0] not in ("uklart",)]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Det virker dog ikke til, at firmaet giver op.", "virker dog ikke til"),
        ("Der må have været en fejl i systemet.", "må have været"),
    ],
)
def test_markers_seeming_and_epistemic_must(source_nlp: Language, text: str, marker: str) -> None:
    spans = source_nlp(text).spans["kildespor_markers"]
    assert [(s.text, s.label_) for s in spans] == [(marker, "hedged")]


@pytest.mark.parametrize(
    "text",
    [
        "Det er sikkert, at færre kom.",  # certain, not probably
        "Det er nok, siger hun.",  # enough
        '"Hvornår kommer du?" spørger han lidt usikkert.',  # the manner of asking
    ],
)
def test_markers_predicative_certainty_and_manner_are_no_hedges(source_nlp: Language, text: str) -> None:
    assert [s.label_ for s in source_nlp(text).spans["kildespor_markers"]] == []


def test_markers_uncertain_as_a_predicate_hedges(source_nlp: Language) -> None:
    spans = source_nlp("Det er stadig usikkert, om broen åbner.").spans["kildespor_markers"]
    assert [s.label_ for s in spans] == ["hedged"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Tallet er stærkt omstridt.", ["contested"]),
        ("Landet bruger de omstridte våben.", []),  # names a controversy, vouches for no claim
    ],
)
def test_markers_disputed_as_predicate_only(source_nlp: Language, text: str, labels: list[str]) -> None:
    assert [s.label_ for s in source_nlp(text).spans["kildespor_markers"]] == labels


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Han siger, at det ikke kan udelukkes, at flere er smittet.", "ikke kan udelukkes"),
        ("Flyet er efter al sandsynlighed styrtet ned.", "efter al sandsynlighed"),
        ("Det lyder sandsynligt for ham.", "sandsynligt"),
        ("Udfaldet var usikkert længe.", "var usikkert"),
        ("Der er liv i spekulationerne om et forårsvalg.", "spekulationerne"),
    ],
)
def test_markers_round_five_hedges(source_nlp: Language, text: str, marker: str) -> None:
    assert (marker, "hedged") in _markers(source_nlp, text)


def test_denial_past_an_adverbial_phrase(source_nlp: Language) -> None:
    assert ("afviser", "denied") in _markers(
        source_nlp, "Direktøren afviser i et interview med SVT, at han har chikaneret nogen."
    )


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Kritikken er dog blevet afvist af direktøren.", True),
        ("Skibet sank. Det afvises af rederiet.", True),
        ("Ansøgningen blev afvist af kommunen.", False),  # a request refused, not a claim denied
    ],
)
def test_denial_in_the_passive_needs_a_claim_subject(source_nlp: Language, text: str, denied: bool) -> None:
    doc = source_nlp(text)
    assert any(m.label_ == "denied" for m in doc.spans["kildespor_markers"]) is denied


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En 19-årig formodet gerningsmand blev anholdt.", [("formodet gerningsmand", "contested")]),
        ("Han er ikke nødvendigvis uenig.", [("ikke nødvendigvis", "hedged")]),
        ("Nogen må have hvisket generalen i øret.", [("må have", "hedged")]),
        ("Hun har hørt det. Det har Rasool dog pure afvist.", [("afvist", "denied")]),
        (
            "Det står i kontrast til forlydender om, at han skulle have været utro.",
            [("forlydender", "hearsay"), ("skulle", "hearsay")],
        ),
    ],
)
def test_markers_round_seven_forms(source_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Ikke nødvendigvis, siger psykologen.", "Vi må have flere penge.", "Han skulle have været med."],
)
def test_markers_round_seven_look_alikes(source_nlp: Language, text: str) -> None:
    assert _markers(source_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antagelserne er helt grundløse, siger hun.", [("grundløse", "denied")]),
        ("Kommunen er blevet kritiseret for ikke at gribe ind.", [("kritiseret for", "contested")]),
        ("Adskillige piger meldes dræbt i ulykken.", [("meldes dræbt", "hearsay")]),
        ("En sidegevinst kan være, at vandet bliver renere.", [("kan være", "hedged")]),
        ("Men indtil videre ser det ikke sådan ud.", [("ser det ikke sådan ud", "hedged")]),
        ("Faktisk kan det være en fordel.", [("kan det være", "hedged")]),
    ],
)
def test_markers_rejections_criticism_and_reports(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det virker direkte vanvittigt.", [("virker", "hedged")]),
        ("Han virker lettet.", [("virker", "hedged")]),
        ("Det ender nok med et forlig.", [("nok", "hedged")]),
        ("Det er sgu nok en invalidevogn.", [("nok", "hedged")]),
        ("Medicinen virker.", []),
        ("Det virker som en krimi.", []),
        ("Det skal du nok finde ud af.", []),
        ("Hun kom sikkert i mål.", []),
    ],
)
def test_markers_seeming_adjectives_and_epistemic_nok(
    trained_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(trained_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Jeg ved ikke, hvordan han gjorde det.", "jeg ved ikke"),
        ("Om han havde ret, kan jeg ikke vide.", "kan jeg ikke vide"),
    ],
)
def test_markers_not_knowing_with_the_subject_first(source_nlp: Language, text: str, marker: str) -> None:
    found = [(m.text.lower(), m.label_) for m in source_nlp(text).spans["kildespor_markers"]]
    assert (marker, "hedged") in found


@pytest.mark.model
def test_markers_skal_nok_is_a_promise(trained_nlp: Language) -> None:
    doc = trained_nlp("DF skal nok være til at forhandle med.")
    assert [m.text for m in doc.spans["kildespor_markers"]] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Men tilliden mellem parterne synes forsvundet.", True),
        ("Beløbet kan synes stort, men det er småpenge.", True),
        ("Jeg synes, det er plat.", False),
        ("Hvad synes politikerne er en god skole?", False),
        ("Mange syntes, det var underligt.", False),
    ],
)
def test_markers_evidential_synes_without_a_belief_holder(
    trained_nlp: Language, text: str, hedged: bool
) -> None:
    found = [(m.text.lower(), m.label_) for m in trained_nlp(text).spans["kildespor_markers"]]
    assert (("synes" if "synes" in text else "syntes", "hedged") in found) is hedged


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Beslutningstagerne mener øjensynligt, at det er rimeligt.", "øjensynligt"),
        ("Mig bekendt er der ikke fundet nogen anden løsning.", "Mig bekendt"),
        ("Danske priser kendes endnu ikke.", "kendes endnu ikke"),
        ("Der er gode chancer, men der er ingen sikkerhed.", "ingen sikkerhed"),
        ("Det virker som om kommunen skjuler sagen.", "virker som om"),
        ("Spørgsmålet er, om kreditorerne står bedre.", "Spørgsmålet er, om"),
    ],
)
def test_markers_dictionary_synonyms_of_hedges(source_nlp: Language, text: str, marker: str) -> None:
    assert (marker, "hedged") in _markers(source_nlp, text)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Forhøjes sikkerheden, kan det virke skadeligt for patienterne.", "kan det virke"),
        ("Hvis de bliver spærret inde, kan det være direkte skadeligt.", "kan det være"),
        ("Det kan virke lidt spøjst at tale om en rutineret spiller.", "kan virke"),
    ],
)
def test_markers_possibility_after_a_fronted_clause_and_seeming_kan_virke(
    source_nlp: Language, text: str, marker: str
) -> None:
    # after a comma the modal opens a main clause, not a question (invented examples)
    assert (marker, "hedged") in _markers(source_nlp, text)


def test_markers_a_modal_opening_a_question_is_still_no_hedge(source_nlp: Language) -> None:
    assert _markers(source_nlp, "Kan det være rigtigt? Ingen ved det.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Men det var ventet, at han ville forlade klubben.", ("det var ventet,", "hedged")),
        ("Tallene er endnu ikke blevet bekræftet.", ("ikke blevet bekræftet", "hearsay")),
        ("Der er tilsyndeladende sket noget.", ("tilsyndeladende", "hedged")),
    ],
)
def test_markers_round_ten_forms(source_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _markers(source_nlp, text)


def test_markers_waiting_is_no_prediction(source_nlp: Language) -> None:
    assert _markers(source_nlp, "Det var ventet længe.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forskerne sætter deres rygte på spil.", []),
        ("Det skader forskernes ry og rygte.", []),
        ("Der går et rygte om, at han stopper.", [("rygte", "hearsay")]),
    ],
)
def test_markers_a_reputation_is_no_rumour(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kritikken afviser Elon Musk dog.", [("afviser", "denied")]),
        ("Men også det afvises af SAS.", [("afvises", "denied")]),
        ("Anklagerne har hun pure afvist.", [("Anklagerne", "contested"), ("afvist", "denied")]),
        ("Anklagemyndigheden afviser at kommentere sagen.", []),
        ("Forslaget afviste ministeren straks.", []),
    ],
)
def test_markers_a_fronted_claim_is_denied(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omvendt klandrede statsministeren Venstres formand.", [("klandrede", "contested")]),
        ("Hun bebrejder regeringen.", [("bebrejder", "contested")]),
        ("De foregiver at have en grundig procedure.", [("foregiver", "contested")]),
    ],
)
def test_markers_blaming_and_pretending_are_contested(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det formodes, at den 11-årige har leget i sandkassen.", [("Det formodes", "hearsay")]),
        ("Så menes det nu, at han er valgt.", [("menes det", "hearsay")]),
        ("Mars menes at være det bedste håb.", [("menes", "hedged")]),
        ("Med lidt held bliver der forhåbentlig plads.", [("forhåbentlig", "hedged")]),
        ("Men det lyder faktisk som om han prøver igen.", [("lyder faktisk som om", "hedged")]),
    ],
)
def test_markers_round_twelve_forms(source_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selv opdager jeg vist kun et fåtal.", [("vist", "hedged")]),
        ("Sidney Lee har vist udtalt sig om sagen.", [("vist", "hedged")]),
        ("Det er vist heldigvis ikke den sidste bog.", [("vist", "hedged")]),
        ("Kinesiske BAIC har vist interesse for Opel.", []),
        ("Det har vist sig svært.", []),
        ("- Ja, det var jeg vel.", [("vel", "hedged")]),
        ("Det bekommer ikke alle lige vel.", []),
        (
            "Tidligere meldinger fra landjorden gik på, at han var fanget.",
            [("Tidligere meldinger", "hearsay")],
        ),
        ("Det lød, som om det var et fænomen.", [("lød, som om", "hedged")]),
        ("Vi har ingen idé om årsagen.", [("ingen idé om", "hedged")]),
    ],
)
def test_markers_round_twelve_apparently_and_unsourced_reports(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Om et år skal systemet så ud til resten af landet.", []),
        ("Det så ud til at regne.", [("så ud til", "hedged")]),
        ("Ingen kan være tjent med det.", []),
        ("Man undrer sig over, hvordan det kan være, at der ikke må bygges.", []),
        ("Det er for kortsigtet.", []),
        ("Der mangler en langsigtet plan.", []),
        ("Han er sigtet for drab.", [("sigtet", "contested")]),
    ],
)
def test_markers_round_twelve_precision(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Han reagerer på de tiltaltes opførsel.", [("tiltaltes", "contested")]),
        ("Den sigtedes advokat kræver løsladelse.", [("sigtedes", "contested")]),
        ("Den nye regering spås kun kort levetid.", [("spås", "hedged")]),
        ("Det virkede, som om han var træt.", [("virkede, som om", "hedged")]),
    ],
)
def test_markers_round_thirteen_genitives_predictions_and_seeming(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der må være en pille, der kan hjælpe.", [("må være", "hedged")]),
        ("Politiet tror, at branden må skyldes en revne.", [("må skyldes", "hedged")]),
        ("Vi må være kreative for at finde plads.", []),
        ("Det virker ikke helt gennemtænkt.", [("virker", "hedged")]),
        ("Lundbæk virkede en smule rystet.", [("virkede", "hedged")]),
        ("Medicinen virker fint.", []),
    ],
)
def test_markers_round_thirteen_inferring_must_and_seeming_with_tagger_slips(
    trained_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(trained_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fondene kan være med til at præge udbuddet.", []),
        ("Men også aviserne kan være med.", []),
        ("Forløbet kunne have været håndteret bedre.", []),
        ("Der kan have været en fejl.", [("kan have været", "hedged")]),
        ("Slagordet hed Nok er nok!", []),
    ],
)
def test_markers_round_thirteen_taking_part_counterfactuals_and_enough(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Afmatningen, som nok bliver et resultat af uroen, rammer eksporten.", [("nok", "hedged")]),
        ("Hvad superbabe nok ikke havde overvejet, var vinden.", [("nok", "hedged")]),
        ("Det er lykkedes mig nok en gang.", []),
        ("DF skal nok være til at forhandle med.", []),
    ],
)
def test_markers_round_thirteen_probably_before_negation_focus_or_verb(
    source_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(source_nlp, text) == expected


def test_markers_relayed_skulle_inside_a_relative_clause(source_nlp: Language) -> None:
    text = "Det var en plan, som Ninn-Hansen ifølge Tornøe skulle have beordret."
    assert _markers(source_nlp, text) == [("skulle", "hearsay")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Einar var vist et særtilfælde.", [("vist", "hedged")]),
        ("Der passer vist ikke mange stykker papir ind mellem dem.", [("vist", "hedged")]),
        ("Modellen bliver vist frem ved en messe.", []),
        ("Kvoter er en mulighed, siger han.", [("er en mulighed", "hedged")]),
        ("Det er en mulighed for at spare penge.", []),
        ("Hun gør klart, at det ikke er en mulighed at lave en delaftale.", []),
    ],
)
def test_markers_round_thirteen_apparently_and_a_stated_possibility(
    trained_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _markers(trained_nlp, text) == expected
