import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dealOf, legalFormIn, readParties, readSheet, splitByRole } from '../../server/src/engine';
import { LEGAL_FORMS, PARTY_NATIONALITIES, PARTY_PLACES } from '../../server/src/engine/lexicon/parties';

function partiesOf(yaml: string) {
  return readParties(dealOf(readSheet(yaml, 'yaml')!));
}

describe('legal forms', () => {
  test('names are unique and every form has examples and near misses', () => {
    assert.equal(new Set(LEGAL_FORMS.map((form) => form.name)).size, LEGAL_FORMS.length);
    for (const form of LEGAL_FORMS) assert.ok(form.examples.length > 0 && form.nearMisses.length > 0 && form.countries.length > 0, form.name);
  });
  for (const form of LEGAL_FORMS) {
    test(`${form.name}: each example is read as it, and its near misses as no form`, () => {
      for (const example of form.examples) assert.equal(legalFormIn(example)?.name, form.name, example);
      for (const text of form.nearMisses) assert.equal(legalFormIn(`Acme ${text} programme`), undefined, text);
    });
  }
  test('only a form used in one country says where the party is from', () => {
    for (const form of LEGAL_FORMS) {
      const party = partiesOf(`parties:\n  licensor: {name: "${form.examples[0]}"}\n`).licensor;
      assert.equal(party.country, form.countries.length === 1 ? form.countries[0] : undefined, form.name);
    }
  });
});

describe('places that say the country', () => {
  for (const place of PARTY_PLACES) {
    test(`${place.name} is in ${place.country}`, () => {
      const party = partiesOf(`parties:\n  licensor: {name: "Acme Bio Ltd., ${place.name}"}\n`).licensor;
      assert.deepEqual([party.country, party.countryFrom], [place.country, 'place']);
    });
  }
  test('a place inside another word is not read', () => {
    assert.equal(partiesOf('parties:\n  licensor: {name: "Hubeiwell Labs Ltd., Walesby"}\n').licensor.country, undefined);
  });
  test('a US state of incorporation says the United States ("a Delaware corporation", "the laws of the State of New York")', () => {
    for (const name of ['Acme Bio, Inc., a Delaware corporation', 'Acme Bio, Inc., organized under the laws of the State of New York']) {
      assert.equal(partiesOf(`parties:\n  licensee: {name: "${name}"}\n`).licensee.country, 'US', name);
    }
  });
  test('a state that is also a country is read as the country: Georgia', () => {
    assert.equal(partiesOf('parties:\n  licensee: {name: "Acme Pharma LLC, Tbilisi, Georgia"}\n').licensee.country, 'GE');
  });
  test("a party's country is in its own words, before an affiliate it names", () => {
    const party = partiesOf(
      'parties:\n  licensor: {name: "Qixin Biotech (Suzhou) Co., Ltd., with its HK subsidiary Qixin Bio (HK) Ltd receiving all payments"}\n',
    ).licensor;
    assert.deepEqual([party.country, party.countryFrom], ['CN', 'place']);
    assert.equal(
      partiesOf('parties:\n  licensor: {name: "Qixin Bio Ltd, with its HK subsidiary"}\n').licensor.country,
      'HK',
      'no country of its own: the words after',
    );
  });
  test('a country written out wins over a place and a legal form', () => {
    const party = partiesOf('parties:\n  licensor: {name: "Suzhou Bio K.K., Osaka, Japan"}\n').licensor;
    assert.deepEqual([party.country, party.countryFrom], ['JP', 'named']);
  });
});

describe('parties with their roles after them', () => {
  test('"X ("Huabo") as licensor, and Y ("GCP") as licensee": each party, its country and the name it is called by', () => {
    const parties = partiesOf(
      'parties: X Biologics Co., Ltd. of Shanghai ("Huabo") as licensor, and Y Pharma FZ-LLC, Dubai, United Arab Emirates ("GCP") as licensee.\n',
    );
    assert.deepEqual([parties.licensor.country, parties.licensor.terms, parties.licensee.country, parties.licensee.terms], ['CN', ['Huabo'], 'AE', ['GCP']]);
  });
});

describe("a country's adjective before the kind of company", () => {
  test('each adjective is written once', () => {
    assert.equal(new Set(PARTY_NATIONALITIES.map((entry) => entry.adjective)).size, PARTY_NATIONALITIES.length);
  });
  for (const { adjective, country } of PARTY_NATIONALITIES) {
    test(`"a ${adjective} company" is from ${country}`, () => {
      const party = partiesOf(`parties:\n  licensee: {name: "Acme Bio AG, a ${adjective} company"}\n`).licensee;
      assert.deepEqual([party.country, party.countryFrom], [country, 'nationality']);
    });
  }
  test('the kinds of company: a stock corporation, a limited liability company, an exempted company', () => {
    for (const kind of ['stock corporation', 'limited liability company', 'exempted company', 'corporation']) {
      assert.equal(partiesOf(`parties:\n  licensee: {name: "Acme Bio, a Swiss ${kind}"}\n`).licensee.country, 'CH', kind);
    }
  });
  test('an adjective that does not describe the company says nothing: "a company with Swiss subsidiaries", "a Japanese partner"', () => {
    for (const name of ['Acme Bio, a company with Swiss subsidiaries', 'Acme Bio, a Japanese partner of Licensor', 'Acme Bio, a swissair company']) {
      assert.equal(partiesOf(`parties:\n  licensee: {name: "${name}"}\n`).licensee.country, undefined, name);
    }
  });
  test('"South Korean" is read whole, as Korea', () => {
    assert.equal(partiesOf('parties:\n  licensee: {name: "Acme Co., Ltd., a South Korean corporation"}\n').licensee.country, 'KR');
  });
});

