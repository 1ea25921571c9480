/** Catalogue sections, in the order the home page lists them. */
export const categories = {
  'connection-login': 'Connection & login',
  'setup-configuration': 'Setup & configuration',
  'records-dimensions': 'Records & dimensions',
  'projects-customers': 'Projects & customers',
  'periods-posting': 'Periods & posting',
  'expense-reports': 'Expense reports',
  'company-cards': 'Company cards',
  'tax-currency': 'Tax & currency',
  'ap-payments': 'Bills & AP payments',
  'ar-payments': 'Invoices & AR payments',
  'api-gateway': 'API & gateway',
} as const;

export type CategoryId = keyof typeof categories;

export const categoryIds = Object.keys(categories) as [CategoryId, ...CategoryId[]];
