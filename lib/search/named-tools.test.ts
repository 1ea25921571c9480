import { describe, expect, it } from 'vitest';
import { namedTools } from './named-tools';

describe('namedTools', () => {
  it('finds the tools a paste comes from', () => {
    expect(namedTools('Expensify export error: INT149 …')).toEqual(['expensify']);
    expect(namedTools('servicetitan invoice export failing, service titan says …')).toEqual(['servicetitan']);
    expect(namedTools('Synced from bill.com and from Ramp')).toEqual(['bill', 'ramp']);
    expect(namedTools('BILL sync error')).toEqual(['bill']);
  });

  it('reads the common words and the values as no tool', () => {
    expect(namedTools('Intacct does not allow us to update this bill')).toEqual([]);
    expect(namedTools('the invoiced amount is wrong')).toEqual([]);
    expect(namedTools("Invalid Vendor 'Ramp Supply Co' specified.")).toEqual([]);
    expect(namedTools('contact ap@scoro.com')).toEqual([]);
  });
});
