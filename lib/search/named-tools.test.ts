import { describe, expect, it } from 'vitest';
import { namedTools } from './named-tools';

describe('namedTools', () => {
  it('finds the tools a paste comes from', () => {
    expect(namedTools('Expensify export error: INT149 …')).toEqual(['expensify']);
    expect(namedTools('servicetitan invoice export failing, service titan says …')).toEqual(['servicetitan']);
    expect(namedTools('Synced from Bill.com and from Ramp')).toEqual(['bill', 'ramp']);
    expect(namedTools('BILL sync error')).toEqual(['bill']);
    expect(namedTools('payments from Invoiced fail')).toEqual(['invoiced']);
  });

  it('reads the same words in other senses, and values, as no tool', () => {
    expect(namedTools('Intacct does not allow us to update this bill')).toEqual([]);
    expect(namedTools('ENTER A BILL NUMBER, AND TRY AGAIN.')).toEqual([]);
    expect(namedTools('BL01001973 Could not create BILL record!')).toEqual([]);
    expect(namedTools('Invoiced amount does not match the invoiced total')).toEqual([]);
    expect(namedTools('we need to ramp up AP before close')).toEqual([]);
    expect(namedTools("Invalid Vendor 'Ramp Supply Co' specified.")).toEqual([]);
    expect(namedTools('contact ap@scoro.com')).toEqual([]);
  });
});
