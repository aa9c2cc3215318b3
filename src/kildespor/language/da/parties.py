"""PARTY_LETTERS: the letters Danish news uses for the parties in the Folketing, as sources.

Headlines write `S: Kræftramte asbestbørn skal have erstatning` or `Ifølge V …`;
the party's name is what a reader (and the scorer) knows the source by. The
letters are the official list letters (Indenrigs- og Sundhedsministeriet,
"Partiernes bogstaver") plus the short forms used in the press (`DF`, `SF`,
`EL`, `LA`, `RV`, `KF`).
"""

from __future__ import annotations

PARTY_LETTERS: dict[str, str] = {
    "S": "Socialdemokratiet",
    "V": "Venstre",
    "K": "Det Konservative Folkeparti",
    "KF": "Det Konservative Folkeparti",
    "DF": "Dansk Folkeparti",
    "O": "Dansk Folkeparti",
    "SF": "Socialistisk Folkeparti",
    "F": "Socialistisk Folkeparti",
    "EL": "Enhedslisten",
    "Ø": "Enhedslisten",
    "RV": "Radikale Venstre",
    "R": "Radikale Venstre",
    "B": "Radikale Venstre",
    "LA": "Liberal Alliance",
    "I": "Liberal Alliance",
    "ALT": "Alternativet",
    "Å": "Alternativet",
    "KD": "Kristendemokraterne",
    "NB": "Nye Borgerlige",
    "D": "Nye Borgerlige",
    "M": "Moderaterne",
    "DD": "Danmarksdemokraterne",
    "Æ": "Danmarksdemokraterne",
}

# spelled-out short forms the press uses as sources (`De konservative melder …`), lower-cased
PARTY_ALIASES: dict[str, str] = {
    "de konservative": "Det Konservative Folkeparti",
    "konservative": "Det Konservative Folkeparti",
    "de konservatives": "Det Konservative Folkeparti",
    "de radikale": "Radikale Venstre",
    "radikale": "Radikale Venstre",
    "det radikale venstre": "Radikale Venstre",
    "socialdemokraterne": "Socialdemokratiet",
    "de socialdemokratiske": "Socialdemokratiet",
    "venstre": "Venstre",
    "sf": "Socialistisk Folkeparti",
    "df": "Dansk Folkeparti",
}

# every party's full name (`Liberal Alliance`, `Enhedslisten`): a body, however much its words look
# like a person's name
PARTY_NAMES: frozenset[str] = frozenset(PARTY_LETTERS.values()) | frozenset(PARTY_ALIASES.values())
