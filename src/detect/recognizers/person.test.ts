import { describe, expect, it } from "vitest";
import { adversarialInputs, repeatToMegabyte } from "../testing/adversarial-inputs.ts";
import { findValues } from "../testing/find-values.ts";
import { createPersonRecognizer, personRecognizer } from "./person.ts";

const names = (text: string) => findValues(personRecognizer, text).map((found) => found.value);

describe("personRecognizer finds names", () => {
  it.each([
    ["My name is Aoife Brennan and I need help.", ["Aoife Brennan"]],
    ["Hi, I'm Tesfaye Omondi. My order never arrived.", ["Tesfaye Omondi"]],
    ["this is Kiara Battle, calling about the refund", ["Kiara Battle"]],
    ["Helene Windler here. I was charged twice.", ["Helene Windler"]],
    ["Please loop in Rodel Aquino before Friday.", ["Rodel Aquino"]],
    ["I'm writing on behalf of my mother, Joon-ho Ahn.", ["Joon-ho Ahn"]],
  ])("from an introduction: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["hi my name is john smith and I need help", ["john smith"]],
    ["My name is josé garcía, order 4411", ["josé garcía"]],
    ["i'm sarah connor, my order is late", ["sarah connor"]],
    ["hey this is tyrone. my card was charged twice", ["tyrone"]],
    ["dear sir/madam, my name is gerald mcallister's widow", ["gerald mcallister"]],
  ])("typed in lower case after an introduction: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["This is Grace from the billing team.", ["Grace"]],
    ["Hi, this is Mark from IT, about your laptop", ["Mark"]],
  ])("an everyday-word name introduced with where the speaker is from: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["Seen by Dr. Demetrius Mosley today.", ["Demetrius Mosley"]],
    ["Transfer to Mx. Olufeyisayo Motalo, please.", ["Olufeyisayo Motalo"]],
    ["Sehr geehrte Frau Schneider, bitte an Herrn Dr. Klaus Wendt.", ["Schneider", "Klaus Wendt"]],
    ["Mr. Lovely Santos presents for follow-up.", ["Lovely Santos"]],
    ["Call Mrs. O'Sullivan back.", ["O'Sullivan"]],
    ["Pt Braden Brekke seen today.", ["Braden Brekke"]],
  ])("after an honorific: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("after a support role, and with names faker's locales lack (Irish, Nigerian, Indian)", () => {
    expect(names("[10:42] Kwame Mensah: my order never arrived\n[10:43] Agent Sarah: sorry to hear that")).toEqual(["Kwame Mensah", "Sarah"]);
    expect(names("our courier Tomasz dropped it off")).toEqual(["Tomasz"]);
    expect(names("The IP belongs to Priyanka's laptop")).toEqual(["Priyanka"]);
    expect(names("Can you ask Niamh Gallagher and Chidi Okafor?")).toEqual(["Niamh Gallagher", "Chidi Okafor"]);
    expect(names("the user agent Mozilla Firefox; Agent Orange; Student Loan Forgiveness; Guest Wifi")).toEqual([]);
  });

  it("in greetings and sign-offs", () => {
    expect(names("Hi Priya,\n\nThe refund went through.\n\nBest regards,\nTomasz Wiśniewski\nAccount Manager")).toEqual([
      "Priya",
      "Tomasz Wiśniewski",
    ]);
    expect(names("Dear Rose,\nthanks again.\nCheers,\nDmitri")).toEqual(["Rose", "Dmitri"]);
    expect(names("Thanks, Fatima!")).toEqual(["Fatima"]);
    expect(names("Case closed.\n\n— Cristobal Esquivel")).toEqual(["Cristobal Esquivel"]);
  });

  it("in form fields, JSON, key=value and table columns", () => {
    expect(names("First name: Jazmin\nLast name: Chacón\nSSN: on file")).toEqual(["Jazmin", "Chacón"]);
    expect(names('{"customerName": "Marilu Moya", "fullName": "Hyun-woo Park"}')).toEqual(["Marilu Moya", "Hyun-woo Park"]);
    expect(names("ssn=on-file | name=Mekdes Omondi")).toEqual(["Mekdes Omondi"]);
    expect(names("Employee name:\tAk Dağlaroğlu\nPayee: Jose Garcia")).toEqual(["Ak Dağlaroğlu", "Jose Garcia"]);
    const table = "| Name | Role |\n| --- | --- |\n| Kwame Mensah | Nurse |\n| Lucía Fernández | Pharmacist |";
    expect(names(table)).toEqual(["Kwame Mensah", "Lucía Fernández"]);
    expect(names("full_name,order_id\nBlanca Esparza,ORD-974054")).toEqual(["Blanca Esparza"]);
  });

  it("written surname first, in capitals, hyphenated, with particles, initials and apostrophes", () => {
    expect(findValues(personRecognizer, "Patient: Chaturvedi, Dipesh")).toEqual([{ value: "Chaturvedi, Dipesh", canonical: "dipesh chaturvedi" }]);
    expect(findValues(personRecognizer, "Account holder: NEWTON, JONAS")).toEqual([{ value: "NEWTON, JONAS", canonical: "jonas newton" }]);
    expect(names("Attendees: Smith, John; Nakamura, Yui")).toEqual(["Smith, John", "Nakamura, Yui"]);
    expect(names("Contact: Mary-Jane O'Connor or Willem van der Berg")).toEqual(["Mary-Jane O'Connor", "Willem van der Berg"]);
    expect(names("Re: Name Jadon G. Bauch")).toEqual(["Jadon G. Bauch"]);
    expect(names("Ask Ryleigh McClure about it.")).toEqual(["Ryleigh McClure"]);
    expect(names("Noor El-Amin signed the lease.")).toEqual(["Noor El-Amin"]);
    expect(names("Kind regards,\nCiarán Ó Súilleabháin")).toEqual(["Ciarán Ó Súilleabháin"]);
    expect(names("please add Tomás Ó Briain to the call")).toEqual(["Tomás Ó Briain"]);
    expect(names("Grade Ó is not a name; Plan Ó Build")).toEqual([]);
  });

  it("from the lexicon alone when two known names stand together, in many languages", () => {
    expect(names("- Ricky Pouros transferred to a new team.")).toEqual(["Ricky Pouros"]);
    expect(names("Anna Laux from finance will follow up.")).toEqual(["Anna Laux"]);
    expect(names("Khắc Minh Vương và Ngô Phước Nguyên đã gọi.")).toEqual(["Khắc Minh Vương", "Ngô Phước Nguyên"]);
    expect(names("Ağça Özbir ve Çiler Çakır geldi.")).toEqual(["Ağça Özbir", "Çiler Çakır"]);
    expect(names("Chinyere Omodunni Faleti will sign.")).toEqual(["Chinyere Omodunni Faleti"]);
    expect(names("Takeshi Kobayashi approved it.")).toEqual(["Takeshi Kobayashi"]);
  });

  it("needs a second signal for names that are also words", () => {
    expect(names("Will Thompson called; May Chen will join.")).toEqual(["Will Thompson", "May Chen"]);
    expect(names("Will the build pass? May I ask? Rose to the top. Mark it done. Grant access. Bill monthly.")).toEqual([]);
  });

  it("follows a found name's words elsewhere in the text, and possessives", () => {
    expect(names("Priya Raghunathan opened the ticket. Later Raghunathan's manager called.")).toEqual(["Priya Raghunathan", "Raghunathan"]);
    expect(names("Dear Mr. Okafor,\nyour claim is approved. OKAFOR, the account holder, must sign.")).toEqual(["Okafor", "OKAFOR"]);
    expect(names("I'm calling about Maria's prescription.")).toEqual(["Maria"]);
  });

  it("runs any name finder it is given", () => {
    const recognizer = createPersonRecognizer({ finder: { find: () => [{ start: 0, end: 3, canonical: "ann", score: 0.9 }] } });
    expect(findValues(recognizer, "Ann")).toEqual([{ value: "Ann", canonical: "ann" }]);
  });

  it("canonical is lower-case with single spaces, in reading order", () => {
    expect(findValues(personRecognizer, "Name: JOHN  SMITH")[0]?.canonical).toBe("john smith");
    expect(findValues(personRecognizer, "Payee: Smith, John")[0]?.canonical).toBe("john smith");
  });
});

