import { anyCase, WORD_END, WORD_START, type LexiconEntry } from './lexicon';

/**
 * How a licensor's name says it is a university, a research institute, a hospital, a public laboratory or
 * agency, or the body that holds one's patents: such a licensor licenses out what it does not develop
 * itself, and a licence from it binds the licensee by diligence obligations, not by a non-compete.
 */
const word = (text: string) => `${WORD_START}(?:${text})${WORD_END}`;

const institution = (name: string, description: string, pattern: string, examples: readonly string[], nearMisses: readonly string[]): LexiconEntry => ({
  name,
  description,
  pattern,
  examples,
  nearMisses,
});

export const INSTITUTIONS: readonly LexiconEntry[] = [
  institution(
    'university',
    'A university, in English or in the languages universities name themselves in.',
    word(`${anyCase('university')}|${anyCase('universities')}|Universit(?:é|ät|à|at|y)|Universidad(?:e)?|Universiteit|Universidade`),
    ['University', 'UNIVERSITY', 'Université', 'Universität', 'Universidad', 'Universiteit'],
    ['Universal Biologics Inc.', 'universally accepted'],
  ),
  institution(
    'college',
    'A college (President and Fellows of Harvard College, Imperial College London).',
    word(`${anyCase('college')}`),
    ['College', 'COLLEGE'],
    ['Collegiate Pharma Ltd.'],
  ),
  institution(
    'institute',
    'A research institute (the Broad Institute, the National Institutes of Health, Institut Pasteur).',
    word(`${anyCase('institute')}|${anyCase('institutes')}|Institut|Instituto|Istituto`),
    ['Institute', 'Institutes', 'INSTITUTE', 'Institut', 'Instituto'],
    ['Institutional Venture Partners LLC', 'instituted proceedings'],
  ),
  institution(
    'hospital',
    'A hospital or academic medical centre.',
    word(`${anyCase('hospital')}|${anyCase('hospitals')}|Medical (?:Center|Centre)|MEDICAL CENTER|Health System|Mayo Clinic`),
    ['Hospital', 'Medical Center', 'Medical Centre', 'Health System', 'Mayo Clinic'],
    ['Hospitality Holdings Inc.', 'Clinical Research Partners'],
  ),
  institution(
    'foundation',
    'A research foundation, after its own name (Wisconsin Alumni Research Foundation); a company named Foundation first is not one.',
    `(?<=[A-Za-z.&'] )(?:${anyCase('foundation')})${WORD_END}`,
    ['Foundation', 'FOUNDATION'],
    ['Foundation Medicine, Inc.', 'a foundational patent'],
  ),
  institution(
    'governing-board',
    "The body that holds a university's patents: its regents, trustees or supervisors.",
    word(`Board of (?:Regents|Trustees|Supervisors|Governors)|Regents of|Trustees of|President and Fellows of`),
    ['Board of Regents', 'Board of Supervisors', 'Board of Trustees', 'Regents of', 'Trustees of', 'President and Fellows of'],
    ['Board of Directors', 'trustees of the escrow'],
  ),
  institution(
    'public-laboratory',
    'A national laboratory, or the contractor that runs one.',
    word(`National Laborator(?:y|ies)|National Lab|NATIONAL LABORATORY|Battelle|Triad National Security`),
    ['National Laboratory', 'National Laboratories', 'National Lab', 'Battelle', 'Triad National Security'],
    ['Abbott Laboratories', 'national sales force'],
  ),
  institution(
    'research-organisation',
    'A public research organisation or agency known by its name (Fraunhofer, Max Planck, CNRS, NIH, the Public Health Service).',
    word(
      'Fraunhofer|Max[- ]Planck|Helmholtz|CNRS|INSERM|Inserm|CSIRO|A\\*STAR|RIKEN|NIH|Public Health Service|Academy of (?:Medical )?Sciences|' +
        'Research Council|Department of (?:Health and Human Services|Energy|Veterans Affairs|the Navy|the Army|the Air Force|Defense)',
    ),
    [
      'Fraunhofer',
      'Max Planck',
      'Max-Planck',
      'CNRS',
      'INSERM',
      'NIH',
      'Public Health Service',
      'Academy of Sciences',
      'Research Council',
      'Department of the Navy',
    ],
    ['NIHON Pharma K.K.', 'Planck Bio Ltd.', 'the research council of the company'],
  ),
  institution(
    'chinese-institution',
    'A university, research institute, academy or hospital named in Chinese.',
    '大学|学院|研究所|研究院|科学院|医院',
    ['大学', '研究所', '研究院', '科学院', '医院'],
    ['恒博药业股份有限公司', 'Daxue Pharma Co., Ltd.'],
  ),
];

/** One pattern finding any institution word. */
export const INSTITUTION = new RegExp(INSTITUTIONS.map((entry) => entry.pattern).join('|'));
