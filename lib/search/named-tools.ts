import type { ToolId } from '../tools';
import { withoutNamedValues } from './normalize';

/**
 * How a paste names the tool it comes from. "BILL" and "Invoiced" only as written: "bill" and "invoiced" are also
 * words of the errors themselves. Direct API integrations are not named in a way a paste would show.
 */
const toolPatterns: ReadonlyArray<readonly [ToolId, RegExp]> = [
  ['bill', /\bbill\.com\b|\bBILL\b/],
  ['expensify', /\bexpensify\b/i],
  ['fyle', /\bfyle\b/i],
  ['ramp', /\bramp\b/i],
  ['nexonia', /\bnexonia\b/i],
  ['servicetitan', /\bservice ?titan\b/i],
  ['scoro', /\bscoro\b/i],
  ['invoiced', /\bInvoiced\b/],
];

/** The tools a paste names, outside quoted values, e-mail addresses and links ("vendor 'Ramp Supply Co'" is a value). */
export function namedTools(text: string): ToolId[] {
  const subject = withoutNamedValues(text);
  return toolPatterns.filter(([, pattern]) => pattern.test(subject)).map(([tool]) => tool);
}
