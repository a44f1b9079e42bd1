/**
 * "Waar kan ik terecht?": a few plain questions — where, which sector, how many people, what holds
 * you back (the knelpunten in plain words, grouped weten/willen/kunnen), what you want to do (the
 * forms of digitalisation) — and the initiatives that fit, best first (match.ts), each with what it
 * offers and how to get in. The answers are the same URL keys as the filter (`sector=C&size=micro`).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { SiteDimension } from '../../src-shared/site-model';
import { FocusTag } from '../components/FocusTag';
import { valueText } from '../components/labels';
import { WayIn } from '../components/WayIn';
import { useSite } from '../context';
import type { Conditions } from '../filter';
import { BOTTLENECK_GROUP_WORDS, FORM_WORDS, SIZE_WORDS } from '../i18n';
import { hasAnswers, QUESTIONS, rankInitiatives, type Answers, type InitiativeFit } from '../match';
import { shorten } from '../people';

const PAGE = 10;

function useAnswer() {
  const { state, go } = useSite();
  return (dim: SiteDimension, values: number[]) => {
    const conditions: Conditions = { ...state.conditions };
    if (values.length === 0) delete conditions[dim];
    else conditions[dim] = values;
    go({ conditions }, 'replace');
  };
}

function SelectQuestion({ dim, number, question, options }: { dim: SiteDimension; number: number; question: string; options: { value: number; label: string }[] }) {
  const { state, t } = useSite();
  const answer = useAnswer();
  const chosen = state.conditions[dim]?.[0];
  const id = `q-${dim}`;
  return (
    <div class="question">
      <label class="question-title" for={id}>
        <span class="question-number">{number}.</span> {question}
      </label>
      <select id={id} value={chosen === undefined ? '' : String(chosen)} onChange={(e) => answer(dim, e.currentTarget.value === '' ? [] : [Number(e.currentTarget.value)])}>
        <option value="">{t.noAnswer}</option>
        {options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function ChoiceQuestion(props: { dim: SiteDimension; number: number; question: string; hint?: string; multiple: boolean; groups: { title?: string; options: { value: number; label: string }[] }[] }) {
  const { state, t } = useSite();
  const answer = useAnswer();
  const chosen = state.conditions[props.dim] ?? [];
  const set = (value: number, on: boolean) => answer(props.dim, props.multiple ? (on ? [...chosen, value] : chosen.filter((v) => v !== value)) : on ? [value] : []);
  const hintId = `q-${props.dim}-hint`;
  return (
    <fieldset class="question" aria-describedby={props.hint ? hintId : undefined}>
      <legend class="question-title">
        <span class="question-number">{props.number}.</span> {props.question}
      </legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.groups.map((g, k) => (
        <div key={k} class="choice-group">
          {g.title && <p class="choice-group-title">{g.title}</p>}
          <ul class="choices">
            {g.options.map((o) => (
              <li key={o.value}>
                <label class="check big">
                  <input type={props.multiple ? 'checkbox' : 'radio'} name={`q-${props.dim}`} checked={chosen.includes(o.value)} onChange={(e) => set(o.value, e.currentTarget.checked)} />
                  <span class="check-label">{o.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {!props.multiple && (
        <label class="check big">
          <input type="radio" name={`q-${props.dim}`} checked={chosen.length === 0} onChange={() => answer(props.dim, [])} />
          <span class="check-label">{t.noAnswer}</span>
        </label>
      )}
    </fieldset>
  );
}

function Result({ fit }: { fit: InitiativeFit }) {
  const { index, lang, t, link } = useSite();
  const initiative = index.data.initiatives[fit.initiative]!;
  const best = fit.fits.slice(0, 3);
  return (
    <li class="result">
      <h3>
        <a href={link({ initiative: initiative.id })}>{initiative.name}</a>
      </h3>
      <p class="meta">
        <FocusTag focus={initiative.focus} /> · {index.data.scans[initiative.scan]?.label}
      </p>
      {initiative.description && <p>{shorten(initiative.description)}</p>}
      <p class="result-label">{t.offers}</p>
      <ul class="offers">
        {best.map((f) => {
          const a = index.data.activities[f.activity]!;
          const type = (a.codes.type ?? []).map((v) => valueText(index, 'type', v, lang))[0];
          const specific = f.reasons.filter((r) => !r.generic).map((r) => valueText(index, r.dim, r.value, lang));
          const open = f.reasons.filter((r) => r.generic).map((r) => (r.dim === 'geography' ? `${t.everyone.geography} ${valueText(index, r.dim, r.value, lang)}` : t.everyone[r.dim]!));
          const why = [...specific, ...(open.length > 0 ? [t.openTo(open.join(` ${t.and} `).replace(/, ([^,]*)$/, ` ${t.and} $1`))] : [])];
          return (
            <li key={f.activity}>
              <strong>{a.name}</strong>
              {type && <span class="muted"> — {type}</span>}
              {why.length > 0 && (
                <span class="why">
                  {' '}
                  ({t.fitsBecause}: {why.join(' · ')})
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="result-label">{t.getIn}</p>
      <WayIn initiative={fit.initiative} activities={fit.fits.map((f) => f.activity)} />
      <p>
        <a href={link({ initiative: initiative.id })}>{t.moreAbout(initiative.name)}</a>
      </p>
    </li>
  );
}

export function AskView() {
  const { index, state, lang, t, go } = useSite();
  const [shown, setShown] = useState(PAGE);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const answers: Answers = useMemo(() => Object.fromEntries(QUESTIONS.map((q) => [q, state.conditions[q] ?? []])), [state.conditions]);
  const ranked = useMemo(() => rankInitiatives(index, answers), [index, answers]);
  const values = (dim: SiteDimension) => (index.dims.get(dim)?.values ?? []).map((v, i) => ({ v, i }));
  const places = values('geography').filter(({ v }) => !v.generic);
  const answered = hasAnswers(answers);
  let number = 0;
  const bottleneckGroups = ['weten', 'willen', 'kunnen', 'other'].map((g) => ({
    title: BOTTLENECK_GROUP_WORDS[lang][g],
    options: values('bottleneck')
      .filter(({ v }) => (v.code === '0' ? 'weten' : (v.group ?? 'other')) === g)
      .map(({ i }) => ({ value: i, label: valueText(index, 'bottleneck', i, lang) })),
  }));
  return (
    <>
      <h1 tabIndex={-1}>{t.askTitle}</h1>
      <p class="lead">{t.askLead}</p>
      <form
        class="ask"
        onSubmit={(e) => {
          e.preventDefault();
          resultsRef.current?.focus();
          resultsRef.current?.scrollIntoView({ block: 'start' });
        }}
      >
        <p class="hint">{t.askOptional}</p>
        {places.length > 1 && (
          <SelectQuestion
            dim="geography"
            number={++number}
            question={t.qGeography}
            options={places.map(({ i }) => ({ value: i, label: `${'\u00a0\u00a0'.repeat(index.geographyDepth[i] ?? 0)}${valueText(index, 'geography', i, lang)}` }))}
          />
        )}
        <SelectQuestion dim="sector" number={++number} question={t.qSector} options={values('sector').filter(({ v }) => !v.generic && !v.unmapped).map(({ i }) => ({ value: i, label: valueText(index, 'sector', i, lang) }))} />
        <ChoiceQuestion
          dim="size"
          number={++number}
          question={t.qSize}
          multiple={false}
          groups={[{ options: values('size').filter(({ v }) => !v.generic && !v.unmapped).map(({ v, i }) => ({ value: i, label: SIZE_WORDS[lang][v.code] ?? v[lang] })) }]}
        />
        <ChoiceQuestion dim="bottleneck" number={++number} question={t.qBottleneck} hint={t.qBottleneckHint} multiple groups={bottleneckGroups} />
        <ChoiceQuestion
          dim="form"
          number={++number}
          question={t.qForm}
          hint={t.qFormHint}
          multiple
          groups={[{ options: values('form').filter(({ v }) => !v.generic && !v.unmapped).map(({ v, i }) => ({ value: i, label: FORM_WORDS[lang][v.code] ?? v[lang] })) }]}
        />
        <div class="actions">
          <button type="submit" class="button">
            {t.showResults}
          </button>
          <button type="button" class="button secondary" onClick={() => go({ conditions: {}, text: '' }, 'replace')}>
            {t.startOver}
          </button>
        </div>
      </form>
      <section class="results" aria-labelledby="results-title">
        <h2 id="results-title" ref={resultsRef} tabIndex={-1}>
          {answered ? t.resultsTitle(ranked.length) : t.answerFirst}
        </h2>
        {answered && ranked.length === 0 && <p>{t.noResults}</p>}
        {answered && (
          <ol class="results-list">
            {ranked.slice(0, shown).map((fit) => (
              <Result key={fit.initiative} fit={fit} />
            ))}
          </ol>
        )}
        {answered && ranked.length > shown && (
          <button type="button" class="button secondary" onClick={() => setShown(shown + PAGE)}>
            {t.showMore(Math.min(PAGE, ranked.length - shown))}
          </button>
        )}
      </section>
    </>
  );
}
