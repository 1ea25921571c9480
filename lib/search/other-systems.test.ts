import { describe, expect, it } from 'vitest';
import { namesOtherSystem } from './other-systems';

describe('namesOtherSystem', () => {
  it('tells another accounting system’s error from one that names Intacct', () => {
    expect(namesOtherSystem('NetSuite experienced the following error')).toBe(true);
    expect(namesOtherSystem('QuickBooks Online sync error: Vendor is inactive')).toBe(true);
    expect(namesOtherSystem('Sage 100 export failed')).toBe(true);
    expect(namesOtherSystem('Sage 1000 export failed')).toBe(false);
    expect(namesOtherSystem('Xerox invoice import failed')).toBe(false);
    expect(namesOtherSystem('We moved from Xero to Sage Intacct; Vendor is inactive')).toBe(false);
    expect(namesOtherSystem('NetSuite customer, see https://acme.intacct.com/ia/acct')).toBe(false);
    expect(namesOtherSystem('Ramp: the transaction is not balanced')).toBe(false);
  });

  it('reads an Intacct error number as naming Intacct, and names in values as values', () => {
    expect(namesOtherSystem('We left QuickBooks. BL03002128 Enter a Bill number, and try again.')).toBe(false);
    expect(namesOtherSystem("Activate the vendor 'Xero Limited', then try again.")).toBe(false);
    expect(namesOtherSystem('Vendor is on hold. Contact ap@xero.com')).toBe(false);
  });
});
