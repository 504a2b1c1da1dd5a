/**
 * Capitalised words that are never part of a person's name, even where some locale lists
 * them as one ("Can", "Said", "Best", "Ma"): function words, greetings and sign-offs,
 * honorifics and roles (they introduce a name, they are not in it), weekdays, company and
 * place words, common acronyms, and software products. Lower-case, space-separated.
 */
const NOT_NAME_LINES = [
  // Pronouns, determiners, auxiliaries and other function words.
  "i me my mine we us our you your him his she her it its they them their this that these",
  "those the a and or nor but so if then than as at by for from in into of off on onto out",
  "over per to up via with within without not no yes can could would shall should",
  "might must has have had does did is are was were be been am being just even else also",
  "among here there when where what who whom whose why how all any each every some both",
  "either neither one none many much more most other such only own same very too again ever",
  "never always maybe please ok okay sure re fw fwd fyi asap eta btw lol",
  // Greetings, sign-offs and form words around names.
  "hi hello hey dear greetings thanks thank thx ty regards best cheers sincerely warmly yours",
  "respectfully kind warm love xoxo ps attn attention cc bcc subject name surname signed",
  "ref acct tel fax ext",
  // Honorifics and roles: they precede a name.
  "mr mrs ms mx miss mister madam madame sir dame lady lord dr doc prof professor rev fr sr",
  "jr esq phd md rn np pa dds mme mlle herr frau sra srta dona capt col lt sgt gen hon pt",
  "patient customer client employee user agent admin team staff manager member guest",
  // Calendar words that are not also names.
  "monday tuesday wednesday thursday friday saturday sunday tue tues wed thur thurs fri",
  "january february march july september october november december feb mar apr",
  "jun jul aug sep sept oct nov dec today tomorrow yesterday tonight morning afternoon evening",
  // Company, organisation and place words.
  "inc llc ltd plc corp co company gmbh ag sa sas bv pty group holdings partners associates",
  "bank university college school hospital clinic pharmacy institute foundation department",
  "ministry council committee agency office labs technologies systems solutions services",
  "north south east west san santa santo sao los las el fort port mount mt st ste rua rue via",
  "calle avenida paseo plaza carrer travessa largo corso viale piazza strasse straße platz",
  // Acronyms common in forms and technical text.
  "api sdk url uri http https json xml yaml csv pdf html css sql id ui ux os ip dns tls ssl",
  "ssh cpu gpu ram usb uuid jwt oauth sso mfa otp pin ssn dob mrn npi dea nhs gp iban ach",
  "sku faq eod eow tbd pr prs ci cd qa uat ceo cto cfo coo vp hr it pm am utc gmt est pst",
  // Software products and companies (names that are also people's names are in AMBIGUOUS_NAMES).
  "google microsoft amazon aws azure gcp facebook meta twitter linkedin github gitlab bitbucket",
  "docker kubernetes helm terraform ansible jira confluence slack zoom stripe paypal venmo zelle",
  "visa mastercard amex openai anthropic chatgpt gpt copilot vercel netlify heroku cloudflare",
  "postgres postgresql mysql sqlite mongodb redis kafka rabbitmq elasticsearch nginx apache",
  "nodejs npm yarn pnpm deno react vue angular svelte nextjs nuxt vite webpack typescript",
  "javascript python java kotlin golang rails django flask fastapi laravel php linux ubuntu",
  "debian fedora windows macos ios android chrome firefox safari iphone ipad samsung lenovo",
  "intel nvidia cuda netflix spotify shopify salesforce hubspot zendesk twilio sendgrid okta",
  "datadog sentry grafana prometheus splunk gmail outlook excel powerpoint sharepoint onedrive",
  "dropbox notion figma trello asana bing yahoo xbox playstation nintendo wifi bluetooth",
];

const NOT_NAME_WORDS = new Set(NOT_NAME_LINES.flatMap((line) => line.split(" ")));

/** Whether a lower-cased word is never part of a person's name. */
export function isNotNameWord(lowerCaseWord: string): boolean {
  return NOT_NAME_WORDS.has(lowerCaseWord);
}
