/**
 * An initiative's card, as a modal dialog over whatever view opened it (its id is in the URL, so a
 * card can be sent as a link): what it is, how to get in, and each activity — for whom, what it helps
 * with, the form of digitalisation, the area, the organisations and their roles, the optional fields
 * that were published, and (issue 19) the next door.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SiteActivity, SiteDimension } from '../../src-shared/site-model';
import { useSite } from '../context';
import { formatDate } from '../i18n';
import { safeUrl } from '../people';
import { FocusTag } from './FocusTag';
import { NextDoor } from './NextDoor';
import { valueText } from './labels';
import { WayIn } from './WayIn';

function Row({ term, values }: { term: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <div class="row">
      <dt>{term}</dt>
      <dd>{values.join(' · ')}</dd>
    </div>
  );
}

function Activity({ activity, index: a, filtered }: { activity: SiteActivity; index: number; filtered: boolean }) {
  const { index, lang, t, matched } = useSite();
  const words = (dim: SiteDimension, specificOnly = false) => (activity.codes[dim] ?? []).filter((v) => !specificOnly || !index.dims.get(dim)!.values[v]!.generic).map((v) => valueText(index, dim, v, lang));
  const specific = (['sector', 'size', 'phase', 'maturity'] as const).flatMap((d) => words(d, true));
  const forWhom = specific.length > 0 ? specific : [t.everyEntrepreneur];
  const organisations = activity.providers.map((p) => {
    const name = index.dims.get('organisation')!.values[p.organisation]!.nl;
    const roles = p.roles.map((r) => {
      const i = index.byCode.get('role')?.get(r);
      return i === undefined ? r : valueText(index, 'role', i, lang).toLowerCase();
    });
    return `${name} (${roles.join(', ')})`;
  });
  const type = words('type')[0];
  return (
    <article class="activity">
      <h4>{activity.name}</h4>
      <p class="activity-meta">
        {type}
        {filtered && matched[a] && <span class="tag">{t.matchesFilter}</span>}
      </p>
      {activity.description && <p>{activity.description}</p>}
      <dl>
        <Row term={t.forWhom} values={forWhom} />
        <Row term={t.helpsWith} values={words('bottleneck')} />
        <Row term={t.form} values={[...words('form'), ...words('technology'), ...words('application'), ...words('goal')]} />
        <Row term={t.area} values={words('geography')} />
        <Row term={t.organisations} values={organisations} />
        {activity.reach && <Row term={t.reach} values={[`${activity.reach.count.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}${activity.reach.unit ? ` ${activity.reach.unit[lang]}` : ''}${activity.reach.source ? ` (${activity.reach.source[lang]})` : ''}`]} />}
        {activity.startYear !== undefined && <Row term={t.startYear} values={[String(activity.startYear)]} />}
        {(activity.extra ?? []).map((e) => (
          <Row key={e.name} term={e.name} values={[e.value]} />
        ))}
      </dl>
      <NextDoor activity={activity} />
    </article>
  );
}

export function InitiativeCard({ id }: { id: number }) {
  const { index, state, lang, t, closeCard } = useSite();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const at = index.data.initiatives.findIndex((i) => i.id === id);
  const initiative = index.data.initiatives[at];
  useEffect(() => {
    const d = dialogRef.current;
    if (d && !d.open) d.showModal();
  }, [id]);
  if (!initiative) return null;
  const url = safeUrl(initiative.website);
  const scan = index.data.scans[initiative.scan];
  const filtered = Object.keys(state.conditions).length > 0 || state.text !== '';
  return (
    <dialog
      ref={dialogRef}
      class="card"
      aria-labelledby="card-title"
      onCancel={(e) => {
        e.preventDefault();
        closeCard();
      }}
      onClick={(e) => {
        // A click on the backdrop (outside the card's box) closes it.
        if (e.target === dialogRef.current) closeCard();
      }}
    >
      <div class="card-inner">
        <div class="card-head">
          <h2 id="card-title">{initiative.name}</h2>
          <button type="button" class="close" onClick={closeCard}>
            {t.close} <span aria-hidden="true">×</span>
          </button>
        </div>
        <p class="card-meta">
          <FocusTag focus={initiative.focus} />
          {scan && <span> · {scan.label}</span>}
        </p>
        {initiative.description && <p class="card-description">{initiative.description}</p>}
        {url && (
          <p>
            <a class="button" href={url} target="_blank" rel="noopener noreferrer">
              {t.websiteOf(initiative.name)}
            </a>
          </p>
        )}
        <WayIn initiative={at} website={false} />
        {initiative.startYear !== undefined && (
          <p>
            {t.startYear}: {initiative.startYear}
          </p>
        )}
        {(initiative.extra ?? []).length > 0 && (
          <dl>
            {initiative.extra!.map((e) => (
              <Row key={e.name} term={e.name} values={[e.value]} />
            ))}
          </dl>
        )}
        <h3>{t.cardActivities(initiative.activities.length)}</h3>
        {initiative.activities.map((a) => (
          <Activity key={a} activity={index.data.activities[a]!} index={a} filtered={filtered} />
        ))}
        {scan?.notes && (scan.notes.notes || scan.notes.performedBy || scan.notes.source) && (
          <p class="muted">
            {t.scanNotes} {scan.label}: {[scan.notes.performedBy, scan.notes.source, scan.notes.notes].filter(Boolean).join(' · ')}
          </p>
        )}
        <p class="muted">
          {t.scan}: Regioscan Digitalisering, {scan?.label} · {t.updated(formatDate(index.data.generatedAt, lang))}
        </p>
      </div>
    </dialog>
  );
}
