"""The dashboard's JSON API, security headers and static route, with FastAPI's TestClient."""
from __future__ import annotations

import warnings
from urllib.parse import quote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

from web_corpus import DOCUMENTS, HOSTILE_TEXT, HOSTILE_TITLE, HOSTILE_URL, build_store
from sitroom.web import create_app
from sitroom.web.security import MAX_BODY_BYTES, MAX_TARGET_BYTES
from sitroom.web.server import is_loopback, loopback_warning


@pytest.fixture(scope="module")
def client(web_store, sides) -> TestClient:
    return TestClient(create_app(web_store, sides=sides))


def event_ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {e["event_id"] for e in response.json()["events"]}


def test_events_lists_every_event_in_date_order(client):
    body = client.get("/api/events").json()
    assert body["count"] == 4
    days = [e["date"] for e in body["events"]]
    assert days == sorted(days)
    assert body["events"][0]["evidence"]["trigger"] == "clashed"


@pytest.mark.parametrize("query, expected", [
    ("place=Basra", {"alpha-1#e1", "beta-1#e1"}),
    ("place=basra", {"alpha-1#e1", "beta-1#e1"}),
    ("actor=IRQGOV", {"gamma-1#e1"}),
    ("actor=maliki", {"gamma-1#e1"}),
    ("side=Government", {"alpha-1#e1", "beta-1#e1", "gamma-1#e1"}),
    ("side=Militias", {"alpha-1#e1", "beta-1#e1", "https://evil.example/a/1#e1"}),
    ("code=04", {"gamma-1#e1"}),
    ("since=2008-03-27", {"gamma-1#e1", "https://evil.example/a/1#e1"}),
    ("until=2008-03-26", {"alpha-1#e1", "beta-1#e1"}),
    ("since=2008-03-27&until=2008-03-28&side=Government", {"gamma-1#e1"}),
])
def test_event_filters(client, query, expected):
    assert event_ids(client.get(f"/api/events?{query}")) == expected


def test_limit_caps_the_list(client):
    body = client.get("/api/events?limit=1&side=Militias").json()
    assert body["count"] == 1 and body["limit"] == 1


@pytest.mark.parametrize("query", ["side=Nobody", "code=19x", "since=yesterday", "limit=0", "limit=999999",
                                   "place=" + "x" * 201])
def test_bad_filters_are_client_errors(client, query):
    assert client.get(f"/api/events?{query}").status_code in (400, 422)


def test_situation_has_timeline_dyads_and_summary(client):
    body = client.get("/api/situation").json()
    assert body["counts"]["events"] == 4
    assert [d["day"] for d in body["days"]] == ["2008-03-26", "2008-03-28", "2008-03-29"]
    first = body["days"][0]
    assert (first["conflict"], first["cooperation"]) == (2, 0)
    assert {"source": "IRQMIL", "target": "IRQREB"}.items() <= body["dyads"][0].items()
    assert body["dyads"][0]["events"] == 2
    assert {d["source"] for d in body["side_dyads"]} >= {"Government"}
    assert body["summary"] and all(s["text"] for s in body["summary"])


def test_situation_follows_filters(client):
    body = client.get("/api/situation?place=Baghdad").json()
    assert body["counts"]["events"] == 1
    assert body["days"][0]["cooperation"] == 1


def test_incidents_merge_reports_of_one_clash(client):
    body = client.get("/api/incidents").json()
    clash = body["incidents"][0]
    assert clash["place"] == "Basra"
    assert clash["doc_ids"] == ["alpha-1", "beta-1"]
    assert clash["outlets"] == ["Alpha News", "Beta Wire"]


def test_contested_claim_keeps_both_versions_and_sources(client):
    body = client.get("/api/contested").json()
    assert body["count"] == 1
    claim = body["contested"][0]
    assert claim["kind"] == "casualties"
    versions = {(c["outlet"], c["value"], c["doc_id"]) for c in claim["claims"]}
    assert versions == {("Alpha News", "40 killed", "alpha-1"), ("Beta Wire", "12 killed", "beta-1")}


def test_document_has_text_and_evidence_offsets(client):
    body = client.get("/api/documents/alpha-1").json()
    alpha = DOCUMENTS[0]
    assert body["text"] == alpha.text and body["title"] == alpha.title
    assert body["link"] == alpha.url
    (event,) = body["events"]
    span, trigger = event["evidence"], event["trigger_span"]
    assert alpha.text[span["start"]:span["end"]].startswith("Iraqi army units clashed")
    assert alpha.text[trigger["start"]:trigger["end"]] == "clashed"
    assert {alpha.text[a["start"]:a["end"]] for a in event["actor_spans"]} == {"Iraqi army units",
                                                                               "Mahdi Army fighters"}


def test_document_id_with_slashes_and_hostile_fields_come_back_as_data(client):
    response = client.get("/api/documents/" + quote("https://evil.example/a/1", safe=""))
    assert response.status_code == 200
    body = response.json()
    assert response.headers["content-type"].startswith("application/json")
    assert body["title"] == HOSTILE_TITLE and body["text"] == HOSTILE_TEXT
    assert body["url"] == HOSTILE_URL and body["link"] is None  # javascript: never becomes a link


def test_unknown_document_is_404(client):
    assert client.get("/api/documents/nope").status_code == 404


