import { MAX_JUSTIFICATION_LENGTH, MIN_JUSTIFICATION_LENGTH, type RevealDecision } from "../../audit/reveal-placeholder.ts";

/** The outcome of a reveal the reviewer just asked for, shown above the form. */
export type Reveal = { placeholder: string; decision: RevealDecision } | undefined;

/** Break-glass form: pick a placeholder of this exchange, write why; the revealed value shows once. */
export function RevealPanel(props: { seq: number; placeholders: string[]; csrfToken: string; reveal: Reveal }) {
  const { reveal } = props;
  return (
    <section class="card" data-testid="reveal">
      <h2>Break-glass reveal</h2>
      {reveal?.decision.revealed ? (
        <div class="notice warn" role="status" data-testid="revealed">
          {reveal.placeholder} is <span class="revealed">{reveal.decision.value}</span>. This reveal is now in the audit log.
        </div>
      ) : null}
      {reveal && !reveal.decision.revealed ? <div class="notice bad" role="alert">{reveal.decision.message}</div> : null}
      <form method="post" action={`/review/entries/${props.seq}/reveal`} class="reveal-form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label>
          Placeholder
          <select name="placeholder">
            {props.placeholders.map((placeholder) => <option value={placeholder} selected={placeholder === reveal?.placeholder}>{placeholder}</option>)}
          </select>
        </label>
        <label>
          Justification (at least {MIN_JUSTIFICATION_LENGTH} characters; it is logged with your key)
          <textarea name="justification" rows={3} minlength={MIN_JUSTIFICATION_LENGTH} maxlength={MAX_JUSTIFICATION_LENGTH} required placeholder="Ticket, incident or legal request, and why this value is needed" />
        </label>
        <div class="actions">
          <button class="button danger" type="submit">Reveal value</button>
        </div>
      </form>
    </section>
  );
}

