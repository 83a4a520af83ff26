// The one inline script of every page (src/prerender/trunk.rs includes it,
// terser minifies it at build time, and the policy's hash is taken from the
// minified bytes). `ITPO_LOADER` is replaced by the page's settings:
//   wasm, glue, split: the app's files; chunks: the page's own wasm chunk and
//   the chunks it shares, on the pages that have one; draft: the join
//   draft's storage key; guard: how long (ms) a plain send blocks another;
//   stamp: the names of the join form's submission id and time inputs.
//
// It marks scripting on (so CSS can hide the no-script notes), defines what
// Leptos hydration expects, and fetches the app only after the page has
// loaded, so it never competes with first paint; then all its parts at once.
// If the app cannot start or dies later (a blocked or failed download, a
// panic, which in wasm is a `RuntimeError`), it swaps the body for a copy of
// itself: the page as shown, with none of the app's listeners, the answers
// typed and the focus kept, and the form a plain HTML form again. No copy is
// made up front: on a long page that costs main-thread time at load.
document.documentElement.classList.add("js");
window.__RESOLVED_RESOURCES = [];
window.__SERIALIZED_ERRORS = [];
window.__INCOMPLETE_CHUNKS = [];
(function (c) {
  var d = document, r = d.documentElement, failed = false;

  // The thank-you page: the answers have been sent, so the draft is cleared.
  if (r.hasAttribute("data-clear-draft")) {
    try { localStorage.removeItem(c.draft); } catch (e) {}
  }

  // A plain HTML send of the join form, before the app has started or after it
  // failed: stamped like the app's (submission id, time), the unticked box's
  // hidden `false` dropped when the box is ticked, and once on its way a second
  // click sends nothing more for `guard` ms.
  addEventListener("submit", function (e) {
    var f = e.target;
    if (!f.hasAttribute("data-plain") || r.getAttribute("data-app") === "started") return;
    var sent = +f.getAttribute("data-sending");
    if (sent && Date.now() - sent < c.guard) { e.preventDefault(); return; }
    var id = f.elements[c.stamp[0]], at = f.elements[c.stamp[1]];
    if (id && !id.value) id.value = uuid();
    if (at) at.value = new Date().toISOString();
    f.querySelectorAll("input[data-unchecked]").forEach(function (unticked) {
      var box = f.querySelector("input[type=checkbox][name=" + unticked.name + "]");
      unticked.disabled = !!(box && box.checked);
    });
    f.setAttribute("data-sending", Date.now());
  });

  // Back to a page kept in the browser's cache after a plain send: it may be sent again.
  addEventListener("pageshow", function (e) {
    if (e.persisted) d.querySelectorAll("[data-sending]").forEach(function (f) {
      f.removeAttribute("data-sending");
    });
  });

  // A random (version 4) UUID, as the app makes one.
  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16)), h = "";
    b[6] = b[6] & 15 | 64;
    b[8] = b[8] & 63 | 128;
    for (var i = 0; i < 16; i++) {
      h += (i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "") + (b[i] | 256).toString(16).slice(1);
    }
    return h;
  }

  function fail() {
    if (failed) return;
    failed = true;
    var live = d.body, page = live.cloneNode(true),
      focusable = "a[href],button,input,select,textarea,[tabindex]",
      focused = [].indexOf.call(live.querySelectorAll(focusable), d.activeElement);
    page.querySelectorAll("input,select,textarea").forEach(function (el) {
      var typed = el.id && d.getElementById(el.id);
      if (!typed) return;
      if (el.type === "checkbox" || el.type === "radio") el.checked = typed.checked;
      else el.value = typed.value;
    });
    // The form goes back to plain HTML: the browser checks it, and it sends
    // wherever it has an endpoint.
    page.querySelectorAll("form").forEach(function (f) {
      f.noValidate = false;
      f.querySelectorAll("button[type=submit]").forEach(function (b) {
        b.disabled = !f.getAttribute("action");
      });
    });
    // In-page links (the error summary's) would resolve against <base href> and leave the page.
    page.querySelectorAll("a[href^='#']").forEach(function (a) {
      a.setAttribute("href", location.pathname + location.search + a.getAttribute("href"));
    });
    r.classList.remove("js");
    r.setAttribute("data-app", "failed");
    live.replaceWith(page);
    var again = page.querySelectorAll(focusable)[focused];
    if (again) again.focus();
    // The app's links no longer navigate in place: the browser follows them.
    addEventListener("click", function (e) { e.stopImmediatePropagation(); }, true);
    var shown = location.pathname;
    addEventListener("popstate", function () {
      if (location.pathname !== shown) location.reload();
    });
  }

  function crashed(e) {
    if (e instanceof WebAssembly.RuntimeError) fail();
  }
  addEventListener("error", function (e) { crashed(e.error); });
  addEventListener("unhandledrejection", function (e) { crashed(e.reason); });

  addEventListener("load", function () {
    // Preloads that the splitter's later `fetch` of each chunk takes up.
    c.chunks.forEach(function (href) {
      var l = d.createElement("link");
      l.rel = "preload";
      l.as = "fetch";
      l.crossOrigin = "anonymous";
      l.href = href;
      d.head.appendChild(l);
    });
    var w = fetch(c.wasm);
    import(c.split).catch(fail);
    import(c.glue).then(function (m) {
      return m.default({ module_or_path: w });
    }).catch(fail);
  });
})(ITPO_LOADER);
