/** An initiative's focus: a coloured dot (the map's colour) and the focus in words. */
import { focusColor, focusLabel, type FocusKey } from '../../src-shared/focus';
import { useSite } from '../context';

export function FocusDot({ focus }: { focus: string }) {
  return <span class="dot" aria-hidden="true" ref={(el) => el?.style.setProperty('--dot', focusColor(focus))} />;
}

export function FocusTag({ focus }: { focus: string }) {
  const { lang } = useSite();
  return (
    <span class="focus">
      <FocusDot focus={focus} />
      {focusLabel(focus as FocusKey, lang)}
    </span>
  );
}
