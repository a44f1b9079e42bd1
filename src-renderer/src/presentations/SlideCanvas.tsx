/**
 * One slide as main drew it (presentations.show): title, scans and filter in words, key figures, and
 * the view — its tables, or the map as the same vector drawing the PDF holds (an SVG image).
 */
import type { SlideShow } from '../../../src-shared/presentations';
import { useI18n } from '../i18n';

function SlideTable({ rows, index }: { rows: string[][]; index: number }) {
  const [head, ...body] = rows;
  if (!head) return null;
  return (
    <table className="rs-slide-table" data-testid={`slide-table-${index}`}>
      <thead>
        <tr>
          {head.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {body.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SlideCanvas({ slide, compact = false }: { slide: SlideShow; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <article className={`rs-slide${compact ? ' rs-slide-compact' : ''}`} data-testid={compact ? 'slide-next' : 'slide-current'} data-view={slide.view}>
      <h2 className="rs-slide-title">{slide.title}</h2>
      <p className="rs-slide-sub">{slide.subtitle}</p>
      <p className="rs-slide-figures">{t('presentations.figures', slide.figures)}</p>
      <div className="rs-slide-body">
        {slide.empty ? (
          <p className="rs-slide-empty">{slide.empty}</p>
        ) : (
          <>
            {slide.svg && <img className="rs-slide-map" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(slide.svg)}`} alt={slide.title} />}
            {slide.tables.map((rows, i) => (
              <SlideTable key={i} rows={rows} index={i} />
            ))}
          </>
        )}
      </div>
    </article>
  );
}
