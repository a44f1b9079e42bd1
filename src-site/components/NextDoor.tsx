/**
 * Issue 19's *Volgende deur*: where the entrepreneur can go after this activity, with the reason in
 * words. The data carries it per activity (SiteActivity.nextDoor, computed at publish time by
 * src-main/nextdoor; the reasons once each in SiteData.nextDoorReasons); an activity without next
 * doors shows nothing.
 */
import type { SiteActivity } from '../../src-shared/site-model';
import { useSite } from '../context';

export function NextDoor({ activity }: { activity: SiteActivity }) {
  const { index, lang, t, link } = useSite();
  const doors = activity.nextDoor ?? [];
  const reasons = index.data.nextDoorReasons ?? [];
  if (doors.length === 0) return null;
  return (
    <div class="next-door">
      <h5>{t.nextDoor}</h5>
      <p>{t.nextDoorLead}</p>
      <ul>
        {doors.map((door) => {
          const next = index.data.activities[door.activity];
          if (!next) return null;
          const initiative = index.data.initiatives[next.initiative]!;
          return (
            <li key={door.activity}>
              <a href={link({ initiative: initiative.id })}>{initiative.name}</a>: {next.name}
              {reasons[door.reason] ? ` — ${reasons[door.reason]![lang]}` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
