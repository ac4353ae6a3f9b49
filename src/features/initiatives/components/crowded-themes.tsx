import type { CoordinationMessages } from '../../../lib/copy/coordination-sv';
import type { crowdedThemes } from '../coordination';
import type { Labeller } from '../labels';

/**
 * In an area's profile: the two or three themes where most organisations lead insatser for the
 * same target group there, each a way into the Samordning view at that cell.
 */
export function CrowdedThemes({
  themes,
  onOpen,
  labels,
  c,
  linked = true,
}: {
  themes: ReturnType<typeof crowdedThemes>;
  onOpen: (theme: string, group: string) => void;
  labels: Labeller;
  c: CoordinationMessages;
  /** The big screen shows them without links (no one clicks there). */
  linked?: boolean;
}) {
  return (
    <section className="crowded-themes" aria-labelledby="crowded-themes-title">
      <h3 id="crowded-themes-title">{c.profileHeading}</h3>
      {themes.length === 0 ? (
        <p className="small">{c.profileNone}</p>
      ) : (
        <>
          <p className="small">{c.profileIntro}</p>
          <ul>
            {themes.map((x) => {
              const text = `${c.profileItem(labels.theme(x.theme), labels.targetGroup(x.group), x.leads, x.items)}${x.crowded ? ` – ${c.crowded}` : ''}`;
              return (
                <li key={`${x.theme}~${x.group}`}>
                  {linked ? (
                    <button type="button" className="link-button" onClick={() => onOpen(x.theme, x.group)}>
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
