// The search page: Pagefind's search API (the `pagefind.js` of the index's first bundle) under a
// small UI of our own. A file, not an inline script, so the page's CSP can forbid inline code;
// the base URL comes from the page (the site may live under a path prefix).
//
// Why not Pagefind's own UI: it puts every value of every filter into the page as a checkbox, one
// insertion at a time. An archive names thousands of people, places and organizations; at 1,000
// BBC articles (7,000 names) the first search spent 2 s inserting them, at 10,000 articles (30,000
// names) 37 s, and the page froze meanwhile. Here a filter lists the values that count most in the
// current results, a few at a time, and a box finds any other by name.
//
// The index holds one document per story (src/site/search-documents.ts), split into shards
// (src/site/run-pagefind.ts) so a rebuild re-indexes only what changed: `pagefind/shards.json`
// lists them; the first is loaded and the others merged into it (Pagefind's mergeIndex), which
// merges their results by score and their filter counts.
//
// Everything shown comes from articles and is shown as text: titles and filter values through
// textContent, excerpts rebuilt from text nodes with only Pagefind's <mark> kept (markExcerpt).

/** Results shown at first, and added by each "More stories". */
const PAGE_SIZE = 10;
/** Values a filter lists at first, and adds with each "More". */
const VALUES_SHOWN = 8;
const VALUES_STEP = 24;
/** Filters in the order shown: the index's names (search-documents.ts) and their headings. */
const FILTERS = [
  { name: "topic", label: "Topics", find: "Find a topic" },
  { name: "entity", label: "People, places and organizations", find: "Find a name" },
  { name: "outlet", label: "Outlets", find: "Find an outlet" },
];
/** A file of the index that did not load: the connection dropped, or the site was replaced meanwhile. */
const FAILED = "The search failed: part of the index did not load. Reload the page to try again.";
/** Wait after the last key before searching: a search per keystroke would queue behind itself. */
const DEBOUNCE_MS = 200;

window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("search");
  if (element) void start(element);
});

async function start(element) {
  const base = element.dataset.baseUrl || "/";
  const ui = buildUi(element);
  const params = new URLSearchParams(window.location.search);
  // Filters chosen, by filter name: values as the index stores them (percent-encoded, see filterValue).
  const chosen = new Map(FILTERS.map((filter) => [filter.name, new Set(params.getAll(filter.name).map(encodeValue))]));
  ui.input.value = params.get("q") ?? "";
  ui.input.focus();

  const pagefind = await loadIndex(base, ui);
  if (!pagefind) return;

  let latest = 0;
  let timer;
  let shown = PAGE_SIZE;
  let results = [];
  const run = async () => {
    const term = ui.input.value.trim();
    const filters = Object.fromEntries(
      [...chosen].filter(([, values]) => values.size > 0).map(([n, v]) => [n, [...v]]),
    );
    rememberInUrl(term, chosen);
    const search = ++latest;
    if (!term && Object.keys(filters).length === 0) {
      ui.clear();
      return;
    }
    ui.status.textContent = "Searching…";
    try {
      const found = await pagefind.search(term || null, { filters });
      // A later search has started meanwhile: its answer is the one to show.
      if (search !== latest) return;
      results = found.results;
      shown = PAGE_SIZE;
      ui.facets.update(found.filters, chosen);
      await ui.showResults(results.slice(0, shown), base, () => search === latest);
      if (search !== latest) return;
      ui.more.hidden = results.length <= shown;
      // Last, once the list shows them: a screen reader announces the count of what is there.
      ui.status.textContent = describe(results.length, term, chosen);
    } catch {
      if (search === latest) ui.status.textContent = FAILED;
    }
  };
  ui.input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  ui.facets.onChange = (name, value, on) => {
    if (on) chosen.get(name).add(value);
    else chosen.get(name).delete(value);
    void run();
  };
  ui.more.addEventListener("click", async () => {
    const search = latest;
    const from = shown;
    shown += PAGE_SIZE;
    try {
      await ui.addResults(results.slice(from, shown), base, () => search === latest);
      ui.more.hidden = results.length <= shown;
    } catch {
      if (search === latest) ui.status.textContent = FAILED;
    }
  });
  if (ui.input.value || chosenCount(chosen) > 0) void run();
}

