/** A paste from a sync log holding three different errors, one per line, with a header line. */
export const threeErrorPaste = [
  'Sync errors (3) – 11/26/2026 09:14',
  'INT149 Export Error: The employee record couldn’t be found in Sage Intacct. Ensure the employee record exists.',
  'Smart rule vendor_creation was violated. This record needs to be created at the top level.',
  'Intacct Sync Error: The term name Net 45 is invalid',
].join('\n');

export const threeErrorArticles = ['invalid-record-id', 'smart-rule-violation', 'term-name-invalid'];
