/** *Aanmelden*: how a new initiative joins — the template workbook beside this page, and where to send it. */
import { useSite } from '../context';

const FIELD_WORDS = {
  nl: { reach: 'bereik', startYear: 'startjaar', notes: 'notities bij de scan' } as Record<string, string>,
  en: { reach: 'reach', startYear: 'start year', notes: 'notes on the scan' } as Record<string, string>,
};

export function JoinView() {
  const { index, lang, t } = useSite();
  const { contact, templateFile, fields } = index.data;
  const subject = encodeURIComponent(t.mailSubject);
  return (
    <>
      <h1 tabIndex={-1}>{t.joinTitle}</h1>
      <p class="lead">{t.joinLead}</p>
      <ol class="steps">
        <li>
          <h2>{t.joinStep1}</h2>
          <p>{t.joinStep1Text}</p>
          <p>
            <a class="button" href={templateFile} download={templateFile}>
              {t.download}
            </a>
          </p>
        </li>
        <li>
          <h2>{t.joinStep2}</h2>
          <p>{t.joinStep2Text}</p>
        </li>
        <li>
          <h2>{t.joinStep3}</h2>
          {contact ? (
            <p>
              {t.joinStep3Mail} <a href={`mailto:${contact}?subject=${subject}`}>{contact}</a>.
            </p>
          ) : (
            <p>{t.joinStep3NoMail}</p>
          )}
        </li>
      </ol>
      <h2>{t.whatPublished}</h2>
      <p>{t.whatPublishedText}</p>
      {fields.length > 0 && <p>{t.alsoPublished(fields.map((f) => FIELD_WORDS[lang][f] ?? f).join(', '))}</p>}
      <p>{t.whatNotPublished}</p>
    </>
  );
}
