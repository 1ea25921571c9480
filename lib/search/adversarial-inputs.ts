/** Inputs chosen to be expensive: long words go to typo correction, NFKC expands some characters many times over. */
export const adversarialInputs: Record<string, string> = {
  'one 5,000-letter word': 'q'.repeat(5000),
  '12 words of 416 letters': Array.from({ length: 12 }, (_, index) => String.fromCharCode(97 + index).repeat(416)).join(' '),
  '2,700 x U+3389 (NFKC: kcal)': '\u3389'.repeat(2700),
  '18-fold NFKC expansion (U+FDFA)': '\uFDFA'.repeat(5000),
  'punctuation run': '.,;:!?()[]{}'.repeat(10_000),
  '100 KB paste of a real message': 'Smart rule vendor_creation was violated. '.repeat(2500),
  '100 KB of distinct words': Array.from({ length: 12_000 }, (_, index) => `w${index.toString(36)}x`).join(' '),
  '400 short lines': 'Smart rule x\n'.repeat(400),
  'Intacct numbers before other messages':
    'BL03002128 Enter a Due date, and try again. BL03000215 Cannot delete a document. '.repeat(60),
  'unclosed XML tags': `<a${' x'.repeat(99)} `.repeat(25),
  'typo-shaped words': 'vendr locaton chart acount smrt rulle perod closd proejct custmer departmnt dimenson',
};
