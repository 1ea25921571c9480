import { PasteForm } from './paste-form';

/** The server-rendered paste box (search page, 404): no JavaScript needed. */
export function PasteBox({ defaultValue = '' }: { defaultValue?: string }) {
  return <PasteForm textarea={{ defaultValue }} />;
}
