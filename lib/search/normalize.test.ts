import { describe, expect, it } from 'vitest';
import {
  breakMark,
  extractCodes,
  foldUnicode,
  MAX_QUERY_LENGTH,
  isIntacctErrorNumber,
  normalizeQuery,
  printedMessages,
  tokenize,
  valueMark,
} from './normalize';

describe('normalizeQuery', () => {
  it('folds unicode quotes, dashes and line breaks', () => {
    expect(foldUnicode('isn\u2019t \u201Cquoted\u201D \u2013 x\r\ny')).toBe('isn\'t "quoted" - x  y');
  });

  it('keeps error codes and drops record numbers, dates, times, amounts, emails and support ids', () => {
    const { text, codes } = normalizeQuery(
      'Sync error – Bill #INV-20931 on 11/30/2025 10:22 for $1,250.00 by ap@acme.com: BL01001973 Use of empty Location [Support ID: Xk3%7EZQa]',
    );
    expect(codes).toEqual(['BL01001973']);
    expect(text).toBe('sync error - bill on for by : bl01001973 use of empty location');
  });

  it('reads the message inside the tags of an API log, which would otherwise take its first and last words away', () => {
    const { sequence, wordsWithBreaks } = normalizeQuery("<description2>Invalid Vendor 'V-1' specified.</description2> Fyle");
    expect(sequence).toEqual(['invalid', 'vendor', 'specifi', 'fyle']);
    // The sentence still ends before the tag that closes it.
    expect(wordsWithBreaks.indexOf(breakMark)).toBe(wordsWithBreaks.indexOf('specifi') + 1);
    // An opening tag the paste doesn't close goes where it is glued to a word (a paste cut off before its end)…
    expect(normalizeQuery('<description2>Department ID is required').sequence).toContain('department');
    // …and is otherwise a word of the message: an element it names, or a placeholder.
    expect(normalizeQuery('Control block is missing <senderid> element').sequence).toContain('senderid');
    expect(normalizeQuery('Required field <Vendor ID> is missing').sequence).toContain('vendor');
  });

  it('keeps a zero amount as words, since it names a kind of error, and drops other amounts', () => {
    expect(normalizeQuery('a $0 expense and a $0.00 line, not $0.50 or $10').text).toBe(
      'a zero dollar expense and a zero dollar line, not or',
    );
  });

  it('reads "inactivated" and "deactivated" as "inactive"', () => {
    expect(tokenize('class inactivated, department deactivated')).toEqual(['clas', 'inactive', 'department', 'inactive']);
  });

  it('drops quoted names unless every word is a catalogue word', () => {
    const known = new Set(['on', 'hold', 'user', 'specifi']);
    const isKnown = (token: string) => known.has(token);
    expect(normalizeQuery("Vendor 'Acme Supplies' is marked as 'On Hold'", isKnown).text).toBe('vendor is marked as on hold');
    expect(normalizeQuery('frequency is "User specified"', isKnown).text).toBe('frequency is user specified');
  });

  it('does not treat apostrophes in words as quotes', () => {
    expect(normalizeQuery("The project isn't associated with the customer's project").text).toContain('associated');
  });

  it('caps the input and says so', () => {
    const result = normalizeQuery('a'.repeat(MAX_QUERY_LENGTH + 10));
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('answers non-strings with an empty query', () => {
    expect(normalizeQuery(undefined)).toEqual({
      text: '',
      tokens: [],
      sequence: [],
      wordsWithBreaks: [],
      partBreaks: new Set(),
      codes: [],
      truncated: false,
    });
  });

  it('marks where a line, a sentence, a prefix or a table column ends', () => {
    const { wordsWithBreaks } = normalizeQuery('Export failed - Vendor locked: record held.\nTry later | now\tpending  today');
    const words = 'export fail | vendor lock | record held | | try later | now | pend | today'.split(' ');
    expect(wordsWithBreaks).toEqual(words.map((word) => (word === '|' ? breakMark : word)));
  });

  it('marks where it removed a quoted value, and sets apart a quoted value it keeps', () => {
    const known = (token: string) => ['vendor', 'type', 'hold', 'specifi'].includes(token);
    expect(normalizeQuery("Vendor Type 'Acme' specified", known).wordsWithBreaks).toEqual([
      'vendor',
      'type',
      valueMark,
      'specifi',
    ]);
    expect(normalizeQuery("Vendor is 'On Hold'", known).wordsWithBreaks).toEqual(['vendor', valueMark, 'hold', valueMark]);
    expect(normalizeQuery("Vendor is 'On Hold'", known).text).toBe('vendor is on hold');
  });
});

describe('tokenize', () => {
  it('drops stop words and numbers, stems, keeps codes and gateway statuses', () => {
    expect(tokenize('The syncing of accounts failed 4471 XL03000006 http 503')).toEqual([
      'sync',
      'account',
      'fail',
      'XL03000006',
      'http',
      '503',
    ]);
  });

  it('keeps a number in parentheses, which Intacct uses as an error number, and drops placeholders', () => {
    expect(tokenize('Invalid Vendor (1037)')).toEqual(['invalid', 'vendor', 'paren1037']);
    expect(normalizeQuery('Invalid Vendor 20931 (1037)').text).toBe('invalid vendor (1037)');
    expect(tokenize('The term name XXXX is invalid')).toEqual(['term', 'name', 'invalid']);
  });

  it('drops a number in parentheses right after another: a record and its line ("1967(13)"), not an error number', () => {
    expect(tokenize('Expense report 1967(13) failed')).toEqual(['expense', 'report', 'fail']);
  });

  it('maps synonyms users type', () => {
    expect(tokenize('coa job')).toEqual(['chart', 'account', 'project']);
    expect(tokenize('dept retired in SI, cc pmt config')).toEqual([
      'department',
      'inactive',
      'credit',
      'card',
      'payment',
      'configuration',
    ]);
  });

  it('reads a lone "#" as "number", and leaves one before an id to the id', () => {
    expect(tokenize('is the bill # mandatory')).toEqual(['bill', 'number', 'requir']);
    expect(tokenize('Bill #1234 failed')).toEqual(['bill', 'fail']);
  });
});

describe('extractCodes', () => {
  it('finds Intacct, integration and gateway codes once each', () => {
    expect(extractCodes('INT592 bl01001973 GW-0001 BL01001973 XMLGW_JPP0002')).toEqual([
      'INT592',
      'BL01001973',
      'GW-0001',
      'XMLGW_JPP0002',
    ]);
  });
});

describe('partBreaks', () => {
  it('marks the breaks that end a line or a prefix, not a sentence or a table column', () => {
    const breaksAfter = (text: string) => {
      const { wordsWithBreaks, partBreaks } = normalizeQuery(text);
      return wordsWithBreaks.flatMap((word, at) =>
        word === breakMark ? [`${wordsWithBreaks[at - 1]}${partBreaks.has(at) ? '|' : '.'}`] : [],
      );
    };
    expect(breaksAfter('Vendor failed: Term invalid | Class locked - Bill paid\tLine closed\nDone')).toEqual([
      'fail|',
      'invalid|',
      'lock|',
      'paid|',
      'clos|',
    ]);
    expect(breaksAfter('Vendor failed. Term invalid; Class locked  Bill paid')).toEqual(['fail.', 'invalid.', 'lock.']);
    // A colon inside a quoted value is the value's.
    expect(breaksAfter("Vendor 'A: B' failed")).toEqual([]);
  });
});

describe('isIntacctErrorNumber', () => {
  it('knows Intacct’s own numbers from the connectors’ codes', () => {
    expect(['BL03002128', 'DL03000005', 'XL03000006'].every(isIntacctErrorNumber)).toBe(true);
    expect(['INT993', 'GW-0010', 'CRE-3211'].some(isIntacctErrorNumber)).toBe(false);
  });
});

describe('printedMessages', () => {
  it('finds each code printed before its message on the line, up to the next code', () => {
    const paste = 'Result status: failure - BL03002128 Enter a Bill number. - BL01001973 Currently, we can’t create it.';
    // The wrapper's own message speaks in the first person: like a user's remark, it is not judged.
    expect([...printedMessages(paste)]).toEqual([['BL03002128', 'Enter a Bill number. - ']]);
    // Folded line by line: a no-break space, a dash, a pipe, quotes or brackets may stand between code and message.
    const spaced = '[CRE-3211] | \u201cPayment PY-1 was voided.\u201d\nPL04000076\u00a0\u2013 This user is locked.';
    expect([...printedMessages(spaced).keys()]).toEqual(['CRE-3211', 'PL04000076']);
  });

  it('leaves out the user’s own words: lower case, first person, nothing copied, or a code that ends its line', () => {
    expect(printedMessages('BL03000215 ramp bill was already paid.').size).toBe(0);
    expect(printedMessages('INT907 Ever since we switched entities, nothing syncs.').size).toBe(0);
    expect(printedMessages('PL04000076 Happens every morning since the admin changed roles').size).toBe(0);
    expect(printedMessages('Sage Intacct error DL02000001\nLast attempted 11/06/2026').size).toBe(0);
    // A support id after a code is a value, no message, and so is Intacct's generic description; tags are left out.
    expect(printedMessages('DL02000001 [Support ID: Hq3r@9zP~]').size).toBe(0);
    const generic = '<errorno>DL02000001</errorno><description2>There was an error processing the request.</description2>';
    expect(printedMessages(generic).size).toBe(0);
    expect([...printedMessages('<errorno>DL02000001</errorno><description2>Invalid date.</description2>')]).toEqual([
      ['DL02000001', 'Invalid date. '],
    ]);
    // A support id has no spaces: one left open does not take the message after it.
    expect(printedMessages("DL02000001 [Support ID: Hq3r Invalid filter operator 'contains'.").size).toBe(1);
  });
});
