"""Toponym normalisation shared by the gazetteer build and the run-time lookup.

Two keys per name: the *exact* key (lowercase, diacritics and punctuation folded) and the
*folded* key, which also drops the Arabic article ("al-", "el-", "an-", ...) and common
transliteration variants (final "-ah" → "-a", "iu"/"ia" → "yu"/"ya"), so "al-Basrah",
"Basrah" and "Basra", or "Izium" and "Izyum", meet on one key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’'`‘ʻʼʿʾ´\u02bb\u02bc\u02be\u02bf]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Arabic definite article as transliterated (sun-letter assimilation included), and "el"
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|ad|az|at|ath|adh|ul)\s+(?=\w{3})")
_LEADING_THE = re.compile(r"^the\s+")
_FINAL_AH = re.compile(r"(?<=[a-z]{3})ah\b")
_FINAL_EH = re.compile(r"(?<=[a-z]{3})eh\b")
_DOUBLE = re.compile(r"([a-z])\1")


def exact_key(name: str) -> str:
    """Lowercase ASCII key: diacritics stripped, apostrophes dropped, other punctuation → space."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.lower())
    text = text.replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    text = text.replace("đ", "d").replace("ł", "l").replace("œ", "oe")
    text = _NON_ALNUM.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


@lru_cache(maxsize=65536)
def light_key(name: str) -> str:
    """Exact key less the Arabic article, a final "-h" and i/y before a vowel: the safest
    spelling variants ("al-Basrah"/"Basra", "Zaporizhzhia"/"Zaporizhzhya")."""
    key = _ARTICLE.sub("", exact_key(name))
    key = _FINAL_AH.sub("a", key).replace("iu", "yu").replace("ia", "ya").replace("iy", "y")
    return key.replace(" ", "")


def fold_key(name: str) -> str:
    """A looser key for transliteration variants; computed from `exact_key` output or raw text."""
    key = exact_key(name)
    key = _ARTICLE.sub("", key)
    key = _FINAL_AH.sub("a", key)
    key = _FINAL_EH.sub("e", key)
    key = key.replace("iu", "yu").replace("ia", "ya").replace("ou", "u").replace("-", " ")
    key = _DOUBLE.sub(r"\1", key)
    return key.replace(" ", "")


def plain_name(name: str) -> str:
    """Display form in plain Latin letters: "Al ‘Amārah" → "Al Amarah", "Dhī Qār" → "Dhi Qar"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    text = text.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    return " ".join(text.split()) or name
