/**
 * A part of the page: a section named by its heading, every part's title drawn the same way. A part that links and
 * focus go to (the skip link, "show N visits") names its heading with `headingId`; the heading then takes focus.
 */
import { useId, type ReactNode } from 'react';

export function PageSection({
  title,
  headingId,
  className,
  children,
}: {
  title: ReactNode;
  headingId?: string;
  className?: string;
  children: ReactNode;
}) {
  const ownId = useId();
  const id = headingId ?? ownId;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} tabIndex={headingId ? -1 : undefined} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
