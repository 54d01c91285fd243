// Starts Pagefind's search UI. A file, not an inline script, so the page's CSP can forbid inline
// code. The base URL comes from the page (the site may live under a path prefix).
window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  new PagefindUI({
    element: "#search",
    baseUrl: element.dataset.baseUrl || "/",
    showSubResults: true,
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
