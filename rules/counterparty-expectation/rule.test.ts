import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MNC = 'A me-too asset offered to an MNC (parties.licensee.type): most counterparties (60% in 2023) are mid-size pharma or biotech';
const above = (upfront: string, max: string) => `Upfront ${upfront} for a me-too asset is above ${max}: price follows the asset's intrinsic quality`;

testRule(rule, {
  valid: [
    {
      name: 'a me-too to a regional pharma for USD 10M',
      code: 'parties:\n  licensee: {type: regional-pharma}\nasset: {classification: me-too}\nfinancials: {upfront: USD 10M}\n',
    },
    { name: 'exactly at the threshold', code: 'asset: {classification: me-too}\nfinancials: {currency: USD, upfront: 50000000}\n' },
    {
      name: 'best-in-class to an MNC for USD 200M',
      code: 'parties:\n  licensee: {type: mnc}\nasset: {classification: best-in-class}\nfinancials: {upfront: USD 200M}\n',
    },
    { name: 'another currency is not compared', code: 'asset: {classification: me-too}\nfinancials: {upfront: EUR 80M}\n' },
    { name: 'a raised threshold', code: 'asset: {classification: me-too}\nfinancials: {upfront: USD 80M}\n', setting: { max_me_too_upfront: 'USD 100M' } },
    { name: 'an unreadable upfront', code: 'asset: {classification: me-too}\nfinancials: {upfront: "[TBD]"}\n' },
  ],
  invalid: [
    {
      name: 'MNC licensee and a large upfront: two findings, the currency taken from financials',
      code: 'parties:\n  licensee: {type: MNC}\nasset: {classification: me too}\nfinancials:\n  currency: USD\n  upfront: 80000000\n',
      findings: [
        { message: MNC, line: 2, column: 20, endLine: 2, endColumn: 23 },
        { message: above('USD 80M', 'USD 50M'), line: 6, column: 12, endLine: 6, endColumn: 20 },
      ],
    },
    {
      name: 'a lower threshold from the config',
      code: 'asset: {classification: me-too}\nfinancials:\n  upfront: $40M\n',
      setting: { max_me_too_upfront: 'USD 30M' },
      findings: [{ message: above('USD 40M', 'USD 30M'), line: 3, column: 12, endLine: 3, endColumn: 16 }],
    },
    {
      name: 'a threshold in another currency applies to upfronts in that currency',
      code: 'asset: {classification: me-too}\nfinancials:\n  upfront: RMB 400M\n',
      setting: { severity: 'warning', max_me_too_upfront: 'RMB 300M' },
      findings: [{ message: above('CNY 400M', 'CNY 300M'), line: 3, column: 12, endLine: 3, endColumn: 20, severity: 'warning' }],
    },
    {
      name: 'an amount with no currency anywhere is compared as it stands',
      code: 'asset: {classification: me-too}\nfinancials:\n  upfront: 60000000\n',
      findings: [{ message: above('60M', 'USD 50M'), line: 3, column: 12, endLine: 3, endColumn: 20 }],
    },
    {
      name: 'an MNC alone',
      code: 'parties:\n  licensee:\n    type: mnc\nasset:\n  classification: Me-Too\n',
      findings: [{ message: MNC, line: 3, column: 11, endLine: 3, endColumn: 14 }],
    },
  ],
});
