// The app-bar customer search: "/" focuses it from anywhere (unless the user is already typing in a field), and Enter
// in it opens /customers?q=… with exactly the text in the box, with or without a live circuit.
(() => {
  if (window.portalSearchShortcut) return;
  window.portalSearchShortcut = true;
  const box = () => document.querySelector(".portal-search input");
  const go = (url) => (window.Blazor && typeof window.Blazor.navigateTo === "function" ? window.Blazor.navigateTo(url) : window.location.assign(url));
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.key === "Enter" && t instanceof HTMLInputElement && t === box()) {
      e.preventDefault();
      const q = t.value.trim();
      go(q.length === 0 ? "/customers" : "/customers?q=" + encodeURIComponent(q));
      return;
    }

    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    if (t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
    const input = box();
    if (!input) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
})();
