import type { MouseEvent } from 'react';
import { useT } from '../i18n';

/**
 * "Naar inhoud": the first tab stop, visible when focused. It moves focus by script, because a
 * plain `#main-content` link would be read as a route by the hash router.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const t = useT();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = document.getElementById(targetId);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  };
  return (
    <a href={`#${targetId}`} className="rs-skip-link" onClick={onClick} data-testid="skip-link">
      {t('skipLink')}
    </a>
  );
}
