import type { statementSv } from '../lib/copy/statement-sv';

export function StatementPage({ s }: { s: typeof statementSv }) {
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
