"""Hypothesis strategies for hostile input: any Unicode, control characters, NUL, bidi marks,
nested quotes, invalid UTF-8, and the same pieces dropped into JSONL, text, HTML and feed files."""
from __future__ import annotations

import json

from hypothesis import strategies as st

# characters that trip parsers: NUL and C0/C1 controls, bidi overrides, BOM, line/paragraph
# separators, quotes of every kind, markup and JSON metacharacters
NASTY = ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\u202d", "\u200f",
         "\u200b", "\ufeff", "\ufffd", "\U0001f4a3", "\u0627\u0644\u0639\u0631\u0627\u0642",
         "\u05e9\u05dc\u05d5\u05dd", "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "«", "»",
         "\"'\u201c\u2018nested\u2019\u201d'\"", "<", ">", "&", "&amp;", "&#0;", "]]>", "<!--",
         "\\", "{", "}", "[", "]", "\n", "\r", "\r\n", "\t", " ", ".", "?", "!", "#", "+", "_", "~",
         # numerals that str.isdigit() accepts but float()/int() refuse, or that overflow
         "²", "³", "①", "٣", "1e400", "9" * 400, " 99999999999 days ago ", " 31/02/99999 "]

any_text = st.text(max_size=300)
nasty_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=12)), max_size=40).map("".join)
hostile_text = st.one_of(any_text, nasty_text)
raw_bytes = st.binary(max_size=600)
# Valid UTF-8 with a broken sequence somewhere
broken_utf8 = st.tuples(hostile_text, st.sampled_from([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80",
                                                       b"\xf4\x90\x80\x80", b"\xc0\xaf"]), hostile_text
                        ).map(lambda t: t[0].encode("utf-8", "surrogatepass") + t[1] + t[2].encode("utf-8"))
date_like = st.one_of(st.none(), hostile_text, st.sampled_from(
    ["2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31", "2024-05-01T25:00:00", "Tue, 99 Mar 2024",
     "1e309", "2024-05-01", "Wed, 06 Mar 2024 09:30:00 GMT", "-1", "2024-05-01T10:00:00+99:00"]))
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), hostile_text)
json_value = st.recursive(json_scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                              st.dictionaries(hostile_text, inner, max_size=3)),
                          max_leaves=8)


def _record(fields: dict) -> bytes:
    return json.dumps({k: v for k, v in fields.items() if v is not ...},
                      ensure_ascii=False).encode("utf-8", "surrogatepass")


jsonl_record = st.fixed_dictionaries(
    {"id": st.one_of(hostile_text, st.integers(), st.floats(), st.none(), json_value),
     "text": st.one_of(hostile_text, json_value),
     "date": st.one_of(date_like, json_value),
     "title": st.one_of(st.just(...), json_value),
     "source": st.one_of(st.just(...), json_value),
     "url": st.one_of(st.just(...), json_value)}).map(_record)
jsonl_line = st.one_of(jsonl_record, raw_bytes, broken_utf8, hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
jsonl_file = st.lists(jsonl_line, max_size=8).map(lambda lines: b"\n".join(l.replace(b"\n", b" ") for l in lines))

header_line = st.tuples(st.sampled_from(["Title", "Date", "Source", "URL", "Id", "Update", "date"]),
                        hostile_text).map(lambda kv: f"{kv[0]}: {kv[1]}")
text_file = st.one_of(
    st.tuples(st.lists(header_line, max_size=5), hostile_text).map(
        lambda hb: ("\n".join(hb[0]) + "\n\n" + hb[1]).encode("utf-8", "surrogatepass")),
    raw_bytes, broken_utf8)


def _html(parts: tuple) -> bytes:
    title, body, charset, date = parts
    page = (f"<!doctype html><html><head><meta charset=\"{charset}\"><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"{date}\"></head>"
            f"<body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>")
    return page.encode("utf-8", "surrogatepass")


html_file = st.one_of(
    st.tuples(hostile_text, hostile_text, st.sampled_from(["utf-8", "latin-1", "utf-7", "bogus", "", "utf-16"]),
              st.one_of(hostile_text, date_like.map(str))).map(_html),
    st.tuples(st.just(b"<!doctype html><html><body><p>"), raw_bytes).map(b"".join),
    broken_utf8.map(lambda b: b"<html><body><article><p>" + b + b"</p></article></body></html>"))


def _rss(parts: tuple) -> bytes:
    channel, items = parts
    body = "".join(f"<item><title>{t}</title><guid>{g}</guid><pubDate>{d}</pubDate>"
                   f"<description>{s}</description></item>" for t, g, d, s in items)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>{channel}</title>"
            f"{body}</channel></rss>").encode("utf-8", "surrogatepass")


def _atom(parts: tuple) -> bytes:
    channel, items = parts
    body = "".join(f"<entry><title>{t}</title><id>{g}</id><updated>{d}</updated>"
                   f"<content type=\"html\">{s}</content></entry>" for t, g, d, s in items)
    return (f"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{channel}</title>"
            f"{body}</feed>").encode("utf-8", "surrogatepass")


feed_item = st.tuples(hostile_text, hostile_text, date_like.map(str), hostile_text)
feed_file = st.one_of(
    st.tuples(hostile_text, st.lists(feed_item, max_size=4)).map(_rss),
    st.tuples(hostile_text, st.lists(feed_item, max_size=4)).map(_atom),
    st.tuples(st.just(b"<rss version=\"2.0\"><channel>"), raw_bytes).map(b"".join),
    broken_utf8.map(lambda b: b"<?xml version=\"1.0\"?><rss><channel><item><description>" + b
                    + b"</description></item></channel></rss>"))

# PETRARCH dictionary lines: plausible entries, codes, dates, markers, comments, and noise
_code = st.one_of(st.sampled_from(["IRQ", "IRQGOV", "USAMIL", "---", "~MIL", "GOV~", "x", "[", "]"]),
                  hostile_text.map(lambda t: t[:8]))
_date_restriction = st.one_of(st.just(""), st.sampled_from([" >070201", " <991231", " 060520-140908",
                                                            " 20240101", " 999999", " >", " -", " 20241301"]),
                              hostile_text.map(lambda t: " " + t[:10]))
dict_line = st.one_of(
    st.tuples(hostile_text, _code, _date_restriction).map(lambda p: f"{p[0]} [{p[1]}{p[2]}]"),
    st.tuples(hostile_text, _code).map(lambda p: f"\t[{p[1]}] #{p[0]}"),
    hostile_text.map(lambda t: "+" + t),
    st.tuples(st.sampled_from(["!PERSON!", "!A!", "!X!"]), hostile_text).map(lambda p: f"{p[0]} = {p[1]}"),
    st.tuples(hostile_text, st.sampled_from(["{", "{}", "{MEN}", ""]), _code).map(
        lambda p: f"{p[0]} {p[1]} [{p[2]}]"),
    st.sampled_from(["<!--", "-->", "#", "[", "]", "!A!", "X!A! [~MIL]", "!A!!A! [GOV~]"]),
    hostile_text)
dict_file = st.lists(dict_line, max_size=12).map(
    lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
