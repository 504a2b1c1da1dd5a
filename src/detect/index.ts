export { type Detector, type DetectorOptions, createDetector } from "./create-detector.ts";
export { DEFAULT_RECOGNIZERS } from "./default-recognizers.ts";
export { normalizeText } from "./normalize-text.ts";
export {
  ENTITY_TYPES,
  type EntityType,
  type Finding,
  type NormalizedText,
  type Recognizer,
  type RecognizerMatch,
} from "./types.ts";
