import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A page's title, in the tab and as its one <h1>. The heading takes the focus when the page
 * opens, so a screen reader announces where a link led and the keyboard starts from there.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Pollen`;
  }, [title]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
