/**
 * A screen that sets scans beside each other (Vergelijken, Ontwikkeling): its heading, then, while
 * the database holds fewer than two scans, only the note that it needs two; else its own content.
 */
import type { ReactNode } from 'react';
import { useScans } from '../state/appData';
import type { Route } from '../routes';
import { InfoNote } from './InfoNote';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  route: Route;
  lead: string;
  className: string;
  /** The note shown with fewer than two scans, and its test id. */
  onlyOne: { text: string; testId: string };
  children: ReactNode;
}

export function TwoScansScreen({ route, lead, className, onlyOne, children }: Props) {
  const scans = useScans();
  return (
    <section data-testid={`screen-${route}`} aria-labelledby={`screen-title-${route}`} className={className}>
      <ScreenHeading route={route} lead={lead} />
      {scans.items.length < 2 ? (
        <InfoNote testId={onlyOne.testId}>{onlyOne.text}</InfoNote>
      ) : (
        children
      )}
    </section>
  );
}