def test_security_headers_on_page_api_and_errors(client):
    for path in ("/", "/api/events", "/static/app.js", "/api/documents/nope", "/static/missing.js"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_page_has_no_inline_script_and_no_remote_assets(client):
    html = client.get("/").text
    assert "<script>" not in html and "onload=" not in html and "style=" not in html
    assert "http://" not in html and "https://" not in html
    assert "/static/vendor/leaflet/leaflet.js" in html


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/..%2F..%2Fpyproject.toml", "/static/%2e%2e/app.py",
                                  "/static//etc/passwd", "/static/vendor/../../app.py", "/static/.hidden",
                                  "/static/vendor", "/static/..\\app.py", "/static/vendor/manifest.json%00.js"])
def test_static_route_refuses_traversal(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text


def test_static_assets_are_served_with_their_types(client):
    assert client.get("/static/vendor/leaflet/leaflet.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/app.css").headers["content-type"].startswith("text/css")
    topo = client.get("/static/vendor/world-atlas/countries-110m.json")
    assert topo.status_code == 200 and topo.json()["type"] == "Topology"


def test_request_size_limits(client):
    assert client.get("/api/events?place=" + "a" * (MAX_TARGET_BYTES + 10)).status_code == 414
    assert client.post("/api/events", content=b"x" * (MAX_BODY_BYTES + 1)).status_code == 413


def test_only_reads_are_allowed(client):
    assert client.post("/api/events", content=b"{}").status_code == 405
    assert client.delete("/api/documents/alpha-1").status_code == 405


def test_host_check_when_bound_to_loopback(web_store):
    guarded = TestClient(create_app(web_store, allowed_hosts={"127.0.0.1", "localhost"}),
                         base_url="http://127.0.0.1:8000")
    assert guarded.get("/api/meta").status_code == 200
    assert guarded.get("/api/meta", headers={"host": "attacker.example"}).status_code == 400


def test_missing_store_is_503_with_a_hint(tmp_path):
    response = TestClient(create_app(tmp_path / "none.duckdb")).get("/api/events")
    assert response.status_code == 503
    assert "sitroom ingest" in response.json()["detail"]


def test_new_documents_show_without_restart(tmp_path):
    """A writer adds events between two requests; the running app sees them (fresh connection per request)."""
    from web_corpus import coded_documents
    from sitroom.store import Store
    db = tmp_path / "live.duckdb"
    with Store(db) as store:
        store.save_coded(coded_documents()[:1])
    client = TestClient(create_app(db))
    assert client.get("/api/situation").json()["counts"]["events"] == 1
    with Store(db) as store:
        store.save_coded(coded_documents()[1:3])
    assert client.get("/api/events").json()["count"] == 3
    assert client.get("/api/situation").json()["counts"]["events"] == 3  # the cache follows the store


def test_busy_writer_gives_503_with_retry_after(tmp_path, monkeypatch):
    """While another process holds the write lock, a request waits briefly, then answers 503."""
    import subprocess
    import sys
    import time

    import sitroom.web.readers as readers
    db = build_store(tmp_path / "busy.duckdb")
    monkeypatch.setattr(readers, "LOCK_WAIT_SECONDS", 0.3)
    holder = subprocess.Popen([sys.executable, "-c",
                               "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(30)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        client = TestClient(create_app(db))
        started = time.monotonic()
        response = client.get("/api/events")
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()
    assert TestClient(create_app(db)).get("/api/events").status_code == 200


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                            ("127.0.0.2", True), ("0.0.0.0", False), ("192.0.2.10", False),
                                            ("example.org", False)])
def test_non_loopback_bind_warns(host, loopback):
    assert is_loopback(host) is loopback
    assert (loopback_warning(host) is None) is loopback


def test_sample_corpus_through_the_api(sample_store, sample_sides):
    """The coded sample corpus: located events, a timeline, and contested claims with sources."""
    client = TestClient(create_app(sample_store, sides=sample_sides))
    events = client.get("/api/events").json()["events"]
    assert len(events) > 50
    assert sum(1 for e in events if e["location"]) > 10
    situation = client.get("/api/situation").json()
    assert situation["counts"]["documents"] >= 20 and len(situation["days"]) > 5
    assert situation["side_dyads"]
    contested = client.get("/api/contested").json()["contested"]
    assert contested
    for item in contested:
        # two versions: from different outlets, or from different sources quoted by one outlet
        versions = {(c["outlet"], c.get("attribution"), c["value"]) for c in item["claims"]}
        assert len(versions) >= 2
        for claim in item["claims"]:
            doc = client.get("/api/documents/" + quote(claim["doc_id"], safe="")).json()
            ids = {e["event_id"]: e for e in doc["events"]}
            span = ids[claim["event_id"]]["evidence"]
            assert doc["text"][span["start"]:span["end"]].strip()
    basra = client.get("/api/events?place=Basra").json()["events"]
    assert basra and all("basra" in {str(e["location"][k]).lower() for k in ("name", "text", "admin1")}
                         for e in basra)  # the city, or a place in Basra province


def test_chunked_body_over_the_limit_is_refused():
    """A body without Content-Length is counted as it streams in."""
    import asyncio

    from sitroom.web.security import GuardMiddleware

    async def reads_body(scope, receive, send):
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    chunks = [{"type": "http.request", "body": b"x" * 8192, "more_body": True}] * 3
    sent: list[dict] = []

    async def receive():
        return chunks.pop(0)

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/", "raw_path": b"/", "query_string": b"", "headers": []}
    asyncio.run(GuardMiddleware(reads_body)(scope, receive, send))
    assert sent[0]["status"] == 413
