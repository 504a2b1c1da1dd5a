// A label ending in one of these names a person's name field: "Full name", "customer_name".
const NAME_ENDINGS = new Set([
  "name", "names", "fullname", "firstname", "lastname", "surname", "surnames", "forename",
  "forenames", "givenname", "familyname", "middlename", "nm",
]);

// A label ending in one of these is a person: "Patient", "Account holder", "Signed by".
const ROLE_ENDINGS = new Set([
  "patient", "pt", "customer", "client", "employee", "payee", "beneficiary", "holder",
  "cardholder", "accountholder", "prescriber", "attending", "physician", "doctor", "referrer",
  "recipient", "sender", "attn", "attention", "contact", "guarantor", "insured", "subscriber",
  "policyholder", "applicant", "tenant", "landlord", "candidate", "guest", "passenger",
  "traveler", "traveller", "author", "assignee", "reporter", "reviewer", "approver", "requester",
  "requestor", "submitter", "signatory", "signer", "witness", "spouse", "husband", "wife",
  "parent", "guardian", "mother", "father", "dependent", "dependant", "kin", "student",
  "supervisor", "nurse", "pharmacist", "clinician", "surgeon", "therapist", "dentist",
  "practitioner", "caregiver", "claimant", "borrower", "cosigner", "buyer", "seller", "owner",
  "representative", "agent", "attendee", "participant", "person", "by", "who", "hire",
]);

// A label with one of these is about something else: "Product name", "User name", "Bank name".
const OTHER_SUBJECTS = new Set([
  "user", "username", "short", "file", "host", "hostname", "product", "company", "business", "brand",
  "project", "repo", "repository", "branch", "app", "application", "service", "server",
  "database", "db", "table", "column", "field", "class", "function", "method", "variable",
  "key", "bucket", "queue", "topic", "domain", "device", "model", "package", "module", "street",
  "city", "country", "state", "org", "organization", "organisation", "team", "group", "channel",
  "bank", "vendor", "merchant", "store", "shop", "plan", "drug", "medication", "tag", "node",
  "cluster", "namespace", "container", "image", "volume", "schema", "type", "item", "site",
  "page", "title", "folder", "directory", "path", "role", "job", "department", "course",
  "school", "pharmacy", "hospital", "clinic", "facility", "practice", "insurer", "carrier",
  "network", "region", "event", "screen", "handle", "login", "pet", "ship", "building",
  "campaign", "category", "list", "game", "song", "album", "book", "movie", "show", "font",
  "color", "colour", "theme", "environment", "env", "resource", "stack", "pipeline", "workflow",
  "task", "test", "feature", "flag", "config", "setting", "parameter", "argument", "attribute",
  "component", "template", "document", "report", "form", "sheet", "code",
]);

/** The lower-case words of a label: "customerName" → customer name, "Patient_Name" → patient name. */
function labelWords(label: string): string[] {
  return label
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

/** What a label says, as remembered per label. */
interface LabelReading {
  /** The label's last word, lower-cased, or "" for a label without letters. */
  lastWord: string;
  person: boolean;
}

const MAX_REMEMBERED = 10_000;
const readingByLabel = new Map<string, LabelReading>();

function readLabel(label: string): LabelReading {
  let reading = readingByLabel.get(label);
  if (reading === undefined) {
    const words = labelWords(label);
    reading = { lastWord: words[words.length - 1] ?? "", person: judgeLabel(words) };
    // Labels recur ("Name", "Patient"); bounded, cleared when full.
    if (readingByLabel.size >= MAX_REMEMBERED) readingByLabel.clear();
    readingByLabel.set(label, reading);
  }
  return reading;
}

function judgeLabel(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined || words.length > 4) return false;
  if (!NAME_ENDINGS.has(last) && !ROLE_ENDINGS.has(last)) return false;
  return !words.some((word) => OTHER_SUBJECTS.has(word));
}

/**
 * Whether a field label, table header or JSON key introduces a person's name: it ends in a
 * name word ("Full name", "customer_name", "fullName", "Last name") or a person's role
 * ("Patient", "Account holder", "Emergency contact", "Signed by"), and says nothing of
 * another subject ("Product name", "Bank name", "User name" and "Account name" do not count).
 */
export function isPersonLabel(label: string): boolean {
  return readLabel(label).person;
}

/** The last word of a label, lower-cased: "customerName" → "name", "patient" → "patient". */
export function lastLabelWord(label: string): string {
  return readLabel(label).lastWord;
}
