/* sitroom dashboard client.
 *
 * Safety rule for this file: every piece of data (article text, titles, actor names, URLs,
 * outlet names) reaches the page as text — through el()/text nodes/textContent — never as
 * HTML. Only http(s) URLs become links. The server's Content-Security-Policy forbids inline
 * script as a second line of defence.
 */
(function () {
  "use strict";

  const REFRESH_MS = 30000;
  const FILTER_KEYS = ["place", "actor", "side", "code", "since", "until"];
  const EVENT_LIMIT = 1000;
  const CLUSTER_RADIUS_M = 1500e3;
  const TIMELINE_TAIL = 0.02; // share of events at each end a long timeline may leave out
  const state = { filters: {}, map: null, countries: null, markers: null, refreshTimer: null,
                  situation: null, loading: false, openDoc: null };

  // ---- DOM helpers: data only ever becomes text ------------------------------------------
  const SAFE_ATTRS = new Set(["class", "id", "title", "type", "value", "colspan", "rowspan",
                              "role", "aria-label", "data-id", "data-event", "data-doc", "rel",
                              "target", "lang", "hidden"]);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (!SAFE_ATTRS.has(key)) throw new Error("attribute not allowed: " + key);
      node.setAttribute(key, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    for (const child of children) {
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** The URL when it is http(s), else null: javascript:, data: and relative URLs never become links. */
  function safeHttpUrl(raw) {
    if (typeof raw !== "string" || !raw.trim()) return null;
    try {
      const url = new URL(raw.trim());
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function externalLink(raw, label) {
    const href = safeHttpUrl(raw);
    if (!href) return el("span", { class: "unsafe", title: "not an http(s) link" }, label || raw || "");
    const a = el("a", { rel: "noopener noreferrer nofollow", target: "_blank" }, label || href);
    a.href = href; // a property assignment of an already validated http(s) URL
    return a;
  }

  function button(label, onClick, cls) {
    const b = el("button", { type: "button", class: cls || "linkish" }, label);
    b.addEventListener("click", onClick);
    return b;
  }

  // ---- API -----------------------------------------------------------------------------
  function query(extra) {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
    for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
    const text = params.toString();
    return text ? "?" + text : "";
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function api(path, attempt) {
    const response = await fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (response.status === 503 && response.headers.get("Retry-After") && (attempt || 0) < 3) {
      // a writer holds the store for a moment: wait as told and ask again
      await sleep(1000 * Math.min(5, Number(response.headers.get("Retry-After")) || 1));
      return api(path, (attempt || 0) + 1);
    }
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const detail = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail))
                                         : response.statusText;
      throw new Error(detail + " (HTTP " + response.status + ")");
    }
    return body;
  }

  function setStatus(text, isError) {
    const node = document.getElementById("status");
    node.textContent = text;
    node.classList.toggle("error", Boolean(isError));
  }

  // ---- filters ---------------------------------------------------------------------------
  function readFiltersFromHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ""));
    const filters = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) filters[key] = value;
    }
    return filters;
  }

  function writeFiltersToForm(filters) {
    const form = document.getElementById("filters");
    for (const key of FILTER_KEYS) form.elements[key].value = filters[key] || "";
  }

  function readFiltersFromForm() {
    const form = document.getElementById("filters");
    const filters = {};
    for (const key of FILTER_KEYS) {
      const value = String(form.elements[key].value || "").trim();
      if (value) filters[key] = value;
    }
    return filters;
  }

  function applyFilters(filters) {
    state.filters = filters;
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
    const hash = params.toString();
    if (location.hash.replace(/^#/, "") !== hash) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
    writeFiltersToForm(filters);
    return refresh();
  }

  function setupFilters() {
    const form = document.getElementById("filters");
    form.addEventListener("submit", (event) => { event.preventDefault(); applyFilters(readFiltersFromForm()); });
    document.getElementById("reset").addEventListener("click", () => applyFilters({}));
    document.getElementById("autorefresh").addEventListener("change", scheduleRefresh);
    window.addEventListener("hashchange", () => applyFilters(readFiltersFromHash()));
  }

  function fillSides(sides) {
    const select = document.getElementById("filters").elements.side;
    const current = state.filters.side || "";
    clear(select);
    select.appendChild(el("option", { value: "" }, "any"));
    for (const name of Object.keys(sides || {}).sort()) {
      select.appendChild(el("option", { value: name }, name));
    }
    select.value = current;
  }

  // ---- loading --------------------------------------------------------------------------
  async function refresh() {
    if (state.loading) return;
    state.loading = true;
    setStatus("loading…");
    try {
      const [meta, situation, events, incidents, contested] = await Promise.all([
        api("/api/meta"), api("/api/situation" + query()), api("/api/events" + query({ limit: EVENT_LIMIT })),
        api("/api/incidents" + query({ limit: 200 })), api("/api/contested" + query())]);
      state.situation = situation;
      fillSides(meta.sides);
      renderSummary(situation);
      renderMap(events.events);
      renderTimeline(situation.days);
      renderDyads(situation);
      renderIncidents(incidents);
      renderContested(contested);
      renderEvents(events);
      const c = meta.counts || {};
      setStatus(`${situation.counts.events} events from ${situation.counts.documents} documents in view · store: `
                + `${c.documents ?? "?"} documents, ${c.events ?? "?"} events · updated ${new Date().toLocaleTimeString()}`);
      document.body.dataset.loaded = String(Date.now());
    } catch (error) {
      setStatus(String(error.message || error), true);
    } finally {
      state.loading = false;
    }
  }

  function scheduleRefresh() {
    if (state.refreshTimer) clearInterval(state.refreshTimer);
    state.refreshTimer = null;
    if (document.getElementById("autorefresh").checked) {
      state.refreshTimer = setInterval(() => { if (!document.hidden) refresh(); }, REFRESH_MS);
    }
  }

  // ---- names -----------------------------------------------------------------------------
  function actorLabel(actor) {
    if (!actor) return "—";
    return actor.name && actor.name !== actor.code ? `${actor.name} (${actor.code || "?"})` : (actor.code || actor.text || "?");
  }

  function codeLabel(code) {
    const names = (state.situation && state.situation.actor_names) || {};
    return names[code] && names[code] !== code ? `${names[code]} (${code})` : code || "—";
  }

  function eventDate(ev) { return ev.date || ev.doc_date || ""; }

  // ---- summary -----------------------------------------------------------------------------
  function renderSummary(situation) {
    const list = clear(document.getElementById("summary"));
    if (!situation.summary.length) {
      list.appendChild(el("li", { class: "empty" }, "No events match these filters."));
      return;
    }
    for (const sentence of situation.summary) list.appendChild(el("li", {}, sentence.text));
  }

  // ---- map -------------------------------------------------------------------------------
  async function setupMap() {
    if (!window.L) { setStatus("map library failed to load", true); return; }
    const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Country outlines: Natural Earth");
    map.setView([30, 20], 2);
    state.map = map;
    state.markers = L.layerGroup().addTo(map);
    try {
      const response = await fetch("/static/vendor/world-atlas/countries-110m.json");
      const topo = await response.json();
      const shapes = topojson.feature(topo, topo.objects.countries);
      state.countries = L.geoJSON(shapes, {
        interactive: false,
        style: { color: "#8a8a80", weight: 0.6, fillColor: "#efece2", fillOpacity: 1 },
      }).addTo(map);
      state.countries.bringToBack();
    } catch (error) {
      setStatus("country outlines failed to load: " + error.message, true);
    }
  }

  function placeGroups(events) {
    const groups = new Map();
    for (const ev of events) {
      const loc = ev.location;
      if (!loc || typeof loc.lat !== "number" || typeof loc.lon !== "number") continue;
      const key = loc.lat.toFixed(3) + "," + loc.lon.toFixed(3);
      if (!groups.has(key)) groups.set(key, { lat: loc.lat, lon: loc.lon, name: loc.name, events: [], conflict: 0 });
      const group = groups.get(key);
      group.events.push(ev);
      if (ev.quad_class >= 3) group.conflict += 1;
    }
    return [...groups.values()];
  }

  function conflictColour(share) {
    // green (cooperation) → red (conflict)
    const r = Math.round(47 + (192 - 47) * share), g = Math.round(125 + (57 - 125) * share), b = Math.round(79 + (43 - 79) * share);
    return `rgb(${r},${g},${b})`;
  }

  function markerPopup(group) {
    const list = el("ul", { class: "popup-list" });
    for (const ev of group.events.slice(0, 12)) {
      list.appendChild(el("li", {}, `${eventDate(ev)} ${ev.source ? ev.source.code : "?"} ${ev.cameo} `
                                        + `${ev.target ? ev.target.code : ""} `,
                          button("document", () => openDocument(ev.doc_id, ev.event_id))));
    }
    if (group.events.length > 12) list.appendChild(el("li", { class: "empty" }, `… ${group.events.length - 12} more`));
    return el("div", {}, el("strong", {}, group.name || "?"),
              ` — ${group.events.length} event(s), ${group.conflict} conflict `,
              button("filter to this place", () => applyFilters({ ...state.filters, place: group.name })),
              list);
  }

  function renderMap(events) {
    if (!state.map) return;
    state.markers.clearLayers();
    const groups = placeGroups(events);
    const points = [];
    for (const group of groups) {
      const share = group.events.length ? group.conflict / group.events.length : 0;
      const marker = L.circleMarker([group.lat, group.lon], {
        radius: Math.min(26, 5 + 3 * Math.sqrt(group.events.length)), className: "sr-marker",
        color: "#222", weight: 1, fillColor: conflictColour(share), fillOpacity: 0.8,
      });
      marker.bindTooltip(el("span", {}, `${group.name || "?"}: ${group.events.length}`), { className: "sr-tip" });
      marker.bindPopup(() => markerPopup(group));
      marker.addTo(state.markers);
      points.push([group.lat, group.lon]);
    }
    document.getElementById("map").dataset.markers = String(groups.length);
    const focus = mainCluster(groups);
    if (focus.length === 1) state.map.setView([focus[0].lat, focus[0].lon], 7);
    else if (focus.length) state.map.fitBounds(focus.map((g) => [g.lat, g.lon]), { padding: [30, 30], maxZoom: 8 });
  }

  /** The places near the busiest one when they hold most events, so a stray far-away place
   *  (often a mis-geocoded name) does not zoom the map out to the whole world; else all places. */
  function mainCluster(groups) {
    if (groups.length < 3) return groups;
    const busiest = groups.reduce((a, b) => (b.events.length > a.events.length ? b : a));
    const near = groups.filter((g) => L.latLng(g.lat, g.lon).distanceTo([busiest.lat, busiest.lon]) < CLUSTER_RADIUS_M);
    const total = groups.reduce((n, g) => n + g.events.length, 0);
    const covered = near.reduce((n, g) => n + g.events.length, 0);
    return covered >= 0.8 * total ? near : groups;
  }

  // ---- timeline ----------------------------------------------------------------------------
  function dayRange(days) {
    const byDay = new Map(days.map((d) => [d.day, d]));
    const out = [];
    if (!days.length) return out;
    const first = new Date(days[0].day + "T00:00:00Z"), last = new Date(days[days.length - 1].day + "T00:00:00Z");
    const span = Math.round((last - first) / 86400000);
    if (span > 3660) return days; // a decade or more: only the days with events
    for (let t = first.getTime(); t <= last.getTime(); t += 86400000) {
      const key = new Date(t).toISOString().slice(0, 10);
      out.push(byDay.get(key) || { day: key, conflict: 0, cooperation: 0, events: 0 });
    }
    return out;
  }

  function renderTimeline(days) {
    const box = clear(document.getElementById("timeline"));
    if (!days.length) { box.appendChild(el("p", { class: "empty" }, "No dated events.")); return; }
    const shown = trimTails(days);
    const series = dayRange(shown);
    const width = Math.max(box.clientWidth, 300), height = Math.max(box.clientHeight, 200);
    const pad = { left: 36, right: 10, top: 14, bottom: 24 };
    const mid = pad.top + (height - pad.top - pad.bottom) / 2;
    const half = (height - pad.top - pad.bottom) / 2;
    const max = Math.max(1, ...series.map((d) => Math.max(d.conflict, d.cooperation)));
    const step = (width - pad.left - pad.right) / series.length;
    const bar = Math.min(28, Math.max(1, step * 0.8));
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "daily cooperation and conflict" });
    series.forEach((d, i) => {
      const x = pad.left + i * step + (step - bar) / 2;
      const label = `${d.day}: ${d.cooperation} cooperation, ${d.conflict} conflict`;
      if (d.cooperation) {
        const h = (d.cooperation / max) * half;
        chart.appendChild(svg("rect", { x, y: mid - h, width: bar, height: h, class: "coop" }, svg("title", {}, label)));
      }
      if (d.conflict) {
        const h = (d.conflict / max) * half;
        chart.appendChild(svg("rect", { x, y: mid, width: bar, height: h, class: "conflict" }, svg("title", {}, label)));
      }
    });
    chart.appendChild(svg("line", { x1: pad.left, x2: width - pad.right, y1: mid, y2: mid, class: "axis" }));
    chart.appendChild(svg("text", { x: 2, y: pad.top + 8 }, `+${max}`));
    chart.appendChild(svg("text", { x: 2, y: height - pad.bottom }, `−${max}`));
    chart.appendChild(svg("text", { x: pad.left, y: height - 6 }, series[0].day));
    chart.appendChild(svg("text", { x: width - pad.right, y: height - 6, "text-anchor": "end" }, series[series.length - 1].day));
    box.appendChild(chart);
    const hidden = days.reduce((n, d) => n + d.events, 0) - shown.reduce((n, d) => n + d.events, 0);
    if (hidden) box.appendChild(el("p", { class: "hint" }, `${hidden} event(s) dated outside ${series[0].day} – `
                                    + `${series[series.length - 1].day} not drawn (first day ${days[0].day}, last ${days[days.length - 1].day})`));
  }

  /** Days without the sparse tails of a long timeline (a stray date far from the rest). */
  function trimTails(days) {
    if (days.length < 3) return days;
    const span = (new Date(days[days.length - 1].day) - new Date(days[0].day)) / 86400000;
    if (span <= 60) return days;
    const total = days.reduce((n, d) => n + d.events, 0);
    const limit = Math.floor(total * TIMELINE_TAIL);
    let first = 0, last = days.length - 1, dropped = 0;
    while (first < last && dropped + days[first].events <= limit) dropped += days[first++].events;
    dropped = 0;
    while (last > first && dropped + days[last].events <= limit) dropped += days[last--].events;
    return days.slice(first, last + 1);
  }

  // ---- dyads -------------------------------------------------------------------------------
  function matrix(dyads, labelOf) {
    const involvement = new Map();
    for (const d of dyads) {
      involvement.set(d.source, (involvement.get(d.source) || 0) + d.events);
      involvement.set(d.target, (involvement.get(d.target) || 0) + d.events);
    }
    const actors = [...involvement.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map((e) => e[0]);
    const cell = new Map(dyads.map((d) => [d.source + "\u0000" + d.target, d]));
    const head = el("tr", {}, el("th", {}, "source \\ target"), actors.map((a) => el("th", { title: labelOf(a) }, a)));
    const rows = actors.map((source) => el("tr", {}, el("th", { class: "row", title: labelOf(source) }, labelOf(source)),
      actors.map((target) => {
        const d = cell.get(source + "\u0000" + target);
        if (!d) return el("td", {}, "");
        const td = el("td", { title: `${labelOf(source)} → ${labelOf(target)}: ${d.cooperation} cooperation, `
                                     + `${d.conflict} conflict, Goldstein ${d.goldstein}` }, String(d.events));
        const share = d.events ? d.conflict / d.events : 0;
        td.style.backgroundColor = conflictColour(share);
        td.style.color = "#fff";
        return td;
      })));
    return el("table", { class: "matrix" }, el("thead", {}, head), el("tbody", {}, rows));
  }

  function renderDyads(situation) {
    const box = clear(document.getElementById("dyads"));
    const dyads = situation.dyads.filter((d) => d.source && d.target);
    if (!dyads.length) { box.appendChild(el("p", { class: "empty" }, "No actor pairs.")); return; }
    box.appendChild(matrix(dyads, codeLabel));
    if (situation.side_dyads.length) {
      box.appendChild(el("h3", {}, "Sides"));
      box.appendChild(matrix(situation.side_dyads.filter((d) => d.source && d.target), (s) => s));
    }
  }

  // ---- incidents -----------------------------------------------------------------------------
  function renderIncidents(data) {
    const box = clear(document.getElementById("incidents"));
    document.getElementById("incident-count").textContent = `${data.count} incident(s)`;
    if (!data.incidents.length) { box.appendChild(el("p", { class: "empty" }, "No incidents.")); return; }
    for (const incident of data.incidents) {
      const when = incident.first_day === incident.last_day ? incident.first_day || "undated"
                                                               : `${incident.first_day} – ${incident.last_day}`;
      const reports = el("ul", { class: "popup-list" }, incident.reports.map((r) => el("li", {},
        `${r.outlet}: `, el("span", { class: "modality " + r.modality }, r.modality), " ",
        casualtyText(r), r.evidence, " ", button("document", () => openDocument(r.doc_id, r.event_id)))));
      box.appendChild(el("div", { class: "card incident" },
        el("h3", {}, `${codeLabel(incident.source)} → ${codeLabel(incident.target)} · root ${incident.root}`),
        el("div", { class: "meta" }, `${when} · ${incident.place || "place unknown"} · `
                                     + `${incident.doc_ids.length} document(s) from ${incident.outlets.join(", ")}`),
        reports));
    }
  }

  function casualtyText(r) {
    const parts = [];
    if (r.fatalities !== null && r.fatalities !== undefined) parts.push(`${r.fatalities} killed`);
    if (r.injured !== null && r.injured !== undefined) parts.push(`${r.injured} injured`);
    if (r.arrested !== null && r.arrested !== undefined) parts.push(`${r.arrested} arrested`);
    return parts.length ? `[${parts.join(", ")}] ` : "";
  }

  // ---- contested claims ------------------------------------------------------------------------
  function renderContested(data) {
    const box = clear(document.getElementById("contested"));
    document.getElementById("contested-count").textContent = `${data.count} claim(s) disputed between reports`;
    if (!data.contested.length) { box.appendChild(el("p", { class: "empty" }, "No contested claims.")); return; }
    for (const item of data.contested) {
      const rows = item.claims.map((c) => el("tr", { class: "claim" },
        el("td", { class: "outlet" }, c.outlet,
           c.attribution ? el("div", { class: "attribution" }, c.attribution) : null),
        el("td", { class: "value" }, c.value),
        el("td", { class: "evidence" }, c.evidence), el("td", {}, button("document", () => openDocument(c.doc_id, c.event_id)))));
      box.appendChild(el("div", { class: "card contested", "data-id": item.incident_id || "" },
        el("h3", {}, `${item.kind}: `, item.description),
        el("table", { class: "claims" },
           el("thead", {}, el("tr", {}, el("th", {}, "outlet"), el("th", {}, "says"), el("th", {}, "evidence"), el("th", {}, ""))),
           el("tbody", {}, rows))));
    }
  }

  // ---- events ----------------------------------------------------------------------------------
  function renderEvents(data) {
    const body = clear(document.querySelector("#events tbody"));
    document.getElementById("event-count").textContent =
      data.count >= data.limit ? `first ${data.count} (narrow the filters to see all)` : `${data.count} event(s)`;
    if (!data.events.length) {
      body.appendChild(el("tr", {}, el("td", { colspan: 8, class: "empty" }, "No events match these filters.")));
      return;
    }
    const rows = data.events.map((ev) => {
      const row = el("tr", { "data-event": ev.event_id, "data-doc": ev.doc_id },
        el("td", {}, eventDate(ev)),
        el("td", {}, actorLabel(ev.source)),
        el("td", { class: "q" + ev.quad_class }, el("span", { class: "code" }, ev.cameo), " ",
           ev.plover ? ev.plover.type : ""),
        el("td", {}, actorLabel(ev.target)),
        el("td", {}, ev.location ? ev.location.name : ""),
        el("td", {}, el("span", { class: "modality " + ev.modality }, ev.modality)),
        el("td", {}, ev.doc_source || ""),
        el("td", { class: "evidence" }, ev.evidence ? ev.evidence.text : ""));
      row.addEventListener("click", () => openDocument(ev.doc_id, ev.event_id));
      return row;
    });
    append(body, rows);
  }

  // ---- document view ---------------------------------------------------------------------------
  async function openDocument(docId, eventId) {
    const panel = document.getElementById("document");
    try {
      const doc = await api("/api/documents/" + encodeURIComponent(docId));
      state.openDoc = doc;
      renderDocument(doc, eventId);
      panel.hidden = false;
      const focus = panel.querySelector("mark.focus");
      if (focus) focus.scrollIntoView({ block: "center" });
    } catch (error) {
      setStatus("document: " + error.message, true);
    }
  }

  function renderDocument(doc, focusEvent) {
    document.getElementById("doc-title").textContent = doc.title || doc.id;
    const meta = clear(document.getElementById("doc-meta"));
    meta.appendChild(document.createTextNode([doc.date, doc.source, "id " + doc.id].filter(Boolean).join(" · ")));
    const url = clear(document.getElementById("doc-url"));
    if (doc.url) url.appendChild(externalLink(doc.url));
    const list = clear(document.getElementById("doc-events"));
    for (const ev of doc.events) {
      list.appendChild(el("li", {}, button(`${ev.source || ev.source_code || "?"} ${ev.cameo} ${ev.target || ev.target_code || ""}`,
                                           () => renderDocument(doc, ev.event_id)),
                          ` ${ev.modality}${ev.date ? " · " + ev.date : ""}`));
    }
    renderHighlighted(clear(document.getElementById("doc-text")), doc, focusEvent);
  }

  /** The text split at every span boundary; each piece carries the spans covering it. */
  function renderHighlighted(box, doc, focusEvent) {
    const spans = [];
    for (const ev of doc.events) {
      const focus = ev.event_id === focusEvent;
      if (ev.evidence) spans.push({ ...ev.evidence, kind: "evidence", focus, ev });
      if (ev.trigger_span) spans.push({ ...ev.trigger_span, kind: "trigger", focus, ev });
      for (const a of ev.actor_spans || []) spans.push({ start: a.start, end: a.end, kind: "actor", focus, ev });
    }
    const text = doc.text || "";
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i], end = points[i + 1];
      const piece = text.slice(start, end);
      const covering = spans.filter((s) => s.start <= start && s.end >= end);
      if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
      const kinds = new Set(covering.map((s) => s.kind));
      const classes = ["ev"];
      if (kinds.has("trigger")) classes.push("trigger");
      if (kinds.has("actor")) classes.push("actor");
      if (covering.some((s) => s.focus)) classes.push("focus");
      const ids = [...new Set(covering.map((s) => s.ev.event_id))];
      box.appendChild(el("mark", { class: classes.join(" "), title: ids.join(", ") }, piece));
    }
  }

  function setupDocument() {
    const panel = document.getElementById("document");
    document.getElementById("doc-close").addEventListener("click", () => { panel.hidden = true; });
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") panel.hidden = true; });
  }

  // ---- start -----------------------------------------------------------------------------------
  async function start() {
    setupFilters();
    setupDocument();
    await setupMap();
    scheduleRefresh();
    await applyFilters(readFiltersFromHash());
  }

  document.addEventListener("DOMContentLoaded", start);
})();
