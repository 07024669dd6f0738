// The data files' own YAML format for the browser editor: a save changes only what was edited.
// Sveltia CMS hands a format the whole entry as plain data; written out afresh it would lose the
// files' comments (source notes), quoting and line 1, the schema line the check requires. So each
// file's parsed document is kept, the saved data is merged into a copy of it node by node, and
// the schema line is put back if it is missing.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

const OPTIONS = { indentSeq: true, lineWidth: 0, minContentWidth: 0 };
const isEmpty = (v) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
  || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

// A new part (a new report, say) leaves out what is empty, as a person writing YAML would.
function pruned(value) {
  if (Array.isArray(value)) return value.map(pruned);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, pruned(v)]));
  }
  return value;
}

// `preserved`: the paths ("tavoitteet[].maaraaika") of fields whose shapes the form cannot show
// (cms_config.gaps()); the editor leaves them out of what it saves, so the file keeps them as written.
function merged(doc, node, value, path, preserved) {
  const at = (key) => (path ? `${path}.${key}` : String(key));
  if (value && typeof value === 'object' && !Array.isArray(value) && isMap(node)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      // `x: null` and `x: []` are what an empty field means: the editor leaves them out, the file keeps them.
      const empty = (isScalar(pair.value) && pair.value.value === null)
        || ((isSeq(pair.value) || isMap(pair.value)) && pair.value.items.length === 0);
      if (!(key in value) && !empty && !preserved.has(at(key)) && !preserved.has(path)) node.delete(key);
    }
    for (const [key, v] of Object.entries(value)) {
      if (node.has(key)) {
        const old = node.get(key, true);
        if (isEmpty(v) && ((isScalar(old) && old.value === null) || (old?.items && old.items.length === 0))) continue;
        node.set(key, merged(doc, old, v, at(key), preserved));
      } else if (!isEmpty(v) && v !== false) {  // false is every optional flag's default
        node.set(key, doc.createNode(pruned(v)));
      }
    }
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    value.forEach((v, i) => {
      if (i < node.items.length) node.items[i] = merged(doc, node.items[i], v, `${path}[]`, preserved);
      else node.items.push(doc.createNode(pruned(v)));
    });
    node.items.splice(value.length);
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    // A text area drops a block text's final line break: the same text, so the file keeps its `|`.
    const same = typeof node.value === 'string' && typeof value === 'string' && node.value.replace(/\n+$/, '') === value;
    if (node.value !== value && !same) node.value = value;
    return node;
  }
  return doc.createNode(pruned(value));
}

/** A format for the files whose line 1 is `schemaLine`; `key` tells the files of one folder apart.
 * `summary` ({field, of}): a line made of the data as read (area_summary.js), under a key no field
 * has, for the entry list; never saved. */
export function yamlFormat(schemaLine, preservedPaths = [], key = (data) => data?.id ?? '', summary = undefined) {
  const preserved = new Set(preservedPaths);
  const read = new Map();
  return {
    fromFile(text) {
      const doc = parseDocument(text);
      const data = doc.toJS();
      read.set(key(data), text);
      if (summary && data && typeof data === 'object') data[summary.field] = summary.of(data);
      return data;
    },
    toFile(value) {
      if (summary && value && summary.field in value) {
        value = { ...value };
        delete value[summary.field];
      }
      const doc = parseDocument(read.get(key(value)) ?? `${schemaLine}\n{}\n`);
      doc.contents = merged(doc, doc.contents, value, '', preserved);
      const text = doc.toString(OPTIONS);
      return text.startsWith(`${schemaLine}\n`) ? text : `${schemaLine}\n${text}`;
    },
  };
}
