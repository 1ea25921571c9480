import { PasteForm } from './paste-form';

/** The server-rendered paste box (search page, tool pages, 404): no JavaScript needed. */
export function PasteBox({ defaultValue = '', tool = '' }: { defaultValue?: string; tool?: string }) {
  return <PasteForm textarea={{ defaultValue }} toolSelect={{ defaultValue: tool }} />;
}
