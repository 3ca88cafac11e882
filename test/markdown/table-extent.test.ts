import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { parseBlocks, type Block } from '../../server/src/engine/markdown/blocks';
import { LineIndex } from '../../server/src/engine/text';

/** Each table markdown-it's own GFM rule finds: its lines and, per row, the line and how many cells (inline tokens between tr_open and tr_close). */
function stockTables(text: string): Array<{ lines: number[]; rows: Array<[number, number]> }> {
  const tables: Array<{ lines: number[]; rows: Array<[number, number]> }> = [];
  let rows: Array<[number, number]> = [];
  let cells = 0;
  let rowLine = 0;
  for (const token of new MarkdownIt('default', { html: true }).parse(text, {})) {
    if (token.type === 'table_open') rows = [];
    else if (token.type === 'tr_open') [cells, rowLine] = [0, token.map![0]];
    else if (token.type === 'inline') cells++;
    else if (token.type === 'tr_close') rows.push([rowLine, cells]);
    else if (token.type === 'table_close') tables.push({ lines: [rows[0][0], rows.at(-1)![0]], rows });
  }
  return tables;
}

function readTables(text: string): Array<{ lines: number[]; rows: Array<[number, number]> }> {
  const tables: Array<{ lines: number[]; rows: Array<[number, number]> }> = [];
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'table') {
        const rows = [block.header, ...block.rows].map((row): [number, number] => [row.line, row.cells.length]);
        tables.push({ lines: [rows[0][0], rows.at(-1)![0]], rows });
      } else if (block.type === 'list') block.items.forEach((item) => visit(item.children));
      else if (block.type === 'quote') visit(block.children);
    }
  };
  visit(parseBlocks(text, new LineIndex(text)));
  return tables;
}

describe('tables are found where markdown-it finds them', () => {
  const cases: Array<[string, string]> = [
    ['leading and trailing pipes', '| a | b |\n|---|---|\n| 1 | 2 |\n'],
    ['no outer pipes', 'a | b\n--|--\n1 | 2\n\nafter'],
    ['short and long rows', '|a|b|\n|-|-|\n|1|2|3|\n|x|\n'],
    ['escaped pipes', '| a \\| b | c |\n|---|---|\n| 1 \\| 2 | 3 |\n'],
    ['aligned columns, empty rows of pipes', '|a|b|\n|:-:|--:|\n||\n|||||\n'],
    ['a lone pipe ends nothing', '|a|\n|-|\n|\n'],
    ['in a quote, ended by prose', '> | a | b |\n> |---|---|\n> | 1 | 2 |\n> text\n'],
    ['in a list item', '- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n- next\n'],
    ['ended by a heading', 'a|b\n-|-\n# heading\n'],
    ['ended by a fence', '| x | y |\n|---|---|\n| 1 | 2 |\n```\ncode\n```\n'],
    ['ended by indented code', '| a |\n| - |\n    code\n'],
    ['header and delimiter counts differ: no table', '| a | b |\n|---|\n| 1 | 2 |\n'],
    ['a list item is not a delimiter row', '| a |\n- b\n'],
    ['a delimiter row with text in it: no table', '| a | b |\n|---|-x-|\n'],
    ['empty columns between delimiters: no table', '| a | b |\n|---||---|\n'],
    ['indented four: code, not a table', '    | a | b |\n    |---|---|\n'],
  ];
  for (const [name, text] of cases) {
    test(name, () => assert.deepEqual(readTables(text), stockTables(text)));
  }
});
