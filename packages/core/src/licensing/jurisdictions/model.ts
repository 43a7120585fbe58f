/**
 * What one jurisdiction is to the platform: its law, the control lists it publishes, the codes
 * those lists use, the rule modules the engine evaluates for it, the transaction fields that
 * only its law reads, and the few properties of its law that change how the engine works.
 * Adding a jurisdiction is one such entry (jurisdictions/builtin.ts, or `registerJurisdiction`)
 * plus its rule data and its tests; the engine, the validator, the CLI and the web form read it.
 */
import type { LicensingRule } from '../model';

/** The control codes of the jurisdiction's list(s), as the transaction validator checks them. */
export interface CodePattern {
  /** A code the list uses, or the "not listed" word (EAR99, unlisted). */
  pattern: RegExp;
  /** What a refusal offers as examples, after "is not a control code such as ". */
  examples: string;
  /**
   * A code as exporters write it, in the form the list is keyed by (Japan: "Art. 6 item 17 (ka)",
   * "第6条第17号カ" → JP6-17-KA); undefined when it is not such a form (the code is kept as given).
   */
  normalise?: (code: string) => string | undefined;
}

/** A transaction field the forms show (web determine form, `dualuse determine --help`). */
export interface FormField {
  /** The item field it fills (transaction.ts `TransactionItem`), e.g. `enc_eligible`. */
  field: string;
  kind: 'flag' | 'number';
  label: string;
  placeholder?: string;
  hint?: string;
}

/** How the forms ask for the item's code on this jurisdiction's list. */
export interface ClassificationField {
  label: string;
  placeholder: string;
  hint: string;
  /** Shown with the main item fields; the others are folded away ("more list codes"). */
  primary?: boolean;
}

/**
 * Properties of a law that change how the engine works, each with the provision it rests on.
 * Absent = the law does not have it.
 */
export interface LawTraits {
  /** A release of technology to a foreign national is an export to his country (15 CFR 734.13(b)). */
  deemedExport?: boolean;
  /** Every item is classified up front, so bad parameters are refused whoever the law reaches. */
  classifyUpFront?: boolean;
  /** Answers rest on the EAR Country Chart and Country Groups (15 CFR 738, 740 Supp. 1): without them, fail closed. */
  earCountryTables?: boolean;
  /**
   * Jurisdictions whose multilateral code carries over when this one's is not given (the UK list
   * and DSGL Part 2 number their entries as EU Annex I / the regimes; controls/data/uk.ts, au.ts).
   */
  multilateralCode?: {
    from: readonly string[];
    /** What the carried-over code cannot be (UK: its military ML / PL entries are national). */
    caveat?: string;
  };
}

export interface JurisdictionDefinition {
  /** ISO-like code used in transactions (`classification.US`) and determinations. */
  code: string;
  name: string;
  /** As a person names its things: "Dutch" list codes, "US" content. */
  adjective: string;
  /** The law the determination applies, as a person reads it. */
  law: string;
  /** Ids of the control lists it publishes (controls/model.ts `CONTROL_LISTS` for the built-in ones). */
  controlLists: readonly string[];
  classification: CodePattern;
  /** Rule modules (data/rules-*.ts), in evaluation order: exceptions are tried in this order. */
  rules: readonly (readonly LicensingRule[])[];
  form: { classification: ClassificationField; itemFields?: readonly FormField[] };
  traits?: LawTraits;
}
