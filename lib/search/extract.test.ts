import { describe, expect, it } from 'vitest';
import { detailsFromSearchParams, detailsToSearchParams } from './details';
import { extractDetails } from './extract';

describe('extractDetails', () => {
  it('names the smart rule, in any case and with brackets', () => {
    expect(extractDetails('Smart rule vendor_creation was violated. This record…')).toEqual([
      { kind: 'smart-rule', value: 'vendor_creation' },
    ]);
    expect(extractDetails('INT592 Export Error: Smart Rule [VENDOR_TOP] violated.')).toEqual([
      { kind: 'smart-rule', value: 'VENDOR_TOP' },
      { kind: 'error-code', value: 'INT592' },
    ]);
  });

  it('finds vendors, projects, accounts and employees', () => {
    expect(extractDetails("INT446 Export Error: Vendor VEN-004512 is marked as 'On Hold'")).toContainEqual({
      kind: 'vendor',
      value: 'VEN-004512',
    });
    expect(extractDetails("Invalid Vendor 'ACME01' specified.")).toContainEqual({ kind: 'vendor', value: 'ACME01' });
    expect(extractDetails('Another Project with the given value(s) PRJ-1042 already exists.')).toContainEqual({
      kind: 'project',
      value: 'PRJ-1042',
    });
    expect(extractDetails("Invalid Project '10064' specified.")).toContainEqual({ kind: 'project', value: '10064' });
    expect(extractDetails('This transaction is missing the Department dimension for the Account 6000')).toContainEqual({
      kind: 'account',
      value: '6000',
    });
    expect(extractDetails("The employee 'jdoe' is invalid.")).toContainEqual({ kind: 'employee', value: 'jdoe' });
  });

  it('ignores wrapper codes and phrases that only look like values', () => {
    expect(extractDetails('Required field Vendor ID is missing - BL01001973 XL03000009')).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(extractDetails(undefined)).toEqual([]);
    expect(extractDetails('smart rule '.repeat(2000))).toEqual([]);
  });
});

describe('details in the URL', () => {
  it('round-trips through search params and rejects unsafe values', () => {
    const params = detailsToSearchParams([{ kind: 'smart-rule', value: 'vendor_creation' }]);
    expect(params.toString()).toBe('smart-rule=vendor_creation');
    expect(detailsFromSearchParams(params)).toEqual([{ kind: 'smart-rule', value: 'vendor_creation' }]);
    expect(detailsFromSearchParams(new URLSearchParams('smart-rule=<script>alert(1)</script>&vendor=ok'))).toEqual([
      { kind: 'vendor', value: 'ok' },
    ]);
  });
});
