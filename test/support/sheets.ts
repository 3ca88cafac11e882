/** A small sheet that has an `ip` clause without `fto` (so fto-missing fires) and no `license.governance.jsc`. */
export const SHEET = `termsheet: 1
parties:
  licensor:
    name: Alpha Bio
  licensee:
    name: Beta Pharma
license:
  territory: [JP, KR]
  governance:
    decisions: unanimous
ip:
  patents:
    - family: PF-1
      countries: [JP, KR]
`;
