/** How to get in: the website, and who makes contact with entrepreneurs (else who carries it out). */
import { useSite } from '../context';
import { safeUrl, wayIn } from '../people';

export function WayIn({ initiative, activities, website = true }: { initiative: number; activities?: readonly number[]; website?: boolean }) {
  const { index, t } = useSite();
  const i = index.data.initiatives[initiative]!;
  const url = website ? safeUrl(i.website) : null;
  const way = wayIn(index, initiative, activities);
  const names = way?.organisations.map((o) => index.dims.get('organisation')!.values[o]!.nl).join(', ');
  if (!url && !way) return null;
  return (
    <ul class="way-in">
      {url && (
        <li>
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t.website}: {url.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
          </a>
        </li>
      )}
      {way && (
        <li>
          {way.role === 'contact' ? t.contactVia : t.carriedOutBy}: <strong>{names}</strong>
        </li>
      )}
    </ul>
  );
}
