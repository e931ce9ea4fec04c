import type { LocationRead } from "../places/locations";
import type { OtherKind } from "./other-kinds";

export type EventType = "visit" | "meeting" | "agreement" | "conference" | "reception" | "statement" | "other";

/** One happening as a sentence reports it, before mentions of the same occasion are merged. */
export interface EventRead {
  type: EventType;
  participants: number[];
  location: LocationRead | null;
  date: string | null;
  start: number;
  end: number;
  unit: number;
  inherited: boolean;
  fromTitle: boolean;
  /** The location is the dateline's city, which only says where the report was filed. */
  datelinePlace?: boolean;
  /** The sentence names its occasion by a definite noun ("المحادثات", "the talks"): one already reported. */
  told?: boolean;
  /** The occasion told is the sentence's subject ("The meeting brought together …", "وجمع اللقاء …"): the latest of its type, whoever it names. */
  toldFirst?: boolean;
  /** The sentence says it happened during the visit ("خلال الزيارة", "during his visit"). */
  duringVisit?: boolean;
  /** Told as what had happened before ("وكان … قد زار", "had visited"): an earlier occasion. */
  backstory?: boolean;
  /** A visit told only as how someone had come for the occasion ("وكانت X قد وصلت إلى … أمس"). */
  arrivalOnly?: boolean;
  /** A visit told by the visitor's arrival ("وصل إلى الدوحة أمس في زيارة", "arrived in X"): its day is the visit's first. */
  arrival?: boolean;
  /** A visit told with its host receiving the visitors where they went ("حيث استقبله X", received-where-visited.ts): the host takes part. */
  hostWhereWent?: boolean;
  /** A visit's sentence refers back to it and names a place visited ("وخلال زيارته … كما زار X"): one stop of its tour (tour-stop.ts). */
  tourStop?: boolean;
  /** A visit named only as the occasion of something else ("على هامش الزيارة", "خلال الزيارة"). */
  aside?: boolean;
  /** Goods, a convoy or a team named by its work that arrived ("وصل الفريق الطبي إلى مطار X", cargo-arrival.ts). */
  delivery?: boolean;
  /** For an 'other' happening, the families its cues tell (an attack, an exercise, a vote). */
  otherKinds?: OtherKind[];
  /** A meeting of parties named without a person ("بحث وفدا البلدين …", "delegations met"). */
  collective?: boolean;
  /** A body's sitting told by "held a session" ("عقدت اللجنة جلسة"): an occasion of its own (held-session.ts). */
  session?: boolean;
  /** An earlier happening told in a clause of another's sentence ("بعد أسبوعين من اصطدام …"): where its clause begins (a text offset). */
  clauseStart?: number;
  /** An agreement of an earlier year told as the story's backdrop ("بعد أن وقعت … عام 2021 اتفاقا"): its own occasion. */
  backdrop?: boolean;
  /** An agreement told by a verb of agreeing ("اتفق الجانبان على", "agreed to"), not by a signing. */
  agreed?: boolean;
  /** An agreement told by a verb of agreeing that a signing told elsewhere was merged into. */
  signedToo?: boolean;
  /** A meeting the article says an agreement was reached at ("اتفقا خلال الاجتماع على …"). */
  gaveAgreement?: boolean;
}
