// newsfuse web page. Article text is untrusted: every piece of it reaches the page through
// textContent (the el() helper below); nothing here ever assigns innerHTML.
"use strict";

(function () {
  const state = { articles: [], brief: null, apiKey: "", timer: null, active: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, props, children) {
    const node = document.createElement(tag);
    const p = props || {};
    if (p.cls) node.className = p.cls;
    if (p.text !== undefined && p.text !== null) node.textContent = String(p.text);
    if (p.attrs) for (const [k, v] of Object.entries(p.attrs)) node.setAttribute(k, String(v));
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }

  function setStatus(text, kind) {
    const status = $("status");
    status.textContent = text;
    status.className = "status" + (kind ? " " + kind : "");
  }

  // ---- input -------------------------------------------------------------------------------

  function addArticle(article) {
    state.articles.push(article);
    renderArticleList();
  }

  function renderArticleList() {
    const list = $("article-list");
    list.replaceChildren();
    state.articles.forEach((article, index) => {
      const body = article.text || article.html || "";
      const words = body.split(/\s+/).filter(Boolean).length;
      const remove = el("button", { text: "remove", cls: "link", attrs: { type: "button" } });
      remove.addEventListener("click", () => {
        state.articles.splice(index, 1);
        renderArticleList();
      });
      list.appendChild(
        el("li", {}, [
          el("span", { cls: "name", text: article.path }),
          el("small", { text: ` ${article.html ? "HTML page" : "text"} · ${words} words ` }),
          remove,
        ]),
      );
    });
    $("run").disabled = state.articles.length === 0;
  }

  async function addFiles(files) {
    for (const file of Array.from(files)) {
      const content = await file.text();
      const isHtml = /\.html?$/i.test(file.name);
      addArticle(isHtml ? { path: file.name, html: content } : { path: file.name, text: content });
    }
    setStatus(`${state.articles.length} article(s) ready.`);
  }

  function wireInput() {
    $("files").addEventListener("change", (event) => {
      addFiles(event.target.files).catch((err) => setStatus("Could not read a file: " + err, "error"));
      event.target.value = "";
    });
    const zone = $("dropzone");
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      addFiles(event.dataTransfer.files).catch((err) => setStatus("Could not read a file: " + err, "error"));
    });
    $("add-paste").addEventListener("click", () => {
      const text = $("paste-text").value;
      if (!text.trim()) {
        setStatus("Paste some article text first.", "error");
        return;
      }
      addArticle({ path: `pasted-${state.articles.length + 1}`, text: text });
      $("paste-text").value = "";
      setStatus(`${state.articles.length} article(s) ready.`);
    });
    $("clear").addEventListener("click", () => {
      state.articles = [];
      renderArticleList();
      $("result").hidden = true;
      setStatus("");
    });
    $("run").addEventListener("click", runBrief);
    $("api-key").addEventListener("input", (event) => (state.apiKey = event.target.value));
  }

  // ---- talking to the server ---------------------------------------------------------------

  async function runBrief() {
    const words = parseInt($("words").value, 10);
    const body = { articles: state.articles };
    if (!Number.isNaN(words)) body.words = words;
    const headers = { "Content-Type": "application/json" };
    if (state.apiKey) headers["X-API-Key"] = state.apiKey;
    const started = performance.now();
    const count = state.articles.length;
    const tick = () => {
      const seconds = Math.round((performance.now() - started) / 1000);
      setStatus(`Reading, cleaning and analysing ${count} article(s)… ${seconds} s`, "busy");
    };
    tick();
    state.timer = setInterval(tick, 500);
    $("run").disabled = true;
    try {
      const response = await fetch("/api/brief?source_text=true", {
        method: "POST",
        headers: headers,
        body: JSON.stringify(body),
      });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) {
        if (response.status === 401) $("key-box").hidden = false;
        const detail = typeof data.detail === "string" ? data.detail : response.statusText;
        setStatus(`Error ${response.status}: ${detail}`, "error");
        return;
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      render(data);
      const skipped = data.skipped && data.skipped.length ? `, ${data.skipped.length} skipped` : "";
      setStatus(`Brief ready in ${seconds} s: ${data.sources.length} source(s)${skipped}.`, "done");
    } catch (err) {
      setStatus("Could not reach the server: " + err, "error");
    } finally {
      clearInterval(state.timer);
      $("run").disabled = state.articles.length === 0;
    }
  }

  async function checkAuth() {
    try {
      const health = await (await fetch("/health")).json();
      if (health.auth) $("key-box").hidden = false;
    } catch (err) {
      setStatus("The server does not answer /health: " + err, "error");
    }
  }

  // ---- finding a brief sentence in its source ----------------------------------------------

  // Whitespace collapsed, case and quote styles folded, with a map back to the original offsets.
  function normalise(text) {
    const chars = [];
    const map = [];
    let lastSpace = true;
    for (let i = 0; i < text.length; i++) {
      let ch = text[i];
      if (/\s/.test(ch)) {
        if (lastSpace) continue;
        ch = " ";
        lastSpace = true;
      } else {
        lastSpace = false;
        ch = ch.toLowerCase().replace(/[\u2018\u2019\u201b]/, "'").replace(/[\u201c\u201d\u201e]/, '"');
      }
      chars.push(ch);
      map.push(i);
    }
    return { text: chars.join(""), map: map };
  }

  function words(text) {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  // [start, end, exact] of the passage in `source` that `needle` was taken from, or null.
  function locate(source, needle) {
    const target = needle.trim();
    if (!target) return null;
    const exact = source.indexOf(target);
    if (exact >= 0) return [exact, exact + target.length, true];
    const s = normalise(source);
    const n = normalise(target).text.trim();
    const at = s.text.indexOf(n);
    if (at >= 0) return [s.map[at], s.map[at + n.length - 1] + 1, true];
    // Not verbatim (a quote variant, a cleaned dateline): the source sentence sharing most words.
    const want = new Set(words(target));
    let best = null;
    const sentence = /[^.!?\n]+(?:[.!?]+["\u201d\u2019']?|\n|$)/g;
    let match;
    while ((match = sentence.exec(source)) !== null) {
      if (!match[0].trim()) {
        sentence.lastIndex++;
        continue;
      }
      const have = new Set(words(match[0]));
      let shared = 0;
      for (const w of want) if (have.has(w)) shared++;
      const score = shared / Math.max(want.size, 1);
      if (!best || score > best.score) best = { score: score, start: match.index, end: match.index + match[0].length };
    }
    return best && best.score >= 0.3 ? [best.start, best.end, false] : null;
  }

  function sourceById(id) {
    return (state.brief && state.brief.sources.find((s) => s.id === id)) || null;
  }

  function sourceLabel(source) {
    const parts = [source.outlet, source.title, source.published].filter(Boolean);
    return parts.length ? parts.join(" — ") : source.path;
  }

  // Show one source in the viewer, with `passage` highlighted when it can be found.
  function showSource(id, passage) {
    const source = sourceById(id);
    if (!source) return;
    state.active = id;
    for (const tab of $("source-tabs").children) tab.classList.toggle("active", tab.dataset.source === id);
    $("viewer-label").textContent = `[${id.slice(1)}] ${sourceLabel(source)}`;
    const box = $("source-text");
    const text = source.text || "";
    const spot = passage ? locate(text, passage) : null;
    if (!spot) {
      box.replaceChildren(document.createTextNode(text));
      $("viewer-note").textContent = passage ? "This passage could not be found verbatim in the source." : "";
      box.scrollTop = 0;
      return;
    }
    const [start, end, exact] = spot;
    const mark = el("mark", { cls: exact ? "hit" : "hit approx", text: text.slice(start, end) });
    box.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    $("viewer-note").textContent = exact ? "" : "Closest passage (the brief's wording differs).";
    const top = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
    box.scrollTop = Math.max(0, top);
  }

  // ---- rendering the brief -----------------------------------------------------------------

  // `passages` (summary sentences): source id -> the sentence of that source that backs this one
  function citations(ids, passage, passages) {
    const span = el("span", { cls: "cites" });
    for (const id of ids || []) {
      const button = el("button", {
        cls: "cite",
        text: `[${id.slice(1)}]`,
        attrs: { type: "button", "data-source": id, title: "Show this passage in source " + id },
      });
      const show = () => {
        for (const other of document.querySelectorAll("button.cite.active")) other.classList.remove("active");
        button.classList.add("active");
        showSource(id, (passages && passages[id]) || passage);
      };
      button.addEventListener("mouseenter", show);
      button.addEventListener("focus", show);
      button.addEventListener("click", show);
      span.appendChild(button);
    }
    return span;
  }

  function section(title, cls) {
    const box = el("section", { cls: cls });
    box.appendChild(el("h3", { text: title }));
    return box;
  }

  const STATUS_LABEL = { corroborated: "Corroborated", single_source: "Only one source", disputed: "Disputed" };

  function renderFacts(facts) {
    const box = section("Facts", "facts");
    for (const status of ["corroborated", "disputed", "single_source"]) {
      const group = facts.filter((f) => f.status === status);
      if (!group.length) continue;
      box.appendChild(el("h4", { cls: "status " + status, text: `${STATUS_LABEL[status]} (${group.length})` }));
      box.appendChild(el("ul", {}, group.map((f) => el("li", { text: f.text + " " }, [citations(f.sources, f.text)]))));
    }
    return box;
  }

  function renderConflicts(conflicts) {
    const box = section("Where sources disagree", "conflicts");
    for (const conflict of conflicts) {
      box.appendChild(el("h4", { text: conflict.topic }));
      const claims = conflict.claims.map((c) =>
        el("div", { cls: "claim" }, [
          el("strong", { cls: "value", text: c.value }),
          el("p", { text: c.text + " " }, [citations(c.sources, c.text)]),
        ]),
      );
      box.appendChild(el("div", { cls: "claims" }, claims));
    }
    return box;
  }

  function renderQuotes(quotes) {
    const box = section("Quotes", "quotes");
    const items = quotes.map((q) => {
      const variants = (q.variants || []).map((v) =>
        el("div", { cls: "variant", text: `also reported as “${v.text}” ` }, [citations(v.sources, v.text)]),
      );
      return el("li", {}, [
        el("span", { cls: "speaker", text: q.speaker || "unattributed" }),
        el("q", { text: q.text }),
        citations(q.sources, q.text),
        ...variants,
      ]);
    });
    box.appendChild(el("ul", {}, items));
    return box;
  }

  function renderEntities(entities) {
    const box = section("Who and what", "entities");
    const items = entities.map((e) =>
      el("li", {}, [
        el("span", { cls: "entity", text: e.name }),
        el("small", { cls: "etype", text: e.type }),
        e.aliases && e.aliases.length ? el("small", { cls: "aliases", text: "also " + e.aliases.join(", ") }) : null,
        citations(e.sources, null),
      ]),
    );
    box.appendChild(el("ul", {}, items));
    return box;
  }

  function renderSources(sources, skipped) {
    const box = section("Sources", "sources");
    const items = sources.map((s) => {
      const removed = s.removed || [];
      const details = el("details", { cls: "removed" }, [
        el("summary", { text: `${removed.length} line(s) removed` }),
        el(
          "ul",
          {},
          removed.map((r) => el("li", {}, [el("span", { cls: "reason " + r.reason, text: r.reason }), el("span", { text: " " + r.text })])),
        ),
      ]);
      const show = el("button", { cls: "link", text: "show text", attrs: { type: "button" } });
      show.addEventListener("click", () => showSource(s.id, null));
      return el("li", { attrs: { id: "source-" + s.id } }, [
        el("strong", { text: `[${s.id.slice(1)}] ` }),
        el("span", { text: sourceLabel(s) }),
        s.copy_of ? el("em", { cls: "copy", text: ` republishes [${s.copy_of.slice(1)}]` }) : null,
        el("br"),
        el("small", { text: `${s.path} · ${s.words} words · ` }),
        show,
        details,
      ]);
    });
    box.appendChild(el("ol", { cls: "source-list" }, items));
    if (skipped && skipped.length) {
      box.appendChild(el("h4", { text: "Skipped inputs" }));
      box.appendChild(el("ul", {}, skipped.map((k) => el("li", { text: `${k.path}: ${k.reason}` }))));
    }
    return box;
  }

  function render(brief) {
    state.brief = brief;
    const root = $("brief");
    root.replaceChildren();
    root.appendChild(el("h2", { cls: "title", text: brief.title }));
    const summary = section("Summary", "summary");
    summary.appendChild(
      el("ol", {}, (brief.summary || []).map((s) => el("li", { cls: "sentence", text: s.text + " " }, [citations(s.sources, s.text, s.passages)]))),
    );
    root.appendChild(summary);
    if (brief.facts && brief.facts.length) root.appendChild(renderFacts(brief.facts));
    if (brief.conflicts && brief.conflicts.length) root.appendChild(renderConflicts(brief.conflicts));
    if (brief.quotes && brief.quotes.length) root.appendChild(renderQuotes(brief.quotes));
    if (brief.entities && brief.entities.length) root.appendChild(renderEntities(brief.entities));
    root.appendChild(renderSources(brief.sources || [], brief.skipped));

    const tabs = $("source-tabs");
    tabs.replaceChildren();
    for (const s of brief.sources || []) {
      const tab = el("button", { cls: "tab", text: s.id.slice(1), attrs: { type: "button", title: sourceLabel(s) } });
      tab.dataset.source = s.id;
      tab.addEventListener("click", () => showSource(s.id, null));
      tabs.appendChild(tab);
    }
    $("result").hidden = false;
    const first = (brief.summary || [])[0];
    if (first && first.sources.length) showSource(first.sources[0], first.text);
    else if (brief.sources && brief.sources.length) showSource(brief.sources[0].id, null);
  }

  // A small hook for tests and embedding: render a brief object already fetched elsewhere.
  window.newsfuse = { render: render, locate: locate };

  document.addEventListener("DOMContentLoaded", () => {
    wireInput();
    checkAuth();
  });
})();
