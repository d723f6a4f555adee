// "/" focuses the app-bar customer search from anywhere, unless the user is already typing in a field.
(() => {
  if (window.portalSearchShortcut) return;
  window.portalSearchShortcut = true;
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
    const box = document.querySelector(".portal-search input");
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
})();
