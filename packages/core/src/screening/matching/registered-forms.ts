/**
 * Companies of China, Japan and the Republic of Korea are registered under a legal form written in their own language;
 * an English name is the company's own translation, and "Co., Ltd.", "Limited", "Corporation" and "Inc." all render
 * one registered form, and lists and customer files write either for the same company.
 * Between such renderings the English legal-form word says nothing about which company is meant, so they agree.
 *
 * The law (quoted, our translations in brackets):
 * - Japan, Companies Act (Act No. 86 of 2005), Art. 6(2): "会社は、株式会社、合名会社、合資会社又は合同会社の種類に従い、
 *   それぞれその商号中に株式会社、合名会社、合資会社又は合同会社という文字を用いなければならない。" [A company must use
 *   in its trade name the words kabushiki kaisha, gomei kaisha, goshi kaisha or godo kaisha according to its type.]
 *   The registered trade name carries the Japanese form; an English name is only declared in the articles.
 * - Republic of Korea, Commercial Act, Art. 19: "회사의 상호에는 그 종류에 따라 합명회사, 합자회사, 유한책임회사, 주식회사
 *   또는 유한회사의 문자를 사용하여야 한다." [A company's trade name must use, according to its type, the words ...
 *   jusik hoesa (stock company) or yuhan hoesa.]
 * - China, Company Law (2018), Art. 8: a limited liability company "必须在公司名称中标明有限责任公司或者有限公司字样" [must
 *   state "limited liability company" or "limited company" in its name], a joint stock company "股份有限公司或者股份公司".
 *   Implementing Measures for the Administration of Enterprise Name Registration (SAIC Order No. 10, 2004), Art. 8:
 *   "企业名称需译成外文使用的，由企业依据文字翻译原则自行翻译使用，不需报工商行政管理机关核准登记。" [Where an
 *   enterprise name is to be used translated into a foreign language, the enterprise translates it itself according to
 *   the principles of translation; the translation needs no approval or registration by the registration authority.]
 *
 * Our reading of it (a matching rule of ours, not in the law): a name read with a native form (kabushiki kaisha, jusik
 * hoesa, youxian gongsi: `REGISTERED_NATIVE`), or an English "ltd"/"inc" form on a name of a party whose countries
 * include CN, JP or KR, carries the form `TRANSLATED`, which agrees with either English rendering. Other forms (LLC,
 * JSC, GmbH) keep disagreeing: they name a form of another law.
 */

/** The canonical form (data/legal-forms.ts) of the native stock and limited company forms of CN, JP and KR. */
export const REGISTERED_NATIVE = 'cjk_registered';
/** An English rendering of a CN, JP or KR company's registered form: read as the native form itself. */
const TRANSLATED = REGISTERED_NATIVE;
/** The English forms such a company's own translation uses. */
const RENDERINGS: ReadonlySet<string> = new Set(['ltd', 'inc']);
/** Where the law above applies. */
const JURISDICTIONS: ReadonlySet<string> = new Set(['CN', 'JP', 'KR']);

/** The legal form a name of a party with these countries is read with (see the header). */
export function registeredForm(legalForm: string | null, countries: readonly string[]): string | null {
  if (!legalForm || !RENDERINGS.has(legalForm) || !countries.some((c) => JURISDICTIONS.has(c))) return legalForm;
  return TRANSLATED;
}

/** Whether two names' legal forms allow them to be one company: none on one side, the same, or renderings of one. */
export function legalFormsAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  return (a === TRANSLATED && RENDERINGS.has(b)) || (b === TRANSLATED && RENDERINGS.has(a));
}
