import { describe, expect, it } from 'vitest';
import type { SearchRecord } from './records';
import { buildSearchIndex } from './search-index';

const record = (errorMessages: string[]): SearchRecord => ({
  slug: 'sample',
  title: 'Sample',
  url: '/errors/sample',
  category: 'other',
  summary: '',
  errorMessages,
  aliases: [],
  outline: [],
  bodyCodes: [],
  tools: [],
  generic: false,
  quotesVerbatim: true,
});

const slotsOf = (message: string) => {
  const [phrase] = buildSearchIndex([record([message])]).entries[0]!.phrases;
  return phrase!.sequence.map((word, index) => (phrase!.slotsAfter.has(index) ? `${word} _` : word)).join(' ');
};

describe('message slots', () => {
  it('marks where values go: placeholders, quoted names, bracketed blanks and numbers', () => {
    expect(slotsOf("Invalid Vendor '...' specified.")).toBe('invalid vendor _ specifi');
    expect(slotsOf('The term name XXXX is invalid')).toBe('term name _ invalid');
    // A prefix glued to the placeholder is part of the value.
    expect(slotsOf('Vendor VEN-[XXXXXX] is marked as on hold')).toBe('vendor _ mark hold');
    // A named placeholder is no word of the message; an example value is kept, as a value.
    expect(slotsOf('Enter an account number on line item 1 in transaction {id}')).toBe(
      'enter account number line item _ transaction _',
    );
    expect(slotsOf("Smart rule 'vendor_creation' was violated")).toBe('smart rule _ vendor_creation _ violat');
  });

  it('keeps the words of the message as the tokenizer reads them', () => {
    expect(slotsOf('Another Class with the given value(s) already exists')).toBe('another clas given value already exist');
    expect(slotsOf('Vendor failed (1037)')).toBe('vendor fail paren1037');
  });

  it('reads a number in parentheses right after another as a record, not an error number', () => {
    expect(slotsOf('1967: 1967(13): source has no charge card id')).toBe('source charge card id');
  });

  it('marks where a line or a prefix of the message ends, not a sentence or a prefix of stop words', () => {
    const partsOf = (message: string) => {
      const [phrase] = buildSearchIndex([record([message])]).entries[0]!.phrases;
      return phrase!.sequence.map((word, index) => (phrase!.partEnds.has(index) ? `${word} |` : word)).join(' ');
    };
    expect(partsOf("INT446 Export Error: Vendor '..' is on hold. Remove the hold.")).toBe(
      'INT446 export | vendor hold remove hold',
    );
    expect(partsOf('Sage Intacct Sync Error | Smart rule X was violated | Attachment is required')).toBe(
      'smart rule violat | attachment requir',
    );
  });
});
