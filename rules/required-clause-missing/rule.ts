import { isBlank, readParties, REQUIRED_CLAUSES, titleFor, withOneBlank, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'required-clause-missing',
    category: 'structure',
    defaultSeverity: 'warning',
    title: 'Every term sheet states its core clauses',
    why:
      'Parties, asset, territory, field, financials, IP, governing law and confidentiality are what the definitive ' +
      'agreement is drafted from; a term sheet that leaves one out reopens it at the worst time, with a median ' +
      'cross-border deal cycle of 9 months already stretching to 12.',
    goodExample: 'license:\n  territory: [JP, KR]\n  field: all human therapeutic uses\ngoverning_law: Hong Kong\nconfidentiality: mutual, 5 years',
    exampleClausesApart: true,
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    for (const clause of REQUIRED_CLAUSES) {
      const entry = context.get(clause.path);
      if (entry && !isBlank(entry.value)) continue;
      // A sentence naming both parties ("The parties are … ("LSU") and Acme Bio, Inc. ("Company")") states them.
      if (clause.path === 'parties' && readParties(context.deal).stated) continue;
      const dot = clause.path.lastIndexOf('.');
      const parent = dot < 0 ? '' : clause.path.slice(0, dot);
      const key = clause.path.slice(dot + 1);
      const inserted = withOneBlank(clause.skeleton);
      context.report({
        message: `Missing required clause: ${clause.label}${clause.label === clause.path ? '' : ` (${clause.path})`}`,
        range: entry ? entry.keyRange : context.missingRange(clause.path),
        suggestions: [{ title: titleFor(`Add the ${clause.label} clause`, inserted), edits: context.edit.insertEntry(parent, key, inserted) }],
      });
    }
  },
};
