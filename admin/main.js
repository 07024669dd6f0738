// The browser editor at /admin/: Sveltia CMS with the configuration generated from the data
// definition (hooks/plan/outputs/cms_config.py → config.json) and a YAML format per schema line.
import CMS from '@sveltia/cms';
import { yamlFormat } from './yaml_format.js';
import { areaSummary } from './area_summary.js';
import './editor.css';

// Sveltia sets maximum-scale=1, which blocks pinch zoom (WCAG 1.4.4): let the reader zoom.
const VIEWPORT = 'width=device-width, initial-scale=1, interactive-widget=resizes-content';
const zoomable = () => {
  for (const meta of document.head.querySelectorAll('meta[name="viewport"]')) {
    if (meta.content !== VIEWPORT) meta.content = VIEWPORT;
  }
};
new MutationObserver(zoomable).observe(document.head, { childList: true, subtree: true, attributes: true });

// Sveltia's global toolbar and its editor are outside any landmark (axe: region), so a screen
// reader's landmark list skips them (WCAG 1.3.1, 2.4.1): the toolbar is the banner, the editor a
// named region. The content library's wrapper is a group named "Sisältökirjasto" around the
// collection menu (nav) and the list (main): its name was the one thing outside every landmark,
// and a region there would put main inside another landmark. The menu and the list keep their names.
const landmarks = () => {
  for (const bar of document.querySelectorAll('.toolbar-wrapper:not([role=banner])')) bar.setAttribute('role', 'banner');
  for (const editor of document.querySelectorAll('.content-editor[role=group]')) {
    if (editor.hasAttribute('aria-label') || editor.hasAttribute('aria-labelledby')) editor.setAttribute('role', 'region');
  }
  for (const wrapper of document.querySelectorAll('#page-container[role=group]:has(> * main)')) {
    wrapper.setAttribute('role', 'none');
    wrapper.removeAttribute('aria-label');
  }
};

// The first screen (sign-in) is outside any landmark: its box is the main landmark while no other
// main exists (WCAG 1.3.1, 2.4.1). Sveltia sets <html lang> to its interface's language (en-US in
// an English browser), but the heading is our Finnish title: it is marked Finnish (WCAG 3.1.2).
const FINNISH_TITLE_LANG = 'fi';
const firstScreen = () => {
  for (const heading of document.querySelectorAll('.app-shell .container > .inner > h1:not([lang])')) {
    heading.setAttribute('lang', FINNISH_TITLE_LANG);
    const screen = heading.closest('.container[role=none]');
    if (screen && !document.querySelector('main, [role=main]')) screen.setAttribute('role', 'main');
  }
};

// The Swedish field of a text is in Swedish, the Finnish one in Finnish, whatever the interface's
// language: a screen reader reads each in its own voice, and the spelling check is the right one
// (WCAG 3.1.2).
const fieldLanguages = () => {
  for (const lang of ['fi', 'sv']) {
    const field = `[data-key-path$=".${lang}"]`;
    for (const el of document.querySelectorAll(`${field} > header h4:not([lang]), ${field} > .field-wrapper :is(textarea, input):not([lang])`)) {
      el.setAttribute('lang', lang);
    }
  }
};

// A list field's group is named by an id its summary does not have ("list-c52-summary" for
// "object-c53-summary"), so the group has no name and axe asks for review: name it by its summary.
const listNames = () => {
  for (const group of document.querySelectorAll('.sui.group[aria-labelledby]')) {
    const summary = group.querySelector(':scope > .inner > .toolbar .summary[id]');
    if (summary && !document.getElementById(group.getAttribute('aria-labelledby'))) {
      group.setAttribute('aria-labelledby', summary.id);
    }
  }
};

// Sveltia's popups (a select's options, a menu) are <dialog role="none" tabindex="-1">, which
// ARIA in HTML does not allow and which a focusable element cannot be (axe: aria-allowed-role,
// presentation-role-conflict): each is a dialog named as the control that opened it. The options'
// listbox inside is named by the select's label (axe: aria-input-field-name, WCAG 4.1.2); the
// select's outer box repeats that label on role="none", where it is not allowed.
const opener = popup => (popup.id && document.getElementById(popup.id.replace(/-popup$/, '')))
  || document.querySelector('[aria-haspopup][aria-expanded=true]');