/** Pagefind with every shard merged, or undefined (and a message with other ways in) when the index cannot load. */
async function loadIndex(base, ui) {
  ui.status.textContent = "Loading the search index…";
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    const bundles = response.ok ? ((await response.json()).bundles ?? []) : [];
    if (bundles.length === 0) throw new Error("no bundles");
    const [first, ...others] = bundles.map((bundle) => `${base}pagefind/${bundle}/`);
    const pagefind = await import(`${first}pagefind.js`);
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    // All shards at once, once the first is in (before that, each merge polls for it every 50 ms).
    // One after another, each shard's two files cost two round trips in turn: with 16 shards the
    // page was ready in 3.4 s at 50 ms of latency and 5.5 s at 100 ms; at once, 1.9 s and 2.7 s.
    await pagefind.init();
    await Promise.all(others.map((bundlePath) => pagefind.mergeIndex(bundlePath, { baseUrl: base })));
    // Loads the filters' values, which a search then counts (without this, it counts none).
    await pagefind.filters();
    ui.status.textContent = "";
    return pagefind;
  } catch {
    // The other ways in, as the page offers them when scripts are off.
    const link = (path, text) => make("a", { href: `${base}${path}`, textContent: text });
    ui.status.replaceChildren(
      "The search index is missing. Browse by ",
      link("topics/", "topic"),
      ", ",
      link("entities/", "people and places"),
      " or the ",
      link("archive/", "archive"),
      " instead.",
    );
    ui.form.hidden = true;
    return undefined;
  }
}

/** The page's parts: the form, the status line, the filters and the result list. */
function buildUi(element) {
  const form = make("form", { className: "search-form", role: "search" });
  const label = make("label", { htmlFor: "search-input", textContent: "Search the stories and their articles" });
  const input = make("input", { id: "search-input", type: "search", autocomplete: "off", spellcheck: false });
  form.append(label, input);
  const status = make("p", { className: "search-status", role: "status" });
  const list = make("ol", { className: "search-results" });
  const more = make("button", { type: "button", className: "search-more", textContent: "More stories", hidden: true });
  const facets = buildFacets();
  const results = make("div", { className: "search-main" });
  results.append(status, list, more);
  const layout = make("div", { className: "search-layout" });
  // Filters first: on a phone they sit folded above the results (one tap away, not ten results
  // down); on a wide screen the stylesheet puts them beside the results, open.
  layout.append(facets.element, results);
  element.append(form, layout);

  /** The list items of a page of results, their data loaded; undefined once another search has begun. */
  const resultItems = async (page, base, current) => {
    const data = await Promise.all(page.map((result) => result.data()));
    return current() ? data.map((result) => resultItem(result, base)) : undefined;
  };
  return {
    form,
    input,
    status,
    more,
    facets,
    async addResults(page, base, current) {
      const items = await resultItems(page, base, current);
      if (!items) return;
      list.append(...items);
      // To the first story added, where reading goes on ("More stories" may be gone now).
      items[0]?.querySelector("a")?.focus();
    },
    async showResults(page, base, current) {
      const items = await resultItems(page, base, current);
      if (items) list.replaceChildren(...items);
    },
    clear() {
      status.textContent = "";
      list.replaceChildren();
      more.hidden = true;
      facets.update({}, new Map());
    },
  };
}

/**
 * One result: the story's headline, and its articles that match (Pagefind's sub-results), each
 * with its excerpt; the story's own excerpt where no article is listed. Both at once said the
 * same words twice: the story's excerpt comes from its articles' text, mostly the very passage
 * one of them shows.
 */
function resultItem(result, base) {
  const item = make("li", { className: "search-result" });
  const heading = make("h2");
  heading.append(make("a", { href: result.url, textContent: result.meta?.title || result.url }));
  item.append(heading);
  // A sub-result with an anchor is one of the story's articles (`#article-<id>` on the story page):
  // its link opens the article's own page. Without one it is the story's text before any article.
  const articles = (result.sub_results ?? []).filter((sub) => sub.anchor).slice(0, 3);
  if (articles.length === 0) item.append(markExcerpt(result.excerpt, "search-excerpt"));
  else {
    const subs = make("ul", { className: "search-articles" });
    for (const sub of articles) {
      const match = /#article-([^#/?]+)$/.exec(sub.url || "");
      const li = make("li");
      li.append(
        make("a", { href: match ? `${base}articles/${match[1]}/` : sub.url, textContent: sub.title }),
        markExcerpt(sub.excerpt, "search-excerpt"),
      );
      subs.append(li);
    }
    item.append(subs);
  }
  return item;
}

/**
 * Pagefind's excerpt (text with the matched words in <mark>) as a paragraph of text nodes and
 * <mark> elements only. Parsed in an inert document (no scripts run, nothing loads), then rebuilt:
 * whatever else the text holds is shown as the text it is.
 */
function markExcerpt(excerpt, className) {
  const paragraph = make("p", { className });
  const parsed = new DOMParser().parseFromString(`<body>${excerpt ?? ""}`, "text/html").body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === "MARK") paragraph.append(make("mark", { textContent: node.textContent }));
    else paragraph.append(document.createTextNode(node.textContent ?? ""));
  }
  return paragraph;
}

/**
 * The filters: per filter, the values of the current results by how many results have them (the
 * chosen ones first), a few at a time, and a box that finds any value by name.
 */
