// Partnership explorer: draws /api/v1/network with Cytoscape.js, lists the initiatives shared
// by the chosen countries (GraphQL) and their dated timeline (/api/v1/timeline), shows a
// node's details and citations in a side panel, and redraws all of it "as of" a source's day.
// Plain browser JavaScript, no build step; data is only ever written with textContent.
"use strict";

(function () {
  const TYPES = {
    Country: { colour: "#1d5fd1", shape: "ellipse" },
    Region: { colour: "#0f8b8d", shape: "round-hexagon" },
    Organisation: { colour: "#7048c8", shape: "round-rectangle" },
    Official: { colour: "#c2407f", shape: "round-triangle" },
    Event: { colour: "#e0661b", shape: "star" },
    Initiative: { colour: "#2e9a4a", shape: "round-diamond" },
    FundingStream: { colour: "#b8860b", shape: "round-tag" },
    Topic: { colour: "#6b7788", shape: "round-octagon" },
    Statement: { colour: "#9c2f3f", shape: "round-rectangle" },
    Figure: { colour: "#4a6b2f", shape: "round-pentagon" },
  };
  const TYPE_NAMES = { FundingStream: "Funding stream" };
  const HIDDEN_PROPERTIES = new Set(["id", "name", "title", "summary", "text"]);

  const $ = (id) => document.getElementById(id);
  const state = { countries: new Set(), countryNames: new Map(), depth: 1, asOf: "", returnFocus: null, userMoved: false };
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  let cy = null;
  let drawSeq = 0;

  // ------------------------------------------------------------------ helpers

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function dot(type) {
    return el("span", { class: "dot", style: `background:${(TYPES[type] || {}).colour || "#888"}`, "aria-hidden": "true" });
  }

  // A search hit's snippet marks the matched words «like this»: shown as <mark>, built as
  // text nodes, so nothing in a document's text is read as HTML.
  function snippet(text, className) {
    const line = el("span", { class: className });
    text.split(/(«[^»]*»)/).forEach((part) => {
      if (part.startsWith("«") && part.endsWith("»")) line.append(el("mark", { text: part.slice(1, -1) }));
      else if (part) line.append(part);
    });
    return line;
  }

  function typeName(type) {
    return TYPE_NAMES[type] || type;
  }

  function shorten(text, max) {
    return text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text;
  }

  function headers() {
    const key = sessionStorage.getItem("commitgraph-key");
    return key ? { Authorization: `Bearer ${key}` } : {};
  }

  class HttpError extends Error {
    constructor(status, reason) {
      super(reason);
      this.status = status;
    }
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: headers() });
    return readJSON(response);
  }

  async function readJSON(response) {
    let body = null;
    try {
      body = await response.json();
    } catch (_) {
      body = null;
    }
    if (response.status === 401) showKeyForm();
    if (!response.ok) {
      const reason = (body && (body.reason || body.detail)) || response.statusText;
      throw new HttpError(response.status, typeof reason === "string" ? reason : JSON.stringify(reason));
    }
    return body;
  }

  function showKeyForm() {
    $("key-form").hidden = false;
  }

  // ------------------------------------------------------------------ state in the URL

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const countries = (params.get("countries") || "").split(",").filter(Boolean);
    const depth = Number(params.get("depth"));
    const asOf = params.get("asof") || "";
    return { countries, depth: depth >= 1 && depth <= 3 ? depth : 1, asOf: DAY.test(asOf) ? asOf : "" };
  }

  function writeHash() {
    const params = new URLSearchParams();
    params.set("countries", [...state.countries].join(","));
    params.set("depth", String(state.depth));
    if (state.asOf) params.set("asof", state.asOf);
    history.replaceState(null, "", `#${params}`);
  }

  function asOfQuery() {
    return state.asOf ? `&${new URLSearchParams({ asOf: state.asOf })}` : "";
  }

  function focusQuery() {
    const params = new URLSearchParams();
    for (const id of state.countries) params.append("focus", id);
    params.set("depth", String(state.depth));
    return params.toString();
  }

  // ------------------------------------------------------------------ countries and depth

  async function loadCountries() {
    const list = $("country-list");
    try {
      const page = await getJSON("/api/v1/nodes?type=Country&first=500");
      const countries = page.nodes.slice().sort((a, b) => a.label.localeCompare(b.label));
      list.replaceChildren();
      for (const country of countries) {
        state.countryNames.set(country.id, country.label);
        const input = el("input", {
          type: "checkbox", id: `country-${country.id}`, value: country.id,
          checked: state.countries.has(country.id),
          onchange: (event) => {
            if (event.target.checked) state.countries.add(country.id);
            else state.countries.delete(country.id);
            redraw();
          },
        });
        const label = el("label", { for: input.id }, country.label, " ", el("span", { class: "code", text: country.id }));
        list.append(el("div", { class: "chip" }, input, label));
      }
      // Keep only chosen ids that exist, so a stale link does not ask for unknown countries.
      for (const id of [...state.countries]) if (!state.countryNames.has(id)) state.countries.delete(id);
    } catch (error) {
      list.replaceChildren(el("p", { class: "error", text: `Could not load the countries: ${error.message}` }));
    }
  }

  function setupDepth() {
    for (const input of document.querySelectorAll('input[name="depth"]')) {
      input.checked = Number(input.value) === state.depth;
      input.addEventListener("change", () => {
        state.depth = Number(input.value);
        redraw();
      });
    }
  }

  // ------------------------------------------------------------------ the graph

  function style() {
    const rules = [
      {
        selector: "node",
        style: {
          label: "data(short)", "font-size": 10, color: "#1c2430", "text-valign": "bottom", "text-margin-y": 4,
          "text-wrap": "wrap", "text-max-width": 130, width: 26, height: 26, "border-width": 2, "border-color": "#ffffff",
          "text-background-color": "#fbfcfd", "text-background-opacity": 0.8, "text-background-padding": 1,
        },
      },
      { selector: "node[?focus]", style: { width: 40, height: 40, "border-width": 4, "border-color": "#14213d", "font-size": 12, "font-weight": "bold" } },
      {
        selector: "edge",
        style: {
          width: 1.5, "line-color": "#a9b4c2", "target-arrow-color": "#a9b4c2", "target-arrow-shape": "triangle",
          "arrow-scale": 0.8, "curve-style": "bezier", label: "data(label)", "font-size": 8, color: "#4d5b6c",
          "text-rotation": "autorotate", "text-background-color": "#fbfcfd", "text-background-opacity": 0.9,
          "text-background-padding": 1,
        },
      },
      { selector: "node:selected", style: { "border-color": "#f0a202", "border-width": 5 } },
      { selector: "edge:selected", style: { "line-color": "#f0a202", "target-arrow-color": "#f0a202", width: 3 } },
      { selector: ".faded", style: { opacity: 0.18 } },
    ];
    for (const [type, look] of Object.entries(TYPES)) {
      rules.push({ selector: `node[type = "${type}"]`, style: { "background-color": look.colour, shape: look.shape } });
    }
    return rules;
  }

  function setupGraph() {
    cy = cytoscape({
      container: $("graph"), style: style(), minZoom: 0.2, maxZoom: 3,
      boxSelectionEnabled: false,
    });
    cy.on("tap", "node", (event) => openNode(event.target.id(), null));
    cy.on("tap", "edge", (event) => openEdge(event.target.data()));
    cy.on("tap", (event) => {
      if (event.target === cy) clearHighlight();
    });
    // Until the person pans or zooms, keep the whole network in view; after, leave it be.
    cy.on("dragpan scrollzoom pinchzoom", () => {
      state.userMoved = true;
    });
    // The details panel takes width from the graph: keep Cytoscape's canvas in step.
    new ResizeObserver(() => {
      cy.resize();
      if (!state.userMoved && cy.elements().nonempty()) cy.fit(undefined, 40);
    }).observe($("graph"));
  }

  function reveal(id) {
    const node = cy.getElementById(id);
    if (node.empty() || !state.userMoved) return;
    const box = cy.extent();
    const { x, y } = node.position();
    if (x < box.x1 || x > box.x2 || y < box.y1 || y > box.y2) {
      cy.animate({ center: { eles: node } }, { duration: 250 });
    }
  }

  function highlight(id) {
    if (!cy) return;
    cy.elements().unselect();
    const node = cy.getElementById(id);
    if (node.empty()) {
      clearHighlight();
      return;
    }
    const around = node.closedNeighborhood();
    cy.elements().addClass("faded");
    around.removeClass("faded");
    node.select();
  }

  function clearHighlight() {
    if (cy) cy.elements().removeClass("faded").unselect();
  }

  function renderLegend(counts) {
    const legend = $("legend");
    legend.replaceChildren();
    for (const type of Object.keys(TYPES)) {
      const count = counts[type] || 0;
      legend.append(el("li", { class: count ? "" : "absent" }, dot(type), `${typeName(type)} ${count ? `(${count})` : ""}`));
    }
  }

  function renderNodeIndex(nodes) {
    const list = $("node-list");
    list.replaceChildren();
    const sorted = nodes.slice().sort((a, b) => a.data.type.localeCompare(b.data.type) || a.data.label.localeCompare(b.data.label));
    for (const { data } of sorted) {
      list.append(el("li", {}, el("button", { type: "button", "data-id": data.id, onclick: (e) => openNode(data.id, e.currentTarget) },
        dot(data.type), el("span", { class: "item-name", text: data.label }))));
    }
    $("node-count").textContent = `(${nodes.length})`;
  }

  async function drawNetwork() {
    const seq = ++drawSeq;
    const status = $("graph-status");
    const downloads = [["dl-graphml", "graphml"], ["dl-json", "json"], ["dl-csv", "csv"], ["dl-ndjson", "ndjson"]];
    for (const [id, ext] of downloads) {
      $(id).href = state.countries.size ? `/api/v1/export.${ext}?${focusQuery()}` : `/api/v1/export.${ext}`;
    }
    if (!state.countries.size) {
      cy.elements().remove();
      renderLegend({});
      renderNodeIndex([]);
      status.textContent = "Choose one or more countries to draw their partnership network.";
      return;
    }
    status.textContent = "Drawing…";
    let body;
    try {
      body = await getJSON(`/api/v1/network?${focusQuery()}${asOfQuery()}`);
    } catch (error) {
      if (seq === drawSeq) status.textContent = `Could not draw the network: ${error.message}`;
      return;
    }
    if (seq !== drawSeq) return; // a newer choice already asked again
    const { nodes, edges } = body.elements;
    for (const node of nodes) {
      const { type, label, properties } = node.data;
      // A statement has no name: draw the start of its words rather than its id.
      node.data.short = type === "Statement" && properties.text ? `“${shorten(properties.text, 36)}”` : shorten(label, 48);
    }
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...nodes, ...edges]);
    });
    cy.layout({
      name: "cose", animate: false, randomize: true, padding: 40, nodeRepulsion: () => 40000,
      idealEdgeLength: () => 110, edgeElasticity: () => 100, gravity: 0.25, numIter: 2500,
      nodeOverlap: 20, componentSpacing: 80, nodeDimensionsIncludeLabels: true,
    }).run();
    cy.fit(undefined, 40);
    state.userMoved = false;
    const counts = {};
    for (const node of nodes) counts[node.data.type] = (counts[node.data.type] || 0) + 1;
    renderLegend(counts);
    renderNodeIndex(nodes);
    status.textContent = body.truncated
      ? `${nodes.length} nodes (the nearest and most linked; more are in reach), ${edges.length} links`
      : `${nodes.length} nodes, ${edges.length} links`;
    $("as-of-note").textContent = state.asOf
      ? `As the sources published by ${state.asOf} record it` +
        (body.undatedFactsLeftOut ? `; ${body.undatedFactsLeftOut} nodes only undated sources cite are left out.` : ".")
      : "";
    $("graph").setAttribute("aria-label",
      `Partnership network of ${[...state.countries].map((c) => state.countryNames.get(c) || c).join(", ")}: ` +
      `${nodes.length} nodes and ${edges.length} links. The lists beside it reach every node from the keyboard.`);
    const open = $("panel").dataset.nodeId;
    if (!$("panel").hidden && open) highlight(open);
  }

  // ------------------------------------------------------------------ initiatives (GraphQL)

  const INITIATIVES = `query SharedInitiatives($countries: [ID!], $asOf: Date) {
    initiatives(filter: {countries: $countries, countriesMatch: ALL}, first: 100, asOf: $asOf) {
      nodes { id name kind status }
    }
  }`;

  async function loadInitiatives() {
    const list = $("initiatives");
    const status = $("initiatives-status");
    const chosen = [...state.countries];
    $("initiatives-who").textContent = chosen.length
      ? (chosen.length === 1 ? state.countryNames.get(chosen[0]) || chosen[0] : `all of ${chosen.map((c) => state.countryNames.get(c) || c).join(", ")}`)
      : "all chosen countries";
    list.replaceChildren();
    if (!chosen.length) {
      status.textContent = "Choose countries to see the initiatives they share.";
      return;
    }
    status.textContent = "Loading…";
    let body;
    try {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", ...headers() },
        body: JSON.stringify({ query: INITIATIVES, variables: { countries: chosen, asOf: state.asOf || null } }),
      });
      body = await readJSON(response);
    } catch (error) {
      status.textContent = `Could not load the initiatives: ${error.message}`;
      return;
    }
    if (chosen.join() !== [...state.countries].join()) return; // the choice changed meanwhile
    if (body.errors && body.errors.length) {
      status.textContent = `Could not load the initiatives: ${body.errors[0].message}`;
      return;
    }
    const nodes = body.data.initiatives.nodes;
    status.textContent = nodes.length ? `${nodes.length} initiative${nodes.length === 1 ? "" : "s"}` : "None: no initiative involves every chosen country.";
    for (const item of nodes) {
      const meta = [item.kind, item.status && item.status.replace("_", " ")].filter(Boolean).join(" · ");
      list.append(el("li", {}, el("button", {
        type: "button", "data-id": item.id, onclick: (e) => openNode(item.id, e.currentTarget),
      }, dot("Initiative"), el("span", { class: "item-name" }, item.name, el("span", { class: "item-meta", text: meta })))));
    }
  }

  // ------------------------------------------------------------------ as of, and the timeline

  const SOURCE_DAYS = `{ sources(first: 500) { publishedOn } }`;

  async function loadAsOfDays() {
    const select = $("as-of");
    let days = [];
    try {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", ...headers() },
        body: JSON.stringify({ query: SOURCE_DAYS }),
      });
      const body = await readJSON(response);
      days = [...new Set(((body.data && body.data.sources) || []).map((s) => s.publishedOn).filter(Boolean))].sort();
    } catch (_) {
      days = [];
    }
    if (state.asOf && !days.includes(state.asOf)) days = [...days, state.asOf].sort();
    select.replaceChildren(el("option", { value: "", text: "Today: every source" }),
      ...days.map((day) => el("option", { value: day, text: day })));
    select.value = state.asOf;
    select.onchange = () => {
      state.asOf = select.value;
      redraw();
    };
  }

  function highlightEntry(ids, button) {
    for (const other of document.querySelectorAll("#timeline button[aria-pressed]")) other.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    let drawn = cy.collection();
    for (const id of ids) drawn = drawn.union(cy.getElementById(id));
    cy.elements().unselect();
    if (drawn.empty()) {
      clearHighlight();
      $("timeline-status").textContent = "None of this entry's nodes is in the drawing: raise the depth to see them.";
      return;
    }
    cy.elements().addClass("faded");
    drawn.union(drawn.edgesWith(drawn)).removeClass("faded");
    drawn.select();
    $("timeline-status").textContent = `In the drawing: ${drawn.map((n) => n.data("label")).join(", ")}`;
  }

  async function loadTimeline() {
    const list = $("timeline");
    const status = $("timeline-status");
    const chosen = [...state.countries];
    $("timeline-who").textContent = chosen.length ? chosen.map((c) => state.countryNames.get(c) || c).join(", ") : "the chosen countries";
    list.replaceChildren();
    if (!chosen.length) {
      status.textContent = "Choose countries to see what happened, day by day.";
      return;
    }
    status.textContent = "Loading…";
    const asked = `${new URLSearchParams({ focus: chosen.join(",") })}${asOfQuery()}`;
    let body;
    try {
      body = await getJSON(`/api/v1/timeline?${asked}`);
    } catch (error) {
      status.textContent = `Could not load the timeline: ${error.message}`;
      return;
    }
    if (asked !== `${new URLSearchParams({ focus: [...state.countries].join(",") })}${asOfQuery()}`) return; // the choice changed meanwhile
    status.textContent = body.entries.length
      ? `${body.totalCount} dated entr${body.totalCount === 1 ? "y" : "ies"}, oldest first${body.nextCursor ? ` (the first ${body.entries.length})` : ""}`
      : "No dated entry involves every chosen country.";
    for (const entry of body.entries) {
      const ids = [entry.initiative && entry.initiative.id, entry.event && entry.event.id, ...entry.actors.map((a) => a.id)].filter(Boolean);
      const basis = entry.dateBasis === "STATED" ? "date stated" : "date inferred";
      const source = entry.citation.source;
      list.append(el("li", {}, el("button", {
        type: "button", "aria-pressed": "false", "data-on": entry.on, "data-ids": ids.join(" "),
        title: entry.dateNote || basis,
        onclick: (event) => highlightEntry(ids, event.currentTarget),
      },
      el("span", { class: "when" }, `${entry.on} · `, el("span", { class: "kind", text: entry.kind.replace(/_/g, " ").toLowerCase() }), ` · ${basis}`),
      el("span", { class: "item-name", text: entry.summary }),
      el("q", { text: entry.citation.quote }),
      el("span", { class: "from", text: `— ${source.title || source.id}${source.publishedOn ? `, ${source.publishedOn}` : ""}` }))));
    }
  }

  function redraw() {
    writeHash();
    drawNetwork();
    loadInitiatives();
    loadTimeline();
  }

  // ------------------------------------------------------------------ side panel

  function openPanel(title, type, returnTo) {
    const panel = $("panel");
    state.returnFocus = returnTo || document.activeElement;
    $("panel-title").textContent = title;
    $("panel-type").replaceChildren(...(type ? [dot(type), typeName(type)] : []));
    panel.hidden = false;
    panel.focus();
    return $("panel-body");
  }

  function closePanel() {
    const panel = $("panel");
    if (panel.hidden) return;
    panel.hidden = true;
    delete panel.dataset.nodeId;
    clearHighlight();
    for (const button of document.querySelectorAll('[aria-current="true"]')) button.removeAttribute("aria-current");
    if (state.returnFocus && document.contains(state.returnFocus)) state.returnFocus.focus();
    state.returnFocus = null;
  }

  function markCurrent(id) {
    for (const button of document.querySelectorAll(".item-list button[data-id]")) {
      if (button.dataset.id === id) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
  }

  function formatValue(key, value, props) {
    if (Array.isArray(value)) return value.join(", ");
    if (key === "amount" && typeof value === "number") {
      const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: props.currency || "GBP", maximumFractionDigits: 0 }).format(value);
      return props.qualifier ? `${props.qualifier} ${money}` : money;
    }
    if (typeof value === "number") return value.toLocaleString("en-GB");
    return String(value).replace(/_/g, " ");
  }

  function shownProperties(props) {
    return Object.entries(props).filter(([key]) => {
      if (key === "title") return Boolean(props.name); // without a name, the title is the heading
      if ((key === "currency" || key === "qualifier") && "amount" in props) return false; // in the amount
      return !HIDDEN_PROPERTIES.has(key);
    });
  }

  function citationFigure(quote, sourceTitle, sourceId) {
    return el("figure", { class: "citation" },
      el("blockquote", { text: quote }),
      el("figcaption", { text: `— ${sourceTitle || sourceId}` }));
  }

  async function openNode(id, returnTo) {
    highlight(id);
    markCurrent(id);
    $("panel").dataset.nodeId = id;
    const body = openPanel("Loading…", null, returnTo);
    body.replaceChildren();
    reveal(id);
    let details;
    try {
      details = await getJSON(`/api/v1/nodes/${encodeURIComponent(id)}`);
    } catch (error) {
      $("panel-title").textContent = error.status === 404 ? "Not found" : "Could not load";
      body.replaceChildren(el("p", { class: "error", text: error.message }));
      return;
    }
    if ($("panel").dataset.nodeId !== id) return; // another node was opened meanwhile
    const { node, neighbours, citations } = details;
    const props = node.properties;
    $("panel-title").textContent = node.label;
    $("panel-type").replaceChildren(dot(node.type), typeName(node.type));

    const summary = props.summary || props.text;
    if (summary) body.append(el("p", { class: "summary", text: summary }));
    const rows = shownProperties(props);
    if (rows.length) {
      const dl = el("dl", { class: "props" });
      for (const [key, value] of rows) dl.append(el("dt", { text: key.replace(/([A-Z])/g, " $1").toLowerCase() }), el("dd", { text: formatValue(key, value, props) }));
      body.append(dl);
    }

    body.append(el("h3", { text: `Citations (${citations.length})` }));
    if (!citations.length) body.append(el("p", { class: "muted", text: "No quote evidences this node." }));
    for (const c of citations) body.append(citationFigure(c.quote, c.source_title, c.source_id));

    body.append(el("h3", { text: `Connections (${neighbours.length})` }));
    const list = el("ul", { class: "neighbours" });
    for (const n of neighbours) {
      const relation = n.role ? `${n.type.replace(/_/g, " ").toLowerCase()} · ${n.role}` : n.type.replace(/_/g, " ").toLowerCase();
      const arrow = n.direction === "out" ? "→" : "←";
      list.append(el("li", {},
        el("span", { class: "rel", text: `${arrow} ${relation}` }),
        el("button", { type: "button", onclick: () => openNode(n.node.id, state.returnFocus) }, dot(n.node.type), el("span", { class: "item-name", text: n.node.label })),
        n.edge.properties.quote ? el("q", { text: n.edge.properties.quote }) : null));
    }
    body.append(list);

    if (cy && cy.getElementById(id).empty() && node.type !== "Source") {
      body.append(el("p", { class: "muted", text: "This node is not in the drawn network: raise the depth or choose other countries to see it." }));
    }
  }

  function openEdge(data) {
    highlight(data.source);
    cy.getElementById(data.id).select();
    const from = cy.getElementById(data.source).data("label") || data.source;
    const to = cy.getElementById(data.target).data("label") || data.target;
    const body = openPanel(`${from} → ${to}`, null, null);
    $("panel").dataset.nodeId = "";
    $("panel-type").textContent = data.role ? `${data.type.replace(/_/g, " ")} · ${data.role}` : data.type.replace(/_/g, " ");
    body.replaceChildren();
    body.append(el("h3", { text: "Citation" }));
    if (data.properties.quote) body.append(citationFigure(data.properties.quote, null, data.properties.source));
    body.append(el("div", { class: "panel-actions" },
      el("button", { type: "button", onclick: () => openNode(data.source, null) }, `Open ${shorten(from, 30)}`),
      el("button", { type: "button", onclick: () => openNode(data.target, null) }, `Open ${shorten(to, 30)}`)));
  }

  // ------------------------------------------------------------------ search

  function setupSearch() {
    const form = $("search");
    const box = $("search-results");
    const input = $("search-input");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const q = input.value.trim();
      if (!q) return;
      box.hidden = false;
      $("search-status").textContent = "Searching…";
      $("search-list").replaceChildren();
      let body;
      try {
        body = await getJSON(`/api/v1/search?${new URLSearchParams({ q, first: "12" })}`);
      } catch (error) {
        $("search-status").textContent = `Search failed: ${error.message}`;
        return;
      }
      $("search-status").textContent = body.hits.length ? `${body.hits.length} result${body.hits.length === 1 ? "" : "s"} for “${q}”` : `Nothing matches “${q}”.`;
      for (const hit of body.hits) {
        $("search-list").append(el("li", {}, el("button", {
          type: "button",
          onclick: () => {
            box.hidden = true;
            openNode(hit.id, input);
          },
        }, dot(hit.type), el("span", { class: "item-name" },
          hit.field === "name" ? snippet(hit.snippet, "item-label") : el("span", { class: "item-label", text: hit.label }),
          hit.snippet && hit.field !== "name" ? snippet(hit.snippet, "item-snippet") : null,
          el("span", { class: "item-meta", text: hit.field && hit.field !== "name" ? `${typeName(hit.type)} · matched in ${hit.field}` : typeName(hit.type) })))));
      }
      const first = $("search-list").querySelector("button");
      if (first) first.focus();
    });
    document.addEventListener("click", (event) => {
      if (!form.contains(event.target)) box.hidden = true;
    });
  }

  // ------------------------------------------------------------------ start

  function setupKeys() {
    $("panel-close").addEventListener("click", closePanel);
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      if (!$("search-results").hidden) {
        $("search-results").hidden = true;
        $("search-input").focus();
      } else {
        closePanel();
      }
    });
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      sessionStorage.setItem("commitgraph-key", $("key-input").value.trim());
      $("key-form").hidden = true;
      start();
    });
  }

  async function start() {
    await Promise.all([loadCountries(), loadAsOfDays()]);
    redraw();
  }

  document.addEventListener("DOMContentLoaded", () => {
    const initial = readHash();
    state.depth = initial.depth;
    state.asOf = initial.asOf;
    state.countries = new Set(initial.countries.length || location.hash ? initial.countries : ["GB"]);
    setupGraph();
    setupDepth();
    setupSearch();
    setupKeys();
    start();
  });
})();
