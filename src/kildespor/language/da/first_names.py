"""FIRST_NAMES: common first names with their usual gender, to split name chains and match `han`/`hun`.

Compiled by hand from the most frequent given names in Denmark (Danmarks
Statistik's published name statistics lists) plus frequent international
names in Danish news. A heuristic resource: an unknown name simply gives no
gender.
"""

from __future__ import annotations

_FEMALE = """anne kirsten hanne mette anna helle susanne lene maria marianne inge karen lone bente camilla pia
jette charlotte louise tina gitte ida julie emma sofie sofia laura freja clara nanna sara line maja
karina christina lise birgitte rikke malene heidi eva ulla jytte else ellen grethe dorthe vibeke lotte
marie katrine trine signe mia cecilie astrid alberte ella josefine emilie amalie caroline mathilde
nina stine tanja janne annette henriette margrethe pernille merete lisbeth tove ruth kamilla
sidsel maiken ditte anja connie helena hillary angela theresa kamala nancy svetlana julia natalia olga
irina elena marina tatjana ursula kristina kirstine inger britt hilde kari ingrid sanne mona
susan sophie jane mary elizabeth sarah jennifer chloe kim-marie rebecca victoria margaret ann
""".split()
_MALE = """peter jens lars michael henrik thomas søren jan niels anders christian martin hans morten jesper
mads rasmus jørgen per erik ole kim poul steen bent john frank carsten claus torben kasper jakob
jacob simon daniel mikkel frederik william oliver noah lucas emil victor magnus oscar malthe alexander
sebastian mathias nikolaj andreas jonas kristian kenneth brian allan flemming finn knud arne leif
preben svend bo kurt tommy ib ivan viggo benny jimmy dennis rené jesper tobias anton august karl
carl christoffer johan johannes jonathan aksel albert elias felix hugo valdemar villads sigurd
steffen ulrik uffe mogens helge erling aage vagn ejnar holger gunnar henning ebbe kjeld palle
barack donald joe vladimir aleksandr alexei boris dmitrij sergej viktor franak andrej pavel
emmanuel francois angela recep xi george bill tony gordon david james john robert richard
charles mark paul steve stephen nick nicolai anders-fogh lars-løkke mette-frederiksen
""".split()

FIRST_NAMES: dict[str, str] = {**{n: "f" for n in _FEMALE}, **{n: "m" for n in _MALE}}
