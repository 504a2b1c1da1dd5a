import { HighlightedText } from "./highlighted-text.tsx";
import { prettyJson, transcriptTurns } from "./transcript-turns.ts";

/** The redacted request as turns, the answer, and the raw request JSON, placeholders highlighted throughout. */
export function TranscriptView(props: { redactedRequest: string | null; redactedResponse: string | null }) {
  const turns = transcriptTurns(props.redactedRequest);
  return (
    <div class="transcript" data-testid="transcript">
      {turns.length === 0 ? <p class="muted">No request body was logged.</p> : null}
      {turns.map((turn) => (
        <section class="turn">
          <header>{turn.label}</header>
          <pre>
            <HighlightedText text={turn.text} />
          </pre>
        </section>
      ))}
      <section class="turn">
        <header>Answer (as the vendor sent it)</header>
        <pre>{props.redactedResponse ? <HighlightedText text={prettyJson(props.redactedResponse)} /> : <span class="muted">No answer.</span>}</pre>
      </section>
      {props.redactedRequest ? (
        <details class="raw">
          <summary>Request as sent to the vendor (JSON)</summary>
          <div class="turn">
            <pre class="code">
              <HighlightedText text={prettyJson(props.redactedRequest)} />
            </pre>
          </div>
        </details>
      ) : null}
    </div>
  );
}