describe('parties named in a sentence of prose', () => {
  const LSU = 'the Board of Supervisors of Louisiana State University and Agricultural and Mechanical College';
  const named = (sentence: string, more = '') =>
    readParties(dealOf(readSheet(`# Heads of Terms\n\n${sentence}\n\n**Territory.** United States.\n${more}`, 'markdown')!));

  test('a defined term that is a role says which party is which, whichever is named first', () => {
    const parties = named(`The parties are ${LSU} ("LSU") and Acme Bio, Inc. ("Company").`);
    assert.equal(parties.licensor.text, LSU);
    assert.equal(parties.licensee.text, 'Acme Bio, Inc.');
    assert.ok(parties.stated);
    const reversed = named('This term sheet is between Acme Bio, Inc. (the “Company”) and Avalon Ventures Ltd (“AVL”).');
    assert.equal(reversed.licensee.text, 'Acme Bio, Inc.');
    assert.equal(reversed.licensor.text, 'Avalon Ventures Ltd');
  });

  test('the party that grants the licence is the licensor', () => {
    const parties = named(
      'The parties are Kestrel Labs Ltd ("Kestrel") and Acme Bio, Inc. ("Acme").',
      '\n**Grant.** Kestrel grants Acme an exclusive licence.\n',
    );
    assert.equal(parties.licensor.text, 'Kestrel Labs Ltd');
    assert.equal(parties.licensee.text, 'Acme Bio, Inc.');
  });

  test('a university or institute named, with no role word and no grant, is the licensor', () => {
    const parties = named(`The parties are ${LSU} ("LSU") and Acme Bio, Inc. ("Acme").`);
    assert.equal(parties.licensor.text, LSU);
    assert.equal(parties.licensee.text, 'Acme Bio, Inc.');
  });

  test('with nothing to say which is which, the parties are stated and no role is guessed', () => {
    const parties = named('The parties are Kestrel Labs Ltd ("Kestrel") and Acme Bio, Inc. ("Acme").');
    assert.ok(parties.stated);
    assert.equal(parties.licensor.text, '');
    assert.equal(parties.licensee.text, '');
  });

  test("a sentence of the paragraph that speaks of one party alone is that party's: who signs and is paid", () => {
    const parties = named(
      'The parties are Luoxin Bio (Chengdu) Co., Ltd. ("Luoxin") and Thameside Pharma plc ("Thameside"). Luoxin grants Thameside an exclusive licence. ' +
        'Luoxin Bio (Hong Kong) Limited signs the agreement for Luoxin and receives all payments.',
    );
    assert.equal(parties.licensor.country, 'CN');
    assert.ok(parties.licensor.signingStated && parties.licensor.payeeStated);
    assert.ok(!parties.licensee.signingStated && !parties.licensee.payeeStated);
  });

  test('a sentence of one defined term, or none, names no parties', () => {
    assert.ok(!named('The parties are still negotiating with Acme Bio, Inc. ("Company").').stated);
    assert.ok(!named('Payments flow between the affiliates of each party.').stated);
  });
});

describe('the words of each party', () => {
  test('labels and defined terms split a sentence naming both', () => {
    assert.deepEqual(splitByRole('Acme Co., Ltd., a company incorporated in the PRC ("Licensor"), and Albion Ltd (the “Licensee”).'), [
      { role: 'licensor', text: 'Acme Co., Ltd., a company incorporated in the PRC' },
      { role: 'licensee', text: 'Albion Ltd' },
    ]);
    assert.deepEqual(splitByRole('Acme Co., Ltd., Chengdu. Licensee: a US multinational', 'licensor'), [
      { role: 'licensor', text: 'Acme Co., Ltd., Chengdu.' },
      { role: 'licensee', text: 'a US multinational' },
    ]);
    assert.deepEqual(
      splitByRole(
        'Ardent Inc., New York (the "Licensor"), acting through Taiyuan Co., Ltd., which signs and is paid; and Junhe Co., Ltd., Chongqing (the "Licensee")',
      ),
      [
        { role: 'licensor', text: 'Ardent Inc., New York' },
        { role: 'licensor', text: 'acting through Taiyuan Co., Ltd., which signs and is paid' },
        { role: 'licensee', text: 'Junhe Co., Ltd., Chongqing' },
      ],
    );
    assert.deepEqual(splitByRole('words about nobody'), []);
  });
  test('statements of the entity that signs and the one that is paid', () => {
    const read = (name: string) => {
      const { licensor } = partiesOf(`parties:\n  licensor: {name: "${name}"}\n`);
      return [licensor.signingStated, licensor.payeeStated];
    };
    assert.deepEqual(read('Acme Ltd; signs through Acme Ltd and is paid through Acme (HK) Limited'), [true, true]);
    assert.deepEqual(read('Acme Ltd (signing entity: Acme AG; payments to Acme AG)'), [true, true]);
    assert.deepEqual(read('Acme (HK) Ltd, the entity which signs the agreement and receives all payments'), [true, true]);
    assert.deepEqual(read('Acme Ltd, acting through its US affiliate'), [false, false]);
    assert.deepEqual(read('Acme Ltd, which designs payment systems'), [false, false]);
  });
});
