import { describe, expect, it } from 'vitest';
import { readsAsOwnWords } from './query-style';

describe('readsAsOwnWords', () => {
  it('reads typed descriptions as the user’s own words, whatever their casing', () => {
    for (const query of [
      'vendor is on hold',
      'Vendor is on hold',
      'Coa missing in bill after connecting intacct',
      'why does bill say my password is wrong?',
      'We cant export expense reports',
      'expensify keeps failing with the card journal thing.',
    ]) {
      expect({ query, own: readsAsOwnWords(query) }).toEqual({ query, own: true });
    }
  });

  it('reads text with a mark of a message as pasted: a code, a tool’s prefix or a closing full stop', () => {
    for (const query of [
      'INT446 Export Error: Vendor VEN-0042 is marked as On Hold',
      'Sage 300: Item number 1200-BLK does not exist. Quantity on backorder has been increased.',
      'post revenue failed: Posting date cannot be before contract line begin date',
      'Intacct sync error on invoice INV-00912: Invoice is missing line items!',
      'Could not create Document record.',
    ]) {
      expect({ query, own: readsAsOwnWords(query) }).toEqual({ query, own: false });
    }
  });
});
