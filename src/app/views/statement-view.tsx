import { statementFor } from '../../lib/copy/messages';
import { useCopy } from '../shell/use-copy';

/** `?vy=tillganglighet`: the accessibility statement, linked from the footer as the law asks. */
export function StatementView() {
  const s = statementFor(useCopy().lang);
  return (
    <article className="methodology" aria-labelledby="statement-title">
      <h2 id="statement-title">{s.title}</h2>
      <p>{s.intro}</p>
      {s.sections.map((sec) => (
        <section key={sec.heading}>
          <h3>{sec.heading}</h3>
          {sec.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
      <p>
        <a href={s.diggUrl} rel="noopener" target="_blank">
          {s.diggLink}
        </a>
      </p>
      <p className="small">{s.updated}</p>
    </article>
  );
}