// The name as text: a modal popup makes the rest of the page inert, and Chromium then names
// nothing by a label out there.
const nameOf = el => el && ((el.getAttribute('aria-labelledby') || '').split(' ')
  .map(id => document.getElementById(id)?.textContent.trim() ?? '').join(' ').trim() || el.getAttribute('aria-label'));
const popups = () => {
  for (const popup of document.querySelectorAll('dialog.popup[role=none]')) {
    const name = nameOf(opener(popup));
    if (!name) continue;
    popup.removeAttribute('role');
    popup.setAttribute('aria-label', name);
  }
  for (const combobox of document.querySelectorAll('[role=combobox][aria-labelledby][id]')) {
    const list = document.getElementById(combobox.getAttribute('aria-controls') || `${combobox.id}-listbox`);
    if (list?.matches('[role=listbox]:not([aria-labelledby]):not([aria-label])')) list.setAttribute('aria-label', nameOf(combobox));
  }
  for (const box of document.querySelectorAll('.sui.select[role=none][aria-labelledby]:has(> [role=combobox][aria-labelledby])')) {
    box.removeAttribute('aria-labelledby');
    box.removeAttribute('aria-errormessage');
  }
  // A plain menu item with aria-checked (not allowed there, axe: aria-allowed-attr): a checked one
  // is a checkable item, the rest are actions.
  for (const item of document.querySelectorAll('[role=menuitem][aria-checked]')) {
    if (item.getAttribute('aria-checked') === 'true') item.setAttribute('role', 'menuitemcheckbox');
    else item.removeAttribute('aria-checked');
  }
};

// In a select's popup the arrow keys move a highlight (class "focused"; aria-selected is the
// current value) while focus stays in the filter box, which names no active option: a screen
// reader says nothing. The box points at the highlighted option (aria-activedescendant, WCAG 4.1.2).
const activeOption = () => {
  const box = document.activeElement;
  // (null, not false, when focus is elsewhere: `false?.matches(…)` threw a TypeError on every Tab)
  const list = box?.matches('[role=searchbox][aria-controls]') ? document.getElementById(box.getAttribute('aria-controls')) : null;
  if (!list?.matches('[role=listbox]')) return;
  const option = list.querySelector('[role=option].focused[id]');
  if (option) box.setAttribute('aria-activedescendant', option.id);
  else box.removeAttribute('aria-activedescendant');
};
document.addEventListener('keyup', activeOption, true);

