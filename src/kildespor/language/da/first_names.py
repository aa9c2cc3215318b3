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

# round eight: the chain and pronoun rules met too many unlisted names (`Joachim`, `Catharina`):
# more given names from the same statistics and from international news, written out by hand
# (words that are also common Danish nouns or adjectives, such as `lykke`, `storm`, `rose`, `ask`,
# `sol`, are left out: capitalised at a sentence start they would open false name chains)
_FEMALE_MORE = """
catharina katharina katarina cathrine kathrine katrin karin agnete agnes annemette annelise anne-marie
 annie benedikte berit bettina birthe birte bodil britta charlotta christel christine dagmar
dorte edith elin elisabeth ellinor elsebeth emilia erna esther fie frida gerda gertrud gry grete
gurli hanna hannah helga helen hella hjørdis iben ingeborg irene isabella isabel jeanette jenny
johanne josephine jonna joan judith karoline katja kirsa klara lea leah lena lilli lily lilly liva
lisa liselotte lærke magdalena majken margit mariann marlene martha merethe michelle mille nadia
 natasja nicoline nicole olivia pauline petra rut sabrina sandra sanna silje simone
sonja stella susanna sussi thea therese tilde tine tuva ulrikke vera veronica vibe vivi winnie
yvonne zenia zeynab fatima aisha amina maryam leila yasmin alicia andrea angelina anita barbara
beatrice brigitte carla carmen cecilia christa claudia cristina daniela diana doris elaine emily
erika francesca gabriela hedvig heike ilse isabelle jacqueline jessica joanna karla katherine laila
linda lisbet lucia madeleine margarethe martina melania monica monika nathalie patricia paula
priscilla renate rita sabine serena sharon silvia stefanie sylvia ulrike valentina vanessa wendy
anette annika dorthea eline estrid frederikke gunhild hedda ingelise jannie jannike jytta karen-margrethe
 lisette lotta marit mathilda mona-lisa ragnhild siri solveig trude ylva
""".split()
_MALE_MORE = """
joachim jeppe jørn jon jonatan kaj kristoffer lasse laurits leon ludvig marcus marius martinus max
mikael nicklas niclas nikolai niklas oskar otto patrick philip phillip rene robin rune sander silas
stig sune svenn theis thor thorkild tim troels vilhelm walther werner adam ahmad ahmed ali alf
alfred anker arnold asger axel bjarne bjørn carlo casper cristian dan ditlev egon einar ejvind eigil
esben fritz gert gorm gregers gustav hakon harald heine helmer herbert ingolf ingvar ivar jannik
jacques jean jeffrey jeremy jesus jim jimmi joakim jochum johnny jonny jose jørgen-peter kai karsten
keld kell kenn kennet kent kjell klaus knut krister kristof lauge lennart lorenz lukas mahmoud mark-david
 mattias michel mohamed mohammad mohammed muhammad nils omar orla oluf ove paw per-arne peer
poul-erik povl rolf roland rudolf rutger sami samuel sean sigfred sten svend-erik sverre teis
tonny torsten uwe vilfred vincent walter willy yasin yusuf abdul abdullah hassan hussein karim
khalid mustafa tariq amir andré angelo antonio benjamin bernard bernd brandon bruno carlos
christophe claude conrad dieter dominic edward emanuel enrique eric erich ernst fabian fernando
francesco frank-walter gerhard giovanni günter hamid heinz helmut hermann horst igor jan-erik javier
jens-peter jerome jonas-peter josé juan julian jürgen kevin klaus-peter lionel luca luigi manuel
marco mario markus matteo maurice michail miguel mikhail nicolas olaf oleg pablo pedro philippe
pierre rafael ralf raúl ricardo roberto rodrigo roger ronald sergio stefan sven theo thierry tomas
ulf vladislav wilhelm wolfgang yuri ziad
""".split()

FIRST_NAMES: dict[str, str] = {
    **{n: "f" for n in _FEMALE + _FEMALE_MORE},
    **{n: "m" for n in _MALE + _MALE_MORE},
}
