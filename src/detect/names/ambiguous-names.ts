/**
 * Names that are just as often something else — an everyday word the familiar-word list
 * lacks ("Grant", "Sage"), a product or company ("Claude", "Alexa", "Jenkins", "Ruby"), or
 * a country or US state ("Jordan", "Georgia"). Such a word can be part of a name next to a
 * clear one ("Grant Parker", "Georgia Smith") but never makes a name on its own.
 */
const AMBIGUOUS_LINES = [
  // Everyday words missing from the familiar-word list.
  "grant sage chance chase hunter page price young long reed read rich major frank earnest",
  "constance prudence patience mercy charity verity destiny harmony melody trinity heather",
  "amber crystal jade ruby pearl opal iris ivy holly hazel olive rosemary poppy daisy violet",
  "lily rose dawn eve summer winter autumn april may june august sunny misty stormy rusty",
  // "Jan" abbreviates January but is a common Dutch, German, Polish and Czech given name.
  "jan",
  "dusty sandy bunny candy honey star sky rain storm river brook forest field lane wood ward",
  "hall hill stone banks bush marsh moss cliff dale glen heath moor ridge vale bishop cardinal",
  "dean deacon baker cook gardener shepherd royal king queen prince duke earl baron knight",
  "pope noble sharp strong swift stark hardy bold wise gay golden silver gold bond cash penny",
  "nickel sterling may will bill mark pat sue art gene guy jack an he do",
  "joy hope faith grace bliss precious lucky happy jolly",
  // Products, services and companies that are also names.
  "claude gemini alexa siri cortana jenkins ruby julia swift rust go dart elixir crystal travis",
  "pascal ada hugo jekyll gatsby jasmine karma mocha jest ava sinatra django flask phoenix babel",
  "tesla ford dell hp mercedes porsche ferrari lincoln chevrolet cadillac jaguar mini oracle",
  "cisco wells fargo morgan goldman sachs chase barclays lloyds schwab fidelity vanguard allianz",
  "kaiser permanente merrill lynch deloitte ernst",
  "sony philips bosch siemens nokia ericsson adidas puma nike jordan vans converse zara",
  "wendy denny arby mcdonald dominos chipotle starbucks costco target kroger walmart",
  // Countries and US states that are also given names.
  "georgia virginia carolina florida dakota montana nevada india israel chad jordan kenya",
  "chile cuba france holland ireland paris london sydney victoria adelaide austin dallas",
  "houston phoenix denver orlando charlotte florence savannah madison jackson memphis",
];

const AMBIGUOUS_NAMES = new Set(AMBIGUOUS_LINES.flatMap((line) => line.split(" ")));

/** Whether a lower-cased known name is too often something else to make a name by itself. */
export function isAmbiguousName(lowerCaseWord: string): boolean {
  return AMBIGUOUS_NAMES.has(lowerCaseWord);
}
