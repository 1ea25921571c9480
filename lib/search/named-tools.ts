import type { ToolId } from '../tools';
import { withoutNamedValues } from './normalize';

const matches = (pattern: RegExp) => (text: string) => pattern.test(text);

/**
 * How a paste names the tool it comes from. "bill", "invoiced" and "ramp" are also words, so "BILL" counts only as
 * written, not in a paste in capitals throughout nor as Intacct's object ("Could not create BILL record"); "Invoiced"
 * only as written and not where it starts a sentence; "ramp" not in "ramp up". Direct API integrations are not named
 * in a way a paste would show.
 */
const toolNamings: ReadonlyArray<readonly [ToolId, (text: string) => boolean]> = [
  ['bill', (text) => /\bbill\.com\b/i.test(text) || (/[a-z]/.test(text) && /\bBILL\b(?! record)/.test(text))],
  ['expensify', matches(/\bexpensify\b/i)],
  ['fyle', matches(/\bfyle\b/i)],
  ['ramp', matches(/\bramp\b(?! up\b)/i)],
  ['nexonia', matches(/\bnexonia\b/i)],
  ['servicetitan', matches(/\bservice ?titan\b/i)],
  ['scoro', matches(/\bscoro\b/i)],
  ['invoiced', matches(/[\w,]\s+Invoiced\b/)],
];

/** The tools a paste names, outside quoted values, e-mail addresses and links ("vendor 'Ramp Supply Co'" is a value). */
export function namedTools(text: string): ToolId[] {
  const subject = withoutNamedValues(text);
  return toolNamings.filter(([, names]) => names(subject)).map(([tool]) => tool);
}
