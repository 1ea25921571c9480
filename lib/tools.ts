/** The tools SyncFix has a page for, in the order the site lists them; `api` is any direct API integration. */
export const tools = {
  bill: 'BILL',
  expensify: 'Expensify',
  fyle: 'Fyle',
  ramp: 'Ramp',
  nexonia: 'Nexonia',
  servicetitan: 'ServiceTitan',
  scoro: 'Scoro',
  invoiced: 'Invoiced',
  api: 'Any API integration',
} as const;

export type ToolId = keyof typeof tools;

export const toolIds = Object.keys(tools) as [ToolId, ...ToolId[]];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && Object.hasOwn(tools, value);
}
