import { retentionConfig } from '@/lib/retention/retention-config';
import { describeRetentionRules } from '@/lib/retention/retention-rules';

/** Generated from the delays in force (lib/retention): what is kept, why, how long, who sees it. */
export function RetentionRulesSection() {
  return (
    <>
      <h2 id="durees-de-conservation">Ce que nous gardons, et combien de temps</h2>
      {describeRetentionRules(retentionConfig()).map((rule) => (
        <section key={rule.id} aria-label={rule.data}>
          <h3>{rule.data}</h3>
          <dl className="definition-list">
            <div>
              <dt>Pourquoi</dt>
              <dd>{rule.purpose}</dd>
            </div>
            <div>
              <dt>Combien de temps</dt>
              <dd>{rule.duration}</dd>
            </div>
            <div>
              <dt>Qui y a accès</dt>
              <dd>{rule.audience}</dd>
            </div>
            <div>
              <dt>Base légale</dt>
              <dd>{rule.legalBasis}</dd>
            </div>
          </dl>
        </section>
      ))}
      <p>
        Vous pouvez supprimer votre compte vous-même, dans « Mon compte », rubrique « Mes données personnelles » : la page dit, avant toute confirmation, ce qui
        est supprimé tout de suite et ce qui est conservé, et jusqu’à quand.
      </p>
    </>
  );
}
