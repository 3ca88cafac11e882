// The entry point of the extension-host suite (`extensionTestsPath`): VS Code loads this module in
// the extension host and awaits `run()`; a rejection makes the run exit with a failure code.
// Suite files are named *.suite.js so that `npm test` (node --test on *.test.js) leaves them alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const suites = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith('.suite.js'))
    .sort();
  if (suites.length === 0) throw new Error(`no *.suite.js files in ${__dirname}`);
  for (const file of suites) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
