/**
 * The lines of a signature block ("By: ________", "Name: ________", "Signed for and on behalf of Acme: ____"):
 * their blanks are where the parties sign when the deal is done, not terms left open. A field counts only
 * inside a block that is plainly one: a line that signs in words ("Signature:", "Signed for and on behalf
 * of …:", "Authorised signatory:"), or "By:" with the signatory's name or title beside it. The sheet's own
 * "Date: ____", a party's "Name: ____" or an FTO's `by: ____` stay terms. Labels start with a capital, as
 * drafters write them; the model's keys (`by:`, `date:`) do not.
 */

/** Words that sign by themselves: a block with one of them is a signature block. */
export const SIGNING_PHRASES: readonly string[] = [
  'Signature',
  'Signed',
  'Signed by',
  'Signed for and on behalf of',
  'For and on behalf of',
  'On behalf of',
  'Authorised signatory',
  'Authorized signatory',
  'Authorised representative',
  'Authorized representative',
  'Witness',
  'Witnessed by',
];

/** The fields of a signatory: by whom, named and titled as what, and when. */
export const SIGNATORY_FIELDS: readonly string[] = ['By', 'Name', 'Print name', 'Printed name', 'Title', 'Its', 'Date'];

/** "By" with one of these beside it is a signatory's block. */
const IDENTITY_FIELDS = ['Name', 'Print name', 'Printed name', 'Title', 'Its'];

/** A label as written: its first letter a capital, the rest in either case, words apart by any spaces; "… of" takes the party's name. */
function labelPattern(label: string): string {
  const rest = label.slice(1).replace(/[a-z]/gi, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
  const words = `${label[0]}${rest}`.replace(/ /g, String.raw`\s+`);
  return label.endsWith(' of') ? String.raw`${words}(?:\s+[^:\n]{1,80})?` : words;
}

const anyOf = (labels: readonly string[]) => labels.map(labelPattern).join('|');

/** Where a field starts: the line's start (after list, quote and emphasis marks), or the blank before it. */
const FIELD_START = String.raw`(?:^[ \t>*_|-]*|_{3,}[ \t*|]*|\][ \t]*)`;
const LINE_START = String.raw`(?:^|\n)[ \t>*_|-]*|_{3,}[ \t*|]*`;
/** The label's end: its colon, if any, in or out of emphasis. */
const FIELD_END = String.raw`[ \t*_]*:?[ \t*_]*$`;
const LABEL_END = String.raw`[ \t*_]*:`;

/** The text of a line before a blank ends with a signature field's label. */
export const SIGNATURE_FIELD = new RegExp(`${FIELD_START}(?:${anyOf([...SIGNING_PHRASES, ...SIGNATORY_FIELDS])})${FIELD_END}`);

/** A line that signs in words, in the lines about a blank. */
export const SIGNING_LINE = new RegExp(`(?:${LINE_START})(?:${anyOf(SIGNING_PHRASES)})${LABEL_END}`);
/** "By:" and the signatory's name or title, in the lines about a blank. */
export const BY_LINE = new RegExp(`(?:${LINE_START})(?:${labelPattern('By')})${LABEL_END}`);
export const IDENTITY_LINE = new RegExp(`(?:${LINE_START})(?:${anyOf(IDENTITY_FIELDS)})${LABEL_END}`);
