import { describe, expect, it } from 'vitest';
import { crossSiteReason, isJsonRequest, isOwnNavigation } from './same-origin';

const headers = (values: Record<string, string>) => new Headers({ host: 'syncfix.example', ...values });

describe('crossSiteReason', () => {
  it('allows our own pages and scripts without browser headers', () => {
    expect(crossSiteReason(headers({ 'sec-fetch-site': 'same-origin', origin: 'https://syncfix.example' }))).toBeUndefined();
    expect(crossSiteReason(headers({}))).toBeUndefined();
  });

  it('refuses other sites by Sec-Fetch-Site or by Origin', () => {
    expect(crossSiteReason(headers({ 'sec-fetch-site': 'cross-site' }))).toMatch(/cross-site/);
    expect(crossSiteReason(headers({ 'sec-fetch-site': 'same-site' }))).toMatch(/same-site/);
    expect(crossSiteReason(headers({ origin: 'https://evil.example' }))).toMatch(/not this site/);
    expect(crossSiteReason(headers({ origin: 'null' }))).toMatch(/not this site/);
  });
});

describe('isOwnNavigation', () => {
  it('is false for an image or frame on another site', () => {
    expect(isOwnNavigation(headers({ 'sec-fetch-site': 'same-origin', 'sec-fetch-dest': 'document' }))).toBe(true);
    expect(isOwnNavigation(headers({}))).toBe(true);
    expect(isOwnNavigation(headers({ 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image' }))).toBe(false);
    expect(isOwnNavigation(headers({ 'sec-fetch-site': 'same-origin', 'sec-fetch-dest': 'image' }))).toBe(false);
  });
});

describe('isJsonRequest', () => {
  it('accepts application/json only', () => {
    expect(isJsonRequest(headers({ 'content-type': 'application/json; charset=utf-8' }))).toBe(true);
    expect(isJsonRequest(headers({ 'content-type': 'text/plain' }))).toBe(false);
    expect(isJsonRequest(headers({ 'content-type': 'application/jsonp' }))).toBe(false);
  });
});
