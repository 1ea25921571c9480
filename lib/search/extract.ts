import type { DetailKind, ErrorDetail } from './details';
import { capQuery, extractCodes, wrapperCodes } from './normalize';

const value = String.raw`['"\[]?([A-Za-z0-9][\w.-]{0,59})['"\]]?`;

/** Each pattern captures one value; all are linear (no nested quantifiers) so any paste is safe. */
const detailPatterns: Array<[DetailKind, RegExp]> = [
  ['smart-rule', new RegExp(String.raw`smart\s+rule\s+${value}\s+(?:was\s+)?violated`, 'i')],
  ['vendor', new RegExp(String.raw`\bvendor(?:\s+id)?\s+${value}\s+(?:specified|is|is\s+marked|,?\s*then)\b`, 'i')],
  ['vendor', new RegExp(String.raw`\binvalid\s+vendor\s+${value}`, 'i')],
  ['vendor', new RegExp(String.raw`\bactivate\s+the\s+vendor\s+${value}`, 'i')],
  ['customer', new RegExp(String.raw`\bcustomer(?:\s+id)?\s+${value}\s+(?:specified|is)\b`, 'i')],
  ['customer', new RegExp(String.raw`\binvalid\s+customer\s+${value}`, 'i')],
  ['project', new RegExp(String.raw`\bproject\s+with\s+the\s+given\s+value\(s\)\s+${value}`, 'i')],
  ['project', new RegExp(String.raw`\b(?:invalid\s+)?(?:project|job)\s+${value}\s+(?:specified|is)\b`, 'i')],
  ['account', new RegExp(String.raw`\baccount(?:\s+number)?\s+${value}\s+(?:is|requires|already)\b`, 'i')],
  ['account', new RegExp(String.raw`\bfor\s+the\s+account\s+${value}`, 'i')],
  ['employee', new RegExp(String.raw`\bemployee\s+${value}\s+is\s+invalid\b`, 'i')],
];

const ignoredValues = new Set(['id', 'is', 'the', 'a', 'an', 'not', 'specified', 'valid', 'invalid', 'number', 'you', 'that']);

/**
 * Pulls out what the error says about the user's own records, so the article can say "in your case…".
 * Wrapper codes that name no specific failure are left out.
 */
export function extractDetails(raw: unknown): ErrorDetail[] {
  const { text } = capQuery(raw);
  const details: ErrorDetail[] = [];
  const add = (kind: DetailKind, found: string | undefined) => {
    if (!found || ignoredValues.has(found.toLowerCase())) return;
    if (!details.some((detail) => detail.kind === kind)) details.push({ kind, value: found });
  };
  for (const [kind, pattern] of detailPatterns) add(kind, pattern.exec(text)?.[1]);
  for (const code of extractCodes(text)) if (!wrapperCodes.has(code)) add('error-code', code);
  return details;
}
