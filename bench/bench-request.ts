import { BENCH_MODEL } from "./bench-vendor.ts";

/**
 * The one request every benchmark run sends: an OpenAI chat-completions body of about
 * 2.4 KB whose user message carries a dozen personal values, each next to the words a
 * reader (and Veilgate's context rules) would expect. Every value passes its checksum.
 * The values differ from test/support/pii-samples.ts so the bench does not lean on them.
 */
export const BENCH_PII = {
  ssn: "219-09-9999",
  spouseSsn: "457-55-5462",
  visa: "4012 8888 8888 1881",
  mastercard: "5555-5555-5555-4444",
  iban: "GB82 WEST 1234 5698 7654 32",
  routing: "011000015",
  account: "7301948826",
  email: "maria.okafor@contoso-health.org",
  phone: "(646) 555-3890",
  npi: "1245319599",
  mrn: "MR0077341",
  secondIban: "FR14 2004 1010 0505 0001 3M02 606",
} as const;

/** Every value above, for leak checks. */
export const BENCH_PII_VALUES: readonly string[] = Object.values(BENCH_PII);

const SYSTEM_PROMPT =
  "You are a careful claims assistant for a regional health insurer. Summarise the case the user gives you in plain " +
  "language, list the documents still missing, and never invent identifiers that the user did not provide.";

/** The user message, with the values in the sentences where a claims handler would write them. */
export const BENCH_USER_TEXT = [
  "Case summary for the escalation queue, please rewrite it for the member letter.",
  `The member's SSN is ${BENCH_PII.ssn}; the spouse on the policy has SSN ${BENCH_PII.spouseSsn}.`,
  `The premium was charged to card ${BENCH_PII.visa} and the refund attempt went to the backup card ${BENCH_PII.mastercard}, which bounced.`,
  `For the reimbursement, wire it to routing number ${BENCH_PII.routing}, account number ${BENCH_PII.account}.`,
  `The member also lives part of the year abroad and gave IBAN ${BENCH_PII.iban} for euro payments, with ${BENCH_PII.secondIban} as the fallback account.`,
  `Contact preferences: email ${BENCH_PII.email}, or call ${BENCH_PII.phone} on weekday mornings only.`,
  `Treating physician NPI ${BENCH_PII.npi} submitted the claim for the outpatient procedure in March.`,
  `The hospital chart lists the patient under MRN ${BENCH_PII.mrn}, admitted for two nights after the procedure.`,
  "The member disputes the denial because the pre-authorisation was granted by phone before the procedure, and the",
  "call reference was noted by the agent but never entered in the system. The member has been waiting six weeks for",
  "an answer, has called four times, and asks that the letter explain which documents are still missing, who will",
  "review the appeal, and how long the second-level review normally takes. Keep the tone warm, avoid jargon, and",
  "mention that the member can ask for an interpreter. Do not promise an outcome. End with the appeal deadline,",
  "which is sixty days from the date of the denial letter, and the address of the appeals office in plain words.",
  "Background for you, not for the letter: the procedure was an arthroscopic knee repair, billed as one outpatient",
  "episode with a two-night observation stay. The plan covers observation stays when the surgeon documents a medical",
  "reason, and the operative note does mention post-operative bleeding. The denial cites a missing pre-authorisation",
  "number, which is the very thing the member says was given by phone. Ask for the operative note and the call log.",
].join("\n");

/** The chat-completions body, JSON or streaming. */
export function benchRequestBody(stream: boolean): string {
  return JSON.stringify({
    model: BENCH_MODEL,
    stream,
    temperature: 0.2,
    max_tokens: 800,
    messages: [
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: BENCH_USER_TEXT },
    ],
  });
}