function buildFacets() {
  const element = make("details", { className: "search-facets", hidden: true });
  element.open = window.matchMedia("(min-width: 56rem)").matches;
  const title = make("summary", { className: "search-facets-title", textContent: "Filter the results" });
  element.append(title);
  const facets = FILTERS.map((filter) => {
    const fieldset = make("fieldset", { className: "search-facet" });
    const legend = make("legend", { textContent: filter.label });
    const find = make("input", { type: "search", className: "search-facet-find", autocomplete: "off" });
    find.setAttribute("aria-label", filter.find);
    find.placeholder = `${filter.find}…`;
    const values = make("ul", { className: "search-facet-values" });
    const more = make("button", { type: "button", className: "search-facet-more", hidden: true });
    fieldset.append(legend, find, values, more);
    element.append(fieldset);
    return { filter, fieldset, find, values, more, limit: VALUES_SHOWN, counts: {}, chosen: new Set() };
  });
  const api = {
    element,
    /** Called with (filter name, value as indexed, checked) when a box is ticked or cleared. */
    onChange: () => {},
    update(counts, chosen) {
      for (const facet of facets) {
        facet.counts = counts[facet.filter.name] ?? {};
        facet.chosen = chosen.get(facet.filter.name) ?? new Set();
        render(facet);
      }
      element.hidden = facets.every((facet) => facet.fieldset.hidden);
      // Folded (on a phone), the title still says that filters are on.
      const on = chosenCount(chosen);
      title.textContent = on === 0 ? "Filter the results" : `Filter the results (${on} chosen)`;
    },
  };
  const render = (facet) => {
    const query = fold(facet.find.value.trim());
    const entries = Object.entries(facet.counts)
      .filter(([value, count]) => count > 0 && !facet.chosen.has(value))
      .map(([value, count]) => ({ value, count, name: decodeValue(value) }))
      .filter((entry) => !query || fold(entry.name).includes(query))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const chosen = [...facet.chosen].map((value) => ({
      value,
      count: facet.counts[value] ?? 0,
      name: decodeValue(value),
    }));
    const listed = [...chosen, ...entries.slice(0, facet.limit)];
    // The boxes are made anew: one that had the keyboard's focus (just ticked with Space) gives
    // it to its successor, or to the list, not to the page.
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && facet.values.contains(active) ? active.value : undefined;
    facet.values.replaceChildren(...listed.map((entry) => valueItem(facet, entry)));
    if (focused !== undefined) {
      const boxes = [...facet.values.querySelectorAll("input")];
      (boxes.find((box) => box.value === focused) ?? boxes[0] ?? facet.find).focus();
    }
    const rest = entries.length - Math.min(entries.length, facet.limit);
    facet.more.hidden = rest === 0;
    facet.more.textContent = `More (${rest.toLocaleString("en")} not shown)`;
    // The box only where there are more values than shown at first, or a search in it to undo.
    facet.find.hidden = !query && Object.keys(facet.counts).length <= VALUES_SHOWN;
    facet.fieldset.hidden = listed.length === 0 && !query;
  };
  const valueItem = (facet, entry) => {
    const item = make("li");
    const label = make("label");
    const box = make("input", { type: "checkbox", value: entry.value, checked: facet.chosen.has(entry.value) });
    box.addEventListener("change", () => api.onChange(facet.filter.name, entry.value, box.checked));
    label.append(
      box,
      document.createTextNode(` ${entry.name} `),
      make("span", { className: "search-facet-count", textContent: `${entry.count}` }),
    );
    item.append(label);
    return item;
  };
  for (const facet of facets) {
    facet.find.addEventListener("input", () => {
      facet.limit = VALUES_SHOWN;
      render(facet);
    });
    facet.more.addEventListener("click", () => {
      const before = facet.values.children.length;
      facet.limit += VALUES_STEP;
      render(facet);
      // To the first value added, where reading goes on.
      facet.values.children[before]?.querySelector("input")?.focus();
    });
  }
  return api;
}

/** "12 stories for “harbour”", with the filters chosen. */
function describe(count, term, chosen) {
  const filters = chosenCount(chosen);
  const stories = count === 0 ? "No stories" : `${count.toLocaleString("en")} ${count === 1 ? "story" : "stories"}`;
  const what = term ? ` for “${term}”` : "";
  const narrowed = filters === 0 ? "" : ` with ${filters} ${filters === 1 ? "filter" : "filters"}`;
  return `${stories}${what}${narrowed}.`;
}

/** How many filter values are ticked, over all filters. */
const chosenCount = (chosen) => [...chosen.values()].reduce((sum, values) => sum + values.size, 0);

/** The search in the address bar (`?q=…&entity=…`), so that it can be bookmarked and shared. */
function rememberInUrl(term, chosen) {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const [name, values] of chosen) for (const value of values) params.append(name, decodeValue(value));
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
}

// The index stores filter values percent-encoded (src/site/search-documents.ts, filterValue): a
// value is shown decoded, as text, and one from the address bar encoded to match.
function decodeValue(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function encodeValue(name) {
  try {
    return encodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Lower case without accents, for finding "Śmigły" as "smigly". */
const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function make(tag, properties = {}) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === "role") element.setAttribute("role", value);
    else element[key] = value;
  }
  return element;
}
