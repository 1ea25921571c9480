import { extractCodes, isIntacctErrorNumber, withoutNamedValues } from './normalize';

/**
 * Other accounting systems, whose connectors word their errors like Intacct's ("NetSuite experienced the following
 * error …").
 */
const otherSystemPattern =
  /\b(?:netsuite|quickbooks|qbo|xero|acumatica|business central|dynamics (?:365|gp|nav)|sage (?:50|100|300|x3))\b/i;

/**
 * Whether a paste names another accounting system and neither Intacct (anywhere, a link included) nor one of
 * Intacct's error numbers: then it is that system's error. A system named in quotes, an e-mail address or a link is a
 * value ("vendor 'Xero Ltd'"), not the paste's subject.
 */
export function namesOtherSystem(text: string): boolean {
  if (/intacct/i.test(text) || extractCodes(text).some(isIntacctErrorNumber)) return false;
  return otherSystemPattern.test(withoutNamedValues(text));
}
