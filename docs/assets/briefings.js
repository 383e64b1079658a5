// Accessible names for two of Material's widgets that have none (axe-core:
// aria-dialog-name, aria-progressbar-name).  document$ fires on every page,
// instant navigation included.
(function () {
  function name(selector, label) {
    document.querySelectorAll(selector).forEach(function (el) {
      if (!el.hasAttribute("aria-label")) el.setAttribute("aria-label", label);
    });
  }
  function fix() {
    name('.md-search[role="dialog"]', "Search");
    name('.md-progress[role="progressbar"]', "Loading page");
  }
  if (typeof document$ !== "undefined") document$.subscribe(fix); else fix();
})();
