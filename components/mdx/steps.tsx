import type { ReactNode } from 'react';

export function Steps({ children }: { children: ReactNode }) {
  return (
    <ol className="fix-steps not-prose my-6 space-y-4" data-steps>
      {children}
    </ol>
  );
}
