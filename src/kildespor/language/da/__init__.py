"""Danish lexical data for kildespor's source analysis: one constant per module.

The lists are compiled by hand by the kildespor developers from Danish news
usage and the standard descriptions of Danish reported speech and modality
(Hansen & Heltoft, *Grammatik over det Danske Sprog*, 2011, §§ on modal verbs
and reported speech; word forms follow *Retskrivningsordbogen*, dsn.dk). They
are data: the components read them, no rule is written into them.
"""
