"""kildespor_attribution: cue, source, content, kind, stance and via for every Danish pattern (invented examples)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _found(nlp: Language, text: str) -> list[dict[str, Any]]:
    return [
        {
            "cue": a.cue.text,
            "source": a.source.text if a.source is not None else None,
            "content": a.content.text,
            "kind": a.kind,
            "stance": a.stance,
            "via": a.via.text if a.via is not None else None,
        }
        for a in nlp(text)._.kildespor_attributions
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "kind"),
    [
        ("»Vi har det godt,« siger Ole Hansen.", "siger", "Ole Hansen", "Vi har det godt,", "direct"),
        ("“Det er for sent,” sagde hun.", "sagde", "hun", "Det er for sent,", "direct"),
        ('"Vi venter", siger borgmesteren.', "siger", "borgmesteren", "Vi venter", "direct"),
        (
            "- Vi er klar. Vi går i gang i morgen, siger træner Bo Jensen.",
            "siger",
            "træner Bo Jensen",
            "Vi er klar. Vi går i gang i morgen",
            "direct",
        ),
        ("Ole Hansen siger, at skolen lukker.", "siger", "Ole Hansen", "skolen lukker", "indirect"),
        (
            "Direktøren mener ikke, at firmaet er i fare.",
            "mener",
            "Direktøren",
            "firmaet er i fare",
            "indirect",
        ),
        (
            "Skolen lukker til sommer, mener eksperterne.",
            "mener",
            "eksperterne",
            "Skolen lukker til sommer",
            "indirect",
        ),
        ("I går sagde ministeren, at loven ændres.", "sagde", "ministeren", "loven ændres", "indirect"),
        ("Byen mangler vand. Det oplyser kommunen.", "oplyser", "kommunen", "Byen mangler vand", "indirect"),
        (
            "Han har meldt om store problemer i hæren.",
            "meldt om",
            "Han",
            "store problemer i hæren",
            "indirect",
        ),
        (
            'Formand Ib Holm siger, at det er "helt vanvittigt".',
            "siger",
            "Formand Ib Holm",
            'det er "helt vanvittigt"',
            "mixed",
        ),
        ("Ifølge politiet er manden flygtet.", "Ifølge", "politiet", "er manden flygtet", "according_to"),
        (
            "Manden er ifølge politiet flygtet til Sverige.",
            "ifølge",
            "politiet",
            "Manden er ifølge politiet flygtet til Sverige",
            "according_to",
        ),
        (
            "Efter hans opfattelse er planen død.",
            "Efter hans opfattelse",
            "hans",
            "er planen død",
            "according_to",
        ),
        (
            "Det fremgår af rapporten, at budgettet skrider.",
            "fremgår af",
            "rapporten",
            "budgettet skrider",
            "according_to",
        ),
        (
            'Rutechef Ivan Madsen: "Bussen kommer ikke."',
            ":",
            "Rutechef Ivan Madsen",
            "Bussen kommer ikke.",
            "direct",
        ),
    ],
)
def test_attribution_patterns(
    source_nlp: Language, text: str, cue: str, source: str, content: str, kind: str
) -> None:
    found = _found(source_nlp, text)
    assert found, text
    first = found[0]
    assert (first["cue"], first["source"], first["content"], first["kind"]) == (cue, source, content, kind)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Hun siger, at det regner.", "neutral"),
        ("Hun mener, at det regner.", "belief"),
        ("Hun hævder, at det regner.", "distancing"),
        ("Hun bekræfter, at det regner.", "endorsing"),
        ("Hun afviser, at det regner.", "denial"),
    ],
)
def test_attribution_stance_from_cue(source_nlp: Language, text: str, stance: str) -> None:
    assert _found(source_nlp, text)[0]["stance"] == stance


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("»Vi er bange,« siger Ole Hansen ifølge TV 2.", "TV 2."),
        ("»Vi er bange,« siger Ole Hansen til Ritzau.", "Ritzau"),
        ("Hun udtalte til TV-2-Nyhederne, at hun stopper.", "TV-2-Nyhederne"),
    ],
)
def test_attribution_relay_goes_to_via(source_nlp: Language, text: str, via: str) -> None:
    assert _found(source_nlp, text)[0]["via"] == via


@pytest.mark.parametrize(
    "text",
    [
        "Det vil sige, at prisen stiger.",
        "Vi skal huske det, som vi plejer at sige.",
        "Hun afviser at stemme for forslaget.",
        "Det siger sig selv, at vi kommer.",
        "Se også: Ny bro åbner i morgen",
        "Læs også: Borgmester går af",
        "Hvis han havde sagt, at han var syg, var det gået.",
        "Men for Ole Hansen viste det sig at være en fordel.",
        "Læs også: Faktatjek: Ny rapport rammer ved siden af\n\nTekst.",
        "Betalt indhold: Leveret i samarbejde med en butik\n\nTekst.",
    ],
)
def test_attribution_idioms_and_furniture_report_nothing(source_nlp: Language, text: str) -> None:
    assert _found(source_nlp, text) == []


def test_attribution_passive_without_source(source_nlp: Language) -> None:
    found = _found(source_nlp, "En officer, som hævdes at have trukket sig, er væk.")
    assert found[0]["cue"] == "hævdes"
    assert found[0]["source"] is None
    assert found[0]["content"] == "at have trukket sig"


def test_attribution_colon_and_tag_give_two_attributions(source_nlp: Language) -> None:
    text = "Borgmester Eva Holm siger:\n\n»Vi bygger skolen,« siger hun."
    found = _found(source_nlp, text)
    assert [a["cue"] for a in found] == ["siger", "siger"]
    assert {a["content"] for a in found} == {"Vi bygger skolen,"}


def test_attribution_nested_speech_gives_two(source_nlp: Language) -> None:
    found = _found(source_nlp, "»Han sagde, at vi skulle vente,« fortæller Eva Holm.")
    assert sorted(a["cue"] for a in found) == ["fortæller", "sagde"]


def test_attribution_coordinated_cue_shares_source(source_nlp: Language) -> None:
    found = _found(source_nlp, "»Vi er glade,« siger Eva Holm og tilføjer, at festen fortsætter.")
    assert [(a["cue"], a["source"]) for a in found] == [("siger", "Eva Holm"), ("tilføjer", "Eva Holm")]


def test_attribution_headline_speaker_colon(source_nlp: Language) -> None:
    found = _found(
        source_nlp, "Ven til sigtet direktør: Intet mistænkeligt ved mails\n\nBrødtekst følger her."
    )
    assert (found[0]["cue"], found[0]["source"]) == (":", "Ven til sigtet direktør")


def test_attribution_seeming_is_no_report(source_nlp: Language) -> None:
    assert _found(source_nlp, "Guldet synes allerede at hænge om halsen på dem.") == []


def test_attribution_relay_after_time_adverbial(source_nlp: Language) -> None:
    found = _found(source_nlp, '"Ingen kan stoppe os", siger Ole Hansen i dag til Politiken.')
    assert found[0]["via"] == "Politiken"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Skatten stiger, oplyser det amerikanske finansministerium.", "det amerikanske finansministerium"),
        (
            "Vi vinder, siger det kommende museums direktør, Eva Holm.",
            "det kommende museums direktør, Eva Holm",
        ),
        (
            "Prisen stiger, siger lederen af ØK's afdeling i Aarhus, Bent Madsen.",
            "lederen af ØK's afdeling i Aarhus, Bent Madsen",
        ),
        ("- Vi ved det, sagde en tydelig rystet Obama.", "en tydelig rystet Obama"),
        ('Det går godt, "siger ansvarlig lærling, Bo Hansen.', "ansvarlig lærling, Bo Hansen"),
        ("Renten stiger, skriver britisk avis.", "britisk avis"),
        ("Forsigtigt spørger hun, hvad vi vil gøre.", "hun"),
        ("Borgmester Eva Holm (S) siger, at planen holder.", "Borgmester Eva Holm"),
    ],
)
def test_attribution_source_phrase_edges(source_nlp: Language, text: str, source: str) -> None:
    assert _found(source_nlp, text)[0]["source"] == source


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Vi vinder, siger direktør Eva Holm, ifølge nyhedsbureauet AFP.", "nyhedsbureauet AFP"),
        ("Folk bliver syge. Det viser en ny undersøgelse fra en svensk by ifølge Ritzau.", "Ritzau"),
    ],
)
def test_attribution_relayed_ifolge_is_via_not_a_second_attribution(
    source_nlp: Language, text: str, via: str
) -> None:
    found = _found(source_nlp, text)
    assert [a["via"] for a in found] == [via]


@pytest.mark.parametrize(
    "text",
    [
        "Sådan synes planen at være.",
        "Det synes at hjælpe lidt.",
        "Pentagon kalder de daglige angreb.",
    ],
)
def test_attribution_seeming_and_articles_are_no_reports(source_nlp: Language, text: str) -> None:
    assert _found(source_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Terrorangrebet i Paris: Præsidenten taler til nationen\n\nTekst følger.", None),
        ("Eksperten: Det går helt galt\n\nTekst følger.", "Eksperten"),
        ("Politiet: Vi har styr på det\n\nTekst følger.", "Politiet"),
    ],
)
def test_attribution_headline_colon_needs_a_speaking_label(
    source_nlp: Language, text: str, speaker: str | None
) -> None:
    assert [a["source"] for a in _found(source_nlp, text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Skatten skal ned, lyder det ironisk om politikerne.", "lyder det", None),
        (
            "Skatten skal ned, lyder det blandt andet fra regeringen.",
            "lyder det blandt andet fra",
            "regeringen",
        ),
    ],
)
def test_attribution_lyder_det_with_manner_or_adverbs(
    source_nlp: Language, text: str, cue: str, source: str | None
) -> None:
    found = _found(source_nlp, text)
    assert [(a["cue"], a["source"], a["content"]) for a in found] == [(cue, source, "Skatten skal ned")]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "stance"),
    [
        (
            "Ministeren finder, at loven er for streng.",
            "finder",
            "Ministeren",
            "loven er for streng",
            "belief",
        ),
        ("Eksperten forudser, at priserne stiger.", "forudser", "Eksperten", "priserne stiger", "belief"),
        ("Økonomerne beregner, at væksten falder.", "beregner", "Økonomerne", "væksten falder", "belief"),
        (
            "Direktøren garanterer, at ingen bliver fyret.",
            "garanterer",
            "Direktøren",
            "ingen bliver fyret",
            "neutral",
        ),
        (
            "Forskerne fremfører, at metoden er forkert.",
            "fremfører",
            "Forskerne",
            "metoden er forkert",
            "neutral",
        ),
        ("Hun insinuerer, at han lyver.", "insinuerer", "Hun", "han lyver", "distancing"),
        ("Han vedgik, at han havde løjet.", "vedgik", "Han", "han havde løjet", "endorsing"),
        ("Lægen har vurderet, at patienten er rask.", "vurderet", "Lægen", "patienten er rask", "belief"),
        ("Hun kunne berette, at huset var solgt.", "berette", "Hun", "huset var solgt", "neutral"),
        (
            "Forbundet lægger vægt på, at ingen mister jobbet.",
            "lægger vægt på",
            "Forbundet",
            "ingen mister jobbet",
            "neutral",
        ),
        (
            "Direktøren lægger ikke skjul på, at han er skuffet.",
            "lægger ikke skjul på",
            "Direktøren",
            "han er skuffet",
            "neutral",
        ),
        (
            "Formanden giver udtryk for, at han er skuffet.",
            "giver udtryk for",
            "Formanden",
            "han er skuffet",
            "neutral",
        ),
        (
            "Ministeren er af den opfattelse, at loven virker.",
            "er af den opfattelse",
            "Ministeren",
            "loven virker",
            "belief",
        ),
        (
            "Han gør gældende, at aftalen er ugyldig.",
            "gør gældende",
            "Han",
            "aftalen er ugyldig",
            "distancing",
        ),
        (
            "Hun gør opmærksom på, at fristen udløber.",
            "gør opmærksom på",
            "Hun",
            "fristen udløber",
            "neutral",
        ),
        (
            "Politiet truer med, at bilerne bliver fjernet.",
            "truer med",
            "Politiet",
            "bilerne bliver fjernet",
            "neutral",
        ),
        (
            "Borgmesteren opfordrer borgerne til at spare på vandet.",
            "opfordrer",
            "Borgmesteren",
            "borgerne til at spare på vandet",
            "neutral",
        ),
        ("Hun opfordrede til at stemme nej.", "opfordrede", "Hun", "stemme nej", "neutral"),
    ],
)
def test_attribution_audited_reporting_verbs(
    source_nlp: Language, text: str, cue: str, source: str, content: str, stance: str
) -> None:
    first = _found(source_nlp, text)[0]
    assert (first["cue"], first["source"], first["content"], first["stance"]) == (
        cue,
        source,
        content,
        stance,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Politiet vil ikke oplyse, hvor mange der er anholdt.",
        "Han har været forventet, at vinde løbet.",
        "Koncerten finder sted i morgen.",
        'Vejret var dårligt: "Det regner hele tiden."',
        "Huset var en del af den gamle by.",
    ],
)
def test_attribution_not_found_for_refusals_passives_and_look_alikes(source_nlp: Language, text: str) -> None:
    assert _found(source_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            'Direktøren var meget klar i sin tale: "Vi lukker fabrikken."',
            "Direktøren",
            "Vi lukker fabrikken.",
        ),
        ("Hun havde kun én besked til pressen: »Vi giver aldrig op.«", "Hun", "Vi giver aldrig op."),
    ],
)
def test_attribution_colon_after_a_clause_whose_subject_speaks(
    source_nlp: Language, text: str, source: str, content: str
) -> None:
    found = _found(source_nlp, text)
    assert [(a["cue"], a["source"], a["content"], a["kind"]) for a in found] == [
        (":", source, content, "direct")
    ]


def test_attribution_coordinated_report_ends_the_first_content(source_nlp: Language) -> None:
    text = "Kommunen finder ikke, at sagen er afgjort, og kommunen finder heller ikke, at den haster."
    assert [a["content"] for a in _found(source_nlp, text)] == ["sagen er afgjort", "den haster"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ministeren kalder det "en trist dag", men satser på, at planen virker.',
            [("kalder", "Ministeren"), ("satser på", "Ministeren")],
        ),
        (
            "Formanden siger, at holdet er klar og tilføjer, at træneren bliver.",
            [("siger", "Formanden"), ("tilføjer", "Formanden")],
        ),
        ("Sagen kræver tid, slår han fast.", [("slår", "han")]),
        ("Flere af eksperterne mener, at renten stiger.", [("mener", "Flere af eksperterne")]),
        (
            "En af stifterne, arkitekt Eva Holm, fortæller, at huset står klar.",
            [("fortæller", "En af stifterne, arkitekt Eva Holm")],
        ),
        ("Der går forlydender om, at ministeren går af.", [("forlydender", None)]),
        ("Det understreges, at tallene er usikre.", [("understreges", None)]),
    ],
)
def test_attribution_coordination_partitives_and_sourceless_nouns(
    source_nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(a["cue"], a["source"]) for a in _found(source_nlp, text)] == expected


def test_attribution_rumour_noun_content_ends_at_the_comma(source_nlp: Language) -> None:
    found = _found(source_nlp, "Rygterne om, at firmaet lukker, har floreret længe.")
    assert [(a["cue"], a["content"]) for a in found] == [("Rygterne", "firmaet lukker")]


def test_attribution_sentence_initial_for_is_a_fronted_adverbial(source_nlp: Language) -> None:
    found = _found(source_nlp, "For fredens skyld opfordrer foreningen klubberne til at vente.")
    assert [(a["cue"], a["source"], a["content"]) for a in found] == [
        ("opfordrer", "foreningen", "klubberne til at vente")
    ]


@pytest.mark.parametrize("run", ["Han siger det her ", "Hun er af den grund her ", "Der går rygter om "])
def test_attribution_unpunctuated_long_run_gives_spans_inside_the_doc(source_nlp: Language, run: str) -> None:
    doc = source_nlp(run * 3000)
    assert all(0 <= a.cue.start < a.cue.end <= len(doc) for a in doc._.kildespor_attributions)
    assert all(len(a.content) > 0 for a in doc._.kildespor_attributions)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # inverted `fremgår det af X` after the content, and the subject as content
        (
            "Udgifterne er steget kraftigt, fremgår det af rapporten.",
            "fremgår",
            "rapporten",
            "Udgifterne er steget kraftigt",
        ),
        ("Opfordringen fremgik af et brev.", "fremgik", "et brev", "Opfordringen"),
        (
            "Der stod ingen steder i kontrakten, at huset skulle sælges.",
            "stod",
            "kontrakten",
            "huset skulle sælges",
        ),
        # a subject with a relative clause, then the main clause: all of it is content
        (
            "Sagen om en mand, der døde på et plejehjem, kan få et efterspil, skriver Lokalavisen.",
            "skriver",
            "Lokalavisen",
            "Sagen om en mand, der døde på et plejehjem, kan få et efterspil",
        ),
        # a coordinated verb shares the subject of the first clause
        (
            "Hendes mand vil ikke kommentere sagen, men bekræfter, at han kender til den.",
            "bekræfter",
            "Hendes mand",
            "han kender til den",
        ),
        # an accusation verb reports through its object and `for`-phrase
        (
            "Styrken har beskyldt skibet for at sejle med våben.",
            "beskyldt",
            "Styrken",
            "skibet for at sejle med våben",
        ),
        # `Men ifølge X, …` fronted; the vouched clause stops before `, men`
        (
            "Men ifølge en embedsmand er præsten rejst hjem.",
            "ifølge",
            "en embedsmand",
            "er præsten rejst hjem",
        ),
        ("Aktionen lykkedes ifølge hæren, men den blev opdaget.", "ifølge", "hæren", "Aktionen lykkedes"),
        # probes of common news constructions
        ("Det oplyses fra politiet, at manden er sigtet.", "oplyses", "politiet", "manden er sigtet"),
        (
            "I rapporten hedder det, at skolerne mangler lærere.",
            "hedder",
            "rapporten",
            "skolerne mangler lærere",
        ),
        ("Hans forklaring er, at bilen skred ud.", "forklaring", "Hans", "bilen skred ud"),
        ("Som det fremgår af tabellen, er udgifterne steget.", "fremgår", "tabellen", "er udgifterne steget"),
        ("Som formanden udtrykker det: »Vi er på vej.«", "udtrykker", "formanden", "Vi er på vej."),
        ("Han kommenterer: »Det er jeg glad for.«", "kommenterer", "Han", "Det er jeg glad for."),
        ("DF: Grænsen skal lukkes", ":", "DF", "Grænsen skal lukkes"),
        (
            "Efter hvad Ritzau erfarer, er aftalen faldet på plads.",
            "Efter",
            "Ritzau",
            "er aftalen faldet på plads",
        ),
        ("Det hedder i en meddelelse, at sagen er lukket.", "hedder", "en meddelelse", "sagen er lukket"),
        (
            "Ifølge borgmester Hans Jensen (S) vil kommunen spare.",
            "Ifølge",
            "borgmester Hans Jensen",
            "vil kommunen spare",
        ),
        ("Han er imod. Det gjorde han også klart i går.", "gjorde", "han", "Han er imod"),
        (
            "Det er en kontrakt, som spillerne mener giver dem urimelige vilkår.",
            "mener",
            "spillerne",
            "giver dem urimelige vilkår",
        ),
        (
            "Samtidig blev det understreget af ministeren, at pengene er brugt.",
            "understreget",
            "ministeren",
            "pengene er brugt",
        ),
        (
            "Tidligere på ugen fortalte forskere fra Aarhus Universitet (AU), at isen smelter.",
            "fortalte",
            "forskere fra Aarhus Universitet",
            "isen smelter",
        ),
        # round five (tune splits and heldout2)
        # a comment clause after the content: `som X beskriver det`
        (
            'Han vil udholde "min vanskelige tilværelse", som han beskriver det.',
            "beskriver",
            "han",
            "min vanskelige tilværelse",
        ),
        ("Skatten stiger, som ministeren siger.", "siger", "ministeren", "Skatten stiger"),
        # criticism and regret report a noun phrase
        ("Ministeren kritiserer beslutningen.", "kritiserer", "Ministeren", "beslutningen"),
        # an addressee with a name in apposition before `til at`
        (
            "Et enigt byråd opfordrer kommunens borgmester, Thomas Banke, til at træde tilbage.",
            "opfordrer",
            "Et enigt byråd",
            "kommunens borgmester, Thomas Banke, til at træde tilbage",
        ),
        ("Mens Swazi News rapporterer om syv dræbte.", "rapporterer om", "Swazi News", "syv dræbte"),
        # `efter` opening a clause: the subject stands before the verb
        (
            "Efter Ekstra Bladet fortalte, at lønnen var uændret, kom kritikken.",
            "fortalte",
            "Ekstra Bladet",
            "lønnen var uændret, kom kritikken",
        ),
    ],
)
def test_attribution_constructions_from_tune_splits(
    source_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = _found(source_nlp, text)
    assert any(
        f["cue"].startswith(cue) and f["source"] == source and f["content"] == content for f in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Han satser alt på at klare sig godt i finalen.",  # an intention, no reported clause
        "Hvad synes politikerne er en god skole?",  # a question: `Hvad` is no source
        "Han kan ikke dømmes ifølge de to paragraffer.",  # a rule is a basis, not a source
        "I 2008 blev Obama kritiseret, da han sagde noget.",  # a passive without a reported clause
    ],
)
def test_attribution_false_friends_report_nothing(source_nlp: Language, text: str) -> None:
    assert _found(source_nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Skøjtende glat: Flere ulykker på motorvejen",  # tags show no name or role: a topic, not a speaker
        "Ingen af os havde forudset de vanskeligheder, vi løb ind i.",  # a tagged noun in -er is no verb
    ],
)
def test_attribution_false_friends_with_tags_report_nothing(trained_nlp: Language, text: str) -> None:
    assert _found(trained_nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ministeren insisterer på, at aftalen holder.", "insisterer", "aftalen holder"),
        ("Direktøren forudskikker, at firmaet er sundt.", "forudskikker", "firmaet er sundt"),
    ],
)
def test_attribution_parse_fallback_for_unlisted_predicates(
    trained_nlp: Language, text: str, cue: str, content: str
) -> None:
    found = _found(trained_nlp, text)
    assert any(f["cue"] == cue and f["content"] == content for f in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Det betyder, at priserne stiger.",  # a consequence, not a report
        "Regeringen sikrer, at alle får hjælp.",  # an arrangement
        "Jeg kunne se, at han var træt.",  # perception
        "Bestyrelsen besluttede at lukke fabrikken.",  # the infinitive marker opens no clause
    ],
)
def test_attribution_parse_fallback_leaves_non_reports(trained_nlp: Language, text: str) -> None:
    assert _found(trained_nlp, text) == []


def test_statement_noun_from_source_points_back(source_nlp: Language) -> None:
    doc = source_nlp("Borgmesteren bør gå af. Det er meldingen fra et enigt byråd.")
    found = doc._.kildespor_attributions[-1]
    assert (found.cue.text, found.source.text, found.content.text) == (
        "meldingen fra",
        "et enigt byråd",
        "Borgmesteren bør gå af",
    )


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a focus particle opens the subject
        ("Også ministeren har udtrykt håb om en våbenhvile.", "udtrykt", "ministeren"),
        # a short parenthesis before the name apposition belongs to the source
        (
            "I hovedstaden sagde lederen af FNs børnefond (UNICEF), Lene Vang Holm, at lejrene var fulde.",
            "sagde",
            "lederen af FNs børnefond (UNICEF), Lene Vang Holm",
        ),
        # a teaser line: the rubric, then the speaker's colon
        ("Læs også: Lene Holm om valget: Vi vandt stort", ":", "Lene Holm"),
    ],
)
def test_subjects_after_focus_particles_parentheses_and_rubrics(
    source_nlp: Language, text: str, cue: str, source: str
) -> None:
    found = source_nlp(text)._.kildespor_attributions
    assert [(a.cue.text, a.source.text if a.source else None) for a in found][-1] == (cue, source)


@pytest.mark.model
def test_attribution_a_country_speaks_for_its_government(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Også Norge har udtrykt håb om en våbenhvile.")
    assert any(f["cue"] == "udtrykt" and f["source"] == "Norge" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Han har et gyldigt pas, der viser, at han er født i Belgien.",  # a thing shows, no source speaks
        "Processen med ansøgningerne viser tydeligt, at det ikke handler om penge.",
    ],
)
def test_attribution_things_that_show_are_no_sources(source_nlp: Language, text: str) -> None:
    assert [f for f in _found(source_nlp, text) if f["cue"] == "viser"] == []


def test_attribution_studies_still_show(source_nlp: Language) -> None:
    found = _found(source_nlp, "En ny undersøgelse viser, at flere cykler.")
    assert [(f["cue"], f["content"]) for f in found] == [("viser", "flere cykler")]


def test_attribution_ifolge_after_a_lyder_det_fra_source_is_a_relay(source_nlp: Language) -> None:
    found = _found(source_nlp, "»Vi retter fejlen,« lyder det fra Nordsoft ifølge Vestavisen.")
    assert [f["cue"] for f in found] == ["lyder det fra"]


def test_attribution_weighing_an_open_question_is_no_claim(source_nlp: Language) -> None:
    text = "Det afgør, hvorvidt retten vurderer, om han har forstået, at billederne var ulovlige."
    assert [f for f in _found(source_nlp, text) if f["cue"] == "vurderer"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a dash paragraph closed by a bare tag without a comma
        ("- Vejene er glatte i hele området fortæller han.", "fortæller", "Vejene er glatte i hele området"),
    ],
)
def test_attribution_bare_tags(source_nlp: Language, text: str, cue: str, content: str) -> None:
    assert [(f["cue"], f["content"]) for f in _found(source_nlp, text)] == [(cue, content)]


@pytest.mark.model
def test_attribution_godt_between_a_belief_verb_and_its_clause(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Jeg tror godt, du forstår mig.")
    assert [(f["cue"], f["content"]) for f in found] == [("tror", "du forstår mig")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lørdag udtrykte Rådet bekymring for de civile og opfordrede til våbenhvile.",
            [("udtrykte", "Rådet", "bekymring for de civile"), ("opfordrede", "Rådet", "våbenhvile")],
        ),
        (
            "Der er klubber, der ikke anerkender hinanden og påstår, at de er de ældste.",
            [("påstår", "klubber", "de er de ældste")],
        ),
    ],
)
def test_attribution_coordinated_verbs_share_their_subject(
    trained_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = _found(trained_nlp, text)
    assert [(f["cue"], f["source"], f["content"]) for f in found] == expected


@pytest.mark.parametrize(
    "text",
    ["Direktøren holder fast i, at firmaet er sundt.", "Direktøren holdt fast i, at firmaet er sundt."],
)
def test_attribution_maintaining_particle_verbs(source_nlp: Language, text: str) -> None:
    assert [f["content"] for f in _found(source_nlp, text)] == ["firmaet er sundt"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # a listed verb whose word-order rules find no subject falls back on the parse
        (
            "Lokale medier har forskellige tal - eksempelvis skriver regeringsavisen The Observer, at flere er kommet til skade.",
            "skriver",
            "regeringsavisen The Observer",
            "flere er kommet til skade",
        ),
        (
            "Selv om det ikke ændrer noget i denne sæson, tror træner Jürgen Klopp, at det vil give ro.",
            "tror",
            "træner Jürgen Klopp",
            "det vil give ro",
        ),
        # an indefinite plural after an inverted cue is the speaker
        (
            "Kongen kan vælge en ny kone, beretter aktivister.",
            "beretter",
            "aktivister",
            "Kongen kan vælge en ny kone",
        ),
        # the modal, not the perfect infinitive, is the finite verb: the subject stands after it
        (
            'I september skal han have sagt: "Dine sko sidder rigtigt".',
            "sagt",
            "han",
            "Dine sko sidder rigtigt",
        ),
        # a light verb far from its noun: the noun and preposition are the cue
        (
            "Schur gav onsdag på et pressemøde udtryk for, at ingen havde grund til bekymring.",
            "udtryk for",
            "Schur",
            "ingen havde grund til bekymring",
        ),
    ],
)
def test_attribution_parse_helps_word_order_rules(
    trained_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = _found(trained_nlp, text)
    assert any(f["cue"] == cue and f["source"] == source and f["content"] == content for f in found), found


@pytest.mark.model
def test_evidence_pointing_is_a_hedge_not_a_source(trained_nlp: Language) -> None:
    doc = trained_nlp("Vi må acceptere, at alle beviser peger på, at flyet styrtede ned.")
    assert [a.cue.text for a in doc._.kildespor_attributions] == []
    assert [(s.text, s.label_) for s in doc.spans["kildespor_markers"]] == [("peger på", "hedged")]
    person = trained_nlp("Julie Wilhelmsen peger på, at Norge har en lang tradition.")
    assert [a.cue.text for a in person._.kildespor_attributions] == ["peger på"]
    assert list(person.spans["kildespor_markers"]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hugger kone og splitter omklædningsrum: Hanekamp i Randers FC",  # a headline clause
        "Drama i Randers FC: Kone-ballade kan koste Borring jobbet",  # the name says where, not who
    ],
)
def test_speaker_colon_rejects_headline_clauses_and_places(trained_nlp: Language, text: str) -> None:
    assert _found(trained_nlp, text) == []


def test_relative_clause_with_reporting_verb_is_no_comment_clause(source_nlp: Language) -> None:
    assert _found(source_nlp, "Lejligheden, som han beskrev, var lille.") == []


def test_relative_antecedent_reaches_the_name_before_a_role(source_nlp: Language) -> None:
    found = _found(
        source_nlp,
        "Blandt kritikerne er Jacob Mark, medieordfører i SF, der udtaler til avisen, at det er for dyrt.",
    )
    assert any(f["cue"] == "udtaler" and f["source"] == "Jacob Mark, medieordfører i SF" for f in found), (
        found
    )


@pytest.mark.model
def test_coordinated_verb_takes_the_parsed_subject(trained_nlp: Language) -> None:
    found = _found(
        trained_nlp,
        "Den fratrådte administrerende direktør har givet sig selv mundkurv, men udtaler nu til Børsen, at han glæder sig.",
    )
    # the first clause's subject, however much of it the parse keeps (not an object or `Børsen`)
    assert any(f["cue"] == "udtaler" and f["source"].startswith("Den fratrådte") for f in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Dansk Folkepartis medieordfører, Morten Marinus, kritiserer lønnen i et interview med Berlingske:\n\n"
            "”Jeg synes, det lyder himmelråbende.”",
            "Dansk Folkepartis medieordfører, Morten Marinus",
        ),
        (
            'I går havde retsformanden, landsdommer Ole Unmack Larsen, givet et fingerpeg om udfaldet: "Beviset skal være stærkt."',
            "retsformanden, landsdommer Ole Unmack Larsen",
        ),
    ],
)
def test_clause_colon_with_a_named_parsed_subject(trained_nlp: Language, text: str, source: str) -> None:
    found = _found(trained_nlp, text)
    assert any(f["cue"] == ":" and f["source"] == source and f["kind"] == "direct" for f in found), found


@pytest.mark.model
def test_clause_colon_after_a_narrated_act_is_no_report(trained_nlp: Language) -> None:
    found = _found(trained_nlp, 'Han hoppede ind i bilen, og snuppede radiotelefonen: "Sasha, vi kører nu."')
    assert not any(f["cue"] == ":" for f in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"Den bold glemmer jeg ikke," fastslog Hauth efter stævnet, "men ellers er jeg tilfreds med løbet."',
            'Den bold glemmer jeg ikke," fastslog Hauth efter stævnet, "men ellers er jeg tilfreds med løbet.',
        ),
        (
            "- Fy for helvede, grinede Bolle, - men hun har fortjent det.",
            "Fy for helvede, grinede Bolle, - men hun har fortjent det",
        ),
    ],
)
def test_quotation_split_by_its_tag_is_one_content(source_nlp: Language, text: str, content: str) -> None:
    found = _found(source_nlp, text)
    assert [f["content"] for f in found] == [content], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Bagefter forklarede Alexander Dubcek, at han var misfornøjet.", "forklarede", "Alexander Dubcek"),
        (
            "Debatten begyndte, da sangerinden Björk i kølvandet på historierne i et opslag fortalte, at hun var chikaneret.",
            "fortalte",
            "sangerinden Björk",
        ),
    ],
)
def test_parsed_subject_when_the_rules_find_no_speaker(
    trained_nlp: Language, text: str, cue: str, source: str
) -> None:
    found = _found(trained_nlp, text)
    assert any(f["cue"] == cue and f["source"] == source for f in found), found


def test_disputing_and_condemning_report(source_nlp: Language) -> None:
    found = _found(source_nlp, "Ministeren bestrider, at pengene er forsvundet. Danmark fordømmer angrebet.")
    assert [(f["cue"], f["content"]) for f in found] == [
        ("bestrider", "pengene er forsvundet"),
        ("fordømmer", "angrebet"),
    ]
    markers = source_nlp("Ministeren bestrider, at pengene er forsvundet.").spans["kildespor_markers"]
    assert [(m.text, m.label_) for m in markers] == [("bestrider", "denied")]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Udledningen skal ned. Men, lyder konklusionen, det kan godt lade sig gøre.",
            "konklusionen",
            "det kan godt lade sig gøre",
        ),
        ("Vi skal spare, lyder budskabet.", "budskabet", "Vi skal spare"),
    ],
)
def test_sounding_statement_noun(source_nlp: Language, text: str, source: str, content: str) -> None:
    found = _found(source_nlp, text)
    assert [(f["cue"], f["source"], f["content"]) for f in found] == [("lyder", source, content)]


def test_verb_ending_its_paragraph_introduces_the_next_quotation(source_nlp: Language) -> None:
    found = _found(source_nlp, "Borgmesteren fortæller\n\n- Vi har gjort alt, hvad vi kunne.")
    assert [(f["cue"], f["source"], f["content"], f["kind"]) for f in found] == [
        ("fortæller", "Borgmesteren", "Vi har gjort alt, hvad vi kunne.", "direct")
    ]
    pointing_back = _found(source_nlp, "Nyheden blev spredt. Det skriver The Guardian.\n\n»Vi beklager.«")
    assert [f["content"] for f in pointing_back if f["cue"] == "skriver"] == ["Nyheden blev spredt"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            'Eller med Preben Nygaards ord: "Hvis Hafnia vinder, er det slut."',
            "med Preben Nygaards ord:",
            "Preben Nygaards",
            "Hvis Hafnia vinder, er det slut.",
        ),
        (
            'Det er, som med Brian Lentz\' ord er "enhver sportsmands drøm".',
            "med Brian Lentz' ord",
            "Brian Lentz'",
            "enhver sportsmands drøm",
        ),
    ],
)
def test_in_their_words(source_nlp: Language, text: str, cue: str, source: str, content: str) -> None:
    found = _found(source_nlp, text)
    assert [(f["cue"], f["source"], f["content"]) for f in found] == [(cue, source, content)]


def test_with_other_words_reports_nothing(source_nlp: Language) -> None:
    assert _found(source_nlp, "Det er med andre ord to ihærdige slagtere.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # an infinitive report takes the subject of the verb it depends on
        (
            "Politiet nøjes med at oplyse, at der ingen sammenhæng er.",
            "oplyse",
            "Politiet",
            "der ingen sammenhæng er",
        ),
        (
            "Ministeren valgte at understrege, at aftalen holder.",
            "understrege",
            "Ministeren",
            "aftalen holder",
        ),
        (
            "Han er tiltalt for at krænke en af kvinderne ved at sige, at hun så fræk ud.",
            "sige",
            "Han",
            "hun så fræk ud",
        ),
        # a parsed preposition `om` opens no clause: the coordinated verb shares the first subject
        ("Han bad om en forklaring og sagde, at det var for sent.", "sagde", "Han", "det var for sent"),
    ],
)
def test_attribution_infinitive_and_coordinated_reports_find_their_subject(
    trained_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = _found(trained_nlp, text)
    assert any((f["cue"], f["source"], f["content"]) == (cue, source, content) for f in found), found


@pytest.mark.model
def test_attribution_object_control_takes_no_subject(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Hun bad ham om at fortælle, at han var syg.")
    assert not any(f["cue"] == "fortælle" and f["source"] == "Hun" for f in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"Jeg har valgt at vente. Der kommer nok til at gå en uges tid, tror jeg," siger Anders Eldrup.',
            "Der kommer nok til at gå en uges tid",
        ),
    ],
)
def test_attribution_nested_pronoun_tag_inside_a_closed_quotation(
    source_nlp: Language, text: str, content: str
) -> None:
    found = _found(source_nlp, text)
    assert [(f["cue"], f["source"], f["content"]) for f in found if f["cue"] == "tror"] == [
        ("tror", "jeg", content)
    ]
    assert any(f["cue"] == "siger" for f in found)


def test_attribution_a_name_inside_a_closed_quotation_is_no_nested_tag(source_nlp: Language) -> None:
    found = _found(source_nlp, '"Vi har vundet, siger træneren altid, men ikke i dag," fortæller hun.')
    assert not any(f["cue"] == "siger" for f in found), found


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Manden blev anholdt i nat. Det kunne TV 2 fortælle søndag.",
            "fortælle",
            "TV 2",
            "Manden blev anholdt i nat",
        ),
        (
            "Prisen stiger med ti procent, hvilket direktøren bekræfter over for Ritzau.",
            "bekræfter",
            "direktøren",
            "Prisen stiger med ti procent",
        ),
        (
            "Det kom bag på hende, at politiet manglede folk, hvilket ministeren sagde torsdag aften.",
            "sagde",
            "ministeren",
            "politiet manglede folk",
        ),
    ],
)
def test_attribution_can_tell_anaphor_and_which_clause(
    source_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = _found(source_nlp, text)
    assert [(f["cue"], f["source"], f["content"]) for f in found] == [(cue, source, content)]


@pytest.mark.parametrize(
    "text",
    ["Manden blev anholdt. Det vil ministeren ikke kommentere.", "Det er sket. Det kan man ikke sige."],
)
def test_attribution_refusing_or_generic_modal_anaphor_reports_nothing(
    source_nlp: Language, text: str
) -> None:
    assert _found(source_nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            '"Vi gør, hvad vi kan," lover politidirektøren.',
            "lover",
            "politidirektøren",
            "Vi gør, hvad vi kan,",
        ),
        ('"Den er god nok," erindrer Poul Hansen.', "erindrer", "Poul Hansen", "Den er god nok,"),
        ('"Hvorfor?" undrer hun sig.', "undrer", "hun", "Hvorfor?"),
    ],
)
def test_attribution_any_finite_verb_tags_a_closed_quotation(
    trained_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = _found(trained_nlp, text)
    assert [(f["cue"], f["source"], f["content"]) for f in found] == [(cue, source, content)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"Titanic" vandt 11 Oscars.',  # a title, not speech
        '"Da jeg kom hjem, mødte jeg min nabo," fortæller hun.',  # a fronted clause inside the quotation
        "- Da PET kommer til broen, får de lov til at køre igennem.",  # the same inside a dash paragraph
    ],
)
def test_attribution_unlisted_verbs_after_titles_or_fronted_clauses_tag_nothing(
    trained_nlp: Language, text: str
) -> None:
    found = _found(trained_nlp, text)
    assert not any(f["cue"] in ("vandt", "mødte", "får") for f in found), found


def test_attribution_complement_verb_tags_a_dash_quotation(source_nlp: Language) -> None:
    found = _found(source_nlp, "- Det var en fejl, beklager direktøren.")
    assert [(f["cue"], f["source"], f["content"]) for f in found] == [
        ("beklager", "direktøren", "Det var en fejl")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("Oplysningerne bekræftes af politiet.", "bekræftes", "politiet", "Oplysningerne"),
        ("Skibet er sunket. Det afvises af direktøren.", "afvises", "direktøren", "Skibet er sunket"),
        ("I bogen nævnes det, at Schlüter var træt.", "nævnes", None, "Schlüter var træt"),
        (
            '"Der er også hensynet til konkurrenceevnen," understreges det på ministeriets hjemmeside.',
            "understreges",
            None,
            "Der er også hensynet til konkurrenceevnen,",
        ),
    ],
)
def test_attribution_passives_with_agent_expletive_or_quotation(
    source_nlp: Language, text: str, cue: str, source: str | None, content: str
) -> None:
    found = _found(source_nlp, text)
    assert [(f["cue"], f["source"], f["content"]) for f in found] == [(cue, source, content)]


def test_attribution_passive_with_a_thing_as_agent_reports_nothing(source_nlp: Language) -> None:
    assert _found(source_nlp, "Huset bekræftes af målingerne at være skævt.") == []


@pytest.mark.model
def test_attribution_periphrastic_passive_with_agent_and_relative_clause(trained_nlp: Language) -> None:
    text = "Kritikken er dog pure blevet afvist af Peter Jensen, som blandt andet fik nævnt, at han har undskyldt."
    found = _found(trained_nlp, text)
    assert ("afvist", "Peter Jensen", "Kritikken") in [(f["cue"], f["source"], f["content"]) for f in found]


@pytest.mark.model
def test_capitalised_question_verb_opens_no_name(trained_nlp: Language) -> None:
    doc = trained_nlp("Blev Obama kritiseret, da han sagde, at krigen var slut?")
    assert all(not (a.source_name or "").startswith("Blev") for a in doc._.kildespor_attributions)


@pytest.mark.parametrize(
    ("text", "found_cue"),
    [
        ("Det står i rapporten, at skolerne er for små.", "står i"),
        ("Det stod i avisen i går, at prisen stiger.", "stod i"),
        ("Det står i skabet, og det er fint.", None),  # a place, no `at`-clause
    ],
)
def test_attribution_det_star_i_document_at(source_nlp: Language, text: str, found_cue: str | None) -> None:
    assert [f["cue"] for f in _found(source_nlp, text)] == ([found_cue] if found_cue else [])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Også hos US Anti-Doping Agency mener man, at beslutningen er den rigtige.",
            "US Anti-Doping Agency",
        ),
        ("I Venstre erkender man, at strømningerne er stærke.", "Venstre"),
        ("I dag mener man, at jorden er rund.", "man"),  # a time, not a body
        (
            "Der er udfordringer, som jeg mener, at DSB bør tage fat i.",
            "jeg",
        ),  # an object relative's own subject
        ("Det er ministeren, som siger, at ingen forstår sagen.", "ministeren"),
    ],
)
def test_attribution_generic_man_in_a_named_body_and_object_relatives(
    source_nlp: Language, text: str, source: str
) -> None:
    assert [f["source"] for f in _found(source_nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Kilder tæt på forhandlingerne siger til Reuters, at aftalen er tæt på.",
            "Kilder tæt på forhandlingerne",
        ),
        (
            "Ifølge en kilde med kendskab til sagen er ministeren på vej ud.",
            "en kilde med kendskab til sagen",
        ),
        ("Ifølge flere kilder i partiet er formanden på vej ud.", "flere kilder i partiet"),
    ],
)
def test_attribution_unnamed_source_keeps_where_it_sits(source_nlp: Language, text: str, source: str) -> None:
    assert [f["source"] for f in _found(source_nlp, text)] == [source]


def test_attribution_possessive_opens_the_speaker_phrase(source_nlp: Language) -> None:
    found = _found(source_nlp, '- Min mor sagde altid: "Pas på dig selv." Det har jeg tænkt på, siger han.')
    assert [f["source"] for f in found if f["cue"] == "sagde"] == ["Min mor"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Se også: Clinton fortryder: Jeg var groft generaliserende\n\nMere tekst.",
            "Clinton",
            "Jeg var groft generaliserende",
        ),
        (
            'Læs også: Nu svarer Karina Pedersens mor på anklager: "Grænsen er nået"\n\nMere tekst.',
            "Karina Pedersens mor",
            "Grænsen er nået",
        ),
        (
            "LÆS OGSÅ Ekspert: Dom i hackersag ændrer præmis for politiarbejde\n\nMere tekst.",
            "Ekspert",
            "Dom i hackersag ændrer præmis for politiarbejde",
        ),
    ],
)
def test_attribution_headline_clause_before_a_colon(
    trained_nlp: Language, text: str, source: str, content: str
) -> None:
    found = _found(trained_nlp, text)
    # the speaker's words open the source (a tagger may read `fortryder` as part of the label)
    assert any(
        f["cue"] == ":" and f["source"].startswith(source) and f["content"] == content for f in found
    ), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Regeringen vil sænke skatten: Her er planen\n\nMere tekst.",  # a topic, not speech
        'Københavnerne slår alle rekorder: "Godt gået KBH!"\n\nMere tekst.',  # nobody named speaks
        "Prisen stiger igen: Det koster dig 500 kroner\n\nMere tekst.",  # the reader addressed
        'Jens Knudsen sagde: "Jeg er nervøs."\n\nMere tekst.',  # the verb is the cue
    ],
)
def test_attribution_headline_topics_and_verb_cues_give_no_colon_cue(
    trained_nlp: Language, text: str
) -> None:
    assert not any(f["cue"] == ":" for f in _found(trained_nlp, text))


def test_attribution_form_field_colon_is_no_speaker(source_nlp: Language) -> None:
    text = "Indbrud i Risskov\n\nDør opbrudt.\n\nSket: 19/03/2014 16:00 Til 20/03/2014 07:00\n\nDør opbrudt."
    assert not any(f["cue"] == ":" for f in _found(source_nlp, text))
    assert [f["content"] for f in _found(source_nlp, "Løkke: Nej!\n\nMere.")] == ["Nej"]


def test_attribution_fronted_det_points_back_past_a_relative_report(source_nlp: Language) -> None:
    text = "I juli blev en ansat overfaldet. Det skriver TV2 Fyn, som fredag kan fortælle, at fængslet har fået tre påbud."
    found = {f["cue"]: f["content"] for f in _found(source_nlp, text)}
    assert found["skriver"] == "I juli blev en ansat overfaldet"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Før afstemningen sagde Knut Arild Hareide, at han ville gå af.", "Knut Arild Hareide"),
        ("Før han gik, sagde Knut Hareide, at han ville gå af.", "Knut Hareide"),
        ("Da hun kom hjem, fortalte naboen, at der havde været indbrud.", "naboen"),
        ("Efter oplysningerne opfordrede Ombudsmanden Kirkeministeriet til at se på sagen.", "Ombudsmanden"),
    ],
)
def test_attribution_fronted_phrases_and_clauses_put_the_subject_after_the_verb(
    trained_nlp: Language, text: str, source: str
) -> None:
    assert [f["source"] for f in _found(trained_nlp, text)][:1] == [source]


def test_attribution_ifolge_between_speaker_and_cue_is_the_relay(source_nlp: Language) -> None:
    found = _found(
        source_nlp, "Ved flere lejligheder har han ifølge anklageskriftet sagt, at de skulle dreje."
    )
    assert [(f["cue"], f["source"], f["via"]) for f in found] == [("sagt", "han", "anklageskriftet")]


def test_attribution_speaker_line_to_another_medium(source_nlp: Language) -> None:
    text = "Det ser skidt ud.\n\nGentofte-borgmester Hans Toft (K) til Børsen:\n\n»Det har taget overhånd.«"
    found = _found(source_nlp, text)
    assert [(a["cue"], a["source"], a["via"], a["content"]) for a in found] == [
        (":", "Gentofte-borgmester Hans Toft (K)", "Børsen", "Det har taget overhånd.")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Skal man tro aviserne, ser hun 20 år yngre ud.",
            "Skal man tro",
            "aviserne",
            "ser hun 20 år yngre ud",
        ),
        (
            "Hvis man skal tro politiet, var der ingen skader.",
            "Hvis man skal tro",
            "politiet",
            "var der ingen skader",
        ),
        (
            "Prisen stiger, skal man tro en ny undersøgelse.",
            "skal man tro",
            "en ny undersøgelse",
            "Prisen stiger",
        ),
    ],
)
def test_attribution_if_one_believes_x(
    source_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = [a for a in _found(source_nlp, text) if a["kind"] == "according_to"]
    assert [(a["cue"], a["source"], a["content"]) for a in found] == [(cue, source, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Man skal tro på sig selv.",
        "Det står i kontrast til forslaget fra regeringen.",
        "»Først vil jeg sige, at vi intet har at udsætte på artiklen,« siger han.",
    ],
)
def test_attribution_not_found_in_beliefs_contrasts_and_announcements(
    source_nlp: Language, text: str
) -> None:
    found = _found(source_nlp, text)
    assert all(a["cue"] not in ("tro", "står i", "sige") for a in found), found


def test_attribution_dash_standing_in_for_a_comma(source_nlp: Language) -> None:
    found = _found(source_nlp, "Forslaget er alt for ukonkret - siger en række organisationer.")
    assert [(a["cue"], a["content"]) for a in found] == [("siger", "Forslaget er alt for ukonkret")]


@pytest.mark.model
def test_attribution_fronted_phrase_then_clause_is_content(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Efter det fik hun simpelthen nok og slog op, fortæller kilden.")
    assert [(a["cue"], a["content"]) for a in found] == [
        ("fortæller", "Efter det fik hun simpelthen nok og slog op")
    ]
    fronted = _found(
        trained_nlp, "Efter en bøn i moskéen lørdag, sagde Erdogan, at valget skal sikre stabilitet."
    )
    assert [(a["cue"], a["content"]) for a in fronted] == [("sagde", "valget skal sikre stabilitet")]


@pytest.mark.model
def test_attribution_question_to_the_listener_reports_nothing(trained_nlp: Language) -> None:
    assert _found(trained_nlp, "Tror du, at det går?") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "I dag fortæller Jens Poulsen, 34-årig snedker fra Frederikshavn, hvordan han overlevede.",
            "Jens Poulsen",
            "hvordan han overlevede",
        ),
        (
            "Nu fortæller manden, der dengang var hans pilot, hvordan de mødtes.",
            "manden",
            "hvordan de mødtes",
        ),
    ],
)
def test_attribution_question_clause_after_speaker_apposition(
    trained_nlp: Language, text: str, source: str, content: str
) -> None:
    found = _found(trained_nlp, text)
    assert [(a["source"], a["content"]) for a in found] == [(source, content)]


@pytest.mark.model
def test_attribution_headline_clause_of_a_former_someone(trained_nlp: Language) -> None:
    text = "Eks-landstræner raser mod klubberne: Det er en skandale!\n\nMorten Olsen er vred."
    found = _found(trained_nlp, text)
    assert [(a["cue"], a["source"], a["content"]) for a in found] == [
        (":", "Eks-landstræner", "Det er en skandale")
    ]


def test_attribution_calling_someone_a_name(source_nlp: Language) -> None:
    found = _found(source_nlp, "Han kaldte hende en forræder.")
    assert [(a["cue"], a["content"]) for a in found] == [("kaldte", "hende en forræder")]
    assert _found(source_nlp, "Han kaldte på hjælp.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "»Det er galt,« siger adjunkt, cand.-psych. Dion Hansen, Aarhus Universitet.",
            "adjunkt, cand.-psych. Dion Hansen",
        ),
        ("»Det er galt,« siger direktør lic.-techn. Leif Jensen.", "direktør lic.-techn. Leif Jensen"),
    ],
)
def test_attribution_speaker_with_academic_title(trained_nlp: Language, text: str, source: str) -> None:
    assert [a["source"] for a in _found(trained_nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Borgmesteren håber på at få flertal igen.", "håber", "få flertal igen"),
        ("Forsvareren regner med at rejse et erstatningskrav.", "regner med", "rejse et erstatningskrav"),
    ],
)
def test_attribution_hopes_and_expectations_report_an_infinitive(
    source_nlp: Language, text: str, cue: str, content: str
) -> None:
    assert [(a["cue"], a["content"]) for a in _found(source_nlp, text)] == [(cue, content)]


def test_attribution_wishes_and_threats_with_an_infinitive_report_nothing(source_nlp: Language) -> None:
    assert _found(source_nlp, "Politiet ønsker ikke at oplyse mere.") == []
    assert _found(source_nlp, "Han truer med at gå.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Derudover gør efterforskningen en forskel, understreger Kate McCann:\n\n»Det går fremad.«",
            "Kate McCann",
        ),
        (
            "Sådan lyder budskabet fra Anders Ladekarl, generalsekretær i Dansk Røde Kors, der netop er"
            " vendt hjem:\n\n- Situationen er forværret, siger Anders Ladekarl.",
            "Anders Ladekarl",
        ),
    ],
)
def test_attribution_colon_closing_a_report_sentence_cues_the_quotation(
    trained_nlp: Language, text: str, speaker: str
) -> None:
    colon = [a for a in _found(trained_nlp, text) if a["cue"] == ":"]
    assert [(a["source"], a["kind"]) for a in colon] == [(speaker, "direct")]


@pytest.mark.model
def test_attribution_colon_after_a_tag_with_the_quotation_as_content_stays_one(trained_nlp: Language) -> None:
    found = _found(trained_nlp, 'Han sagde til avisen: "Det er slut."')
    assert [a["cue"] for a in found] == ["sagde"]


@pytest.mark.model
def test_attribution_name_that_is_also_a_verb_form(trained_nlp: Language) -> None:
    text = "Courtney Love skriver til retten.\n\n- Det gør ondt, siger Love blandt andet."
    found = _found(trained_nlp, text)
    assert ("siger", "Love") in [(a["cue"], a["source"]) for a in found]


@pytest.mark.model
def test_attribution_speaker_line_opening_with_a_name_like_a_definite_noun(trained_nlp: Language) -> None:
    text = 'Madeleine McCanns far: "Vi har set det værste"\n\nGerry McCann taler.'
    found = _found(trained_nlp, text)
    assert [(a["cue"], a["source"]) for a in found] == [(":", "Madeleine McCanns far")]


@pytest.mark.model
def test_attribution_colon_after_a_clause_with_a_comma_and_a_named_subject(trained_nlp: Language) -> None:
    text = (
        "Men synligheden halter.\n\nFormand for skolebestyrelsen Thonny Rune Hansen genkender problemet,"
        " men har svært ved at pege på en løsning:\n\n- Lygterne er et lovkrav, siger han."
    )
    colon = [a for a in _found(trained_nlp, text) if a["cue"] == ":"]
    assert [a["source"] for a in colon] == ["Formand for skolebestyrelsen Thonny Rune Hansen"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Nævnets samlede vurdering er, at bladet får en påtale.",
            "vurdering",
            "Nævnets",
            "bladet får en påtale",
        ),
        ("Hans håb er, at mange vil se ham tale.", "håb", "Hans", "mange vil se ham tale"),
        (
            'Assads holdning er "i dag Libyen - i morgen Syrien".',
            "holdning",
            "Assads",
            "i dag Libyen - i morgen Syrien",
        ),
    ],
)
def test_attribution_statement_noun_owned_by_a_source(
    trained_nlp: Language, text: str, cue: str, source: str, content: str
) -> None:
    found = _found(trained_nlp, text)
    assert [(a["cue"], a["source"], a["content"]) for a in found] == [(cue, source, content)]


def test_attribution_own_hope_is_no_report(source_nlp: Language) -> None:
    assert _found(source_nlp, "Mit håb er, at det lykkes.") == []


@pytest.mark.model
def test_attribution_statement_noun_gives_no_name_to_the_quotation_tag(trained_nlp: Language) -> None:
    doc = trained_nlp('Assads holdning er "i dag Libyen - i morgen Syrien", sagde en diplomat.')
    names = {a.cue.text: a.source_name for a in doc._.kildespor_attributions}
    assert names == {"holdning": "Assad", "sagde": None}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "De kunne netop i går fejre, at de er færdiguddannede.",
        "Situationen svarer lidt til, at man ikke må fjerne lygterne.",
        "Hvad partiet mener om sagen afhænger af, hvem man spørger.",
    ],
)
def test_attribution_celebrating_corresponding_and_free_relatives_report_nothing(
    trained_nlp: Language, text: str
) -> None:
    assert _found(trained_nlp, text) == []


@pytest.mark.model
def test_attribution_study_with_a_weekday_after_it(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "En meningsmåling onsdag viser, at Le Pen står til 26 procent.")
    assert [(a["cue"], a["source"]) for a in found] == [("viser", "En meningsmåling")]


def test_attribution_content_ends_before_the_writers_hvilket_comment(source_nlp: Language) -> None:
    found = _found(source_nlp, "Han har ikke udelukket, at han vil støtte Macron, hvilket vil øge chancerne.")
    assert [(a["cue"], a["content"]) for a in found] == [("udelukket", "han vil støtte Macron")]


def test_attribution_anaphoric_content_skips_a_teaser_line(source_nlp: Language) -> None:
    text = (
        "En mand har anlagt sag mod politiet i Seattle.\n\nSe også: Sangerinde i gidselsag\n\n"
        "Det mener manden, som kalder sig Richard Lee."
    )
    found = _found(source_nlp, text)
    assert [(a["cue"], a["content"]) for a in found] == [
        ("mener", "En mand har anlagt sag mod politiet i Seattle")
    ]


def test_attribution_verdict_list_is_no_speech(source_nlp: Language) -> None:
    assert _found(source_nlp, "Bent Nissen: IKKE-skyldig.") == []


@pytest.mark.model
def test_attribution_relative_hvor_clause_has_its_own_subject(trained_nlp: Language) -> None:
    text = "I de tilfælde hvor bibliotekarerne skønner, at der er efterspørgsel, køber de bogen."
    found = _found(trained_nlp, text)
    assert [(a["cue"], a["source"]) for a in found] == [("skønner", "bibliotekarerne")]


def test_attribution_det_hedder_without_a_source(source_nlp: Language) -> None:
    found = _found(source_nlp, "Det hedder samtidig, at WEU skal udvikles.")
    assert [(a["cue"], a["source"], a["content"]) for a in found] == [
        ("hedder samtidig", None, "WEU skal udvikles")
    ]


def test_attribution_particle_then_question_clause(source_nlp: Language) -> None:
    found = _found(source_nlp, "Hun fortæller om, hvad hjemmet betyder for hende.")
    assert [(a["cue"], a["content"]) for a in found] == [("fortæller om", "hvad hjemmet betyder for hende")]


@pytest.mark.model
def test_attribution_line_opening_with_a_definite_noun_has_no_speaker(trained_nlp: Language) -> None:
    text = (
        "Privatlivet går til porten. Foran huset er der en port, der betyder noget for Salomonsen:"
        "\n\n- Mit privatliv går her til porten, siger hun."
    )
    assert [a["cue"] for a in _found(trained_nlp, text)] == ["siger"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('- Det er "helt vildt", siger han.', 'Det er "helt vildt"'),
        (
            '- De råber, og blandt andet råber de "om lidt brænder det," oplyser politikommissæren.',
            'De råber, og blandt andet råber de "om lidt brænder det,"',
        ),
    ],
)
def test_attribution_tag_after_a_quotation_nested_in_a_dash_paragraph(
    source_nlp: Language, text: str, content: str
) -> None:
    tags = [a for a in _found(source_nlp, text) if a["cue"] in ("siger", "oplyser")]
    assert [a["content"] for a in tags] == [content]


@pytest.mark.model
def test_attribution_unlisted_tag_verb_in_a_dash_paragraph(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "- Det er helt uvurderligt, jublede træneren.")
    assert [(a["cue"], a["source"]) for a in found] == [("jublede", "træneren")]
    assert _found(trained_nlp, "- Da jeg kom hjem, mødte jeg Peter.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"Vi har ikke glemt jer", lød det i Europa-Parlamentet.',
        '"Vi har ikke glemt jer", lød det i torsdags i Europa-Parlamentet.',
    ],
)
def test_attribution_lyder_det_in_a_named_body(trained_nlp: Language, text: str) -> None:
    found = _found(trained_nlp, text)
    assert [(a["cue"], a["source"], a["content"]) for a in found] == [
        ("lød det i", "Europa-Parlamentet", "Vi har ikke glemt jer")
    ]


@pytest.mark.model
def test_attribution_clause_colon_after_a_paragraph_with_a_party_in_brackets(trained_nlp: Language) -> None:
    text = (
        "»Det holder ikke,« siger han.\n\nTransportminister Ole Birk Olesen (LA) vil inddrage eksterne"
        " eksperter:\n\n»Der er fortsat usikkerheder.«"
    )
    colon = [a for a in _found(trained_nlp, text) if a["cue"] == ":"]
    assert [a["source"] for a in colon] == ["Transportminister Ole Birk Olesen"]


@pytest.mark.model
def test_attribution_passive_with_its_source_fronted_by_fra(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Fra arkivleder Poul Nørgaard understreges, at projektet ikke er endeligt.")
    assert [(a["cue"], a["source"]) for a in found] == [("understreges", "arkivleder Poul Nørgaard")]


@pytest.mark.model
def test_attribution_ifolge_source_ends_before_a_finite_verb(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Ifølge øjenvidner lejede de to mænd en bil.")
    assert [(a["cue"], a["source"]) for a in found] == [("Ifølge", "øjenvidner")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kiropraktorer: Vi mangler en strategi\n\nSmerter koster samfundet milliarder.", "Kiropraktorer"),
        ('Dansk sølvvinder: "Det lyder forkert"\n\nMark Madsen vandt sølv.', "Dansk sølvvinder"),
        # an adjective before the role, a dash before the speech, an abbreviated middle name
        (
            "Skuffet Viby-borgmester: Jeg tabte til ministeren\n\nByen fik ingen skole.",
            "Skuffet Viby-borgmester",
        ),
        ("Passager overmandet: - Jeg vil flyve flyet\n\nEn passager blev anholdt.", "Passager overmandet"),
        ("Peter Chr. Holm: Jeg savner de gamle dage\n\nKLUMME om tiden.", "Peter Chr. Holm"),
    ],
)
def test_a_headline_label_followed_by_speech_is_its_speaker(
    trained_nlp: Language, text: str, source: str
) -> None:
    # a label before quoted or first-person words speaks them, whatever noun it is (invented)
    found = trained_nlp(text)._.kildespor_attributions
    assert [(a.cue.text, a.source.text if a.source else None) for a in found][:1] == [(":", source)]


def test_a_determiner_label_before_speech_is_no_speaker(trained_nlp: Language) -> None:
    found = trained_nlp('Det andet: "Jeg har altid haft det sådan."')._.kildespor_attributions
    assert not [a for a in found if a.cue.text == ":"]


def test_a_line_opening_adjective_is_no_name(trained_nlp: Language) -> None:
    found = trained_nlp("Ny opgørelse viser, at der er blevet flere ansatte.")._.kildespor_attributions
    assert found[0].source_name is None


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("»Men det er stort,« kom det fra Mark Madsen.", "kom det fra", "Mark Madsen"),
        ("Bryderen har tidligere ytret, at han muligvis stopper.", "ytret", "Bryderen"),
        ("Det angives, at udbyttet hæves de kommende år.", "angives", None),
    ],
)
def test_more_report_words(trained_nlp: Language, text: str, cue: str, source: str | None) -> None:
    # `komme (det) fra` after a quotation, `ytre` and the s-passive `angives` (invented examples)
    found = _found(trained_nlp, text)
    assert [(f["cue"], f["source"]) for f in found if f["cue"] == cue] == [(cue, source)]


def test_kom_det_fra_outside_a_tag_is_no_report(trained_nlp: Language) -> None:
    assert not _found(trained_nlp, "Først kom det fra Sverige, siden fra Norge.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "I virkeligheden, mener han, er musikundervisning vigtigere end dansktimer.",
            "I virkeligheden, mener han, er musikundervisning vigtigere end dansktimer",
        ),
        ("Regeringen vil sænke skatten, siger han, og det er godt.", "Regeringen vil sænke skatten"),
    ],
)
def test_a_tag_set_into_a_clause_reports_the_whole_clause(
    trained_nlp: Language, text: str, content: str
) -> None:
    assert _found(trained_nlp, text)[0]["content"] == content


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Men politiet er ikke i tvivl om, at det var et drabsforsøg.", "i tvivl om"),
        ("Efter mødet er de dog enige om, at samarbejdet skal fortsætte.", "enige om"),
        ("Så menes det nu, at udvalget har valgt en ny chef.", "menes"),
    ],
)
def test_agreeing_doubting_and_a_passive_past_an_adverb(trained_nlp: Language, text: str, cue: str) -> None:
    assert [f["cue"] for f in _found(trained_nlp, text)] == [cue]


@pytest.mark.parametrize(
    "text", ["Han var i tvivl om, hvad han skulle gøre.", "De kunne ikke blive enige om budgettet."]
)
def test_doubt_about_a_question_and_agreeing_on_a_thing_are_no_reports(
    trained_nlp: Language, text: str
) -> None:
    assert not _found(trained_nlp, text)


def test_highlighting_a_noun_phrase_reports_it(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Direktøren fremhæver fleksibiliteten ved de nye busser.")
    assert [(f["cue"], f["content"]) for f in found] == [("fremhæver", "fleksibiliteten ved de nye busser")]


def test_som_after_a_name_ends_the_source(trained_nlp: Language) -> None:
    text = "- Jeg har været sammen med Gud, sagde Florencio Avalos som det første, inden han blev krammet."
    assert [f["source"] for f in _found(trained_nlp, text)] == ["Florencio Avalos"]


def test_slutter_tags_a_quotation(trained_nlp: Language) -> None:
    found = _found(
        trained_nlp, "“Det er da lidt underligt, at vi åbnede samtidig,” slutter den driftige ejer."
    )
    assert [(f["cue"], f["source"]) for f in found] == [("slutter", "den driftige ejer")]


def test_a_passive_agent_before_som_judges_a_proposal(trained_nlp: Language) -> None:
    assert not _found(trained_nlp, "Det blev dengang afvist af indenrigsminister Seiters som for dyrt.")


@pytest.mark.parametrize(
    "text",
    [
        "Hassan døde den 3. maj, efter at han var blevet ramt af en bil.",
        "Regeringen kan ikke skaffe flertal, efter at partiet har afvist at stemme for.",
        "De lader som om, at dokumenterne ikke eksisterer.",
        "Egentlig svarede det til, at der stod en med en lille lommelygte.",
    ],
)
def test_compound_subordinators_pretending_and_correspondence_report_nothing(
    trained_nlp: Language, text: str
) -> None:
    # `efter at`, `uden at` open adverbial clauses; `lade som om` pretends; `svare til` corresponds
    assert not _found(trained_nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Huset må siges at have ekstra historisk værdi.", "Det skal nævnes, at hun var en af hovedkræfterne."],
)
def test_a_modal_before_an_s_passive_is_the_writers_remark(trained_nlp: Language, text: str) -> None:
    assert not _found(trained_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nyheder\n\nPletskud: Gense ugen i billeder\n\nMere her.",
        "Læs også: Winnie og Karina: Se, hvem de kysser med",
    ],
)
def test_a_teaser_imperative_after_a_colon_is_no_speech(trained_nlp: Language, text: str) -> None:
    assert not [f for f in _found(trained_nlp, text) if f["cue"] == ":"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Det er forkert," siger den tidligere statsminister Poul Nyrup Rasmussen.',
            "den tidligere statsminister Poul Nyrup Rasmussen",
        ),
        ("Han gjorde PET mindre dynamisk. Det afviser en tidligere PET-chef.", "en tidligere PET-chef"),
    ],
)
def test_a_time_adjective_after_an_article_stays_in_the_source(
    trained_nlp: Language, text: str, source: str
) -> None:
    assert _found(trained_nlp, text)[0]["source"] == source


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Torben Vest supplerer: "Vi har solgt mindre."', "supplerer"),
        ('Torben Vest, der ejer butikken, supplerer: "Vi har solgt mindre."', "supplerer"),
        ('Torben Vest, der ejer butikken i centret supplerer: "Vi har solgt mindre."', "supplerer"),
        ('Mette Hansen konstaterer nøgternt: "Det er slut."', "konstaterer"),
        ('Direktøren var klar i sin tale: "Vi lukker."', ":"),
    ],
)
def test_a_verb_closing_the_clause_before_a_quotation_is_its_cue(
    trained_nlp: Language, text: str, cue: str
) -> None:
    # the verb introducing a quotation is the cue even when the cue lists lack it (invented examples)
    found = trained_nlp(text)._.kildespor_attributions
    assert [a.cue.text for a in found] == [cue]


def test_a_wh_determiner_clause_is_reported(source_nlp: Language) -> None:
    found = source_nlp("Han fortæller, hvilke kendisser der kikser.")._.kildespor_attributions
    assert [(a.cue.text, a.content.text) for a in found] == [("fortæller", "hvilke kendisser der kikser")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- I 2. klasse fik jeg at vide, at jeg var ordblind.",
            ("fik jeg at vide", None, "jeg var ordblind"),
        ),
        ("Han fik af lægen at vide, at han var rask.", ("fik af lægen at vide", "lægen", "han var rask")),
    ],
)
def test_being_told_reports_the_clause_with_the_teller_if_named(
    source_nlp: Language, text: str, expected: tuple[str, str | None, str]
) -> None:
    # `få at vide`: the hearer is the subject; the teller is unnamed unless an `af`-phrase names it
    found = source_nlp(text)._.kildespor_attributions
    assert [(a.cue.text, a.source.text if a.source else None, a.content.text) for a in found] == [expected]


def test_being_told_without_a_clause_is_no_report(source_nlp: Language) -> None:
    assert source_nlp("Han fik ikke noget at vide om sagen.")._.kildespor_attributions == []


@pytest.mark.model
def test_a_mid_sentence_efter_clause_has_its_own_subject(trained_nlp: Language) -> None:
    text = "I 2016 blev han anholdt efter en kvinde fortalte, at han havde truet hende."
    found = trained_nlp(text)._.kildespor_attributions
    assert [(a.cue.text, a.source.text if a.source else None) for a in found] == [("fortalte", "en kvinde")]


@pytest.mark.model
def test_a_fronted_som_clause_leaves_the_main_clause_its_own_subject(trained_nlp: Language) -> None:
    text = "Som avisen skrev i går, mener ministeren, at skatten skal ned."
    found = trained_nlp(text)._.kildespor_attributions
    assert [(a.cue.text, a.source.text if a.source else None) for a in found] == [("mener", "ministeren")]


@pytest.mark.model
def test_a_second_man_coordinated_with_a_hos_clause_speaks_for_the_same_body(trained_nlp: Language) -> None:
    text = "Hos Region Nord forklarer man nedskæringerne med, at driften bliver bedre, og man lover, at borgerne intet mærker."
    found = trained_nlp(text)._.kildespor_attributions
    assert [(a.cue.text, a.source.text if a.source else None) for a in found] == [
        ("forklarer", "Region Nord"),
        ("lover", "Region Nord"),
    ]


@pytest.mark.model
def test_a_man_after_a_time_phrase_stays_generic(trained_nlp: Language) -> None:
    found = trained_nlp("I dag mener man, at jorden er rund.")._.kildespor_attributions
    assert [a.source.text if a.source else None for a in found] == ["man"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("De to gerningsmænd beskrives som bredskuldrede mænd.", "beskrives", None, "bredskuldrede mænd"),
        ("Landingen betegnes af politiet som mirakuløs.", "betegnes", "politiet", "mirakuløs"),
        (
            "Filmen kritiseres for ikke at leve op til forgængeren.",
            "kritiseres",
            None,
            "for ikke at leve op til forgængeren",
        ),
        (
            "Det formodes, at drengen har leget i sandkassen.",
            "formodes",
            None,
            "drengen har leget i sandkassen",
        ),
        ("Yderligere formodes han at have set sit snit.", "formodes", None, "at have set sit snit"),
    ],
)
def test_attribution_s_passives_of_judging_report_their_predicate(
    source_nlp: Language, text: str, cue: str, source: str | None, content: str
) -> None:
    first = _found(source_nlp, text)[0]
    assert (first["cue"], first["source"], first["content"]) == (cue, source, content)


def test_attribution_a_modal_s_passive_of_judging_is_the_writers_own(source_nlp: Language) -> None:
    assert _found(source_nlp, "Resultatet må betegnes som godkendt.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ministeren betragter aftalen som en sejr.", "betragter", "aftalen som en sejr"),
        ("Hun anser ikke situationen for livstruende.", "anser", "situationen for livstruende"),
        ("Ministeren har lovet at respektere valget.", "lovet", "respektere valget"),
        ("Ministeren lover stramninger af sikkerheden.", "lover", "stramninger af sikkerheden"),
        ("Formanden efterlyser politisk handling.", "efterlyser", "politisk handling"),
        (
            "Statsadvokaten har bedt om at få adgang til alle dokumenter.",
            "bedt",
            "få adgang til alle dokumenter",
        ),
        ("Hun bad ham om at tie stille.", "bad", "ham om at tie stille"),
    ],
)
def test_attribution_views_promises_calls_and_requests(
    source_nlp: Language, text: str, cue: str, content: str
) -> None:
    first = _found(source_nlp, text)[0]
    assert (first["cue"], first["content"]) == (cue, content)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Politiet efterlyser to mænd.", []),
        ('"John betragtede mig som sin kæreste," siger hun.', ["siger"]),
    ],
)
def test_attribution_wanted_persons_and_views_told_inside_a_quotation(
    source_nlp: Language, text: str, cues: list[str]
) -> None:
    assert [a["cue"] for a in _found(source_nlp, text)] == cues


@pytest.mark.model
def test_attribution_a_belief_clause_after_adverbs_and_a_comma(trained_nlp: Language) -> None:
    found = _found(trained_nlp, "Jason synes ikke altid, det er skægt at være berømt.")
    assert (found[0]["cue"], found[0]["content"]) == ("synes", "det er skægt at være berømt")


@pytest.mark.parametrize(
    "text",
    [
        "Damehåndbold: Fløjspiller vender hjem til klubben",
        "Debat Syddjurs: Trafikkaos ved byen",
        "Ny måling: Valgets joker har bidt sig fast",
        "HJUL OG FÆLGE: Stålfælge 6Jx14.",
        "KØBENHAVN: Regeringen fremlægger i dag sit udspil.",
    ],
)
def test_attribution_section_and_poll_rubrics_are_no_speakers(source_nlp: Language, text: str) -> None:
    assert _found(source_nlp, text) == []


def test_attribution_an_abbreviated_speaker_in_capitals_still_speaks(source_nlp: Language) -> None:
    assert [a["cue"] for a in _found(source_nlp, "DF: Vi vil have en ny lov")] == [":"]


def test_attribution_an_inverted_modal_aside_is_no_report(source_nlp: Language) -> None:
    text = "Men naturligvis kan man altid sige, at man burde være skredet ind tidligere."
    assert [a["cue"] for a in _found(source_nlp, text)] == []


def test_attribution_a_negated_modal_passive_is_no_report(source_nlp: Language) -> None:
    assert _found(source_nlp, "Det kan ikke afvises, at brandslukning øger risikoen.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teslas Autopilot har fået kritik. Kritikken afviser Elon Musk dog med en henvisning til tallene.",
            [("afviser", "Elon Musk", "Kritikken")],
        ),
        (
            "SAS skulle have snydt. Men også det afvises af SAS, også selv om en avis havde skrevet det.",
            [("afvises", "SAS", "SAS skulle have snydt")],
        ),
        ("Forslaget afviste ministeren straks.", []),
    ],
)
def test_attribution_a_fronted_claim_is_denied_by_the_subject_after_the_verb(
    trained_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f["cue"], f["source"], f["content"]) for f in _found(trained_nlp, text)] == expected


@pytest.mark.model
def test_attribution_blaming_someone_for_something_is_an_accusation(trained_nlp: Language) -> None:
    text = "Venstres leder Bünyamin Simsek klandrer borgmesteren for at have sparet."
    found = [(f["cue"], f["content"], f["stance"]) for f in _found(trained_nlp, text)]
    assert found == [("klandrer", "borgmesteren for at have sparet", "distancing")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Og tildelingen vækker glæde hos regionsrådsmedlem Per Seerup:\n\n”Mit mål er at få stien videreført.”",
            [(":", "regionsrådsmedlem Per Seerup")],
        ),
        (
            "Og så et citat fra portrættet fra en unavngiven Venstre-politiker:\n\n»Han finder altid en nøgle.«",
            [(":", "en unavngiven Venstre-politiker")],
        ),
        ("Det førte til et brev fra kommunen:\n\n»Skolen lukker.«", []),
    ],
)
def test_attribution_a_person_after_fra_or_hos_before_a_colon_speaks_the_quotation(
    trained_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f["cue"], f["source"]) for f in _found(trained_nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Det fortæller en fotograf til bt.dk. Ifølge politiet er der styr på branden.",
        "Det fortæller en fotograf til TV 2. Ifølge politiet er der styr på branden.",
    ],
)
def test_attribution_ifolge_after_a_relay_that_closed_its_sentence_is_a_new_attribution(
    trained_nlp: Language, text: str
) -> None:
    found = _found(trained_nlp, text)
    assert [(f["cue"], f["source"]) for f in found] == [("fortæller", "en fotograf"), ("Ifølge", "politiet")]
    assert found[0]["via"] in ("bt.dk", "TV 2.")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Det er ikke noget, vi er gået efter," lyder det med et grin fra Henrik Skov Christensen.',
            "Henrik Skov Christensen",
        ),
        (
            '"Det er vigtigt," lyder det i en pressemeddelelse fra branchedirektør Niels Nielsen.',
            "branchedirektør Niels Nielsen",
        ),
        ('"Det er vigtigt," lyder det i en pressemeddelelse.', "en pressemeddelelse"),
    ],
)
def test_attribution_lyder_det_past_a_manner_phrase_and_from_a_documents_author(
    trained_nlp: Language, text: str, source: str
) -> None:
    assert [f["source"] for f in _found(trained_nlp, text)] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Han siger, at det kræver flid at fortsætte væksten.", ["siger"]),
        ("Men det kræver en dom.", []),
        ("Fagforeningen kræver, at lønnen stiger.", ["kræver"]),
    ],
)
def test_attribution_a_need_is_no_demand(trained_nlp: Language, text: str, cues: list[str]) -> None:
    assert [f["cue"] for f in _found(trained_nlp, text)] == cues


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Simon Spies: Slog sine morgenbolledamer", []),
        ("Marianne Eihilt: Kræver mand fra Jylland", []),
        ("Løkke: Vil ikke gå af", [":"]),
        ("Præsident-kandidat: Send soldater til Irak igen", [":"]),
    ],
)
def test_attribution_a_headline_opening_with_an_indicative_verb_tells_about_the_named(
    trained_nlp: Language, text: str, cues: list[str]
) -> None:
    assert [f["cue"] for f in _found(trained_nlp, text)] == cues


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ifølge Jalopnik.com mener Elon Musk, at det skal afhænge af forsikringen.",
            [("mener", "Elon Musk", "Jalopnik.com")],
        ),
        (
            "Det oplyser Eric Schneiderman, som er statsanklager i delstaten, ifølge nyhedsbureauet AP.",
            [("oplyser", "Eric Schneiderman", "nyhedsbureauet AP")],
        ),
        ("Ifølge TV 2 er skolen lukket.", [("Ifølge", "TV 2", None)]),
    ],
)
def test_attribution_ifolge_a_medium_around_a_report_is_its_relay(
    trained_nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(f["cue"], f["source"], f["via"]) for f in _found(trained_nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Skolen lukker, siger en ikke navngiven kilde i ministeriet.",
            "en ikke navngiven kilde i ministeriet",
        ),
        ("Skolen lukker, siger en af de ansatte.", "en af de ansatte"),
        ("Skolen lukker, oplyser en meget vred borgmester.", "en meget vred borgmester"),
    ],
)
def test_attribution_a_graded_adjective_and_a_partitive_stay_in_the_source(
    trained_nlp: Language, text: str, source: str
) -> None:
    assert [f["source"] for f in _found(trained_nlp, text)] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Boligsiden har lavet et kort, som viser, at ulven er skidt for huspriserne.", "et kort"),
        ("De indledende resultater viser, at udslippet er forhøjet.", "De indledende resultater"),
        ("De siger, at de er trætte.", "De"),
    ],
)
def test_attribution_a_parsed_antecedent_and_an_article_de(
    trained_nlp: Language, text: str, source: str
) -> None:
    assert [f["source"] for f in _found(trained_nlp, text)] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Peter Jensen, der mener, at skatten skal ned, stiller op til valget.", "skatten skal ned"),
        (
            "Peter Jensen, der mener, at hvis skatten stiger, vil folk flytte, stiller op til valget.",
            "hvis skatten stiger, vil folk flytte",
        ),
    ],
)
def test_attribution_a_report_in_a_relative_clause_ends_where_the_main_clause_resumes(
    trained_nlp: Language, text: str, content: str
) -> None:
    assert [f["content"] for f in _found(trained_nlp, text)] == [content]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hun lod mig tro, at du var min far.", [("tro", "mig", "du var min far")]),
        (
            "Sygdommen kan få patienten til at tro, at han bliver til et uhyre.",
            [("tro", "patienten", "han bliver til et uhyre")],
        ),
        ("Man har ikke grund til at tro, at omfanget er større.", []),
        ("Hendes mandlige kollega bad ham forsvinde.", [("bad", "Hendes mandlige kollega", "ham forsvinde")]),
        ("Det føles rigtigt at bede ham sælge det.", []),
    ],
)
def test_attribution_a_belief_brought_about_and_a_bare_infinitive_request(
    trained_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f["cue"], f["source"], f["content"]) for f in _found(trained_nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vox pop: a name with age, occupation and town before the quotation speaks it
        (
            'Mikkel Madsen, 19 år, gymnasieelev, Værløse: "Vi skal ud i verden."',
            [(":", "Mikkel Madsen, 19 år, gymnasieelev, Værløse", "Vi skal ud i verden.")],
        ),
        (
            "Hanne Jensen, 45, sygeplejerske, Odense: - Vi stemmer nej.",
            [(":", "Hanne Jensen, 45, sygeplejerske, Odense", "Vi stemmer nej")],
        ),
        # the duty officer, a nominalised participle, speaks after an inverted cue
        (
            "- Det var ikke sprængfarligt, siger vagthavende.",
            [("siger", "vagthavende", "Det var ikke sprængfarligt")],
        ),
        # a charge sounds like a statement; `Heraf fremgår det`; an adverb before `af`
        (
            "Han slog hende flere gange, lyder sigtelsen.",
            [("lyder", "sigtelsen", "Han slog hende flere gange")],
        ),
        (
            "WHO udgav en rapport. Heraf fremgår det, at borgerne er syge.",
            [("fremgår det", "Heraf", "borgerne er syge")],
        ),
        (
            "Fracking er farligt. Det fremgår bl.a. af DR-artiklen.",
            [("fremgår bl.a. af", "DR-artiklen", "Fracking er farligt")],
        ),
        # a headline's bare document noun after an inverted cue
        (
            "Danskerne drikker mindre, viser ny undersøgelse",
            [("viser", "ny undersøgelse", "Danskerne drikker mindre")],
        ),
    ],
)
def test_attribution_vox_pops_duty_officers_charges_and_bare_documents(
    trained_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f["cue"], f["source"], f["content"]) for f in _found(trained_nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fronted `det` is the subject of the believed clause
        (
            "Behandlingen er stoppet.\n\nMen det mener chefen ikke er i orden.",
            [("mener", "chefen", "det mener chefen ikke er i orden")],
        ),
        ("Og det tror jeg er anderledes i år.", [("tror", "jeg", "det tror jeg er anderledes i år")]),
        # alone, `Det mener X.` still points back
        ("Skatten skal ned. Det mener Venstre.", [("mener", "Venstre", "Skatten skal ned")]),
        # a fronted `at`-clause before a modal, its subject and the reporting infinitive
        (
            "At der fulgte en afhængighed med, kan Jens Jørgensen bekræfte.",
            [("bekræfte", "Jens Jørgensen", "At der fulgte en afhængighed med")],
        ),
        # `Det forklarer X:` points forward to the quotation after its colon
        (
            "Robotter har været til salg længe.\n\nDet forklarer Anton Sørensen:\n\n»Der er andre krav.«",
            [("forklarer", "Anton Sørensen", "Der er andre krav.")],
        ),
    ],
)
def test_attribution_extracted_subjects_fronted_clauses_and_forward_colons(
    trained_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f["cue"], f["source"], f["content"]) for f in _found(trained_nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline speaker, then what the words come after
        ("Politiet efter attentat: Vores pistoler er gode nok\n\nDet er taktik.", [(":", "Politiet")]),
        # a witness the NER takes for a place is still a speaker
        ("Øjenvidne: Gidsel ville skyde drabsmand\n\nGidseltageren kom ind.", [(":", "Øjenvidne")]),
    ],
)
def test_attribution_headline_speakers_before_a_topic_or_mistagged(
    trained_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f["cue"], f["source"]) for f in _found(trained_nlp, text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause's subject names its antecedent
        (
            "Bussen påbegynder den lange opladning, som Volvo kalder opportunity charge.",
            [("kalder", "Volvo", "opportunity charge")],
        ),
        (
            "De bærer præg af det, Jesper Kaas Petersen kalder et bevis på oprindelsen.",
            [("kalder", "Jesper Kaas Petersen", "et bevis på oprindelsen")],
        ),
        ("Piraterne, som aalborgenserne kalder sig selv, har spillet godt.", []),
        # `Den viser, at …`: the study named before shows a finding
        (
            "Total har afsluttet en prøveboring. Den viste, at der er skifergas.",
            [("viste", "Den", "der er skifergas")],
        ),
        ("Bilen er gammel. Den viser tydeligt tegn på slid.", []),
    ],
)
def test_attribution_relative_naming_and_findings_of_a_study_named_before(
    trained_nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f["cue"], f["source"], f["content"]) for f in _found(trained_nlp, text)] == expected
