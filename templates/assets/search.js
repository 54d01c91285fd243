// Starts Pagefind's search UI. A file, not an inline script, so the page's CSP can forbid inline
// code. The base URL comes from the page (the site may live under a path prefix).
// The index holds one document per story (src/site/search-documents.ts), split into shards
// (src/site/run-pagefind.ts) so a rebuild re-indexes only what changed: `pagefind/shards.json` lists them; the UI loads
// the first and merges the others (Pagefind's mergeIndex), which merges their results by score and their filter counts.
window.addEventListener("DOMContentLoaded", async () => {
  const element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  const base = element.dataset.baseUrl || "/";
  let bundles = [];
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    if (response.ok) bundles = (await response.json()).bundles || [];
  } catch {
    // Falls through to the message below.
  }
  if (bundles.length === 0) {
    const note = document.createElement("p");
    note.textContent = "The search index is missing. Browse by topic, people and places or the archive instead.";
    element.append(note);
    return;
  }
  showFilterNames(element);
  const [first, ...others] = bundles.map((bundle) => `${base}pagefind/${bundle}/`);
  new PagefindUI({
    element: "#search",
    bundlePath: first,
    baseUrl: base,
    mergeIndex: others.map((bundlePath) => ({ bundlePath, baseUrl: base })),
    showSubResults: true,
    // A result is a story; its sub-results are its articles that match, whose sections the index
    // anchors as `#article-<id>` on the story page: open the article itself instead.
    processResult: (result) => {
      for (const sub of result.sub_results || []) {
        const match = /#article-([^#/?]+)$/.exec(sub.url || "");
        if (match) sub.url = `${base}articles/${match[1]}/`;
      }
      return result;
    },
    showImages: false,
    resetStyles: false,
    autofocus: true,
  });
  const params = new URLSearchParams(window.location.search);
  const query = params.get("q");
  const input = element.querySelector("input");
  if (query && input) {
    input.value = query;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
});

// The index stores filter values (outlet, entity and topic names) percent-encoded, because
// Pagefind's UI inserts them as markup (src/site/search-documents.ts, filterValue): show each
// label's value decoded, as text. A mutation observer runs before the page is painted, so the
// encoded form is never seen.
function showFilterNames(element) {
  const shown = new WeakSet();
  const decode = () => {
    for (const label of element.querySelectorAll(".pagefind-ui__filter-label")) {
      const value = label.firstChild;
      if (!value || value.nodeType !== Node.TEXT_NODE || shown.has(value)) continue;
      try {
        value.nodeValue = decodeURIComponent(value.nodeValue);
      } catch {
        // Not one of ours: leave it as it is (it is text either way).
      }
      shown.add(value);
    }
  };
  new MutationObserver(decode).observe(element, { childList: true, subtree: true });
}