// Nothing published disappears by one click (issue 26). config.json lists the published goals'
// ids of each area (data/julkaistut.yml): such an id is part of an address (/painopisteet/<area>/#<id>),
// so its field is read-only. Sveltia's `readonly` option holds for a field of every goal alike, and a
// new goal needs its id typed, so the lock is set here, per goal, on the id's input.
let published = {};
const openArea = () => decodeURIComponent(window.location.hash.match(/^#\/collections\/painopisteet\/entries\/([^/?#]+)/)?.[1] ?? '');
const GOAL_ID = /^tavoitteet\.(\d+)\.id$/;
const goalIdInputs = () => [...document.querySelectorAll('[data-key-path^="tavoitteet."][data-key-path$=".id"] input')]
  .filter(input => GOAL_ID.test(input.closest('[data-key-path]').dataset.keyPath));
const lockPublishedIds = () => {
  const ids = new Set(published[openArea()] ?? []);
  for (const input of goalIdInputs()) {
    if (!input.readOnly && ids.has(input.value)) {
      input.readOnly = true;
      input.setAttribute('aria-readonly', 'true');
    }
  }
};
// Checked again when an id field gets focus, before a key can reach it.
document.addEventListener('focusin', event => { if (event.target.matches?.('input')) lockPublishedIds(); }, true);

// Sveltia removes a list item at one click on its ✕, and has no option to ask first (0.221.1:
// `allow_remove` only hides the button, which would leave a withdrawal impossible in the form).
// A goal's ✕ asks first, in the form's language, and says what a published goal's removal needs.
let goalWords = {};
const removedGoal = button => {
  if (!button.matches('.item > .header > .end > button:not([aria-haspopup])')) return null;
  const item = button.closest('.item');
  if (item.parentElement.closest('[data-key-path]')?.dataset.keyPath !== 'tavoitteet') return null;
  const index = Number(item.querySelector(':scope > .header button[aria-controls]')?.getAttribute('aria-controls').match(/-item-(\d+)-body$/)?.[1]);
  return { item, index };
};
const askBeforeRemovingAGoal = event => {
  const button = event.target.closest?.('button');
  const goal = button && removedGoal(button);
  if (!goal) return;
  const { item, index } = goal;
  const title = (item.querySelector(':scope > .item-body .summary')?.textContent
    ?? item.querySelector(`[data-key-path="tavoitteet.${index}.tavoite.${formLanguage}"] textarea`)?.value ?? '').trim();
  const name = title ? `”${title}”` : goalWords.goal_n.replace('{n}', String(index + 1));
  // A collapsed goal shows no id: it is one the file had, published if its area has published goals.
  const id = item.querySelector(`[data-key-path="tavoitteet.${index}.id"] input`)?.value;
  const isPublished = id === undefined ? (published[openArea()] ?? []).length > 0 : (published[openArea()] ?? []).includes(id);
  const question = (isPublished ? goalWords.remove_published_goal : goalWords.remove_goal).replace('{goal}', name);
  if (!window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
};
// On the window in the capture phase: before Sveltia's own handler, wherever it listens.
window.addEventListener('click', askBeforeRemovingAGoal, true);

const repairs = () => { firstScreen(); landmarks(); fieldLanguages(); listNames(); popups(); lockPublishedIds(); };
new MutationObserver(repairs).observe(document.body, {
  childList: true, subtree: true, attributes: true,
  attributeFilter: ['role', 'aria-label', 'aria-labelledby', 'aria-checked', 'aria-expanded'],
});

// Sveltia asks githubstatus.com every five minutes whether GitHub is up. The editor loads nothing
// from another host, so that question is answered here (the GitHub backend works the same).
const STATUS_HOST = 'https://www.githubstatus.com/';
const siteFetch = window.fetch.bind(window);
window.fetch = (input, init) => String(input?.url ?? input).startsWith(STATUS_HOST)
  ? Promise.resolve(new Response('{"status":{"indicator":"none"}}', { headers: { 'Content-Type': 'application/json' } }))
  : siteFetch(input, init);

// The form's labels, help texts and choices are in the language Sveltia shows its own words in
// (config.json has the form in Finnish and Swedish): the language chosen in Sveltia's settings,
// else the browser's first language Sveltia has. Any language but Swedish gets the Finnish form.
const SVELTIA_LANGUAGES = ['ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'hr', 'it', 'ja',
  'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'uk', 'vi', 'zh'];
const interfaceLanguage = () => {
  let chosen;
  try {
    chosen = JSON.parse(localStorage.getItem('sveltia-cms.prefs') || '{}')?.locale;
  } catch { /* no saved choice */ }
  const browser = (navigator.languages?.length ? navigator.languages : [navigator.language])
    .map(lang => String(lang).toLowerCase().split('-')[0]);
  const lang = chosen && chosen !== 'auto' ? chosen.split('-')[0] : browser.find(l => SVELTIA_LANGUAGES.includes(l));
  return lang === 'sv' ? 'sv' : 'fi';
};
// A browser whose language changes while the editor is open gets the form in its new language.
window.addEventListener('languagechange', () => {
  if (interfaceLanguage() !== formLanguage) window.location.reload();
});

const formLanguage = interfaceLanguage();
const config = await (await fetch(new URL('config.json', import.meta.url))).json();
published = config.published;
goalWords = config.words.goal[formLanguage];
for (const [name, line] of Object.entries(config.schema_lines)) {
  // The area list shows each area's goals and reports (area_summary.js): a line only the area format reads.
  const summary = name === config.area_format
    ? { field: config.area_summary, of: data => areaSummary(data, config.words.area[formLanguage]) } : undefined;
  CMS.registerCustomFormat(name, 'yml', yamlFormat(line, config.preserved, undefined, summary));
}
CMS.init({ config: config.cms[formLanguage] });
