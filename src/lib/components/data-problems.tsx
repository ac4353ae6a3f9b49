import { describeProblem, type DataProblem } from '../data-error';

const MAX_SHOWN = 20;

/** Problems in single records: the rest of the file is shown, so this informs rather than blocks. */
export function DataProblems({ problems, heading, more }: { problems: DataProblem[]; heading: string; more: (n: number) => string }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p className="notice-title">{heading}</p>
      <ul>
        {problems.slice(0, MAX_SHOWN).map((p, i) => (
          <li key={i}>{describeProblem(p)}</li>
        ))}
        {problems.length > MAX_SHOWN && <li>{more(problems.length - MAX_SHOWN)}</li>}
      </ul>
    </div>
  );
}
