// The browser editor at /admin/: Sveltia CMS with the configuration generated from the data
// definition (hooks/plan/cms_config.py → config.json) and a YAML format per schema line.
import CMS from '@sveltia/cms';
import { yamlFormat } from './yaml_format.js';

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
// named region.
const landmarks = () => {
  for (const bar of document.querySelectorAll('.toolbar-wrapper:not([role=banner])')) bar.setAttribute('role', 'banner');
  for (const editor of document.querySelectorAll('.content-editor[role=group]')) {
    if (editor.hasAttribute('aria-label') || editor.hasAttribute('aria-labelledby')) editor.setAttribute('role', 'region');
  }
};
new MutationObserver(landmarks).observe(document.body, { childList: true, subtree: true });

// Sveltia asks githubstatus.com every five minutes whether GitHub is up. The editor loads nothing
// from another host, so that question is answered here (the GitHub backend works the same).
const STATUS_HOST = 'https://www.githubstatus.com/';
const siteFetch = window.fetch.bind(window);
window.fetch = (input, init) => String(input?.url ?? input).startsWith(STATUS_HOST)
  ? Promise.resolve(new Response('{"status":{"indicator":"none"}}', { headers: { 'Content-Type': 'application/json' } }))
  : siteFetch(input, init);

const { cms, schema_lines: schemaLines, preserved } = await (await fetch(new URL('config.json', import.meta.url))).json();
for (const [name, line] of Object.entries(schemaLines)) {
  CMS.registerCustomFormat(name, 'yml', yamlFormat(line, preserved));
}
CMS.init({ config: cms });
