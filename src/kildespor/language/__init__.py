"""Stage 3: Article → spaCy Doc with the kildespor components run.

Entry points: `load_pipeline(settings)` and `analyze_language(article, nlp)`.

The Doc is built over a *masked* copy of `Article.text`: every character
outside the headline, lede and body paragraphs is replaced by a space (line
breaks kept), so token offsets are offsets into the original text and site
furniture ("Foto: ...", "Dagens topnyheder") never reaches the analysis.
Escaped letters (`h&#229;ber`) are decoded with a table back to those offsets.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kildespor.language.entity_decoding import SOURCE_OFFSETS, decode_references
from kildespor.language.loading import load_pipeline, pipeline_info
from kildespor.records import Article

__all__ = ["analyze_language", "load_pipeline", "masked_text", "pipeline_info"]


def masked_text(article: Article) -> str:
    """Article text with everything outside content blocks blanked, offsets unchanged."""
    text = article.text
    chars = [c if c == "\n" else " " for c in text]
    for block in article.content_blocks():
        chars[block.start : block.end] = text[block.start : block.end]
    return "".join(chars)


def analyze_language(article: Article, nlp: Language) -> Doc:
    """Run the language pipeline over the article's content, offsets into `article.text`.

    HTML character references in the content (`h&#229;ber`) are decoded first; the Doc then
    carries a table back to `article.text` offsets (entity_decoding.py).
    """
    text, offsets = decode_references(masked_text(article))
    if offsets is None:
        return nlp(text)
    doc = nlp.make_doc(text)
    doc.user_data[SOURCE_OFFSETS] = offsets
    return nlp(doc)
