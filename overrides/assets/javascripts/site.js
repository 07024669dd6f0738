// The site's own controls, in place of Material's JavaScript (issue 12): the theme button, the
// menu button and search, as WAI-ARIA APG button and disclosure patterns over pages that work
// without JavaScript. The markup is in overrides/partials/header.html, nav.html and search.html;
// each control is `hidden` there and shown here, so a page without JavaScript offers none of them.
// The menu drawer and the search panel close when focus moves elsewhere and on Escape anywhere
// (tests/a11y/test_focus_in_panels.py).
(() => {
  "use strict";
  const body = document.body;
  const one = (selector, root = document) => root.querySelector(selector);
  const panels = []; // the menu drawer and the search panel: {button, panel, isOpen, close(focusButton)}

  // --- Theme: one toggle button, its state in aria-pressed (4.1.2), remembered across pages. ---
  // The scheme itself was applied before the first paint by the inline script in main.html.
  const THEME_KEY = "theme";
  const themeButton = one(".theme-toggle");
  const isDark = () => body.getAttribute("data-md-color-scheme") === "slate";
  const setTheme = (dark) => {
    body.setAttribute("data-md-color-scheme", dark ? "slate" : "default");
    themeButton.setAttribute("aria-pressed", String(dark));
  };
  if (themeButton) {
    setTheme(isDark());
    themeButton.hidden = false;
    themeButton.addEventListener("click", () => {
      setTheme(!isDark());
      try {
        localStorage.setItem(THEME_KEY, isDark() ? "dark" : "light");
      } catch {
        // Storage refused (private mode): the choice holds for this page only.
      }
    });
  }

  // --- Menu: below 76.25em the site menu is a drawer behind a disclosure button. ---
  const menuButton = one(".site-menu-toggle");
  const drawer = document.getElementById("__site-nav");
  const overlay = one(".site-menu__overlay");
  const closeButton = one(".site-menu__close");
  const wide = matchMedia("(min-width: 76.25em)");
  const menuOpen = () => menuButton.getAttribute("aria-expanded") === "true";
  const setMenu = (open, focusButton = false) => {
    menuButton.setAttribute("aria-expanded", String(open));
    body.classList.toggle("site-menu--open", open);
    overlay.hidden = !open;
    if (open) {
      one("a[href]", drawer)?.focus();
    } else if (focusButton) {
      menuButton.focus();
    }
  };
  if (menuButton && drawer) {
    menuButton.hidden = false;
    closeButton.hidden = false;
    menuButton.addEventListener("click", () => {
      if (!menuOpen()) closeSearch(false);
      setMenu(!menuOpen());
    });
    closeButton.addEventListener("click", () => setMenu(false, true));
    overlay.addEventListener("click", () => setMenu(false, true));
    panels.push({ button: menuButton, panel: drawer, isOpen: menuOpen,
      close: (focusButton) => setMenu(false, focusButton) });
    wide.addEventListener("change", () => menuOpen() && setMenu(false));
  }

  // --- Search: a disclosure holding a search form, a polite live region and a list of links. ---
  const searchButton = one(".search-toggle");
  const panel = document.getElementById("__site-search");
  function closeSearch(focusButton) {
    if (!searchButton || panel.hidden) return;
    searchButton.setAttribute("aria-expanded", "false");
    panel.hidden = true;
    if (focusButton) searchButton.focus();
  }
  if (searchButton && panel) {
    const form = one("form", panel);
    const input = one("input", panel);
    const status = one(".site-search__status", panel);
    const list = one(".site-search__results", panel);
    const words = panel.dataset;
    const lang = document.documentElement.lang;
    const root = new URL(`${words.root || "."}/`, location.href);
    const SHOWN = 20;
    let pagefind = null;
    // The index of the page's <html lang>, fetched the first time search is opened.
    const loadIndex = () => {
      pagefind ??= import(new URL("pagefind/pagefind.js", root).href).then(async (module) => {
        await module.options({ baseUrl: root.pathname, excerptLength: 24 });
        await module.init();
        return module;
      });
      return pagefind;
    };
    const count = (n) => (n === 0 ? words.none : (n === 1 ? words.one : words.other)
      .replace("{n}", n.toLocaleString(lang)));
    // Pagefind's excerpt is HTML with <mark>s: only its text and its marks are kept.
    const excerptNodes = (html) => {
      const template = document.createElement("template");
      template.innerHTML = html;
      return [...template.content.childNodes].map((node) => {
        if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        return mark;
      });
    };
    const result = (data) => {
      const nodes = excerptNodes(data.excerpt || "");
      const found = [...new Set(nodes.filter((n) => n.nodeName === "MARK")
        .map((n) => n.textContent.replaceAll("\u00ad", "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
          .toLocaleLowerCase(lang))
        .filter(Boolean))];
      const url = new URL(data.url, location.href);
      if (found.length) url.searchParams.set("h", found.join(" "));
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = url.href;
      link.className = "site-search__link";
      // Headings carry soft hyphens for narrow screens (page_words.py); a result title needs none.
      link.textContent = (data.meta?.title || data.url).replaceAll("\u00ad", "");
      const excerpt = document.createElement("p");
      excerpt.className = "site-search__excerpt";
      excerpt.append(...nodes);
      item.append(link, excerpt);
      return item;
    };
    let latest = 0;
    const run = async (query) => {
      const mine = ++latest;
      if (!query.trim()) {
        list.replaceChildren();
        status.textContent = "";
        return;
      }
      let found;
      try {
        found = await (await loadIndex()).search(query);
      } catch {
        if (mine === latest) status.textContent = words.failed;
        return;
      }
      const shown = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== latest) return; // a newer query has been typed meanwhile
      list.replaceChildren(...shown.map(result));
      status.textContent = count(found.results.length);
    };
    let typing = 0;
    input.addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => run(input.value), 300);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(typing);
      run(input.value);
    });
    searchButton.hidden = false;
    searchButton.addEventListener("click", () => {
      if (!panel.hidden) return closeSearch(false);
      if (menuButton && menuOpen()) setMenu(false);
      searchButton.setAttribute("aria-expanded", "true");
      panel.hidden = false;
      input.focus();
      loadIndex().catch(() => {});
    });
    panels.push({ button: searchButton, panel, isOpen: () => !panel.hidden, close: closeSearch });
  }

  // --- Both panels are non-modal disclosures (WAI-ARIA APG), closed the same two ways. ---
  // Focus that moves anywhere but into the panel or onto its button (Tab past the last result,
  // Shift+Tab past the first stop, back into the page from the browser's toolbar) closes it,
  // so that nothing stays open over the element that now has focus (2.4.11).
  document.addEventListener("focusin", (event) => {
    for (const p of panels) {
      if (p.isOpen() && !p.panel.contains(event.target) && event.target !== p.button) p.close(false);
    }
  });
  // Escape closes whichever is open wherever focus is; focus that was in the panel, or on
  // nothing (text in it clicked), goes back to its button.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const here = document.activeElement;
    for (const p of panels) {
      if (!p.isOpen()) continue;
      event.preventDefault();
      p.close(!here || here === body || p.panel.contains(here));
    }
  });

  // --- A page opened from a search result marks the words that were found (?h=). ---
  const marked = new URLSearchParams(location.search).get("h");
  const article = document.getElementById("__main");
  // Each word, its letters escaped, may hold soft hyphens where headings have them (page_words.py).
  const escaped = (marked || "").split(/\s+/).filter(Boolean)
    .map((w) => [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\u00ad?"));
  if (escaped.length && article) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement.closest("svg, script, style, mark")
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    for (const text of texts) {
      const parts = [];
      let last = 0;
      for (const match of text.data.matchAll(pattern)) {
        parts.push(document.createTextNode(text.data.slice(last, match.index)));
        const mark = document.createElement("mark");
        mark.textContent = match[0];
        parts.push(mark);
        last = match.index + match[0].length;
      }
      if (parts.length) {
        parts.push(document.createTextNode(text.data.slice(last)));
        text.replaceWith(...parts);
      }
    }
  }
})();
