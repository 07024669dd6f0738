// The area list's line for each area (issue 26: where the goals and reports are, at a glance):
// "2 tavoitetta, 3 raporttia (viimeisin 1.12.2026)". Sveltia's summary template shows a field's
// value but cannot count, so the area format adds this line to the data it reads, under a key no
// field has (cms_config.AREA_SUMMARY), and leaves it out of what it saves (yaml_format.js).

const counted = (forms, n) => (n === 0 && forms.none ? forms.none : (n === 1 ? forms.one : forms.other)).replace('{n}', String(n));
// A report's date as the site writes it in both languages: 1.12.2026.
const shownDate = (iso) => {
  const [year, month, day] = String(iso).split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
};

/** The line for the area `data` (an area file as read) in the words of one language (config.json). */
export function areaSummary(data, words) {
  if (data?.tavoitteet_julkaistu === false) return words.area_no_goals;  // the plan gives it none
  const goals = Array.isArray(data?.tavoitteet) ? data.tavoitteet : [];
  const dates = goals.flatMap((goal) => (Array.isArray(goal?.raportit) ? goal.raportit : []))
    .map((report) => report?.paivamaara).filter(Boolean).map(String).sort();
  const values = { goals: counted(words.goals, goals.length), reports: counted(words.reports, dates.length) };
  const template = dates.length ? words.area_summary_latest : words.area_summary;
  return template.replace('{goals}', values.goals).replace('{reports}', values.reports)
    .replace('{date}', dates.length ? shownDate(dates.at(-1)) : '');
}