describe("personRecognizer leaves technical prose alone", () => {
  it("code, identifiers and API docs", () => {
    const docs = [
      "The `createClient()` function returns a Client. Call client.send(Message) to dispatch.",
      "Use Promise.all for batching. Set `retryPolicy: RetryPolicy.Exponential`. See Request.Builder.",
      "```ts\nconst userName = getUser().name;\nclass PatientRecord extends BaseModel {}\n```",
      "function grantAccess(user: User) { return Grant.Allow; } // see Foo::Bar and get_User",
      "interface Candidate { start: number }\nfunction accept(candidate: Candidate) {}",
      "JavaScript, TypeScript, GitHub, PayPal and LinkedIn are camelCase products.",
    ];
    for (const text of docs) expect(names(text), text).toEqual([]);
  });

  it("product and company names", () => {
    const text =
      "We use Visual Studio Code, Docker Desktop, Amazon Web Services, Google Cloud Platform and Microsoft Azure. " +
      "Payments run on Stripe Checkout and Apple Pay; chat is on Microsoft Teams and Slack Connect. " +
      "Ask Claude or Gemini to summarise it. Invoices go to Kulas Group and Hodkiewicz LLC. " +
      "I want to dispute a charge from Delta Air Lines. Use the Jenkins Pipeline plugin with Kafka Streams.";
    expect(names(text)).toEqual([]);
  });

  it("a changelog", () => {
    const changelog = [
      "## Changelog",
      "",
      "### 2.4.0 (March 2024)",
      "- Added support for Apple Pay and Google Pay",
      "- Fixed a crash in the Microsoft Teams integration when the locale was unset",
      "- Bumped Jordan SDK to 3.1.0",
      "- Will now retry on 429 responses; May return null when the cache is cold",
      "- Grant Access dialog no longer flickers",
      "* **client:** Create Bedrock Mantle client",
      "* **person:** Incorrect behavior of name.firstName()",
      "* use self-signed JWTs if alwaysUseJWTAccess is true",
      "Node.js 20 and Windows 11 are supported. Python 3.12 works with Django REST Framework.",
    ].join("\n");
    expect(names(changelog)).toEqual([]);
  });

  it("capitalised sentence starts, headings, months, weekdays and places", () => {
    const text =
      "# Getting Started\n## Configure The Server\nMonday we deploy. Friday is the freeze. Please review. " +
      "The release is planned for May 2025; April and June are backup windows. On Sunday the site is read-only. " +
      "Our offices are in San Francisco, New York, Sydney and Paris. The team in Lagos, Nigeria moved to Austin, Texas. " +
      "Ship it to 241 The Paddocks, Casa Grande, WV 52841. Grover's algorithm and Lloyd's Register are eponyms.";
    expect(names(text)).toEqual([]);
  });

  it("lower-case words after an introduction that are not a person's name", () => {
    for (const text of [
      "i'm fine thanks, this is fine",
      "i'm going to call sarah later",
      "the project name is apollo and the dog's name is bella",
      "the file name is john_smith.txt",
      "call me tomorrow, or call me back",
      "i'm jordan-bound",
      "This is Mark",
      "this is Paris from above",
    ]) {
      expect(names(text)).toEqual([]);
    }
  });

  it("reads Jan as a given name next to a name or in a greeting, and as the month before a day or year", () => {
    expect(names("Dear Jan,\nthanks. Jan Kowalski approved it; signed by Jan de Vries")).toEqual(["Jan", "Jan Kowalski", "Jan de Vries"]);
    expect(names("DOB: Jan 5, 1990. Jan 2024 sales; Q1: Jan Feb Mar; Report for Jan; Due Jan. 15")).toEqual([]);
  });

  it("in HTML table cells, and with Southern African names", () => {
    expect(names("<tr><td>Patrick Muldoon</td><td>patrick.m@acme.com</td></tr>")).toEqual(["Patrick Muldoon"]);
    expect(names("send $500 to my cousin Thandiwe in Johannesburg")).toEqual(["Thandiwe"]);
    expect(names("List<Person> people; <p>Hello World</p> <td>Summer Sale</td>")).toEqual([]);
  });

  it("polities, eras and events named after a person or place", () => {
    expect(names("Roman Empire, Victoria Station, and the Lincoln Conference")).toEqual([]);
  });

  it("form abbreviations after an honorific-like label", () => {
    expect(names("Pt. Ref: MRN 0042-1178, seen by Dr. Nnamdi Eze")).toEqual(["Nnamdi Eze"]);
    expect(names("Mr. Fax and Dr. Tel")).toEqual([]);
  });

  it("salutations without a name", () => {
    expect(names("Dear Customer,\nThank you for contacting Support.\nBest regards,\nThe Billing Team")).toEqual([]);
    expect(names("Hi team, Hello World! Dear Sir or Madam, Dear Colleague,")).toEqual([]);
  });

  it("returns on 1 MB adversarial inputs", { timeout: 60_000 }, () => {
    const inputs = adversarialInputs(["Anna ", "Dr. ", "Name: Anna Smith, ", "A. ", "O'", "`Anna` ", "| Name |\n| --- |\n"]);
    inputs.push(repeatToMegabyte("Will May Rose Mark "), "Anna".repeat(250_000), `\`${"Anna Smith ".repeat(90_000)}`);
    inputs.push(repeatToMegabyte("\n\nBest,\nAnna Smith\n"), repeatToMegabyte("Smith, John, "), repeatToMegabyte("Hi Anna, "));
    for (const text of inputs) expect(Array.isArray(names(text))).toBe(true);
  });
});
