import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, splitErrors } from './segment';

describe('splitErrors', () => {
  it('splits lines and drops blank or value-only ones', () => {
    expect(splitErrors('Sync error\n\n  \nVendor is inactive\r\n12345\n')).toEqual(['Sync error', 'Vendor is inactive']);
  });

  it('splits a line before each further specific error code, and before a wrapper code the SDKs join with a dash', () => {
    expect(splitErrors('INT149 Export Error: employee missing. INT093 Export Error: card expired')).toEqual([
      'INT149 Export Error: employee missing.',
      'INT093 Export Error: card expired',
    ]);
    const joined = "BL01001973 Invalid Vendor 'V1' specified. - XL03000009 The entire transaction was rolled back.";
    expect(splitErrors(joined)).toEqual([
      "BL01001973 Invalid Vendor 'V1' specified. -",
      'XL03000009 The entire transaction was rolled back.',
    ]);
    const wrapped = 'Sync failed: BL01001973 Could not create Bill record! (XL03000009 rolled back)';
    expect(splitErrors(wrapped)).toEqual([wrapped]);
    // After a message's end (a sentence's end or a closing bracket), a wrapper code starts the wrapper's own part.
    const afterMessage = "The location 'TX' is invalid. [Support ID: Pz6w] BL01001973 Currently, we can't create the transaction";
    expect(splitErrors(afterMessage)).toEqual([
      "The location 'TX' is invalid. [Support ID: Pz6w]",
      "BL01001973 Currently, we can't create the transaction",
    ]);
  });

  it('keeps a line that ends in a colon with the error it introduces', () => {
    const wrapper = 'Sage Intacct experienced the following error trying to synchronize your workspace:';
    expect(splitErrors(`${wrapper}\n\nVendor is inactive\nTerm name is invalid`)).toEqual([
      `${wrapper}\nVendor is inactive`,
      'Term name is invalid',
    ]);
    expect(splitErrors('Vendor is inactive\nError Code:')).toEqual(['Vendor is inactive', 'Error Code:']);
  });

  it('splits at line separators, which a one-line field keeps in place of line breaks', () => {
    expect(splitErrors('Vendor is inactive\u2028Term name is invalid')).toEqual(['Vendor is inactive', 'Term name is invalid']);
  });

  it('keeps at most MAX_SEGMENTS parts', () => {
    const parts = splitErrors(Array.from({ length: 40 }, (_, index) => `error line ${index}`).join('\n'));
    expect(parts).toHaveLength(MAX_SEGMENTS);
    expect(parts.at(-1)).toContain('error line 39');
  });
});
