'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** Moves focus to the new question or result after an answer, so screen readers read it next. */
export function FocusOnArrival({ children, active }: { children: ReactNode; active: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (active) heading.current?.focus();
  }, [active]);
  return (
    <h2
      ref={heading}
      tabIndex={-1}
      className="text-xl font-semibold outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
    >
      {children}
    </h2>
  );
}
