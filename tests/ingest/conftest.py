"""Sample pages and feeds for the ingest tests (written for these tests)."""
from __future__ import annotations

import pytest

HTML_PAGE = """<!doctype html><html><head><title>Port strike ends | Harbour Times</title>
<meta property="og:title" content="Port strike ends">
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-02-10T08:00:00Z">
<link rel="canonical" href="https://harbour.example/port-strike-ends">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Port strike ends</h1>
<p>Dock workers returned to work on Saturday after a two-week strike over wages, union leaders said.</p>
<p>The port authority agreed to raise pay and review night shifts, according to a statement issued late on Friday.</p>
<p>Shipping companies said cargo backlogs would take several days to clear.</p>
</article><footer>Contact us. All rights reserved.</footer></body></html>"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Border Watch</title><link>https://bw.example/</link>
<description>news</description>
<item><title>Shelling reported near &lt;b&gt;crossing&lt;/b&gt;</title><link>https://bw.example/1</link>
<guid>bw-0001</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>Artillery fire hit the <b>crossing point</b> overnight.</p><p>No casualties were reported.</p>]]></description>
</item>
<item><title>Aid convoy arrives</title><link>https://bw.example/2</link>
<pubDate>Wed, 06 Mar 2024 09:30:00 GMT</pubDate>
<description>An aid convoy reached the town &amp; unloaded food.</description></item>
</channel></rss>"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Bulletin</title><id>urn:coast</id>
<updated>2024-05-02T00:00:00Z</updated>
<entry><title>Ferry service suspended</title><id>urn:coast:ferry-1</id>
<link href="https://coast.example/ferry"/><published>2024-05-01T12:00:00Z</published>
<updated>2024-05-02T12:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;The ferry operator suspended crossings after storms damaged the pier.&lt;/p&gt;</content>
</entry>
<entry><title>Pier repairs</title><id>urn:coast:pier-2</id><updated>2024-05-03T08:00:00Z</updated>
<summary>Engineers began repairing the pier on Friday.</summary></entry>
</feed>"""


@pytest.fixture
def html_page() -> str:
    return HTML_PAGE


@pytest.fixture
def rss_feed() -> str:
    return RSS_FEED


@pytest.fixture
def atom_feed() -> str:
    return ATOM_FEED
