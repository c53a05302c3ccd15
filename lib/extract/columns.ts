/**
 * What a table's column names mean ("Role | Company | Dates | City", "School | Degree | Field"): shared by the
 * Himalayas adapter and the generic parser's experience tables.
 */
export type Column = 'title' | 'company' | 'dates' | 'start' | 'end' | 'place' | 'description' | 'institution' | 'degree' | 'field' | 'other';

const COLUMNS: Array<[RegExp, Column]> = [
  [/^(role|title|job title|position|job|role title)$/, 'title'],
  [/^(company|employer|organi[sz]ation|client|company name|employer name)$/, 'company'],
  [/^(period|dates?|when|duration|years?|time|tenure)$/, 'dates'],
  [/^(from|start|start date|since|started)$/, 'start'],
  [/^(to|end|end date|until|ended)$/, 'end'],
  [/^(location|place|city|where|based in)$/, 'place'],
  [/^(description|details|summary|highlights|responsibilities|what i did|achievements|notes)$/, 'description'],
  [/^(school|institution|university|college|school name)$/, 'institution'],
  [/^(degree|qualification|diploma|degree type)$/, 'degree'],
  [/^(field|field of study|major|subject|discipline|area of study)$/, 'field'],
];

/** The column a header cell names ("Job title:", "**Employer**", "Start-date"), else 'other'. */
export function columnOf(name: string): Column {
  const t = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, key] of COLUMNS) if (re.test(t)) return key;
  return 'other';
}
